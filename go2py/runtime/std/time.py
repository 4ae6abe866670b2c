"""Go's ``time`` package over the scheduler's timer heap.

Implemented: ``Duration`` (an ``int`` subclass: Go's arithmetic with int64
wrap-around, ``String()`` as Go prints it, ``Seconds()`` ...), the constants
``Nanosecond`` .. ``Hour``, ``Sleep``, ``After``, ``Tick``, ``NewTimer``,
``NewTicker``, ``AfterFunc``, ``Now``, ``Since``, ``Until``.

Timers follow Go 1.23+: the channel of a Timer/Ticker has no buffer as far as
the program can see (``len`` and ``cap`` are 0); after ``Stop`` or ``Reset``
returns, no value from before is received; a Timer or Ticker nobody references
(and nobody waits on) is collectable even if never stopped.

``Time``, ``Month``, ``Weekday`` and the calendar live in ``_timecore``, layouts
(``Format``, ``Parse``) in ``_timefmt``, locations in ``_timezone``; this module
gathers them under Go's names.
"""

from __future__ import annotations


from go2py.runtime import sched as _s
from go2py.runtime.chan import Chan as _Chan
from go2py.runtime.panic import GoError as _GoError, GoPanic as _GoPanic

from ._timecore import Date, Month, Now, Parse, ParseInLocation, Time, Unix, UnixMicro, UnixMilli, Weekday
from ._timefmt import ParseError
from ._timezone import UTC, FixedZone, Local, LoadLocation, LoadLocationFromTZData, Location


__all__ = [
    "ANSIC", "After", "AfterFunc", "April", "August", "Date", "DateOnly", "DateTime", "December",
    "Duration", "February", "FixedZone", "Friday", "Hour", "January", "July", "June", "Kitchen",
    "Layout", "LoadLocation", "LoadLocationFromTZData", "Local", "Location", "March", "May",
    "Microsecond", "Millisecond", "Minute", "Monday", "Month", "Nanosecond", "NewTicker",
    "NewTimer", "November", "Now", "October", "Parse", "ParseDuration", "ParseError",
    "ParseInLocation", "RFC1123", "RFC1123Z", "RFC3339", "RFC3339Nano", "RFC822", "RFC822Z",
    "RFC850", "RubyDate", "Saturday", "Second", "September", "Since", "Sleep", "Stamp",
    "StampMicro", "StampMilli", "StampNano", "Sunday", "Thursday", "Tick", "Ticker", "Time",
    "TimeOnly", "Timer", "Tuesday", "UTC", "Unix", "UnixDate", "UnixMicro", "UnixMilli", "Until",
    "Wednesday", "Weekday",
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



# ----------------------------------------------------------------------------- names and layouts

January, February, March, April, May, June = (Month(i) for i in range(1, 7))
July, August, September, October, November, December = (Month(i) for i in range(7, 13))
Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday = (Weekday(i) for i in range(7))

Layout = "01/02 03:04:05PM '06 -0700"
ANSIC = "Mon Jan _2 15:04:05 2006"
UnixDate = "Mon Jan _2 15:04:05 MST 2006"
RubyDate = "Mon Jan 02 15:04:05 -0700 2006"
RFC822 = "02 Jan 06 15:04 MST"
RFC822Z = "02 Jan 06 15:04 -0700"
RFC850 = "Monday, 02-Jan-06 15:04:05 MST"
RFC1123 = "Mon, 02 Jan 2006 15:04:05 MST"
RFC1123Z = "Mon, 02 Jan 2006 15:04:05 -0700"
RFC3339 = "2006-01-02T15:04:05Z07:00"
RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
Kitchen = "3:04PM"
Stamp = "Jan _2 15:04:05"
StampMilli = "Jan _2 15:04:05.000"
StampMicro = "Jan _2 15:04:05.000000"
StampNano = "Jan _2 15:04:05.000000000"
DateTime = "2006-01-02 15:04:05"
DateOnly = "2006-01-02"
TimeOnly = "15:04:05"


def Since(t: Time) -> Duration:
    return Now().Sub(t)


def Until(t: Time) -> Duration:
    return t.Sub(Now())


_UNITS = {"ns": 1, "us": 1000, "\u00b5s": 1000, "\u03bcs": 1000, "ms": 1_000_000, "s": 1_000_000_000,
          "m": 60_000_000_000, "h": 3_600_000_000_000}


def ParseDuration(s: str):
    """Go's ParseDuration: [-+]?([0-9]*(\\.[0-9]*)?[a-z]+)+ with Go's error texts."""
    from ._timefmt import _b, quote

    def bad(msg: str):
        return Duration(0), _GoError(msg)

    orig = quote(_b(s))
    neg = False
    if s and s[0] in "+-":
        neg = s[0] == "-"
        s = s[1:]
    if s == "0":
        return Duration(0), None
    if s == "":
        return bad("time: invalid duration " + orig)
    d = 0
    while s:
        if not (s[0] == "." or "0" <= s[0] <= "9"):
            return bad("time: invalid duration " + orig)
        i = 0
        while i < len(s) and "0" <= s[i] <= "9":
            i += 1
        pre = i > 0
        v = int(s[:i]) if pre else 0
        if v > _H63:
            return bad("time: invalid duration " + orig)
        s = s[i:]
        f, scale, post = 0, 1.0, False
        if s[:1] == ".":
            s = s[1:]
            i = 0
            overflow = False
            while i < len(s) and "0" <= s[i] <= "9":
                if not overflow:
                    y = f * 10 + ord(s[i]) - 48
                    if f > (_H63 - 1) // 10 or y > _H63:
                        overflow = True
                    else:
                        f, scale = y, scale * 10
                i += 1
            post = i > 0
            s = s[i:]
        if not pre and not post:
            return bad("time: invalid duration " + orig)
        i = 0
        while i < len(s) and not (s[i] == "." or "0" <= s[i] <= "9"):
            i += 1
        if i == 0:
            return bad("time: missing unit in duration " + orig)
        u, s = s[:i], s[i:]
        unit = _UNITS.get(u)
        if unit is None:
            return bad("time: unknown unit " + quote(_b(u)) + " in duration " + orig)
        if v > _H63 // unit:
            return bad("time: invalid duration " + orig)
        v *= unit
        if f > 0:
            v += int(float(f) * (float(unit) / scale))
            if v > _H63:
                return bad("time: invalid duration " + orig)
        d += v
        if d > _H63:
            return bad("time: invalid duration " + orig)
    if neg:
        return Duration(-d), None
    if d > _H63 - 1:
        return bad("time: invalid duration " + orig)
    return Duration(d), None


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
    now = Now()
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
