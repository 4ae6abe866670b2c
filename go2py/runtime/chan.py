"""Go channels.

``Chan(cap=0, zero=None, zerofn=None)``: ``zero`` is the element type's zero
value returned by a receive from a closed channel (``zerofn``, if given, is
called to make a fresh zero value, for element types such as structs).

Operations (translator mapping):

=====================  ===========================
``ch <- v``            ``ch.send(v)``
``<-ch``               ``ch.recv()``
``v, ok := <-ch``      ``v, ok = ch.recv2()``
``close(ch)``          ``ch.close()``
``len(ch)``            ``len(ch)``
``cap(ch)``            ``ch.cap``
``for v := range ch``  ``for v in ch:``
=====================  ===========================

A nil channel is ``None``; the module functions ``send``, ``recv``, ``recv2``,
``close``, ``chan_len``, ``chan_cap`` accept ``None`` (blocking forever or
panicking like Go) as well as a ``Chan``.  ``select`` treats ``None`` as a case
that never becomes ready.

Values pass from sender to receiver directly: a sender that finds a waiting
receiver stores the value in the receiver's wait entry and makes it runnable.
Wait queues are deques; a ``select`` that completes removes its other entries
(popping them when they are last, which is the usual case, else marking them
dead so they are skipped, with compaction when dead entries pile up).
"""

from __future__ import annotations

from collections import deque

from . import sched as _s
from .panic import GoPanic, GoError

__all__ = ["Chan", "send", "recv", "recv2", "close", "chan_len", "chan_cap", "RECV"]

_park = _s.park
_runq = _s.runq
_ready = _runq.append


class _ClosedChannelError(GoError):
    __slots__ = ()

    def RuntimeError(self):  # a runtime.Error in Go (plainError)
        return None


def _panic(msg):
    raise GoPanic(_ClosedChannelError(msg))


