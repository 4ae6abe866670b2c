"""``time.Time``, ``Month``, ``Weekday`` and the functions that make times
(``Date``, ``Now``, ``Unix``...), with Go's calendar arithmetic.

A Time is Unix seconds, nanoseconds in [0, 1e9), an optional monotonic reading and
a Location (``None`` standing for UTC, as Go's nil ``loc``). The proleptic
Gregorian calendar is computed on Python integers, so every year works."""

from __future__ import annotations

import time as _pytime

from go2py.runtime import sched as _s
from go2py.runtime.panic import GoError as _GoError, GoPanic as _GoPanic

from . import _timefmt
from ._timezone import UTC, Local, FixedZone, Location

_NS = 1_000_000_000
_H63 = 1 << 63
_ZERO_SEC = -62135596800  # 0001-01-01 00:00:00 UTC, Go's zero Time
# Go's monotonic readings count from just before the program started.
_START_MONO = _s.nanotime() - 1


class Month(int):
    __slots__ = ()

    def String(self) -> str:
        m = int(self)
        if 1 <= m <= 12:
            return _timefmt.LONG_MONTHS[m - 1]
        return f"%!Month({m % (1 << 64)})"

    __str__ = String


class Weekday(int):
    __slots__ = ()

    def String(self) -> str:
        d = int(self)
        if 0 <= d <= 6:
            return _timefmt.LONG_DAYS[d]
        return f"%!Weekday({d % (1 << 64)})"

    __str__ = String


