"""unicode against the real toolchain: the rune tables are Go's own, rune by rune.

Run as a script (``python -m tests.std.test_unicode``) to regenerate
go2py/runtime/std/_unicode_tables.py from the installed toolchain.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from go2py.gotool import go_environ
from go2py.runtime.std import _unicode_tables as tables
from go2py.runtime.std import unicode
from go2py.runtime.values import Slice

ROOT = Path(__file__).resolve().parents[2]
TABLES = ROOT / "go2py" / "runtime" / "std" / "_unicode_tables.py"
RANGES = ROOT / "go2py" / "runtime" / "std" / "_unicode_ranges.py"

PREDICATES = [
    "IsLetter",
    "IsDigit",
    "IsNumber",
    "IsSpace",
    "IsUpper",
    "IsLower",
    "IsTitle",
    "IsPunct",
    "IsSymbol",
    "IsMark",
    "IsControl",
    "IsPrint",
    "IsGraphic",
]

# Every rune's predicates as a bit mask, and its case mappings as deltas, written
# as runs: a line whenever the value changes.
TABLE_PROGRAM = """package main

import (
	"bufio"
	"fmt"
	"os"
	"unicode"
)

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	fs := []func(rune) bool{%s}
	fmt.Fprintln(w, "V", unicode.Version)
	pm, pc := -1, [4]rune{-1, -1, -1, -1}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		m := 0
		for i, f := range fs {
			if f(r) {
				m |= 1 << i
			}
		}
		if m != pm {
			fmt.Fprintln(w, "C", r, m)
			pm = m
		}
		c := [4]rune{unicode.ToUpper(r) - r, unicode.ToLower(r) - r, unicode.ToTitle(r) - r,
			unicode.SimpleFold(r) - r}
		if c != pc {
			fmt.Fprintln(w, "K", r, c[0], c[1], c[2], c[3])
			pc = c
		}
	}
}
""" % ", ".join("unicode." + p for p in PREDICATES)


def run_go(go: str, src: str, tmp: Path) -> str:
    (tmp / "main.go").write_text(src)
    (tmp / "go.mod").write_text("module gocase\n\ngo 1.24\n")
    out = subprocess.run(
        [go, "run", "."], cwd=tmp, capture_output=True, text=True, env=go_environ(), timeout=300
    )
    assert out.returncode == 0, out.stderr
    return out.stdout


def tables_source(dump: str) -> str:
    """The text of _unicode_tables.py for the output of TABLE_PROGRAM."""
    version = ""
    cat_starts, cat_masks, case_starts, case_deltas = [], [], [], []
    for line in dump.splitlines():
        f = line.split()
        if f[0] == "V":
            version = f[1]
        elif f[0] == "C":
            cat_starts.append(int(f[1]))
            cat_masks.append(int(f[2]))
        elif f[0] == "K":
            case_starts.append(int(f[1]))
            case_deltas.append(tuple(int(x) for x in f[2:]))

    def ints(name: str, xs: list) -> str:
        lines, cur = [], ""
        for x in xs:
            item = repr(x) + ","
            if len(cur) + len(item) + 1 > 96:
                lines.append("    " + cur.rstrip())
                cur = ""
            cur += item + " "
        if cur:
            lines.append("    " + cur.rstrip())
        return f"{name} = (\n" + "\n".join(lines) + "\n)\n"

    bits = "\n".join(f"#   {1 << i:5d}  {p}" for i, p in enumerate(PREDICATES))
    return (
        '"""Rune tables of Go\'s unicode package (Unicode ' + version + "), generated from the Go\n"
        "toolchain by tests/std/test_unicode.py (run it as a script to regenerate).\n\n"
        "CAT_STARTS[i] is the first rune of a run of runes sharing the predicate mask\n"
        "CAT_MASKS[i]; CASE_STARTS[i] the first rune of a run sharing the deltas\n"
        "CASE_DELTAS[i] = (ToUpper, ToLower, ToTitle, SimpleFold) minus the rune.\n"
        '"""\n\n'
        "# mask bits:\n" + bits + "\n\n"
        f"VERSION = {version!r}\n\n"
        + ints("CAT_STARTS", cat_starts)
        + "\n"
        + ints("CAT_MASKS", cat_masks)
        + "\n"
        + ints("CASE_STARTS", case_starts)
        + "\n"
        + ints("CASE_DELTAS", case_deltas)
    )


