"""Go's "iter": Seq and Seq2 are plain functions taking yield; Pull and Pull2 turn them
into next/stop pairs by running the sequence on a greenlet of its own (Go uses a coroutine).

While the sequence runs, the goroutine that called next is that greenlet: the scheduler
resumes it there if the sequence blocks (on a channel, a timer...).
"""

from __future__ import annotations

from typing import Any, Callable

import greenlet as _greenlet

from go2py.runtime import sched as _sched
from go2py.runtime.panic import GoPanic as _GoPanic, RuntimeError_ as _RuntimeError

# The types exist for the checker (iter.Seq[int] is a func type): no run-time object needed
# beyond their names.
Seq = Callable
Seq2 = Callable


class _Pull:
    """One Pull: the sequence's greenlet, and the caller's to switch back to."""

    __slots__ = ("seq", "glet", "caller", "done", "yielding", "stopping", "item")

    def __init__(self, seq: Callable) -> None:
        self.seq = seq
        self.glet: Any = None
        self.caller: Any = None
        self.done = False  # the sequence returned (or stop was called before it started)
        self.yielding = False  # the sequence is inside yield, waiting for next or stop
        self.stopping = False
        self.item: Any = None

    def run(self) -> None:
        try:
            self.seq(self.yield_)
        finally:
            self.done = True
            self.yielding = False

    def yield_(self, *item: Any) -> bool:
        if self.stopping:
            return False  # Go: yield after stop returns false without switching
        if _greenlet.getcurrent() is not self.glet:
            raise _GoPanic(_RuntimeError("iter.Pull: yield called from outside the sequence's goroutine",
                                         plain=True))
        self.item = item
        self.yielding = True
        self.switch_out()
        self.yielding = False
        return not self.stopping

    def switch_out(self) -> None:
        g = _sched.S.cur
        if g is not None and g.glet is self.glet:
            g.glet = self.caller
        self.caller.switch()

    def resume(self) -> None:
        """Run the sequence until it yields or returns; its panic reaches the caller."""
        me = _greenlet.getcurrent()
        self.caller = me
        if self.glet is None:
            self.glet = _greenlet.greenlet(self.run, parent=me)
        else:
            self.glet.parent = me
        g = _sched.S.cur
        if g is not None:
            g.glet = self.glet
        try:
            self.glet.switch()
        finally:
            if g is not None and g.glet is self.glet:
                g.glet = me

    def next(self) -> tuple | None:
        if self.done:
            return None
        self.resume()
        return None if self.done else self.item

    def stop(self) -> None:
        if self.done:
            return
        if self.glet is None:
            self.done = True
            return
        self.stopping = True
        self.resume()


def Pull(seq: Callable, zero: Any = None) -> tuple[Callable, Callable]:
    p = _Pull(seq)

    def next_() -> tuple:
        item = p.next()
        return (zero, False) if item is None else (item[0], True)

    return next_, p.stop


def Pull2(seq: Callable, zero_k: Any = None, zero_v: Any = None) -> tuple[Callable, Callable]:
    p = _Pull(seq)

    def next_() -> tuple:
        item = p.next()
        return (zero_k, zero_v, False) if item is None else (item[0], item[1], True)

    return next_, p.stop