class Chan:
    __slots__ = ("cap", "buf", "closed", "recvq", "sendq", "zero", "zerofn", "ndead", "__weakref__")

    def __init__(self, cap: int = 0, zero=None, zerofn=None):
        if cap < 0:
            raise GoPanic(_ClosedChannelError("makechan: size out of range"))
        self.cap = cap
        self.buf = deque()
        self.closed = False
        self.recvq = deque()
        self.sendq = deque()
        self.zero = zero
        self.zerofn = zerofn
        self.ndead = 0

    def __len__(self):
        return len(self.buf)

    def __repr__(self):
        return f"<chan cap={self.cap} len={len(self.buf)}{' closed' if self.closed else ''}>"

    # -------------------------------------------------------------- send

    def send(self, v):
        if self.closed:
            _panic("send on closed channel")
        rq = self.recvq
        while rq:
            e = rq.popleft()
            s = e.sel
            if s is None:
                e.val = v
                e.ok = True
                _ready(e)
                return
            if s.done:
                self.ndead -= 1
                continue
            s.done = True
            s.fired = e
            e.val = v
            e.ok = True
            _ready(s.g)
            return
        buf = self.buf
        if len(buf) < self.cap:
            buf.append(v)
            return
        g = _s.cur
        g.val = v
        self.sendq.append(g)
        _park("chan send")
        if not g.ok:
            _panic("send on closed channel")

    def try_send(self, v) -> bool:
        """Non-blocking send (``select`` with one send case and ``default``)."""
        if self.closed:
            _panic("send on closed channel")
        rq = self.recvq
        while rq:
            e = rq.popleft()
            s = e.sel
            if s is None:
                e.val = v
                e.ok = True
                _ready(e)
                return True
            if s.done:
                self.ndead -= 1
                continue
            s.done = True
            s.fired = e
            e.val = v
            e.ok = True
            _ready(s.g)
            return True
        buf = self.buf
        if len(buf) < self.cap:
            buf.append(v)
            return True
        return False

    # -------------------------------------------------------------- receive

    def recv(self):
        buf = self.buf
        if buf:
            v = buf.popleft()
            sq = self.sendq
            while sq:  # a blocked sender may now put its value in the buffer
                e = sq.popleft()
                s = e.sel
                if s is None:
                    buf.append(e.val)
                    e.ok = True
                    _ready(e)
                    break
                if s.done:
                    self.ndead -= 1
                    continue
                s.done = True
                s.fired = e
                buf.append(e.val)
                e.ok = True
                _ready(s.g)
                break
            return v
        sq = self.sendq
        while sq:
            e = sq.popleft()
            s = e.sel
            if s is None:
                e.ok = True
                _ready(e)
                return e.val
            if s.done:
                self.ndead -= 1
                continue
            s.done = True
            s.fired = e
            e.ok = True
            _ready(s.g)
            return e.val
        if self.closed:
            zf = self.zerofn
            return zf() if zf is not None else self.zero
        g = _s.cur
        self.recvq.append(g)
        _park("chan receive")
        return g.val

    def recv2(self):
        """``v, ok := <-ch``."""
        if self.buf:
            return self.recv(), True
        sq = self.sendq
        while sq:
            e = sq.popleft()
            s = e.sel
            if s is None:
                e.ok = True
                _ready(e)
                return e.val, True
            if s.done:
                self.ndead -= 1
                continue
            s.done = True
            s.fired = e
            e.ok = True
            _ready(s.g)
            return e.val, True
        if self.closed:
            zf = self.zerofn
            return (zf() if zf is not None else self.zero), False
        g = _s.cur
        self.recvq.append(g)
        _park("chan receive")
        return g.val, g.ok

    def try_recv(self):
        """Non-blocking receive: ``(value, ok, ready)``."""
        if self.buf:
            return self.recv(), True, True
        sq = self.sendq
        while sq:
            e = sq[0]
            s = e.sel
            if s is not None and s.done:
                sq.popleft()
                self.ndead -= 1
                continue
            return self.recv(), True, True
        if self.closed:
            zf = self.zerofn
            return (zf() if zf is not None else self.zero), False, True
        return None, False, False

    def __iter__(self):
        """``for v := range ch``."""
        recv2 = self.recv2
        while True:
            v, ok = recv2()
            if not ok:
                return
            yield v

    # -------------------------------------------------------------- close

    def close(self):
        if self.closed:
            _panic("close of closed channel")
        self.closed = True
        zf = self.zerofn
        rq = self.recvq
        while rq:
            e = rq.popleft()
            s = e.sel
            if s is not None:
                if s.done:
                    continue
                s.done = True
                s.fired = e
                g = s.g
            else:
                g = e
            e.val = zf() if zf is not None else self.zero
            e.ok = False
            _ready(g)
        sq = self.sendq
        while sq:
            e = sq.popleft()
            s = e.sel
            if s is not None:
                if s.done:
                    continue
                s.done = True
                s.fired = e
                g = s.g
            else:
                g = e
            e.ok = False  # the sender panics when it resumes
            _ready(g)
        self.ndead = 0

    def _compact(self):
        """Drop dead select entries from both wait queues."""
        for q in (self.recvq, self.sendq):
            live = [e for e in q if e.sel is None or not e.sel.done]
            q.clear()
            q.extend(live)
        self.ndead = 0


# ------------------------------------------------------------------ nil-aware helpers

RECV = object()  # marker used by select for a receive case


def send(ch, v):
    if ch is None:
        _s.park("chan send (nil chan)")
        raise AssertionError("unreachable")
    ch.send(v)


def recv(ch):
    if ch is None:
        _s.park("chan receive (nil chan)")
        raise AssertionError("unreachable")
    return ch.recv()


def recv2(ch):
    if ch is None:
        _s.park("chan receive (nil chan)")
        raise AssertionError("unreachable")
    return ch.recv2()


def close(ch):
    if ch is None:
        _panic("close of nil channel")
    ch.close()


def chan_len(ch) -> int:
    return 0 if ch is None else len(ch.buf)


def chan_cap(ch) -> int:
    return 0 if ch is None else ch.cap


def chan_range(ch):
    if ch is None:
        _s.park("chan receive (nil chan)")
    return iter(ch)
