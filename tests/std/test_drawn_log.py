"""log against the real toolchain on logging programs drawn by Hypothesis.

Each drawn script makes a logger (``log.New`` over a ``bytes.Buffer``, ``os.Stdout`` or
``io.Discard``, or the standard logger with its output set to one of them) with a drawn
prefix (empty, with a newline, non-ASCII) and drawn flags (any combination of ``Ldate``,
``Ltime``, ``Lmicroseconds``, ``Llongfile``, ``Lshortfile``, ``LUTC``, ``Lmsgprefix``, or
-1 and values beyond 32 bits), over drawn writers (also one whose Write fails), then
runs drawn operations: ``Print``/``Printf``/``Println`` of drawn messages (empty, with and
without a trailing newline, several lines, numbers and nils among strings, format verbs,
calls written over several lines, deferred calls), ``SetPrefix``/``SetFlags``/``SetOutput``,
``Prefix``/``Flags``/``Writer`` (compared with the writers), ``Output`` with calldepth 1, 2
and 3 (also from helper functions), calls through method values and closures,
``Panic``/``Panicf``/``Panicln`` recovered (the recovered value and its type are printed)
and ``log.Default()``. A buffer's contents are printed
after each operation. A drawn program may end with ``Fatal``/``Fatalf``/``Fatalln`` (exit
status 1). The program is run by Go and by ``go2py run``; stdout and exit status must be
identical, since ``Lshortfile``'s file:line come from the translated program.

Bugs it found (kept as fixed cases in ``fixed()`` and ``REGRESSIONS``): a logger writing to
``io.Discard`` formatted its arguments (Go formats nothing: no ``String`` method runs), in
log.py; the translator passed the arguments of a deferred call of a standard type's
variadic method (``defer l.Print("a", 1)``) as one slice, and deferred a standard function
(``defer log.Print(...)``) inside a lambda of the program, so that ``Lshortfile`` named the
defer statement's line instead of the line where the function returns; a standard variadic
function or method used as a value (``pr := l.Println``, ``f := fmt.Sprintf``) got its
variadic arguments as one slice (the translator now adapts it); ``Flags()`` returned
flags beyond 32 bits (Go keeps them in an int32).

Masked in both outputs: the date and time of the headers (``2006/01/02``, ``15:04:05`` and
``.000000``, replaced by their shapes: they differ from run to run), and the directory of
``Llongfile``'s path (Go names the file by its absolute path).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from hypothesis import given, strategies as st

from tests.std.diffrun import assert_same_run
from tests.std.gohelp import go_lit

from .drawnhelp import DRAWN

DECLS = r"""
// noisy says when it is formatted: Go formats nothing for a logger writing to io.Discard.
type noisy struct{}

func (noisy) String() string {
	fmt.Println("  (noisy formatted)")
	return "noisy"
}

var buf bytes.Buffer

// failW shows what it is given and fails.
type failW struct{}

func (failW) Write(p []byte) (int, error) {
	fmt.Printf("  failW %q\n", p)
	return 0, errors.New("write failed")
}

func show(what string) {
	fmt.Printf("  %s %q\n", what, buf.String())
	buf.Reset()
}

func writerName(w io.Writer) string {
	switch w {
	case os.Stdout:
		return "stdout"
	case os.Stderr:
		return "stderr"
	case io.Discard:
		return "discard"
	case &buf:
		return "buf"
	case failW{}:
		return "failW"
	}
	return "?"
}

func describe(l *log.Logger) {
	fmt.Printf("  prefix=%q flags=%d writer=%s default=%v\n", l.Prefix(), l.Flags(), writerName(l.Writer()),
		l == log.Default())
}

// viaHelper logs through Output with calldepth 2: the position of viaHelper's caller.
func viaHelper(l *log.Logger, s string) {
	fmt.Println("  output err", l.Output(2, s))
}

// viaHelper3 logs through Output with calldepth 3, two helpers down.
func viaHelper3(l *log.Logger, s string) { inner(l, s) }

func inner(l *log.Logger, s string) { fmt.Println("  output err", l.Output(3, s)) }

func catch(what string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("  %s recovered %T %q\n", what, r, fmt.Sprint(r))
	}()
	f()
}

