"""Go's package runtime, as far as programs use it: goroutine scheduling and facts."""

from __future__ import annotations

import os as _os

from go2py.runtime import GOMAXPROCS, Goexit, Gosched, NumGoroutine

__all__ = ["GOMAXPROCS", "Goexit", "Gosched", "NumGoroutine", "NumCPU", "GC", "KeepAlive", "GOOS",
           "GOARCH", "Compiler", "Version"]

GOOS = "linux"
GOARCH = "amd64"
Compiler = "gc"


def NumCPU() -> int:
    return _os.cpu_count() or 1


def GC() -> None:
    """Python collects garbage itself; Go's GC() returns when a collection has run."""
    import gc

    gc.collect()


def KeepAlive(x: object) -> None:
    return None


def Version() -> str:
    return "go1.27.3"