def _days_from_civil(y: int, m: int, d: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date."""
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468


def _civil_from_days(z: int) -> tuple[int, int, int]:
    z += 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (m <= 2), m, d


class _Fields:
    """The calendar fields of a Time in its location (what Format reads)."""

    __slots__ = ("year", "month", "day", "yday", "weekday", "hour", "minute", "second", "nsec", "zone",
                 "offset", "days")

    def __init__(self, t: "Time") -> None:
        zone, off, _ = (t.loc or UTC).lookup(t.sec)
        local = t.sec + off
        days, secs = divmod(local, 86400)
        self.days = days
        self.year, self.month, self.day = _civil_from_days(days)
        self.yday = days - _days_from_civil(self.year, 1, 1) + 1
        self.weekday = (days + 4) % 7
        self.hour, rem = divmod(secs, 3600)
        self.minute, self.second = divmod(rem, 60)
        self.nsec = t.nsec
        self.zone = zone
        self.offset = off


class Time:
    """``time.Time``."""

    __slots__ = ("sec", "nsec", "mono", "loc")
    _go_format_is_layout = True  # fmt: Format(layout) does not make Time a fmt.Formatter

    def __init__(self, sec: int = _ZERO_SEC, nsec: int = 0, mono: int | None = None, loc: Location | None = None):
        self.sec = sec
        self.nsec = nsec
        self.mono = mono
        self.loc = loc if loc is not UTC else None

    def _copy(self) -> "Time":
        return Time(self.sec, self.nsec, self.mono, self.loc)

    def _f(self) -> _Fields:
        return _Fields(self)

    # -- comparisons

    def _cmp(self, u: "Time") -> int:
        if self.mono is not None and u.mono is not None:
            a, b = self.mono, u.mono
        else:
            a, b = (self.sec, self.nsec), (u.sec, u.nsec)
        return (a > b) - (a < b)

    def Before(self, u: "Time") -> bool:
        return self._cmp(u) < 0

    def After(self, u: "Time") -> bool:
        return self._cmp(u) > 0

    def Equal(self, u: "Time") -> bool:
        return self._cmp(u) == 0

    def Compare(self, u: "Time") -> int:
        return self._cmp(u)

    def IsZero(self) -> bool:
        return self.sec == _ZERO_SEC and self.nsec == 0

    def __eq__(self, o: object) -> bool:
        # Go's == on Time: same wall clock, monotonic reading and *Location
        return (isinstance(o, Time) and self.sec == o.sec and self.nsec == o.nsec and self.mono == o.mono
                and self.loc is o.loc)

    def __hash__(self) -> int:
        return hash((self.sec, self.nsec, self.mono, id(self.loc)))

    # -- arithmetic

    def Add(self, d) -> "Time":
        d = int(d)
        dsec, dnsec = divmod(d, _NS)
        sec, nsec = divmod(self.nsec + dnsec, _NS)
        mono = self.mono
        if mono is not None:
            mono += d
            if not -_H63 <= mono < _H63:
                mono = None
        return Time(self.sec + dsec + sec, nsec, mono, self.loc)

    def Sub(self, u: "Time"):
        from .time import Duration

        if self.mono is not None and u.mono is not None:
            d = self.mono - u.mono
        else:
            d = (self.sec - u.sec) * _NS + (self.nsec - u.nsec)
        return Duration(min(max(d, -_H63), _H63 - 1))

    def AddDate(self, years: int, months: int, days: int) -> "Time":
        f = self._f()
        return Date(f.year + years, f.month + months, f.day + days, f.hour, f.minute, f.second, self.nsec,
                    self.Location())

    def _rem(self, d: int) -> int:
        return ((self.sec - _ZERO_SEC) * _NS + self.nsec) % d

    def Truncate(self, d) -> "Time":
        t = Time(self.sec, self.nsec, None, self.loc)
        d = int(d)
        if d <= 0:
            return t
        return t.Add(-self._rem(d))

    def Round(self, d) -> "Time":
        t = Time(self.sec, self.nsec, None, self.loc)
        d = int(d)
        if d <= 0:
            return t
        r = self._rem(d)
        if r + r < d:
            return t.Add(-r)
        return t.Add(d - r)

    # -- locations

    def Location(self) -> Location:
        return self.loc or UTC

    def In(self, loc: Location | None) -> "Time":
        if loc is None:
            raise _GoPanic(_GoError("time: missing Location in call to Time.In"))
        return Time(self.sec, self.nsec, self.mono, loc)

    def UTC(self) -> "Time":
        return Time(self.sec, self.nsec, self.mono, None)

    def Local(self) -> "Time":
        return Time(self.sec, self.nsec, self.mono, Local)

    def Zone(self) -> tuple[str, int]:
        name, off, _ = self.Location().lookup(self.sec)
        return name, off

    def IsDST(self) -> bool:
        return self.Location().lookup(self.sec)[2]

    def ZoneBounds(self) -> tuple["Time", "Time"]:
        """The instants the zone in effect at t began and ends (zero Times for none), in t's
        location: the zone file's transitions, Go's year bounds past them."""
        from ._timezone import ALPHA, OMEGA

        loc = self.Location()
        start, end = loc.bounds(self.sec)
        return (Time() if start == ALPHA else Time(start, 0, None, loc),
                Time() if end == OMEGA else Time(end, 0, None, loc))

    # -- fields

    def Date(self) -> tuple[int, int, int]:
        f = self._f()
        return f.year, f.month, f.day

    def Year(self) -> int:
        return self._f().year

    def Month(self) -> int:
        return self._f().month

    def Day(self) -> int:
        return self._f().day

    def YearDay(self) -> int:
        return self._f().yday

    def Weekday(self) -> int:
        return self._f().weekday

    def Clock(self) -> tuple[int, int, int]:
        f = self._f()
        return f.hour, f.minute, f.second

    def Hour(self) -> int:
        return self._f().hour

    def Minute(self) -> int:
        return self._f().minute

    def Second(self) -> int:
        return self._f().second

    def Nanosecond(self) -> int:
        return self.nsec

    def ISOWeek(self) -> tuple[int, int]:
        f = self._f()
        # the ISO week is the week of its Thursday
        shift = 4 - f.weekday if f.weekday else -3
        y, _, _ = _civil_from_days(f.days + shift)
        return y, (f.days + shift - _days_from_civil(y, 1, 1)) // 7 + 1

    def Unix(self) -> int:
        return self.sec

    def UnixMilli(self) -> int:
        return self.sec * 1000 + self.nsec // 1_000_000

    def UnixMicro(self) -> int:
        return self.sec * 1_000_000 + self.nsec // 1000

    def UnixNano(self) -> int:
        x = self.sec * _NS + self.nsec
        return ((x + _H63) % (1 << 64)) - _H63

    # -- text

    def Format(self, layout: str) -> str:
        return _timefmt.format_time(layout, self._f())

    def AppendFormat(self, b, layout: str):
        from go2py.runtime.values import append_slice, bytes_of

        return append_slice(b, bytes_of(self.Format(layout)))

    def String(self) -> str:
        s = self.Format("2006-01-02 15:04:05.999999999 -0700 MST")
        if self.mono is not None:
            m = self.mono
            sign = "-" if m < 0 else "+"
            secs, ns = divmod(abs(m), _NS)
            s += f" m={sign}{secs}.{ns:09d}"
        return s

    __str__ = String

    def GoString(self) -> str:
        f = self._f()
        s = f"time.Date({f.year}, time.{Month(f.month).String()}, {f.day}, {f.hour}, {f.minute}, {f.second}, {f.nsec}, "
        loc = self.Location()
        if loc is UTC:
            return s + "time.UTC)"
        if loc is Local:
            return s + "time.Local)"
        return s + f'time.Location({_timefmt.quote(_timefmt._b(loc.name))}))'

    def MarshalText(self):
        from go2py.runtime.values import NIL_SLICE, bytes_of

        if not 0 <= self._f().year <= 9999:
            return NIL_SLICE, _GoError("Time.MarshalText: year outside of range [0,9999]")
        return bytes_of(self.Format("2006-01-02T15:04:05.999999999Z07:00")), None

    def MarshalJSON(self):
        from go2py.runtime.values import NIL_SLICE, bytes_of

        if not 0 <= self._f().year <= 9999:
            return NIL_SLICE, _GoError("Time.MarshalJSON: year outside of range [0,9999]")
        return bytes_of('"' + self.Format("2006-01-02T15:04:05.999999999Z07:00") + '"'), None

    def AppendText(self, b):
        from go2py.runtime.values import append_slice

        from go2py.runtime.values import NIL_SLICE

        if not 0 <= self._f().year <= 9999:
            return NIL_SLICE, _GoError("Time.AppendText: year outside of range [0,9999]")
        return append_slice(b, self.Format("2006-01-02T15:04:05.999999999Z07:00")), None

    def AppendBinary(self, b):
        """Go's binary form: version, seconds since year 1 (8 bytes), nanoseconds (4),
        zone offset in minutes (2, -1 for UTC) and, in version 2, its leftover seconds."""
        from go2py.runtime.values import append_slice

        version, off_sec = 1, 0
        if self.loc is None:
            off_min = -1
        else:
            _, offset = self.Zone()
            if offset % 60:
                version, off_sec = 2, int(offset - int(offset / 60) * 60)
            offset = int(offset / 60)
            if offset < -32768 or offset == -1 or offset > 32767:
                return b, _GoError("Time.MarshalBinary: unexpected zone offset")
            off_min = offset
        enc = bytes([version]) + ((self.sec - _ZERO_SEC) % (1 << 64)).to_bytes(8, "big") \
            + self.nsec.to_bytes(4, "big") + (off_min % (1 << 16)).to_bytes(2, "big")
        if version == 2:
            enc += bytes([off_sec % 256])
        return append_slice(b, enc.decode("latin-1").encode("latin-1").decode("utf-8", "surrogateescape")), None

    def MarshalBinary(self):
        from go2py.runtime.values import NIL_SLICE

        return self.AppendBinary(NIL_SLICE)

    GobEncode = MarshalBinary

    def UnmarshalBinary(self, data) -> object:
        buf = bytes(data)
        if not buf:
            return _GoError("Time.UnmarshalBinary: no data")
        version = buf[0]
        if version not in (1, 2):
            return _GoError("Time.UnmarshalBinary: unsupported version")
        if len(buf) != (15 if version == 1 else 16):
            return _GoError("Time.UnmarshalBinary: invalid length")
        sec = int.from_bytes(buf[1:9], "big", signed=True)
        nsec = int.from_bytes(buf[9:13], "big")
        off = int.from_bytes(buf[13:15], "big", signed=True) * 60
        if version == 2:
            off += int.from_bytes(buf[15:16], "big", signed=True)
        self.sec, self.nsec, self.mono = sec + _ZERO_SEC, nsec, None
        if off == -60:
            self.loc = None
        else:
            _, loff, _ = Local.lookup(self.sec)
            self.loc = Local if loff == off else FixedZone("", off)
        return None

    GobDecode = UnmarshalBinary

    def UnmarshalText(self, data) -> object:
        from go2py.runtime.values import bytes_str

        t, err = Parse("2006-01-02T15:04:05Z07:00", bytes_str(bytes(data)))
        # like Go, a failed parse leaves the zero Time
        self.sec, self.nsec, self.mono, self.loc = t.sec, t.nsec, t.mono, t.loc
        return err

    def UnmarshalJSON(self, data) -> object:
        raw = bytes(data)
        if raw == b"null":
            return None
        if len(raw) < 2 or raw[:1] != b'"' or raw[-1:] != b'"':
            return _GoError("Time.UnmarshalJSON: input is not a JSON string")
        from go2py.runtime.values import Slice

        return self.UnmarshalText(Slice(list(raw[1:-1])))

    def __repr__(self) -> str:
        return f"Time({self.sec}, {self.nsec}, {self.mono}, {self.loc and self.loc.name})"


def Date(year: int, month: int, day: int, hour: int, min: int, sec: int, nsec: int, loc: Location | None) -> Time:
    if loc is None:
        raise _GoPanic(_GoError("time: missing Location in call to Date"))
    # out-of-range fields carry into the next larger one, as in Go
    y, m0 = divmod(month - 1, 12)
    year += y
    days = _days_from_civil(year, m0 + 1, 1) + day - 1
    s, nsec = divmod(nsec, _NS)
    unix = days * 86400 + hour * 3600 + min * 60 + sec + s
    _, off, _ = loc.lookup(unix)
    if off:
        _, off, _ = loc.lookup(unix - off)
    return Time(unix - off, nsec, None, loc)


def Now() -> Time:
    ns = _pytime.time_ns()
    return Time(ns // _NS, ns % _NS, _s.nanotime() - _START_MONO, Local)


def Unix(sec: int, nsec: int) -> Time:
    s, nsec = divmod(int(nsec), _NS)
    return Time(int(sec) + s, nsec, None, Local)


def UnixMilli(msec: int) -> Time:
    return Unix(msec // 1000, msec % 1000 * 1_000_000)


def UnixMicro(usec: int) -> Time:
    return Unix(usec // 1_000_000, usec % 1_000_000 * 1000)


def Parse(layout: str, value: str):
    t, err = _timefmt.parse(layout, value, UTC, Local, Date, FixedZone, UTC)
    return (t if t is not None else Time()), err


def ParseInLocation(layout: str, value: str, loc: Location):
    t, err = _timefmt.parse(layout, value, loc, loc, Date, FixedZone, UTC)
    return (t if t is not None else Time()), err
