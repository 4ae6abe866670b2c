"""regexp against Go: expressions and subjects drawn by Hypothesis from a small alphabet,
so that matches, empty matches, alternations, captures and repetitions collide often.

One Go program evaluates a batch: the compile error, or every match's submatch indexes,
a replacement with a template, and a split; each line is compared with go2py's."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from go2py.runtime.std import fmt
from go2py.runtime import values as v
from go2py.runtime.std import regexp

from .gohelp import go_str_slice, run_go

GO_EVAL = """package main

import (
	"fmt"
	"regexp"
)

func main() {
	exprs := @EXPRS@
	subjects := @SUBJECTS@
	for i, e := range exprs {
		re, err := regexp.Compile(e)
		if err != nil {
			fmt.Println(err)
			continue
		}
		s := subjects[i]
		fmt.Println(re.FindAllStringSubmatchIndex(s, -1), re.NumSubexp())
		fmt.Printf("%q %q %q\\n", re.ReplaceAllString(s, "<$1|${2}>"), re.Split(s, -1), re.FindStringSubmatch(s))
	}
}
"""

ATOMS = st.sampled_from(["a", "b", "ab", ".", "[ab]", "[^a]", "\\d", "\\w", "\\s", "x", "é", "^", "$", "\\b",
                         "\\B", "(?i)A", "[[:alpha:]]", "\\pL", "\\x61", "\\.", "()", "{", "a{2}", "\\Q.*\\E"])
REPEATS = st.sampled_from(["", "", "", "*", "+", "?", "*?", "+?", "??", "{0,2}", "{1,}", "{2}", "**", "{2,1}"])


@st.composite
def expressions(draw, depth: int = 2) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        if depth and draw(st.integers(0, 4)) == 0:
            inner = draw(expressions(depth - 1))
            open_ = draw(st.sampled_from(["(", "(?:", "(?P<n>", "(?i:", "(?s:", "(?U)(", "(?m:"]))
            alt = "|" + draw(expressions(depth - 1)) if draw(st.booleans()) else ""
            atom = open_ + inner + alt + ")"
        else:
            atom = draw(ATOMS)
        parts.append(atom + draw(REPEATS))
    text = "".join(parts)
    return text + ("|" + draw(expressions(depth - 1)) if depth and draw(st.integers(0, 5)) == 0 else "")


SUBJECTS = st.text(alphabet="aabbx .\n1éA_", max_size=12)


def _lines(expr: str, s: str) -> str:
    re, err = regexp.Compile(expr)
    if err is not None:
        return err.Error() + "\n"
    ints2, strs = v.slice_of(v.slice_of(v.INT)), v.slice_of(v.STRING)
    return fmt.Sprintln(v.Box(ints2, re.FindAllStringSubmatchIndex(s, -1)), re.NumSubexp()) + fmt.Sprintf(
        "%q %q %q\n", re.ReplaceAllString(s, "<$1|${2}>"), v.Box(strs, re.Split(s, -1)),
        v.Box(strs, re.FindStringSubmatch(s)))


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(expressions(), SUBJECTS), min_size=60, max_size=60))
def test_regexp_against_go(go: str, tmp_path_factory, cases: list[tuple[str, str]]) -> None:
    exprs = [e for e, _ in cases]
    subjects = [s for _, s in cases]
    src = GO_EVAL.replace("@EXPRS@", go_str_slice(exprs)).replace("@SUBJECTS@", go_str_slice(subjects))
    want = run_go(go, src, Path(tmp_path_factory.mktemp("regexp")))
    got = "".join(_lines(e, s) for e, s in cases).splitlines()
    bad = [(e, s, g, w) for (e, s), g, w in zip([c for c in cases for _ in (0, 1)], got, want) if g != w]
    assert len(got) == len(want) and not bad, bad[:5]


def test_syntax_errors_in_gos_words() -> None:
    cases = {
        "(abc": "missing closing ): `(abc`",
        "a**": "invalid nested repetition operator: `**`",
        "\\1": "invalid escape sequence: `\\1`",
        "(?=x)": "invalid or unsupported Perl syntax: `(?=`",
        "[z-a]": "invalid character class range: `z-a`",
        "\\p{Foo}": "invalid character class range: `\\p{Foo}`",
        "x{1001}": "invalid repeat count: `{1001}`",
    }
    for expr, msg in cases.items():
        _, err = regexp.Compile(expr)
        assert err is not None and err.Error() == "error parsing regexp: " + msg


# -------------------------------------------------------------- leftmost-longest

GO_LONGEST = """package main

import (
	"fmt"
	"regexp"
)

