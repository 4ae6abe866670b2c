"""Go's package runtime, as far as programs use it: goroutine scheduling and facts, and
the callers' Go positions (``Caller``, ``Callers``, ``FuncForPC``; see runtime/callers.py).
A program counter here is a number standing for one reported position."""

from __future__ import annotations

import os as _os
from typing import Optional

from go2py.runtime import GOMAXPROCS, Goexit, Gosched, NumGoroutine
from go2py.runtime import callers as _callers
from go2py.runtime import values as _v
from go2py.runtime.values import Slice

__all__ = ["GOMAXPROCS", "Goexit", "Gosched", "NumGoroutine", "NumCPU", "GC", "KeepAlive", "GOOS",
           "GOARCH", "Compiler", "Version", "Caller", "Callers", "CallersFrames", "FuncForPC", "Func",
           "Frame", "Frames"]

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


# ---------------------------------------------------------------- the caller stack
# A program counter stands for one (file, line, function) of a Go caller: the first time
# a position is reported it gets the next number, so a pc is stable and maps back.

_PC_BASE = 0x401000
_pcs: dict[tuple[str, int, str], int] = {}
_frames: list[tuple[str, int, str]] = []


def _pc_of(f: _callers.Frame) -> int:
    key = (f.file, f.line, f.function)
    pc = _pcs.get(key)
    if pc is None:
        pc = _pcs[key] = _PC_BASE + len(_frames)
        _frames.append(key)
    return pc


def _frame_of(pc: int) -> Optional[tuple[str, int, str]]:
    i = pc - _PC_BASE
    return _frames[i] if 0 <= i < len(_frames) else None


def Caller(skip: int) -> tuple[int, str, int, bool]:
    f = _callers.caller(skip)
    if f is None:
        return 0, "", 0, False
    return _pc_of(f), f.file, f.line, True


def Callers(skip: int, pc: Slice) -> int:
    # Callers(0) would start with runtime.Callers itself, which has no Go frame here.
    frames = _callers.callers(max(skip - 1, 0), len(pc))
    for i, f in enumerate(frames):
        pc[i] = _pc_of(f)
    return len(frames)


class Func:
    """*runtime.Func: the function a program counter is in."""

    __slots__ = ("_pc",)

    def __init__(self, pc: int = 0) -> None:
        self._pc = pc

    def Name(self) -> str:
        if self is None:
            return ""
        f = _frame_of(self._pc)
        return f[2] if f is not None else ""

    def Entry(self) -> int:
        return self._pc

    def FileLine(self, pc: int) -> tuple[str, int]:
        f = _frame_of(pc)
        return (f[0], f[1]) if f is not None else ("?", 0)


def FuncForPC(pc: int) -> Optional[Func]:
    return Func(pc) if _frame_of(pc) is not None else None


class Frame(_v.Struct):
    """runtime.Frame."""

    __slots__ = ("PC", "Func", "Function", "File", "Line", "Entry")

    def __init__(self, PC: int = 0, Func: Optional[Func] = None, Function: str = "", File: str = "",
                 Line: int = 0, Entry: int = 0) -> None:
        self.PC, self.Func, self.Function, self.File, self.Line, self.Entry = PC, Func, Function, File, Line, Entry

    def _copy(self) -> "Frame":
        return Frame(self.PC, self.Func, self.Function, self.File, self.Line, self.Entry)


class Frames:
    """*runtime.Frames: Next hands out the frames of the program counters given."""

    __slots__ = ("_pcs",)

    def __init__(self, pcs: list[int]) -> None:
        self._pcs = pcs

    def Next(self) -> tuple[Frame, bool]:
        while self._pcs:
            pc = self._pcs.pop(0)
            f = _frame_of(pc)
            if f is not None:
                return Frame(pc, Func(pc), f[2], f[0], f[1], pc), bool(self._pcs)
        return Frame(), False


def CallersFrames(callers: Slice) -> Frames:
    return Frames(list(callers))
