"""Go's ``time`` package over the scheduler's timer heap.

Implemented: ``Duration`` (an ``int`` subclass: Go's arithmetic with int64
wrap-around, ``String()`` as Go prints it, ``Seconds()`` ...), the constants
``Nanosecond`` .. ``Hour``, ``Sleep``, ``After``, ``Tick``, ``NewTimer``,
``NewTicker``, ``AfterFunc``, ``Now``, ``Since``, ``Until``.

Timers follow Go 1.23+: the channel of a Timer/Ticker has no buffer as far as
the program can see (``len`` and ``cap`` are 0); after ``Stop`` or ``Reset``
returns, no value from before is received; a Timer or Ticker nobody references
(and nobody waits on) is collectable even if never stopped.

``Time`` is minimal (a full implementation with formatting comes later): it holds
the wall clock (Unix ns) and a monotonic reading and supports ``Sub``, ``Add``,
``Before``, ``After``, ``Equal``, ``Compare``, ``IsZero``, ``Unix``,
``UnixMilli``, ``UnixMicro``, ``UnixNano`` and a plain ``String()``.
"""

from __future__ import annotations

import time as _pytime

from go2py.runtime import sched as _s
from go2py.runtime.chan import Chan as _Chan
from go2py.runtime.panic import GoError as _GoError, GoPanic as _GoPanic

__all__ = [
    "Duration",
    "Nanosecond",
    "Microsecond",
    "Millisecond",
    "Second",
    "Minute",
    "Hour",
    "Sleep",
    "After",
    "Tick",
    "NewTimer",
    "NewTicker",
    "AfterFunc",
    "Timer",
    "Ticker",
    "Time",
    "Now",
    "Since",
    "Until",
    "Unix",
]

_M64 = 1 << 64
_H63 = 1 << 63


def _wrap64(x: int) -> int:
    if -_H63 <= x < _H63:
        return x
    return ((x + _H63) % _M64) - _H63


def _quo(a: int, b: int) -> int:
    """Go's integer division (truncates toward zero)."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _rem(a: int, b: int) -> int:
    """Go's remainder (sign of the dividend)."""
    return a - _quo(a, b) * b


def _frac(u: int, prec: int) -> str:
    whole, fr = divmod(u, 10**prec)
    if fr:
        return f"{whole}." + str(fr).rjust(prec, "0").rstrip("0")
    return str(whole)


