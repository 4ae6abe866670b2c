"""Go's package runtime, as far as programs use it: goroutine scheduling and facts, and
the callers' Go positions (``Caller``, ``Callers``, ``FuncForPC``; see runtime/callers.py).
A program counter here is a number standing for one reported position."""

from __future__ import annotations

import os as _os
import weakref
from typing import Any, Callable, Optional

from go2py.runtime import GOMAXPROCS, Goexit, Gosched, NumGoroutine
from go2py.runtime import callers as _callers
from go2py.runtime import cleanup as _cleanup
from go2py.runtime import procs as _procs
from go2py.runtime.cell import AttrCell, GlobalCell, ItemCell
from go2py.runtime.panic import PanicNilError, TypeAssertionError
from go2py.runtime.panic import RuntimeError_ as _RuntimeError
from go2py.runtime.sched import SetDefaultGOMAXPROCS
from go2py.runtime.panic import fatal as _fatal
from go2py.runtime import values as _v
from go2py.runtime.values import Slice

__all__ = ["GOMAXPROCS", "Goexit", "Gosched", "NumGoroutine", "NumCPU", "GC", "KeepAlive", "GOOS",
           "GOARCH", "Compiler", "Version", "Caller", "Callers", "CallersFrames", "FuncForPC", "Func",
           "Frame", "Frames", "LockOSThread", "UnlockOSThread", "Breakpoint", "Stack", "MemStats",
           "ReadMemStats", "TypeAssertionError", "AddCleanup", "Cleanup", "PanicNilError", "NumCgoCall",
           "MemProfileRate", "SetBlockProfileRate", "SetMutexProfileFraction", "SetFinalizer", "GOROOT",
           "Pinner", "SetDefaultGOMAXPROCS"]

GOOS = "linux"
GOARCH = "amd64"
Compiler = "gc"


def NumCPU() -> int:
    return _procs.ncpu()


def GC() -> None:
    """Python collects garbage itself; Go's GC() returns when a collection has run, and the
    cleanups of what it freed are then started."""
    global _forced_gcs
    _forced_gcs += 1

    _cleanup.collect()


class Cleanup(_v.Struct):
    """runtime.Cleanup: the handle AddCleanup returns; Stop cancels the cleanup."""

    __slots__ = ("_f",)

    def __init__(self, _f: Optional[weakref.finalize] = None) -> None:
        self._f = _f

    def _copy(self) -> "Cleanup":
        return Cleanup(self._f)

    def Stop(self) -> None:
        if self._f is not None:
            self._f.detach()


def AddCleanup(ptr: object, cleanup: Callable[[Any], Any], arg: Any) -> Cleanup:
    if ptr is None:
        raise _v.GoPanic("runtime.AddCleanup: ptr is nil")
    if arg is ptr:
        raise _v.GoPanic("runtime.AddCleanup: ptr is equal to arg, cleanup will never run")
    # Go looks through the function's closure for pointers into the object: such a cleanup
    # keeps its object alive. Python's closure cells hold the variables themselves.
    if any(_cell_holds(c, ptr) for c in getattr(cleanup, "__closure__", None) or ()):
        raise _v.GoPanic("runtime.AddCleanup: cleanup function closes over ptr, cleanup will never run")
    return Cleanup(_cleanup.watch(ptr, cleanup, arg))


