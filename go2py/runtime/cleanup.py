"""Cleanups and finalizers: functions a program asks to run once an object is unreachable
(``runtime.AddCleanup``, ``runtime.SetFinalizer``), as Go's runtime/mcleanup.go and mfinal.go
own them.

CPython frees an object as its last reference goes; a weak reference's callback then queues
the cleanup. The queue is drained on a goroutine of its own, started when ``runtime.GC()`` has
collected, so cleanups run as Go's do: after a collection, one at a time, never on the goroutine
that dropped the object. Go promises no more than that: an object Python cannot watch (one
without weak reference support) simply never has its cleanup run, as Go allows.
"""

from __future__ import annotations

import collections
import gc
import types
import weakref
from typing import Any, Callable, Optional

from go2py.runtime.cell import AttrCell, GlobalCell, ItemCell
from go2py.runtime.values import field_attrs

# Cleanups run in the order their objects died; finalizers in the reverse order, as Go's
# finalizer goroutine takes its queue from the newest entry.
_queue: collections.deque[tuple[Callable[[Any], Any], Any]] = collections.deque()
_finq: collections.deque[tuple[Callable[[Any], Any], Any]] = collections.deque()


def target(ptr: Any) -> Any:
    """The object whose death a pointer's cleanup waits for: a pointer to a field or an element
    keeps the whole struct or backing array alive, as in Go; a package variable never dies."""
    if isinstance(ptr, AttrCell):
        return ptr.obj
    if isinstance(ptr, ItemCell):
        return getattr(ptr.seq, "a", ptr.seq)
    if isinstance(ptr, GlobalCell):
        return None
    return ptr


def watch(ptr: Any, fn: Callable[[Any], Any], arg: Any) -> Optional[weakref.finalize]:
    """Queue fn(arg) for when ptr's object dies; None when Python cannot watch it."""
    obj = target(ptr)
    if obj is None:
        return None
    try:
        f = weakref.finalize(obj, _queue.append, (fn, arg))
    except TypeError:
        return None
    f.atexit = False  # Go does not run cleanups when the program exits
    return f


def queue_finalizer(fn: Callable[[Any], Any], arg: Any) -> None:
    """Queue fn(arg) to run as a finalizer after the next collection."""
    _finq.append((fn, arg))


# runtime.SetFinalizer: finalizers by the id of their object, run by a __del__ installed on
# the object's class when the first finalizer of that class is set (no other program pays a
# thing). Queuing the object with its finalizer keeps it alive until the finalizer has run, as
# Go resurrects it; Python calls __del__ once per object, and Go runs a finalizer once.
#
# Entries by address: None for the object's own (which &s.first shares), a field's name for
# the address of a later field (Go allows one there when the field is a small value without
# pointers). Each entry is (finalizer, the field the pointer given designates, if any): the
# finalizer receives that pointer again.
_finalizers: dict[int, dict[Optional[str], tuple[Callable[[Any], Any], Optional[str]]]] = {}
_hooked: set[type] = set()
# Go marks everything an object with a finalizer points to before it looks for dead ones, so
# an object that reaches itself (a cycle through it) is never finalized nor freed. Python's
# cycle collector would free it: such an object is kept here instead.
_kept: list[Any] = []
_collecting = False  # the cycle collector is running (gc.callbacks): __del__ may be its


def _on_collection(phase: str, info: dict) -> None:
    global _collecting
    _collecting = phase == "start"


def set_finalizer(obj: Any, fn: Optional[Callable[[Any], Any]], field: Optional[str] = None,
                  at_base: bool = True) -> bool:
    """Set (or with None clear) the finalizer of obj, or of its field `field` (at obj's own
    address when at_base); False when one is already set there."""
    addr = None if at_base else field
    entries = _finalizers.get(id(obj))
    if fn is None:
        if entries is not None:
            entries.pop(addr, None)
            if not entries:
                del _finalizers[id(obj)]
        return True
    if entries is not None and addr in entries:
        return False
    cls = type(obj)
    if cls not in _hooked:
        _hooked.add(cls)
        if len(_hooked) == 1:
            gc.callbacks.append(_on_collection)
        earlier = cls.__dict__.get("__del__")

        def __del__(self: Any) -> None:
            try:
                entries = _finalizers.pop(id(self), None)
                if entries is not None:
                    # An object freed by its count going to zero is in no cycle: only the
                    # cycle collector's need the walk.
                    if _collecting and _reaches_itself(self):
                        _kept.append(self)
                    else:
                        for f, name in entries.values():
                            _finq.append((f, self if name is None else AttrCell(self, name)))
            except Exception:  # noqa: BLE001 - at interpreter exit the module may be torn down
                pass
            if earlier is not None:
                earlier(self)

        try:
            cls.__del__ = __del__  # type: ignore[attr-defined]
        except TypeError:
            pass  # a built-in type (an array is a list): its finalizers never run, as Go allows
    if cls.__dict__.get("__del__") is not None:
        _finalizers.setdefault(id(obj), {})[addr] = (fn, field)
    return True


