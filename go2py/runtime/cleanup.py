"""Cleanups: functions a program asks to run once an object is unreachable
(``runtime.AddCleanup``), as Go's runtime/mcleanup.go owns them.

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
