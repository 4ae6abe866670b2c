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
import weakref
from typing import Any, Callable, Optional

from go2py.runtime.cell import AttrCell, GlobalCell, ItemCell

_queue: collections.deque[tuple[Callable[[Any], Any], Any]] = collections.deque()
_draining = False


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


def queue(fn: Callable[[Any], Any], arg: Any) -> None:
    """Queue fn(arg) to run after the next collection (runtime.SetFinalizer's hook)."""
    _queue.append((fn, arg))


# runtime.SetFinalizer: finalizers by the id of their object, run by a __del__ installed on
# the object's class when the first finalizer of that class is set (no other program pays a
# thing). Queuing the object with its finalizer keeps it alive until the finalizer has run, as
# Go resurrects it; Python calls __del__ once per object, and Go runs a finalizer once.
_finalizers: dict[int, Callable[[Any], Any]] = {}
_hooked: set[type] = set()


def set_finalizer(obj: Any, fn: Optional[Callable[[Any], Any]]) -> bool:
    """Set (or with None clear) obj's finalizer; False when one is already set."""
    if fn is None:
        _finalizers.pop(id(obj), None)
        return True
    if id(obj) in _finalizers:
        return False
    cls = type(obj)
    if cls not in _hooked:
        _hooked.add(cls)
        earlier = cls.__dict__.get("__del__")

        def __del__(self: Any) -> None:
            try:
                f = _finalizers.pop(id(self), None)
                if f is not None:
                    _queue.append((f, self))
            except Exception:  # noqa: BLE001 - at interpreter exit the module may be torn down
                pass
            if earlier is not None:
                earlier(self)

        try:
            cls.__del__ = __del__  # type: ignore[attr-defined]
        except TypeError:
            pass  # a built-in type (an array is a list): its finalizers never run, as Go allows
    if cls.__dict__.get("__del__") is not None:
        _finalizers[id(obj)] = fn
    return True


def collect() -> None:
    """A forced collection (runtime.GC): what it frees has its cleanups started."""
    gc.collect()
    if _queue and not _draining:
        from go2py.runtime import sched

        sched.go(_drain)


def _drain() -> None:
    global _draining
    _draining = True
    try:
        while _queue:
            fn, arg = _queue.popleft()
            fn(arg)
    finally:
        _draining = False
