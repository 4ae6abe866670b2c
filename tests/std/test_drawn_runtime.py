"""runtime against the real toolchain on inputs drawn by Hypothesis: the callers' positions
(``Caller``, ``Callers``, ``CallersFrames``, ``FuncForPC``) through drawn chains of calls at
drawn lines, and the processor counts under a drawn ``GOMAXPROCS`` environment variable.

A chain is one generated program: functions, methods on value and pointer receivers, closures,
generic functions, deferred calls and goroutines call each other in a drawn order, separated by
drawn blank lines and comments, and the innermost one prints every frame Go reports. Go builds
and runs it; go2py translates and runs it; the outputs must be identical.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from go2py.gotool import go_environ
from tests.std.diffrun import run_both

from .drawnhelp import DRAWN

# How one link of the chain calls the next: the callee's declaration and the call statement.
KINDS = ["func", "value_method", "pointer_method", "closure", "generic", "defer", "defer_early", "go",
         "method_value"]


def _gap(n: int) -> str:
    """n lines between statements: blank lines and comments move every later position."""
    return "".join("\t// gap\n" if i % 2 else "\n" for i in range(n))


def _chain(links: list[tuple[str, int]], skips: int) -> str:
    decls: list[str] = []
    for i, (kind, gap) in enumerate(links):
        callee = f"f{i + 1}"
        if kind == "func":
            call = f"{callee}()"
        elif kind == "value_method":
            call = f"v{{}}.{callee}()"
        elif kind == "pointer_method":
            call = f"(&v{{}}).p{callee}()"
        elif kind == "closure":
            call = f"c := func() {{\n\t\t{callee}()\n\t}}\n\tc()"
        elif kind == "generic":
            call = f"g{callee}[int](1)"
        elif kind == "defer":
            call = f"defer {callee}()"
        elif kind == "defer_early":
            # the deferred call runs at the early return, which Go reports as the caller's line
            call = f"defer {callee}()\n\tif yes {{\n{_gap(gap)}\t\treturn\n\t}}\n\tfmt.Print(\"\")"
        elif kind == "go":
            call = f"done := make(chan bool)\n\tgo func() {{\n\t\t{callee}()\n\t\tdone <- true\n\t}}()\n\t<-done"
        else:
            call = f"m := v{{}}.{callee}\n\tm()"
        decls.append(f"func f{i}() {{\n{_gap(gap)}\t{call}\n}}\n")
        decls.append(f"func (v) {callee}() {{ {callee}() }}\n")
        decls.append(f"func (*v) p{callee}() {{\n\t{callee}()\n}}\n")
        decls.append(f"func g{callee}[T any](x T) {{\n\t_ = x\n\t{callee}()\n}}\n")
    leaf = f"""func f{len(links)}() {{
\tfor skip := 0; skip < {skips}; skip++ {{
\t\tpc, file, line, ok := runtime.Caller(skip)
\t\tname := ""
\t\tif f := runtime.FuncForPC(pc); f != nil {{
\t\t\tname = f.Name()
\t\t}}
\t\tfmt.Println(skip, filepath.Base(file), line, ok, name)
\t}}
\tpcs := make([]uintptr, {skips})
\tn := runtime.Callers(1, pcs)
\tframes := runtime.CallersFrames(pcs[:n])
\tfor {{
\t\tf, more := frames.Next()
\t\tif f.Function == "runtime.goexit" || f.Function == "runtime.main" {{
\t\t\tbreak
\t\t}}
\t\tfmt.Println("frame", f.Function, filepath.Base(f.File), f.Line)
\t\tif !more {{
\t\t\tbreak
\t\t}}
\t}}
}}
"""
    return ("package main\n\nimport (\n\t\"fmt\"\n\t\"path/filepath\"\n\t\"runtime\"\n)\n\ntype v struct{}\n\nvar yes = true\n\n"
            + "\n".join(decls) + "\n" + leaf + "\nfunc main() {\n\tf0()\n}\n")


@DRAWN
@given(chains=st.lists(st.lists(st.tuples(st.sampled_from(KINDS), st.integers(0, 3)), min_size=1, max_size=6),
                       min_size=3, max_size=3))
def test_callers(go: str, tmp_path_factory: pytest.TempPathFactory,
                 chains: list[list[tuple[str, int]]]) -> None:
    for i, links in enumerate(chains):
        src = _chain(links, len(links) + 3)
        want, got = run_both(go, src, tmp_path_factory.mktemp(f"callers{i}"))
        assert got == want, f"chain {links}:\n{src}\nGo:\n{want[0]}\ngo2py:\n{got[0]}"


PROCS = """package main

import (
\t"fmt"
\t"runtime"
)

func main() {
\tfmt.Println(runtime.NumCPU(), runtime.GOMAXPROCS(0))
\truntime.GOMAXPROCS(7)
\truntime.SetDefaultGOMAXPROCS()
\tfmt.Println(runtime.GOMAXPROCS(0))
}
"""

# GOMAXPROCS values: numbers in and out of int32, signs, and text Go's atoi32 rejects. None
# from 10000 to 2^31-1: a Go program with that many Ps may start more threads than the
# runtime's limit of 10000 ("fatal error: thread exhaustion") whenever the collector runs.
ENV_VALUES = st.one_of(
    st.integers(-3, 70).map(str),
    st.sampled_from(["", "0", "+3", " 2", "2 ", "0x4", "9999", "2147483648", "-2147483648", "007", "1e2"]),
    st.text(st.sampled_from("0123456789-+ x"), max_size=4),
)


@pytest.fixture(scope="module")
def procs_builds(go: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("procs")
    (tmp / "main.go").write_text(PROCS)
    built = subprocess.run([go, "build", "-o", str(tmp / "prog"), "main.go"], cwd=tmp, capture_output=True,
                           text=True, env=go_environ(), timeout=300)
    assert built.returncode == 0, built.stderr
    tr = subprocess.run([sys.executable, "-m", "go2py.cli", "main.go", "-o", "prog.py"], cwd=tmp,
                        capture_output=True, text=True, timeout=300)
    assert tr.returncode == 0, tr.stderr
    return tmp / "prog", tmp / "prog.py"


@DRAWN
@given(envs=st.lists(st.tuples(ENV_VALUES, st.sampled_from([None, "containermaxprocs=0", "containermaxprocs=1"])),
                     min_size=5, max_size=5))
def test_gomaxprocs_environment(procs_builds: tuple[Path, Path], envs: list[tuple[str, str | None]]) -> None:
    binary, script = procs_builds
    for value, godebug in envs:
        env = {k: v for k, v in os.environ.items() if k not in ("GOMAXPROCS", "GODEBUG")}
        env["GOMAXPROCS"] = value
        if godebug is not None:
            env["GODEBUG"] = godebug
        want = subprocess.run([str(binary)], capture_output=True, text=True, env=env, timeout=60)
        got = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, env=env, timeout=60)
        assert (got.stdout, got.returncode) == (want.stdout, want.returncode), (value, godebug)
