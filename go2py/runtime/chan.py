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

A goroutine blocked in a plain operation is itself the wait-queue entry: the
waker stores the value in ``g.val`` and makes it runnable; ``close`` sets
``g.ok = False`` (an operation that reads ``ok`` sets it True before parking).

Values pass from sender to receiver directly: a sender that finds a waiting
receiver stores the value in the receiver's wait entry and makes it runnable.
Wait queues are deques; a ``select`` that completes removes its other entries
(popping them when they are last, which is the usual case, else marking them
dead so they are skipped, with compaction when dead entries pile up).
"""

from __future__ import annotations

from collections import deque

from . import sched as _s
from .panic import GoPanic, RuntimeError_
from .values import _speedups

__all__ = ["Chan", "send", "recv", "recv2", "close", "chan_len", "chan_cap", "RECV"]

_park = _s.park
_park_hub = _s.park_hub
_runq = _s.runq
_ready = _runq.append
_popleft = _runq.popleft
_appendleft = _runq.appendleft
_S = _s.S


def _panic(msg):
    raise GoPanic(RuntimeError_(msg, plain=True))


class _ChanHeader:
    """The channel's fields, send and receive in Python; `_speedups.ChanBase` is the same in
    C, used when it was built (values._speedups). Chan derives from one of the two, and the
    C version calls these definitions for every case but its fast paths."""

    __slots__ = ("cap", "buf", "closed", "recvq", "sendq", "zero", "zerofn", "ndead", "__weakref__")

    def __init__(self, cap: int = 0, zero=None, zerofn=None):
        if cap < 0:
            _panic("makechan: size out of range")
        self.cap = cap
        self.buf = deque()
        self.closed = False
        self.recvq = deque()
        self.sendq = deque()
        self.zero = zero
        self.zerofn = zerofn
        self.ndead = 0

    # -------------------------------------------------------------- send

    def send(self, v):
        # (a closed channel has no waiting receiver: close() woke them all, so
        # the closed check can wait until after the hand-off loop)
        rq = self.recvq
        while rq:
            e = rq.popleft()
            s = e.sel
            if s is None:
                e.val = v
                _ready(e)
                return
            if s.done:
                self.ndead -= 1
                continue
            s.done = True
            s.fired = e
            e.val = v
            _ready(s.g)
            return
        if self.closed:
            _panic("send on closed channel")
        buf = self.buf
        if len(buf) < self.cap:
            buf.append(v)
            return
        S = _S
        g = S.cur
        if g is None:
            _park("chan send")  # raises: not in a goroutine
        g.val = v
        g.ok = True  # close() sets it False
        self.sendq.append(g)
        # park (inlined): switch straight to the next runnable goroutine
        if _runq and not S.hubreq:
            nxt = _popleft()
            gl = nxt.glet
            if gl is not None:
                S.cur = nxt
                gl.switch()
            else:
                _appendleft(nxt)
                _park_hub("chan send")
        else:
            _park_hub("chan send")
        if not g.ok:
            _panic("send on closed channel")

    # -------------------------------------------------------------- receive

    def recv(self):
        buf = self.buf
        if buf:
            v = buf.popleft()
            if self.sendq:
                self._refill()
            return v
        sq = self.sendq
        while sq:
            e = sq.popleft()
            s = e.sel
            if s is None:
                _ready(e)
                return e.val
            if s.done:
                self.ndead -= 1
                continue
            s.done = True
            s.fired = e
            _ready(s.g)
            return e.val
        if self.closed:
            zf = self.zerofn
            return zf() if zf is not None else self.zero
        S = _S
        g = S.cur
        if g is None:
            _park("chan receive")  # raises: not in a goroutine
        self.recvq.append(g)
        # park (inlined)
        if _runq and not S.hubreq:
            nxt = _popleft()
            gl = nxt.glet
            if gl is not None:
                S.cur = nxt
                gl.switch()
                return g.val
            _appendleft(nxt)
        _park_hub("chan receive")
        return g.val

    def recv2(self):
        """``v, ok := <-ch``."""
        buf = self.buf
        if buf:
            v = buf.popleft()
            sq = self.sendq
            if sq:
                self._refill()
            return v, True
        sq = self.sendq
        while sq:
            e = sq.popleft()
            s = e.sel
            if s is None:
                _ready(e)
                return e.val, True
            if s.done:
                self.ndead -= 1
                continue
            s.done = True
            s.fired = e
            _ready(s.g)
            return e.val, True
        if self.closed:
            zf = self.zerofn
            return (zf() if zf is not None else self.zero), False
        S = _S
        g = S.cur
        if g is None:
            _park("chan receive")  # raises: not in a goroutine
        g.ok = True  # close() sets it False
        self.recvq.append(g)
        # park (inlined)
        if _runq and not S.hubreq:
            nxt = _popleft()
            gl = nxt.glet
            if gl is not None:
                S.cur = nxt
                gl.switch()
                return g.val, g.ok
            _appendleft(nxt)
        _park_hub("chan receive")
        return g.val, g.ok


class Chan(_speedups.ChanBase if _speedups is not None else _ChanHeader):  # type: ignore[misc]
    __slots__ = ()

    def __len__(self):
        return len(self.buf)

    def __repr__(self):
        return f"<chan cap={self.cap} len={len(self.buf)}{' closed' if self.closed else ''}>"

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
                _ready(e)
                return True
            if s.done:
                self.ndead -= 1
                continue
            s.done = True
            s.fired = e
            e.val = v
            _ready(s.g)
            return True
        buf = self.buf
        if len(buf) < self.cap:
            buf.append(v)
            return True
        return False

    def _refill(self):
        """After a receive from the buffer: the first blocked sender puts its
        value in the buffer and continues."""
        sq = self.sendq
        while sq:
            e = sq.popleft()
            s = e.sel
            if s is None:
                self.buf.append(e.val)
                _ready(e)
                return
            if s.done:
                self.ndead -= 1
                continue
            s.done = True
            s.fired = e
            self.buf.append(e.val)
            _ready(s.g)
            return

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
        buf = self.buf
        recv2 = self.recv2
        while True:
            if buf:  # fast path: take from the buffer
                v = buf.popleft()
                if self.sendq:
                    self._refill()
                yield v
                continue
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


_s.register_wait_code(_ChanHeader.send.__code__, "chan send")
_s.register_wait_code(_ChanHeader.recv.__code__, "chan receive")
_s.register_wait_code(_ChanHeader.recv2.__code__, "chan receive")
_s.register_wait_code(Chan.__iter__.__code__, "chan receive")


def chan_range(ch):
    if ch is None:
        _s.park("chan receive (nil chan)")
    return iter(ch)


if _speedups is not None:
    _speedups.install_chan({
        "G": _s.G, "greenlet": _s._greenlet, "S": _S, "runq": _runq, "park_hub": _park_hub, "panic": _panic,
        "refill": Chan._refill, "send": _ChanHeader.send, "recv": _ChanHeader.recv, "recv2": _ChanHeader.recv2,
        "Chan": Chan, "nil_send": send, "nil_recv": recv, "nil_recv2": recv2, "sched_globals": vars(_s),
    })
    _s.go = _speedups.go  # before go2py.runtime takes it from sched
    send, recv, recv2 = _speedups.send, _speedups.recv, _speedups.recv2