class Duration(int):
    """Go's ``time.Duration``: int64 nanoseconds."""

    __slots__ = ()

    def __new__(cls, v=0):
        return int.__new__(cls, _wrap64(int(v)))

    # arithmetic stays a Duration and wraps at 64 bits, as in Go
    def __add__(self, o):
        return Duration(int(self) + int(o))

    __radd__ = __add__

    def __sub__(self, o):
        return Duration(int(self) - int(o))

    def __rsub__(self, o):
        return Duration(int(o) - int(self))

    def __mul__(self, o):
        if isinstance(o, float):
            return int(self) * o
        return Duration(int(self) * int(o))

    __rmul__ = __mul__

    def __floordiv__(self, o):
        return Duration(_quo(int(self), int(o)))

    def __rfloordiv__(self, o):
        return Duration(_quo(int(o), int(self)))

    def __mod__(self, o):
        return Duration(_rem(int(self), int(o)))

    def __neg__(self):
        return Duration(-int(self))

    def __pos__(self):
        return self

    def __abs__(self):
        return self.Abs()

    def String(self) -> str:
        d = int(self)
        if d == 0:
            return "0s"
        neg = d < 0
        u = -d if neg else d
        if u < 1_000_000_000:
            if u < 1000:
                s = f"{u}ns"
            elif u < 1_000_000:
                s = _frac(u, 3) + "µs"
            else:
                s = _frac(u, 6) + "ms"
        else:
            secs, fr = divmod(u, 1_000_000_000)
            h, rem = divmod(secs, 3600)
            m, sec = divmod(rem, 60)
            s = _frac(sec * 1_000_000_000 + fr, 9) + "s"
            if h:
                s = f"{h}h{m}m" + s
            elif m:
                s = f"{m}m" + s
        return "-" + s if neg else s

    __str__ = String

    def __repr__(self):
        return f"Duration({int(self)})"

    def __format__(self, spec):
        if spec in ("", "s", "v"):
            return self.String()
        return int.__format__(int(self), spec)

    def Nanoseconds(self) -> int:
        return int(self)

    def Microseconds(self) -> int:
        return _quo(int(self), 1000)

    def Milliseconds(self) -> int:
        return _quo(int(self), 1_000_000)

    def Seconds(self) -> float:
        d = int(self)
        return _quo(d, 1_000_000_000) + _rem(d, 1_000_000_000) / 1e9

    def Minutes(self) -> float:
        d = int(self)
        return _quo(d, 60_000_000_000) + _rem(d, 60_000_000_000) / 60e9

    def Hours(self) -> float:
        d = int(self)
        return _quo(d, 3_600_000_000_000) + _rem(d, 3_600_000_000_000) / 3600e9

    def Truncate(self, m) -> "Duration":
        m = int(m)
        if m <= 0:
            return self
        return Duration(int(self) - _rem(int(self), m))

    def Round(self, m) -> "Duration":
        d = int(self)
        m = int(m)
        if m <= 0:
            return self
        r = _rem(d, m)
        if d < 0:
            r = -r
            if r + r < m:
                return Duration(d + r)
            d1 = d - m + r
            if d1 < d and d1 >= -_H63:
                return Duration(d1)
            return Duration(-_H63)
        if r + r < m:
            return Duration(d - r)
        d1 = d + m - r
        if d1 > d and d1 < _H63:
            return Duration(d1)
        return Duration(_H63 - 1)

    def Abs(self) -> "Duration":
        d = int(self)
        if d >= 0:
            return self
        if d == -_H63:
            return Duration(_H63 - 1)
        return Duration(-d)


Nanosecond = Duration(1)
Microsecond = Duration(1000)
Millisecond = Duration(1_000_000)
Second = Duration(1_000_000_000)
Minute = Duration(60 * 1_000_000_000)
Hour = Duration(3600 * 1_000_000_000)


# ----------------------------------------------------------------------------- Time (minimal)


class Time:
    """Minimal ``time.Time``: wall clock (Unix ns) plus an optional monotonic
    reading (ns), used by ``Sub`` when both times have one, as in Go."""

    __slots__ = ("wall", "mono")

    def __init__(self, wall: int = 0, mono: int | None = None):
        self.wall = wall
        self.mono = mono

    def Sub(self, u: "Time") -> Duration:
        if self.mono is not None and u.mono is not None:
            return Duration(self.mono - u.mono)
        return Duration(self.wall - u.wall)

    def Add(self, d) -> "Time":
        d = int(d)
        return Time(self.wall + d, None if self.mono is None else self.mono + d)

    def _cmp(self, u: "Time") -> int:
        if self.mono is not None and u.mono is not None:
            a, b = self.mono, u.mono
        else:
            a, b = self.wall, u.wall
        return (a > b) - (a < b)

    def Before(self, u) -> bool:
        return self._cmp(u) < 0

    def After(self, u) -> bool:
        return self._cmp(u) > 0

    def Equal(self, u) -> bool:
        return self._cmp(u) == 0

    def Compare(self, u) -> int:
        return self._cmp(u)

    def IsZero(self) -> bool:
        return self.wall == _ZERO_WALL and self.mono is None

    def Unix(self) -> int:
        return self.wall // 1_000_000_000

    def UnixMilli(self) -> int:
        return self.wall // 1_000_000

    def UnixMicro(self) -> int:
        return self.wall // 1000

    def UnixNano(self) -> int:
        return self.wall

    def Round(self, d) -> "Time":
        # Round(0) strips the monotonic reading (the only use made of it so far)
        return Time(self.wall, None)

    def String(self) -> str:
        secs, ns = divmod(self.wall, 1_000_000_000)
        base = _pytime.strftime("%Y-%m-%d %H:%M:%S", _pytime.gmtime(secs))
        frac = ("." + str(ns).rjust(9, "0").rstrip("0")) if ns else ""
        return f"{base}{frac} +0000 UTC"

    __str__ = String

    def __repr__(self):
        return f"Time({self.wall}, {self.mono})"

    def __eq__(self, o):
        return isinstance(o, Time) and self.wall == o.wall and self.mono == o.mono

    def __hash__(self):
        return hash((self.wall, self.mono))


