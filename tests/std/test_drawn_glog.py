"""github.com/golang/glog on drawn programs, with the message text computed by the real toolchain.

glog itself is not in the Go module cache the tests can use (downloads are off), so Go cannot
run the drawn program as written. Instead each Hypothesis example draws one program of glog
calls (Info/Warning/Error with their f, ln and Depth forms, ``V(n)`` with its methods and as a
condition, depths through a helper) and a command line (``-v``, ``-logtostderr``,
``-stderrthreshold`` by name or number, or none), and builds a twin program that Go runs:
each call becomes a line computed by Go's fmt (``Sprint``, ``Sprintf``, ``Sprintln``, the forms
glog's ``defaultFormat``/``lnFormat`` are defined to match) with the severity letter and the
call's file and line, kept or dropped by glog's rules for ``-v`` and by go2py's documented rule
for ``-stderrthreshold`` (no log files: without ``-logtostderr`` a given threshold drops what
glog would write to files only). go2py runs the glog program; its standard error, with each
header's date, time and process id checked and taken out, must be the twin's output, and both
exit alike (``Exit*`` with status 1).
"""

from __future__ import annotations

import re
import subprocess
import sys
from typing import Callable, Optional

import pytest
from hypothesis import given, settings, strategies as st

from go2py.gotool import go_environ
from tests.std.gohelp import go_lit

from .drawnhelp import DRAWN

SEVERITIES = {"Info": "I", "Warning": "W", "Error": "E"}
RANK = {"I": 0, "W": 1, "E": 2, "F": 3}
THRESHOLDS = {"INFO": 0, "WARNING": 1, "ERROR": 2, "FATAL": 3, "0": 0, "1": 1, "2": 2}

ARGS = st.one_of(
    st.text(alphabet="ab %\n\t", max_size=6).map(go_lit),
    st.integers(-5, 500).map(str),
    st.sampled_from(["1.5", "true", "nil", "[]int{1, 2}", 'errors.New("boom")', "'x'", "struct{ A int }{3}",
                     "uint8(7)", '[]string{"s"}']),
)
FORMATS = st.sampled_from(["%v", "%d items", "%q|%v", "%5.2f", "%s and %s", "%v\n", "plain", "%x %%", "", "%T"])


@st.composite
def calls(draw: st.DrawFn) -> tuple[str, str, int, str, list[str]]:
    """(kind, severity, verbosity level, format, args) of one glog call."""
    kind = draw(st.sampled_from(["plain", "f", "ln", "depth", "helper", "V", "Vf", "Vln", "Vif"]))
    sev = draw(st.sampled_from(list(SEVERITIES))) if kind in ("plain", "f", "ln", "depth") else "Info"
    level = draw(st.integers(0, 3))
    fmt = draw(FORMATS) if kind in ("f", "Vf") else ""
    args = draw(st.lists(ARGS, max_size=3))
    if kind == "f" or kind == "Vf":
        args = args[: fmt.count("%") + 1]
    return kind, sev, level, fmt, args


