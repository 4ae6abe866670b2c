"""Run one Go program under the real toolchain and under go2py; return both results."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from go2py.gotool import go_environ


def run_both(go: str, src: str, tmp: Path) -> tuple[tuple[str, int], tuple[str, int]]:
    """(stdout, exit status) of `go run` and of `go2py run` on the program src."""
    tmp.mkdir(parents=True, exist_ok=True)
    main = tmp / "main.go"
    main.write_text(src)
    # built and run apart: `go run` reports a failed program's exit status as 1
    built = subprocess.run([go, "build", "-o", str(tmp / "prog"), str(main)], cwd=tmp, capture_output=True,
                           text=True, env=go_environ(), timeout=300)
    assert built.returncode == 0, built.stderr[-4000:]
    want = subprocess.run([str(tmp / "prog")], cwd=tmp, capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL)
    assert want.returncode == 0 or "panic" in want.stderr, want.stderr[-4000:]
    got = subprocess.run([sys.executable, "-m", "go2py", "run", str(main)], cwd=tmp, capture_output=True,
                         text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert "Traceback" not in got.stderr, got.stderr[-4000:]
    return (want.stdout, want.returncode), (got.stdout, got.returncode)