# The ranges of every table in unicode.Categories, Scripts, Properties, FoldCategory and
# FoldScript, and the category aliases: one line per table.
RANGES_PROGRAM = """package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"unicode"
)

func dump(w *bufio.Writer, kind string, m map[string]*unicode.RangeTable) {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		t := m[n]
		fmt.Fprint(w, kind, " ", n, " ", t.LatinOffset, " ")
		for _, r := range t.R16 {
			fmt.Fprint(w, r.Lo, ",", r.Hi, ",", r.Stride, ",")
		}
		fmt.Fprint(w, " ")
		for _, r := range t.R32 {
			fmt.Fprint(w, r.Lo, ",", r.Hi, ",", r.Stride, ",")
		}
		fmt.Fprintln(w)
	}
}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	dump(w, "category", unicode.Categories)
	dump(w, "script", unicode.Scripts)
	dump(w, "property", unicode.Properties)
	dump(w, "foldcategory", unicode.FoldCategory)
	dump(w, "foldscript", unicode.FoldScript)
	aliases := make([]string, 0)
	for a := range unicode.CategoryAliases {
		aliases = append(aliases, a)
	}
	sort.Strings(aliases)
	for _, a := range aliases {
		fmt.Fprintln(w, "alias", a, unicode.CategoryAliases[a])
	}
	fmt.Fprint(w, "case ")
	for _, c := range unicode.CaseRanges {
		fmt.Fprint(w, c.Lo, ",", c.Hi, ",", c.Delta[0], ",", c.Delta[1], ",", c.Delta[2], ",")
	}
	fmt.Fprintln(w)
}
"""


def _flat(r: str) -> str:
    """A comma-separated list of numbers as a Python tuple, wrapped at 88 columns."""
    nums = [x for x in r.split(",") if x]
    if not nums:
        return "()"
    lines, cur = [], ""
    for x in nums:
        if len(cur) + len(x) + 2 > 88:
            lines.append("        " + cur.rstrip())
            cur = ""
        cur += x + ", "
    lines.append("        " + cur.rstrip())
    return "(\n" + "\n".join(lines) + "\n    )"


def ranges_source(dump: str) -> str:
    """The text of _unicode_ranges.py for the output of RANGES_PROGRAM."""
    out = ['"""The range tables of Go\'s unicode package (Unicode ' + unicode.Version + "), generated from\n"
           "the Go toolchain by tests/std/test_unicode.py (run it as a script to regenerate).\n\n"
           "TABLES[kind][name] = (LatinOffset, R16, R32), each R a flat tuple of (Lo, Hi, Stride)\n"
           "triples; kind is category, script, property, foldcategory or foldscript.\n"
           "CASE_RANGES: unicode.CaseRanges, a flat tuple of (Lo, Hi, Upper, Lower, Title) deltas.\n"
           '"""\n\n'
           "TABLES: dict[str, dict[str, tuple[int, tuple[int, ...], tuple[int, ...]]]] = {}\n"]
    aliases: list[tuple[str, str]] = []
    kinds: dict[str, list[str]] = {}
    case_ranges = ""
    for line in dump.splitlines():
        f = line.split(" ")
        if f[0] == "alias":
            aliases.append((f[1], f[2]))
            continue
        if f[0] == "case":
            case_ranges = f[1]
            continue
        kind, name, latin, r16, r32 = f
        kinds.setdefault(kind, []).append(f"    {name!r}: ({latin}, {_flat(r16)}, {_flat(r32)}),")
    for kind, entries in kinds.items():
        out.append(f"TABLES[{kind!r}] = {{\n" + "\n".join(entries) + "\n}\n")
    out.append("CATEGORY_ALIASES = {\n" + "\n".join(f"    {a!r}: {n!r}," for a, n in aliases) + "\n}\n")
    out.append("CASE_RANGES: tuple[int, ...] = " + _flat(case_ranges).replace("\n    )", "\n)") + "\n")
    return "\n".join(out)