func fixed() {
	fmt.Println("std", log.Prefix(), log.Flags(), writerName(log.Writer()), log.Default().Flags())
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Print("std logger")
	log.Default().SetPrefix("via default: ")
	fmt.Println(log.Prefix())
	log.Output(1, "std output")
	log.SetOutput(io.Discard)
	log.Print(noisy{})
	log.Printf("%v", noisy{})
	log.Println(noisy{})
	catch("discard panic", func() { log.Panic(noisy{}) })
	log.SetOutput(os.Stderr)
	log.SetPrefix("")
	log.SetFlags(log.LstdFlags)
}
"""

MESSAGES = ["", "hello", "trailing\n", "two\nlines", "\n", "ünï", "100%", "a b  c", "tab\t", "end\n\n"]
ARGS = [*(go_lit(m) for m in MESSAGES), "1", "-2", "nil", "3.5", "true", 'errors.New("err")', "[]int{1, 2}",
        "noisy{}", "struct{}{}"]
FORMATS = ["", "%d", "%v %v", "%s\n", "x=%q", "100%%", "%5.1f|", "%!", "no verbs", "%[2]v %[1]v"]
PREFIXES = ["", "pre: ", "[x] ", "multi\nline ", "ü ", "%d "]
FLAGS = ["Ldate", "Ltime", "Lmicroseconds", "Llongfile", "Lshortfile", "LUTC", "Lmsgprefix"]
WRITERS = ["&buf", "os.Stdout", "io.Discard", "failW{}"]


def _flags(names: list[str]) -> str:
    return " | ".join(f"log.{n}" for n in names) if names else "0"


# (and a few that are not combinations of the named flags: Go keeps the flags as an int32)
FLAG_SETS = st.one_of(st.lists(st.sampled_from(FLAGS), unique=True, max_size=4).map(_flags),
                      st.sampled_from(["-1", "1<<33 | log.Ltime", "128 | log.Lmsgprefix", "1<<31 | log.Lshortfile"]))


@st.composite
def calls(draw: st.DrawFn, recv: str) -> str:
    """One Go statement logging through recv."""
    kind = draw(st.sampled_from(["Print", "Printf", "Println", "Output", "helper", "helper3", "Panic", "Panicf",
                                 "Panicln", "multiline", "defer", "method value", "closure"]))
    args = draw(st.lists(st.sampled_from(ARGS), max_size=3))
    fmt_ = go_lit(draw(st.sampled_from(FORMATS)))
    if kind in ("Print", "Println"):
        return f"{recv}.{kind}({', '.join(args)})"
    if kind == "Printf":
        return f"{recv}.Printf({', '.join([fmt_, *args])})"
    if kind == "Output":
        return f'fmt.Println("  output err", {recv}.Output({draw(st.sampled_from([1, 2]))}, {draw(st.sampled_from(ARGS[:len(MESSAGES)]))}))'
    if kind in ("helper", "helper3"):
        return f"viaH{kind[1:]}(l, {draw(st.sampled_from(ARGS[:len(MESSAGES)]))})"
    if kind == "method value":
        m = draw(st.sampled_from(["Print", "Println"]))
        return f"{{\n\t\tpr := {recv}.{m}\n\t\tpr({', '.join(args)})\n\t}}"
    if kind == "closure":
        return f"func() {{\n\t\t{recv}.Print({', '.join(args)})\n\t}}()"
    if kind == "Panicf":
        return f'catch("Panicf", func() {{ {recv}.Panicf({", ".join([fmt_, *args])}) }})'
    if kind in ("Panic", "Panicln"):
        return f'catch("{kind}", func() {{ {recv}.{kind}({", ".join(args)}) }})'
    if kind == "multiline":
        return f"{recv}.Println(\n\t\t" + "".join(a + ",\n\t\t" for a in args) + ")"
    return f'func() {{\n\t\tdefer {recv}.Print("deferred", {", ".join(args)})\n\t\tfmt.Println("  before defer")\n\t}}()'


@dataclass
class Script:
    std: bool  # the standard logger, not log.New
    writer: str
    prefix: str
    flags: str
    ops: list[str]


@st.composite
def scripts(draw: st.DrawFn) -> Script:
    std = draw(st.booleans())
    recv = "log" if std else "l"
    ops = []
    for _ in range(draw(st.integers(1, 8))):
        which = draw(st.integers(0, 9))
        if which == 0:
            ops.append(f"{recv}.SetPrefix({go_lit(draw(st.sampled_from(PREFIXES)))})")
        elif which == 1:
            ops.append(f"{recv}.SetFlags({draw(FLAG_SETS)})")
        elif which == 2:
            ops.append(f"{recv}.SetOutput({draw(st.sampled_from(WRITERS))})")
        else:
            ops.append(draw(calls(recv)))
        ops.append(f'show({go_lit(str(len(ops)))})')
    return Script(std, draw(st.sampled_from(WRITERS)), draw(st.sampled_from(PREFIXES)), draw(FLAG_SETS), ops)


def _script_func(k: int, s: Script) -> str:
    if s.std:
        lines = [f"log.SetOutput({s.writer})", f"log.SetPrefix({go_lit(s.prefix)})", f"log.SetFlags({s.flags})",
                 "l := log.Default()"]
    else:
        lines = [f"l := log.New({s.writer}, {go_lit(s.prefix)}, {s.flags})"]
    lines.append("describe(l)")
    lines += s.ops
    lines.append("describe(l)")
    body = "\n\t".join(lines)
    return f'func script{k}() {{\n\tfmt.Println("script", {k})\n\t{body}\n}}\n'


@st.composite
def endings(draw: st.DrawFn) -> str:
    """The program's last statement: maybe a Fatal (exit status 1)."""
    kind = draw(st.sampled_from(["", "Fatal", "Fatalf", "Fatalln"]))
    if not kind:
        return 'fmt.Println("end")'
    recv = draw(st.sampled_from(["log", "log.New(os.Stdout, \"fatal: \", log.Lshortfile|log.Lmsgprefix)"]))
    args = draw(st.lists(st.sampled_from(ARGS), max_size=2))
    if kind == "Fatalf":
        args = [go_lit(draw(st.sampled_from(FORMATS))), *args]
    setup = "log.SetOutput(os.Stdout)\n\tlog.SetFlags(log.Lshortfile)\n\t" if recv == "log" else ""
    return f'{setup}defer fmt.Println("deferred calls do not run")\n\t{recv}.{kind}({", ".join(args)})'