def SetFinalizer(obj: Any, finalizer: Any) -> None:
    # Go's checks end the program (a throw, not a panic), in Go's order.
    t = _v.dynamic_type(obj)
    p = _v.unbox(obj)
    if t is None:
        _fatal("runtime.SetFinalizer: first argument is nil")
    if t.kind != "ptr":
        _fatal(f"runtime.SetFinalizer: first argument is {t.name}, not pointer")
    if p is None:  # a typed nil pointer: Go finds no heap block at address 0
        _fatal("runtime.SetFinalizer: pointer not in allocated block")
    if isinstance(p, GlobalCell) or (t.elem is not None and _cleanup.layout(t.elem) == 0):
        return  # a package variable or a zero-size value: not in Go's heap, where Go does nothing
    target, field, at_base = p, None, True
    if isinstance(p, (AttrCell, ItemCell)):
        if isinstance(p, AttrCell):
            t_obj = getattr(type(p.obj), "__gotype__", None)
            attrs = _v.field_attrs(p.obj, t_obj.fields) if t_obj is not None else ()
            target, field, at_base = p.obj, p.name, bool(attrs) and attrs[0] == p.name
        else:
            target, at_base = _cleanup.target(p), p.i + getattr(p.seq, "off", 0) == 0
        size = _cleanup.layout(t.elem) if t.elem is not None else None
        # Go's allocator packs small values without pointers together, so there it cannot
        # tell a field's address from an object's.
        if not at_base and (size is None or size >= 16):
            _fatal("runtime.SetFinalizer: pointer not at beginning of allocated block")
    fn = _v.unbox(finalizer)
    if fn is not None:
        ft = _v.dynamic_type(finalizer)
        if not callable(fn) or ft is None or ft.kind != "func":
            _fatal(f"runtime.SetFinalizer: second argument is {ft.name if ft else 'nil'}, not a function")
        _check_finalizer(obj, t, ft)
    if not _cleanup.set_finalizer(target, fn, field, at_base):
        _fatal("runtime.SetFinalizer: finalizer already set")


def _check_finalizer(obj: Any, t: _v.GoType, ft: _v.GoType) -> None:
    """Go's rule for the finalizer's one parameter: obj's type itself, a pointer type of the
    same element where one of the two is unnamed, or an interface obj implements."""
    params, _, variadic = _v.signature_of(ft)
    what = f"runtime.SetFinalizer: cannot pass {t.name} to finalizer {ft.name}"
    if variadic:
        _fatal(what + " because dotdotdot")
    if len(params) != 1:
        _fatal(what)
    pt = params[0]
    if pt is t:
        return
    if pt.kind == "ptr" and pt.elem is t.elem and (pt.underlying is pt or t.underlying is t):
        return
    if pt.kind == "interface" and (not pt.methods or _v.implements(obj, tuple(pt.methods))):
        return
    _fatal(what)


def _cell_holds(c: Any, ptr: object) -> bool:
    try:
        v = c.cell_contents
    except ValueError:  # a variable not yet bound
        return False
    return v is ptr or v is _cleanup.target(ptr)


def NumCgoCall() -> int:
    return 0  # a translated program makes no cgo calls


# Profiling rates: kept as set, for programs that read them back; go2py samples nothing.
# Go's linker sets MemProfileRate to 0 in a program that never profiles memory.
MemProfileRate = 0
_mutex_fraction = 0


def SetBlockProfileRate(rate: int) -> None:
    return None


def SetMutexProfileFraction(rate: int) -> int:
    global _mutex_fraction
    old = _mutex_fraction
    if rate >= 0:
        _mutex_fraction = rate
    return old


def KeepAlive(x: object) -> None:
    return None


def GOROOT() -> str:
    """The GOROOT environment variable, else the root of the Go toolchain beside this Python
    (Go's is the root of the toolchain that built the program), else empty."""
    root = _os.environ.get("GOROOT")
    if root:
        return root
    from go2py.gotool import go_binary

    go = go_binary()
    return str(_os.path.dirname(_os.path.dirname(_os.path.realpath(go)))) if go else ""


class _pinner:
    """The set behind a Pinner. Freed while it still holds pins, it queues Go's leak panic for
    the next collection, as Go's finalizer on it does."""

    __slots__ = ("refs", "__weakref__")

    def __init__(self) -> None:
        self.refs: list[Any] = []

    def __del__(self) -> None:
        if self.refs:
            try:
                _cleanup.queue_finalizer(_pinner_leak, None)
            except Exception:  # the interpreter is tearing the module down
                pass


def _pinner_leak(_: Any) -> None:
    raise _v.GoPanic(_RuntimeError("runtime.Pinner: found leaking pinned pointer; forgot to call Unpin()?"))


_pinner_cache: Optional[_pinner] = None