func main() {
	exprs := @EXPRS@
	subjects := @SUBJECTS@
	for i, e := range exprs {
		var re *regexp.Regexp
		var err error
		if i%2 == 0 {
			re, err = regexp.CompilePOSIX(e)
		} else if re, err = regexp.Compile(e); err == nil {
			re.Longest()
		}
		if err != nil {
			fmt.Println(err)
			continue
		}
		s := subjects[i]
		fmt.Println(re.FindAllStringSubmatchIndex(s, -1), re.NumSubexp())
		fmt.Printf("%q %q %q\\n", re.ReplaceAllString(s, "<$1|${2}>"), re.Split(s, -1), re.FindStringSubmatch(s))
	}
}
"""

POSIX_ATOMS = st.sampled_from(["a", "b", "ab", ".", "[ab]", "[^a]", "x", "é", "^", "$", "[[:alpha:]]",
                               "\\x61", "\\.", "()", "{", "a{2}", "\\d", "[a-b-]", "(?:a)", "[^\\n]"])
POSIX_REPEATS = st.sampled_from(["", "", "", "*", "+", "?", "{0,2}", "{1,}", "{2}", "**", "*?", "+*", "{2,1}"])


@st.composite
def posix_expressions(draw, depth: int = 2) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 4))):
        if depth and draw(st.integers(0, 3)) == 0:
            inner = draw(posix_expressions(depth - 1))
            alt = "|" + draw(posix_expressions(depth - 1)) if draw(st.booleans()) else ""
            atom = "(" + inner + alt + ")"
        else:
            atom = draw(POSIX_ATOMS)
        parts.append(atom + draw(POSIX_REPEATS))
    text = "".join(parts)
    return text + ("|" + draw(posix_expressions(depth - 1)) if depth and draw(st.integers(0, 4)) == 0 else "")


def _longest_lines(i: int, expr: str, s: str) -> str:
    if i % 2 == 0:
        re, err = regexp.CompilePOSIX(expr)
    else:
        re, err = regexp.Compile(expr)
        if err is None:
            re.Longest()
    if err is not None:
        return err.Error() + "\n"
    ints2, strs = v.slice_of(v.slice_of(v.INT)), v.slice_of(v.STRING)
    return fmt.Sprintln(v.Box(ints2, re.FindAllStringSubmatchIndex(s, -1)), re.NumSubexp()) + fmt.Sprintf(
        "%q %q %q\n", re.ReplaceAllString(s, "<$1|${2}>"), v.Box(strs, re.Split(s, -1)),
        v.Box(strs, re.FindStringSubmatch(s)))


@settings(max_examples=3, deadline=None, suppress_health_check=[
    HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example])
@given(st.lists(st.tuples(posix_expressions(), expressions(), SUBJECTS, SUBJECTS), min_size=40, max_size=40))
def test_longest_against_go(go: str, tmp_path_factory, drawn: list[tuple[str, str, str, str]]) -> None:
    # Even cases are POSIX expressions for CompilePOSIX, odd ones Perl expressions made Longest.
    cases = [c for p, e, s1, s2 in drawn for c in ((p, s1), (e, s2))]
    exprs = [e for e, _ in cases]
    subjects = [s for _, s in cases]
    src = GO_LONGEST.replace("@EXPRS@", go_str_slice(exprs)).replace("@SUBJECTS@", go_str_slice(subjects))
    want = run_go(go, src, Path(tmp_path_factory.mktemp("regexp")))
    got = "".join(_longest_lines(i, e, s) for i, (e, s) in enumerate(cases)).splitlines()
    got_by_case = [_longest_lines(i, e, s).splitlines() for i, (e, s) in enumerate(cases)]
    assert len(got) == len(want), (len(got), len(want))
    bad, at = [], 0
    for (e, s), lines in zip(cases, got_by_case):
        if lines != want[at:at + len(lines)]:
            bad.append((e, s, lines, want[at:at + len(lines)]))
        at += len(lines)
    assert not bad, bad[:5]


GO_ERRORS = """package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, e := range @EXPRS@ {
		_, err := regexp.Compile(e)
		_, perr := regexp.CompilePOSIX(e)
		fmt.Println(err, "|", perr)
	}
}
"""

ERROR_CASES = [
    "\\d", "a**", "a*?", "(?i)a", "(?:a)", "(?P<x>a)", "\\pL", "[a-b-c]", "[a-]", "[-a]", "[^-a-]", "\\0",
    "\\01", "\\1", "\\x41", "\\Qa\\E", "\\z", "\\A", "\\b", "\\B", "\\C", "[\\d]", "[\\pL]", "a{2}{3}", "a*{2}",
    "(a{500}){500}", "(a{2}){600}", "((a{10}){10}){11}", "(a{10}){100}", "(a{0}){1000}", "(a{2,}){600}",
    "(?:a{1000}){1000}", "a{1001}", "[[:alpha:]]", "[[:^alpha:]]", "[[:foo:]]", "[a", "a)", "(a", "\\", "x{2,1}",
    "**", "a|*", "(*)", "[]a]", "[^]a]", "\\8", "a++", "x{2}{2,}*",
]


def test_syntax_errors_against_go(go: str, tmp_path) -> None:
    want = run_go(go, GO_ERRORS.replace("@EXPRS@", go_str_slice(ERROR_CASES)), tmp_path)
    got = []
    for e in ERROR_CASES:
        _, err = regexp.Compile(e)
        _, perr = regexp.CompilePOSIX(e)
        got.append(f"{'<nil>' if err is None else err.Error()} | {'<nil>' if perr is None else perr.Error()}")
    assert got == want