IMPORTS = ["bytes", "errors", "fmt", "io", "log", "os"]


def program(cases: list[Script], ending: str) -> str:
    funcs = "".join(_script_func(k, c) for k, c in enumerate(cases))
    imps = "\n".join(f'\t"{i}"' for i in IMPORTS)
    calls_ = "\n\t".join(f"script{k}()" for k in range(len(cases)))
    return (f"package main\n\nimport (\n{imps}\n)\n\nvar _ = errors.New\n{DECLS}\n{funcs}\n"
            f"func main() {{\n\tfixed()\n\t{calls_}\n\t{ending}\n}}\n")


_TIME = re.compile(r"\d{4}/\d\d/\d\d|\d\d:\d\d:\d\d(\.\d{6})?")
_DIR = re.compile(r"[^\s\"]*/main\.go:")


def mask(out: str) -> list[str]:
    def clock(m: re.Match[str]) -> str:
        s = m.group(0)
        return "DATE" if "/" in s else "TIME.us" if "." in s else "TIME"

    return [_DIR.sub("DIR/main.go:", _TIME.sub(clock, ln)) for ln in out.split("\n")]


# Scripts that once differed, run in every example: the arguments of a deferred Logger.Print
# reached it as one slice; a deferred log.Print reported the line of its defer statement (Go:
# the line where the deferring function returns); a logger writing to io.Discard formatted
# its arguments (fixed() checks the standard logger too); a method value l.Println or the
# function value log.Printf got its variadic arguments as one slice; flags beyond 32 bits
# were kept.
REGRESSIONS = [
    Script(False, "&buf", "p ", "log.Lshortfile | log.Lmsgprefix",
           ['func() {\n\t\tdefer l.Println("deferred", 2, nil)\n\t}()', 'show("d")']),
    Script(True, "os.Stdout", "", "log.Lshortfile",
           ['func() {\n\t\tdefer log.Print("deferred", 1)\n\t\tfmt.Println("  before defer")\n\t}()']),
    Script(False, "io.Discard", "x", "log.Lshortfile",
           ["l.Print(noisy{})", 'l.Printf("%v", noisy{})', "l.Println(noisy{})", 'l.Output(1, "o")']),
    Script(False, "&buf", "", "log.Lshortfile", ['{\n\t\tpr := l.Println\n\t\tpr("method value", 1)\n\t}', 'show("m")',
                                                 '{\n\t\tpf := log.Printf\n\t\tpf("%d|%v", 2, nil)\n\t}']),
    Script(False, "&buf", "", "1<<33 | log.Lshortfile", ['l.Print("int32 flags")', 'show("f")', "l.SetFlags(1<<31 | 1)",
                                                         "describe(l)"]),
]


@DRAWN
@given(cases=st.lists(scripts(), min_size=100, max_size=100), ending=endings())
def test_loggers(go: str, tmp_path_factory: pytest.TempPathFactory, cases: list[Script], ending: str) -> None:
    src = program(REGRESSIONS + cases, ending)
    tmp = tmp_path_factory.mktemp("loggers")
    assert_same_run(go, src, tmp, mask=mask, context=lambda _: f"the program is {tmp / 'main.go'}", statuses=(0, 1))