def build(drawn: list[tuple[str, str, int, str, list[str]]], v: int, keep: Callable[[str], bool],
          ending: Optional[str]) -> tuple[str, str]:
    """The glog program and its twin (whose output is the expected standard error)."""
    head = ["package main", "", "import (", '\t"errors"', '\t"flag"', '\t"fmt"', "", '\t"github.com/golang/glog"',
            ")", "", "var _ = errors.New", "var _ = fmt.Sprint", "",
            "// infoAt reports its caller's line", "func infoAt(args ...any) {",
            "\tglog.InfoDepth(1, args...)", "}", "", "func main() {", "\tflag.Parse()"]
    prog, twin = list(head), ["\tw := func(sev string, line int, msg string) {",
                              '\t\tif len(msg) == 0 || msg[len(msg)-1] != \'\\n\' {', '\t\t\tmsg += "\\n"', "\t\t}",
                              '\t\tfmt.Printf("%s prog.go:%d] %s", sev, line, msg)', "\t}", "\t_ = w"]
    for kind, sev, level, fmt, args in drawn:
        a = ", ".join(args)
        line = len(prog) + 1
        letter = SEVERITIES[sev]
        text = {"f": f"fmt.Sprintf({go_lit(fmt)}{', ' if a else ''}{a})",
                "Vf": f"fmt.Sprintf({go_lit(fmt)}{', ' if a else ''}{a})",
                "ln": f"fmt.Sprintln({a})", "Vln": f"fmt.Sprintln({a})"}.get(kind, f"fmt.Sprint({a})")
        if kind == "plain":
            prog.append(f"\tglog.{sev}({a})")
        elif kind == "f":
            prog.append(f"\tglog.{sev}f({go_lit(fmt)}{', ' if a else ''}{a})")
        elif kind == "ln":
            prog.append(f"\tglog.{sev}ln({a})")
        elif kind == "depth":
            prog.append(f"\tglog.{sev}Depth(0{', ' if a else ''}{a})")
        elif kind == "helper":
            prog.append(f"\tinfoAt({a})")
        elif kind == "V":
            prog.append(f"\tglog.V({level}).Info({a})")
        elif kind == "Vf":
            prog.append(f"\tglog.V({level}).Infof({go_lit(fmt)}{', ' if a else ''}{a})")
        elif kind == "Vln":
            prog.append(f"\tglog.V({level}).Infoln({a})")
        else:
            prog += [f"\tif glog.V({level}) {{", f"\t\tglog.Info({a})", "\t}"]
            line += 1
        shown = (level <= v or not kind.startswith("V")) and keep(letter)
        if shown:
            twin.append(f'\tw("{letter}", {line}, {text})')
    if ending is not None:
        prog.append(f"\tglog.Exit{ending}")
        twin.append(f'\tw("F", {len(prog)}, fmt.Sprint{ending})')
        twin.append("\tos.Exit(1)")
    prog.append("}")
    twin_src = "\n".join(["package main", "", "import (", '\t"errors"', '\t"fmt"', '\t"os"', ")", "",
                          "var _ = errors.New", "var _ = os.Exit", "", "func main() {", *twin, "}", ""])
    return "\n".join(prog) + "\n", twin_src


HEADER = re.compile(r"^([IWEF])(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.\d{6} ([ \d]{7}) ", re.M)


# A program costs about a second: more examples than the other drawn files.
@settings(DRAWN, max_examples=8)
@given(drawn=st.lists(calls(), min_size=40, max_size=40), v=st.sampled_from([None, 0, 1, 2, 3]),
       tostderr=st.booleans(), threshold=st.sampled_from([None, *THRESHOLDS]),
       ending=st.sampled_from([None, '("bye", 2)', None]))
def test_glog_programs(go: str, tmp_path_factory: pytest.TempPathFactory, drawn: list, v: Optional[int],
                       tostderr: bool, threshold: Optional[str], ending: Optional[str]) -> None:
    flags = ([] if v is None else [f"-v={v}"]) + (["-logtostderr"] if tostderr else []) \
        + ([] if threshold is None else ["-stderrthreshold", threshold])
    cut = THRESHOLDS[threshold] if threshold is not None and not tostderr else 0
    prog, twin = build(drawn, v or 0, lambda letter: RANK[letter] >= cut, ending)
    tmp = tmp_path_factory.mktemp("glog")
    (tmp / "prog.go").write_text(prog)
    (tmp / "twin").mkdir()
    (tmp / "twin" / "main.go").write_text(twin)
    want = subprocess.run([go, "run", "main.go"], cwd=tmp / "twin", capture_output=True, text=True,
                          env=go_environ(), timeout=300)
    assert want.returncode in (0, 1), want.stderr[-3000:]
    got = subprocess.run([sys.executable, "-m", "go2py", "run", "prog.go", *flags], cwd=tmp, capture_output=True,
                         text=True, timeout=300)
    assert "Traceback" not in got.stderr, got.stderr[-3000:]
    for m in HEADER.finditer(got.stderr):
        assert 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31 and int(m.group(4)) < 24, m.group(0)
        assert m.group(7).strip().isdigit(), m.group(0)
    text = HEADER.sub(r"\1 ", got.stderr)
    assert got.returncode == want.returncode, (flags, got.stderr[-2000:])
    if text != want.stdout:
        w, g = want.stdout.split("\n"), text.split("\n")
        first = next((i for i in range(min(len(w), len(g))) if w[i] != g[i]), min(len(w), len(g)))
        pytest.fail(f"flags {flags}: line {first + 1}: Go {w[first:first + 1]!r}, go2py {g[first:first + 1]!r}\n"
                    f"{prog}", pytrace=False)