class Pinner(_v.Struct):
    """runtime.Pinner: pins nothing (Python never moves an object), but holds what it pins
    until Unpin, and panics as Go's does."""

    __slots__ = ("pinner",)

    def __init__(self, pinner: Optional[_pinner] = None) -> None:
        self.pinner = pinner

    def _copy(self) -> "Pinner":
        return Pinner(self.pinner)

    def Pin(self, pointer: Any) -> None:
        global _pinner_cache
        if self.pinner is None:
            self.pinner, _pinner_cache = _pinner_cache or _pinner(), None
        t = _v.dynamic_type(pointer)
        if t is None:
            raise _v.GoPanic(_RuntimeError("runtime.Pinner: argument is nil"))
        if t.kind not in ("ptr", "unsafe.pointer"):
            raise _v.GoPanic(_RuntimeError("runtime.Pinner: argument is not a pointer: " + t.name))
        p = _v.unbox(pointer)
        # Go ignores what is not in its heap: nil, package variables, zero-size values
        if p is None or isinstance(p, GlobalCell) or (t.elem is not None and _cleanup.layout(t.elem) == 0):
            return
        self.pinner.refs.append(p)

    def Unpin(self) -> None:
        global _pinner_cache
        if self.pinner is not None:
            self.pinner.refs = []
        # Go hands the set back to a cache of one, for the next Pinner to use
        if _pinner_cache is None:
            self.pinner, _pinner_cache = None, self.pinner


# Declared for fmt, which prints a Pinner as Go's {<nil>} (or the address of its set).
Pinner.__gotype__ = _v.GoType(  # type: ignore[attr-defined]
    "runtime.Pinner", "struct", py=Pinner, zero=Pinner,
    fields=[("pinner", _v.pointer_to(_v.foreign_type(_pinner, "runtime.pinner")), "", True)])


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


# The frames of Go's own runtime that Go reports around a program's: runtime.Callers itself,
# and below a goroutine's outermost function runtime.main (for the main goroutine) and
# runtime.goexit; at their lines in Go 1.27.3, under Go's default GOROOT (a translated
# program has no Go installation of its own).
_GOROOT_RUNTIME = "/usr/local/go/src/runtime/"
_CALLERS = _callers.Frame(_GOROOT_RUNTIME + "extern.go", 341, "runtime.Callers")
_MAIN = _callers.Frame(_GOROOT_RUNTIME + "proc.go", 302, "runtime.main")
_GOEXIT = _callers.Frame(_GOROOT_RUNTIME + "asm_amd64.s", 1264, "runtime.goexit")


def _runtime_tail() -> list[_callers.Frame]:
    from go2py.runtime import sched as _sched

    return [_MAIN, _GOEXIT] if _sched.S.cur is _sched._main_g else [_GOEXIT]


def Caller(skip: int) -> tuple[int, str, int, bool]:
    frames = _callers.callers(0, skip + 1) if skip >= 0 else []
    if len(frames) <= skip:
        frames += _runtime_tail()
    if not 0 <= skip < len(frames):
        return 0, "", 0, False
    f = frames[skip]
    return _pc_of(f), f.file, f.line, True


def Callers(skip: int, pc: Slice) -> int:
    # skip 0 is runtime.Callers itself, 1 its caller
    skip = max(skip, 0)
    frames = [_CALLERS, *_callers.callers(0, skip + len(pc)), *_runtime_tail()][skip:][:len(pc)]
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
                # Go gives no Func for runtime.Callers (inlined into its caller)
                fn = Func(pc) if f[2] != "runtime.Callers" else None
                return Frame(pc, fn, f[2], f[0], f[1], pc), bool(self._pcs)
        return Frame(), False


def CallersFrames(callers: Slice) -> Frames:
    return Frames(list(callers))


# ---------------------------------------------------------------- threads, stacks, memory


_locked: dict[int, int] = {}  # goroutine id -> LockOSThread calls not yet undone


def _gid() -> int:
    from go2py.runtime import sched as _sched

    g = _sched.S.cur
    return g.id if g is not None else 1


def LockOSThread() -> None:
    """Goroutines all run on the one OS thread already; the lock shows in Stack."""
    gid = _gid()
    _locked[gid] = _locked.get(gid, 0) + 1


def UnlockOSThread() -> None:
    gid = _gid()
    n = _locked.get(gid, 0) - 1
    if n > 0:
        _locked[gid] = n
    else:
        _locked.pop(gid, None)