@pytest.fixture(scope="module")
def ranges_dump(go, tmp_path_factory) -> str:
    return run_go(go, RANGES_PROGRAM, tmp_path_factory.mktemp("unicode_ranges"))


def test_range_tables_are_the_toolchains(ranges_dump):
    assert RANGES.read_text() == ranges_source(ranges_dump)


def test_range_tables_against_go(go, tmp_path):
    src = """package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', '世', 'é', 'Ж', 'ا', '٣', ' ', '\\u00a0', 0x1F600, 0x10FFFF, -1, 0x110000} {
		fmt.Println(r, unicode.Is(unicode.Han, r), unicode.Is(unicode.Latin, r), unicode.Is(unicode.Cyrillic, r),
			unicode.In(r, unicode.Arabic, unicode.Greek), unicode.Is(unicode.Lo, r), unicode.Is(unicode.Nd, r),
			unicode.Is(unicode.Zs, r), unicode.Is(unicode.White_Space, r), unicode.Is(unicode.Common, r),
			unicode.IsOneOf([]*unicode.RangeTable{unicode.Hangul, unicode.Hiragana, unicode.Sc}, r),
			unicode.Is(unicode.Scripts["Han"], r), unicode.Is(unicode.Categories["L"], r),
			unicode.Is(unicode.Properties["Dash"], r))
	}
	fmt.Println(len(unicode.Scripts), len(unicode.Categories), len(unicode.Properties), len(unicode.Han.R16),
		len(unicode.Han.R32), unicode.Latin.LatinOffset, unicode.Han.R16[0].Lo, unicode.Han.R32[0].Hi,
		unicode.CategoryAliases["Letter"])
}
"""
    (tmp_path / "go").mkdir()
    want = run_go(go, src, tmp_path / "go")
    p = tmp_path / "t.go"
    p.write_text(src)
    got = subprocess.run([sys.executable, "-m", "go2py", "run", str(p)], capture_output=True, text=True, timeout=300)
    assert (got.stdout, got.stderr) == (want, "")


@pytest.fixture(scope="module")
def dump(go, tmp_path_factory) -> str:
    return run_go(go, TABLE_PROGRAM, tmp_path_factory.mktemp("unicode_tables"))


def test_tables_are_the_toolchains(dump):
    assert TABLES.read_text() == tables_source(dump)
    assert unicode.Version == tables.VERSION


def _runs(dump: str, tag: str) -> list[tuple[int, tuple]]:
    out = []
    for line in dump.splitlines():
        f = line.split()
        if f[0] == tag:
            out.append((int(f[1]), tuple(int(x) for x in f[2:])))
    return out


def _sample_runes(dump: str) -> list[int]:
    rs = set(range(0, 0x3000))
    for tag in "CK":
        for start, _ in _runs(dump, tag):
            rs.update((start - 1, start, start + 1))
    rng = random.Random(7)
    rs.update(rng.randrange(0x110000) for _ in range(3000))
    rs.update((-1, -0x80000000, 0x10FFFF, 0x110000, 0x7FFFFFFF, 0xD800, 0xDFFF))
    return sorted(rs)


