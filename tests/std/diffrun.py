"""Run one Go program under the real toolchain and under go2py; return both results."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Callable, Optional

import pytest

from go2py.gotool import go_environ


def run_both(go: str, src: str, tmp: Path, statuses: tuple[int, ...] = (0,)) -> tuple[tuple[str, int], tuple[str, int]]:
    """(stdout, exit status) of `go run` and of `go2py run` on the program src; Go's program
    must exit with one of `statuses` or panic."""
    tmp.mkdir(parents=True, exist_ok=True)
    main = tmp / "main.go"
    main.write_text(src)
    # built and run apart: `go run` reports a failed program's exit status as 1
    built = subprocess.run([go, "build", "-o", str(tmp / "prog"), str(main)], cwd=tmp, capture_output=True,
                           text=True, env=go_environ(), timeout=300)
    assert built.returncode == 0, built.stderr[-4000:]
    want = subprocess.run([str(tmp / "prog")], cwd=tmp, capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL)
    assert want.returncode in statuses or "panic" in want.stderr, want.stderr[-4000:]
    got = subprocess.run([sys.executable, "-m", "go2py", "run", str(main)], cwd=tmp, capture_output=True,
                         text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert "Traceback" not in got.stderr, got.stderr[-4000:]
    return (want.stdout, want.returncode), (got.stdout, got.returncode)


def assert_same_run(go: str, src: str, tmp: Path, mask: Optional[Callable[[str], list[str]]] = None,
                    context: Optional[Callable[[int], str]] = None, statuses: tuple[int, ...] = (0,),
                    before: int = 3) -> None:
    """Fail unless Go and go2py print the same lines and exit alike: at the first differing
    line, with the `before` lines before it (or context(line) of the program) and the
    program's path. mask turns an output into the lines to compare (addresses that differ
    from run to run taken out)."""
    want, got = run_both(go, src, tmp, statuses)
    split = mask or (lambda out: out.split("\n"))
    w, g = split(want[0]), split(got[0])
    if (w, want[1]) == (g, got[1]):
        return
    first = next((i for i in range(min(len(w), len(g))) if w[i] != g[i]), min(len(w), len(g)))
    where = context(first) if context is not None else "after " + repr("\n".join(w[max(0, first - before):first]))
    pytest.fail(f"line {first + 1} of {tmp / 'main.go'}'s output ({where}): Go {w[first:first + 1]!r}, "
                f"go2py {g[first:first + 1]!r}; exit {want[1]} / {got[1]}", pytrace=False)