_SIZES = {"bool": 1, "int8": 1, "uint8": 1, "int16": 2, "uint16": 2, "int32": 4, "uint32": 4,
          "float32": 4, "int": 8, "uint": 8, "int64": 8, "uint64": 8, "uintptr": 8, "float64": 8,
          "complex64": 8, "complex128": 16}


def layout(t: Any) -> Optional[int]:
    """The size of a value of GoType t when it holds no pointers (None when it does): what
    decides where Go's allocator puts it (small values without pointers share blocks)."""
    size, _ = _layout(t)
    return size


def _layout(t: Any) -> tuple[Optional[int], int]:
    k = t.kind
    if k in _SIZES:
        n = _SIZES[k]
        return n, 4 if k == "complex64" else min(n, 8)
    if k == "array":
        n, a = _layout(t.elem)
        return (None if n is None else n * t.len), a
    if k == "struct":
        off, align = 0, 1
        for _, ft, _, _ in t.fields:
            n, a = _layout(ft)
            if n is None:
                return None, 8
            off = -(-off // a) * a + n
            align = max(align, a)
        return -(-off // align) * align, align
    return None, 8


# What the walk does not enter: values without pointers, and Python's own machinery (a class,
# a module, a running goroutine's frames), none of which is a Go value an object points to.
_OPAQUE = (type, types.ModuleType, types.CodeType, types.FrameType, str, bytes, int, float,
           complex, type(None))
_WALK_LIMIT = 1_000_000


def _pointees(x: Any) -> Any:
    if isinstance(x, types.FunctionType):
        return x.__closure__ or ()  # a closure points to its captured variables, not its module
    if isinstance(x, _OPAQUE) or type(x).__module__.startswith("greenlet"):
        return ()
    return gc.get_referents(x)


def _inline(obj: Any) -> list[Any]:
    """obj and the Python objects that are part of it in Go's memory: the values of its struct
    and array fields (a pointer field's target is another object)."""
    parts, i = [obj], 0
    while i < len(parts):
        x = parts[i]
        i += 1
        t = getattr(type(x), "__gotype__", None)
        if t is None or t.kind != "struct":
            continue
        for name, (_, ft, _, _) in zip(field_attrs(x, t.fields), t.fields):
            if ft.kind == "array":
                v = getattr(x, name, None)
                if isinstance(v, list):
                    parts.append(v)
                    if ft.elem.kind == "struct":
                        parts.extend(e for e in v if getattr(type(e), "__gotype__", None) is not None)
            elif ft.kind == "struct":
                v = getattr(x, name, None)
                if v is not None:
                    parts.append(v)
    return parts


def _reaches_itself(obj: Any) -> bool:
    """Whether obj is reachable from what it points to. Its pointers back into itself do not
    count, as Go's marking skips them: a cycle must pass through another object."""
    own = {id(x) for x in _inline(obj)}
    seen: set[int] = set(own)
    todo = [y for x in _inline(obj) for y in _pointees(x) if id(y) not in own]
    while todo:
        x = todo.pop()
        if id(x) in own:
            return True
        if id(x) in seen:
            continue
        seen.add(id(x))
        if len(seen) > _WALK_LIMIT:
            return False
        todo.extend(_pointees(x))
    return False


# Finalizers and cleanups queued before a collection run after it; what their running frees
# waits for the next one, as in Go, where an object a finalizer's object points to stays
# marked until the collection after the finalizer has run.
_ready: collections.deque[tuple[Callable[[Any], Any], Any]] = collections.deque()
_ready_fin: collections.deque[tuple[Callable[[Any], Any], Any]] = collections.deque()
_draining: set[int] = set()


def collect() -> None:
    """A forced collection (runtime.GC): what it frees has its finalizers and cleanups started.
    Go's GC yields while it sweeps, which is when the finalizer goroutine it wakes runs, so
    finalizers have run when GC returns; the cleanup goroutines it wakes at its end run at the
    next scheduling point."""
    from go2py.runtime import sched

    gc.collect()
    _ready_fin.extend(reversed(_finq))
    _finq.clear()
    if _ready_fin and id(_ready_fin) not in _draining:
        sched.go(_drain, _ready_fin)
    sched.Gosched()
    _ready.extend(_queue)
    _queue.clear()
    if _ready and id(_ready) not in _draining:
        sched.go(_drain, _ready)


def _drain(ready: collections.deque[tuple[Callable[[Any], Any], Any]]) -> None:
    _draining.add(id(ready))
    try:
        while ready:
            fn, arg = ready.popleft()
            fn(arg)
            fn = arg = None  # type: ignore[assignment]  # what the call leaves unreachable is freed now
    finally:
        _draining.discard(id(ready))
