"""Go's ``select`` statement.

``select(cases, default=False) -> (index, value, ok)``

``cases`` is a sequence of pairs ``(ch, RECV)`` for a receive case and
``(ch, value)`` for a send case, in source order; ``ch`` may be ``None`` (a nil
channel, never ready).  The result is the index of the chosen case, the value
received (``None`` for a send) and the ``ok`` of a receive (False when the
channel was closed).  With ``default=True`` and no case ready, the result is
``(-1, None, False)``.  ``select {}`` is ``select(())``: it blocks forever.

``select1`` .. ``select4`` are the same operation for 1 to 4 cases passed as
flat arguments, ``select2(c0, v0, c1, v1, default=False)``: no case tuples to
build, and the readiness checks are unrolled (about a third faster than
``select`` for two cases).  The translator uses them when a select has at most
four cases.

As the spec says: every ready case is a candidate and one is chosen uniformly
at random.  The translator dispatches on the index::

    i, v, ok = select(((c1, RECV), (c2, x)), default=True)
    if i == 0: ...      # case v, ok := <-c1
    elif i == 1: ...    # case c2 <- x
    else: ...           # default
"""

from __future__ import annotations

import random as _random

from . import sched as _s
from .chan import RECV, _panic

__all__ = ["select", "select1", "select2", "select3", "select4", "RECV"]

_park = _s.park
_ready = _s.runq.append
_rand = _random.Random().random
_COMPACT_MIN = 16


class _SelState:
    __slots__ = ("done", "g", "fired")

    def __init__(self, g):
        self.done = False
        self.g = g
        self.fired = None


class _Sudog:
    """A select case waiting in a channel queue."""

    __slots__ = ("sel", "idx", "val", "ok", "ch", "isrecv")

    def __init__(self, sel, idx, val, ch, isrecv):
        self.sel = sel
        self.idx = idx
        self.val = val
        self.ok = True
        self.ch = ch
        self.isrecv = isrecv


def select(cases, default=False):
    first = -1
    more = None
    i = -1
    for ch, v in cases:
        i += 1
        if ch is None:
            continue  # a nil channel is never ready
        if v is RECV:
            if not (ch.buf or ch.closed):
                q = ch.sendq
                if not q:
                    continue
                s = q[0].sel
                while s is not None and s.done:  # drop dead select entries
                    q.popleft()
                    ch.ndead -= 1
                    if not q:
                        break
                    s = q[0].sel
                if not q:
                    continue
        elif not (ch.closed or len(ch.buf) < ch.cap):
            q = ch.recvq
            if not q:
                continue
            s = q[0].sel
            while s is not None and s.done:
                q.popleft()
                ch.ndead -= 1
                if not q:
                    break
                s = q[0].sel
            if not q:
                continue
        # case i is ready
        if first < 0:
            first = i
            fch = ch
            fv = v
        elif more is None:
            more = [first, i]
        else:
            more.append(i)
    if first >= 0:
        if more is None:
            ch = fch
            v = fv
        else:
            first = more[int(_rand() * len(more))]
            ch, v = cases[first]
        if v is RECV:
            buf = ch.buf
            if buf:  # fast path: take from the buffer
                v = buf.popleft()
                if ch.sendq:
                    ch._refill()
                return first, v, True
            v, ok = ch.recv2()
            return first, v, ok
        ch.send(v)
        return first, None, True
    if default:
        return -1, None, False
    return _block(cases)


def _block(cases):
    g = _s.S.cur
    st = _SelState(g)
    sds = []
    i = -1
    for ch, v in cases:
        i += 1
        if ch is None:
            continue
        if v is RECV:
            sd = _Sudog(st, i, None, ch, True)
            ch.recvq.append(sd)
        else:
            sd = _Sudog(st, i, v, ch, False)
            ch.sendq.append(sd)
        sds.append(sd)
    if not sds:
        _park("select (no cases)" if not cases else "select")
        raise AssertionError("unreachable: a select without channels was woken")
    _park("select")
    f = st.fired
    for sd in sds:
        if sd is f:
            continue
        ch = sd.ch
        q = ch.recvq if sd.isrecv else ch.sendq
        if q and q[-1] is sd:
            q.pop()
        else:
            n = ch.ndead = ch.ndead + 1
            if n > _COMPACT_MIN and 2 * n > len(ch.recvq) + len(ch.sendq):
                ch._compact()
    if f.isrecv:
        return f.idx, f.val, f.ok
    if not f.ok:
        _panic("send on closed channel")
    return f.idx, None, True


# ----------------------------------------------------------------------------- select1..select4
#
# Generated from a template so that the per-case code is unrolled; the logic is
# the one of ``select`` above.

_CASE = """\
    r{k} = False
    if c{k} is not None:
        if v{k} is RECV:
            if c{k}.buf or c{k}.closed:
                r{k} = True
            else:
                q = c{k}.sendq
                while q:
                    s = q[0].sel
                    if s is None or not s.done:
                        r{k} = True
                        break
                    q.popleft()
                    c{k}.ndead -= 1
        elif c{k}.closed or len(c{k}.buf) < c{k}.cap:
            r{k} = True
        else:
            q = c{k}.recvq
            while q:
                s = q[0].sel
                if s is None or not s.done:
                    r{k} = True
                    break
                q.popleft()
                c{k}.ndead -= 1
"""

_PICK = """\
        if r{k}:
            if not k:
                i = {k}
                ch = c{k}
                v = v{k}
            k -= 1
"""

_TAIL = """\
    n = {count}
    if n:
        k = int(_rand() * n) if n > 1 else 0
        i = -1
{picks}\
        if v is RECV:
            buf = ch.buf
            if buf:
                v = buf.popleft()
                if ch.sendq:
                    ch._refill()
                return i, v, True
            v, ok = ch.recv2()
            return i, v, ok
        ch.send(v)
        return i, None, True
    if default:
        return -1, None, False
    return _block(({cases},))
"""


def _make_select(n):
    params = ", ".join(f"c{k}, v{k}" for k in range(n))
    src = f"def select{n}({params}, default=False):\n"
    src += "".join(_CASE.format(k=k) for k in range(n))
    src += _TAIL.format(
        count=" + ".join(f"r{k}" for k in range(n)),
        picks="".join(_PICK.format(k=k) for k in range(n)),
        cases=", ".join(f"(c{k}, v{k})" for k in range(n)),
    )
    ns = {"RECV": RECV, "_rand": _rand, "_block": _block}
    exec(compile(src, f"<select{n}>", "exec"), ns)
    fn = ns[f"select{n}"]
    fn.__module__ = __name__
    fn.__doc__ = f"``select`` with {n} case(s) given as flat (channel, value-or-RECV) arguments."
    return fn


select1 = _make_select(1)
select2 = _make_select(2)
select3 = _make_select(3)
select4 = _make_select(4)