def Breakpoint() -> None:
    """SIGTRAP, as Go raises it: without a debugger the program ends."""
    import signal

    _os.kill(_os.getpid(), signal.SIGTRAP)


def Stack(buf: Slice, all: bool) -> int:
    """The running goroutine's stack as Go formats it (Go functions, files and lines), then
    with ``all`` the other goroutines' summaries; as much as fits in buf."""
    from go2py.runtime import sched as _sched

    g = _sched.S.cur
    gid = g.id if g is not None else 1
    text = f"goroutine {gid} [running{', locked to thread' if gid in _locked else ''}]:\n"
    for f in _callers.callers(0, 100):
        text += f"{f.function}()\n\t{f.file}:{f.line}\n"
    if all:
        others = _sched._goroutines_dump(exclude=g)
        if others:
            text += "\n" + others
    data = text.encode("utf-8", "surrogateescape")[: len(buf)]
    for i, b in enumerate(data):
        buf[i] = b
    return len(data)


class _SizeClass(_v.Struct):
    __slots__ = ("Size", "Mallocs", "Frees")

    def __init__(self, Size: int = 0, Mallocs: int = 0, Frees: int = 0) -> None:
        self.Size, self.Mallocs, self.Frees = Size, Mallocs, Frees

    def _copy(self) -> "_SizeClass":
        return _SizeClass(self.Size, self.Mallocs, self.Frees)


_MEM_FIELDS = ("Alloc", "TotalAlloc", "Sys", "Lookups", "Mallocs", "Frees", "HeapAlloc", "HeapSys",
               "HeapIdle", "HeapInuse", "HeapReleased", "HeapObjects", "StackInuse", "StackSys",
               "MSpanInuse", "MSpanSys", "MCacheInuse", "MCacheSys", "BuckHashSys", "GCSys", "OtherSys",
               "NextGC", "LastGC", "PauseTotalNs")


class MemStats(_v.Struct):
    """runtime.MemStats, filled by ReadMemStats from what Python tells of its memory."""

    __slots__ = _MEM_FIELDS + ("PauseNs", "PauseEnd", "NumGC", "NumForcedGC", "GCCPUFraction", "EnableGC",
                               "DebugGC", "BySize")

    def __init__(self, **fields: object) -> None:
        for f in _MEM_FIELDS:
            setattr(self, f, 0)
        self.PauseNs, self.PauseEnd = [0] * 256, [0] * 256
        self.NumGC = self.NumForcedGC = 0
        self.GCCPUFraction = 0.0
        self.EnableGC, self.DebugGC = True, False
        self.BySize = [_SizeClass() for _ in range(61)]
        for k, v in fields.items():
            setattr(self, k, v)

    def _copy(self) -> "MemStats":
        m = MemStats(**{f: getattr(self, f) for f in self.__slots__})
        m.PauseNs, m.PauseEnd = list(self.PauseNs), list(self.PauseEnd)
        m.BySize = [s._copy() for s in self.BySize]
        return m

    def _assign(self, v: "MemStats") -> None:
        for f in self.__slots__:
            setattr(self, f, getattr(v, f))


_forced_gcs = 0
_total_alloc = 0


def ReadMemStats(m: MemStats) -> None:
    """Python's view in Go's terms: the resident set is what the process holds (Sys,
    HeapSys), the blocks Python has allocated are the heap in use (Alloc, HeapAlloc,
    HeapObjects), collections are GC cycles."""
    import gc
    import resource
    import sys

    global _total_alloc
    rss = 0
    try:
        with open("/proc/self/statm") as f:
            rss = int(f.read().split()[1]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    blocks = sys.getallocatedblocks()
    alloc = min(blocks * 64, rss) if rss else blocks * 64
    _total_alloc = max(_total_alloc, alloc)
    m.Alloc = m.HeapAlloc = m.HeapInuse = alloc
    m.TotalAlloc = _total_alloc
    m.Sys = m.HeapSys = rss
    m.HeapIdle = max(rss - alloc, 0)
    m.HeapObjects = m.Mallocs = blocks
    m.Frees = 0
    m.NumGC = sum(s.get("collections", 0) for s in gc.get_stats()) & 0xFFFFFFFF
    m.NumForcedGC = _forced_gcs
    m.EnableGC = gc.isenabled()