_ZERO_WALL = -62135596800 * 1_000_000_000  # 0001-01-01 00:00:00 UTC


def Now() -> Time:
    return Time(_pytime.time_ns(), _s.nanotime())


def Unix(sec: int, nsec: int = 0) -> Time:
    return Time(int(sec) * 1_000_000_000 + int(nsec))


def Since(t: Time) -> Duration:
    return Now().Sub(t)


def Until(t: Time) -> Duration:
    return t.Sub(Now())


# ----------------------------------------------------------------------------- sleeping and timers


def Sleep(d) -> None:
    _s.sleep_ns(int(d))


class _TimerChan(_Chan):
    """The channel of a Timer or Ticker: reports len 0 and cap 0, as in Go 1.23+."""

    __slots__ = ("rt",)

    def __len__(self):
        return 0


def _send_tick(ch):
    """Timer fired (in the hub): deliver the time to a waiting receiver, or keep
    it for the next receive; a ticker drops a tick that nobody took."""
    now = Time(_pytime.time_ns(), _s.nanotime())
    if ch.try_send(now):
        return
    if not ch.buf:
        ch.buf.append(now)


def _new_timer_chan():
    ch = _TimerChan(0, zero=None)
    rt = _s.RTimer(_send_tick, ch)
    ch.rt = rt
    return ch, rt


class Timer:
    """``*time.Timer``: ``C`` is the channel (``None`` for AfterFunc timers)."""

    __slots__ = ("C", "_rt", "_fn")

    # With Go 1.23's synchronous timer channels a value that fired but was not
    # received yet counts as not delivered: Stop/Reset discard it and report
    # that they stopped the timer.

    def Stop(self) -> bool:
        was = _s.del_timer(self._rt)
        C = self.C
        if C is not None and C.buf:
            C.buf.clear()
            was = True
        return was

    def Reset(self, d) -> bool:
        was = _s.del_timer(self._rt)
        C = self.C
        if C is not None:
            if C.buf:
                C.buf.clear()
                was = True
            _s.add_timer(self._rt, _s.nanotime() + max(int(d), 0), weak=True)
        else:
            _s.add_timer(self._rt, _s.nanotime() + max(int(d), 0))
        return was


def NewTimer(d) -> Timer:
    t = Timer()
    t.C, t._rt = _new_timer_chan()
    t._fn = None
    _s.add_timer(t._rt, _s.nanotime() + max(int(d), 0), weak=True)
    return t


def After(d) -> _Chan:
    return NewTimer(d).C


def _run_func(f):
    _s.go(f)


def AfterFunc(d, f) -> Timer:
    """Run ``f`` in its own goroutine after ``d``."""
    t = Timer()
    t.C = None
    t._fn = f
    t._rt = _s.RTimer(_run_func, f)
    _s.add_timer(t._rt, _s.nanotime() + max(int(d), 0))
    return t


class Ticker:
    __slots__ = ("C", "_rt")

    def Stop(self) -> None:
        _s.del_timer(self._rt)
        self.C.buf.clear()

    def Reset(self, d) -> None:
        d = int(d)
        if d <= 0:
            raise _GoPanic(_GoError("non-positive interval for Ticker.Reset"))
        _s.del_timer(self._rt)
        self.C.buf.clear()
        self._rt.period = d
        _s.add_timer(self._rt, _s.nanotime() + d, weak=True)


def NewTicker(d) -> Ticker:
    d = int(d)
    if d <= 0:
        raise _GoPanic(_GoError("non-positive interval for NewTicker"))
    t = Ticker()
    t.C, t._rt = _new_timer_chan()
    t._rt.period = d
    _s.add_timer(t._rt, _s.nanotime() + d, weak=True)
    return t


def Tick(d):
    """``time.Tick``: the ticker's channel, or nil (``None``) if ``d <= 0``."""
    if int(d) <= 0:
        return None
    return NewTicker(d).C