EVAL_PROGRAM = """package main

import (
	"bufio"
	"fmt"
	"os"
	"unicode"
)

func b(x bool) int {
	if x {
		return 1
	}
	return 0
}

var runes = []rune{%s}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, r := range runes {
		fmt.Fprint(w, r)
		for _, f := range []func(rune) bool{%s} {
			fmt.Fprint(w, " ", b(f(r)))
		}
		fmt.Fprintln(w, "", unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r),
			unicode.To(unicode.UpperCase, r), unicode.To(unicode.LowerCase, r), unicode.To(unicode.TitleCase, r),
			b(unicode.Is(unicode.Letter, r)), b(unicode.Is(unicode.Lu, r)), b(unicode.In(r, unicode.Nd, unicode.P)),
			b(unicode.Is(unicode.Zs, r)), b(unicode.Is(unicode.White_Space, r)), b(unicode.Is(unicode.Cc, r)),
			b(unicode.IsOneOf([]*unicode.RangeTable{unicode.S, unicode.M}, r)),
			unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.TurkishCase.ToTitle(r),
			alt.ToUpper(r), alt.ToLower(r), alt.ToTitle(r))
	}
}

var alt = unicode.SpecialCase{
	{0x100, 0x105, [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
	{0x3000, 0x3010, [unicode.MaxCase]rune{5, -5, 0}},
}
"""

ALT = Slice(
    [
        unicode.CaseRange(0x100, 0x105, [unicode.UpperLower] * 3),
        unicode.CaseRange(0x3000, 0x3010, [5, -5, 0]),
    ]
)


def test_functions_rune_by_rune(go, dump, tmp_path):
    runes = _sample_runes(dump)
    src = EVAL_PROGRAM % (", ".join(map(str, runes)), ", ".join("unicode." + p for p in PREDICATES))
    lines = run_go(go, src, tmp_path).splitlines()
    assert len(lines) == len(runes)
    u = unicode
    preds = [getattr(u, p) for p in PREDICATES]
    for r, line in zip(runes, lines):
        got = (
            [r]
            + [int(f(r)) for f in preds]
            + [
                u.ToUpper(r),
                u.ToLower(r),
                u.ToTitle(r),
                u.SimpleFold(r),
                u.To(u.UpperCase, r),
                u.To(u.LowerCase, r),
                u.To(u.TitleCase, r),
                int(u.Is(u.Letter, r)),
                int(u.Is(u.Lu, r)),
                int(u.In(r, u.Nd, u.P)),
                int(u.Is(u.Zs, r)),
                int(u.Is(u.White_Space, r)),
                int(u.Is(u.Cc, r)),
                int(u.IsOneOf([u.S, u.M], r)),
                u.SpecialCase.ToUpper(u.TurkishCase, r),
                u.SpecialCase.ToLower(u.TurkishCase, r),
                u.SpecialCase.ToTitle(u.TurkishCase, r),
                u.SpecialCase.ToUpper(ALT, r),
                u.SpecialCase.ToLower(ALT, r),
                u.SpecialCase.ToTitle(ALT, r),
            ]
        )
        assert " ".join(map(str, got)) == line, hex(r)


def test_constants():
    assert unicode.MaxRune == 0x10FFFF
    assert unicode.ReplacementChar == 0xFFFD
    assert unicode.MaxASCII == 0x7F and unicode.MaxLatin1 == 0xFF
    assert (unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase) == (
        0,
        1,
        2,
        3,
    )
    assert unicode.UpperLower == 0x110000


def test_custom_range_table():
    t = unicode.RangeTable(
        R16=[unicode.Range16(Lo=0x41, Hi=0x5A, Stride=2)],
        R32=[unicode.Range32(Lo=0x10000, Hi=0x10010, Stride=1)],
    )
    assert unicode.Is(t, 0x41) and unicode.Is(t, 0x43) and not unicode.Is(t, 0x42)
    assert unicode.Is(t, 0x10005) and not unicode.Is(t, 0x10011)
    assert unicode.In(0x43, unicode.Nd, t)


if __name__ == "__main__":
    import sys
    import tempfile

    from go2py.gotool import go_binary

    with tempfile.TemporaryDirectory() as d:
        TABLES.write_text(tables_source(run_go(go_binary(), TABLE_PROGRAM, Path(d))))
    with tempfile.TemporaryDirectory() as d:
        RANGES.write_text(ranges_source(run_go(go_binary(), RANGES_PROGRAM, Path(d))))
    sys.stdout.write(f"wrote {TABLES.relative_to(ROOT)} and {RANGES.relative_to(ROOT)}\n")
