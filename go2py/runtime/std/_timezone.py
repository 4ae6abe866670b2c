"""Time zones of the ``time`` package: ``Location``, ``UTC``, ``Local`` (from ``TZ``),
``FixedZone`` and ``LoadLocation``.

A zone loaded by name reads the same IANA database Go reads on Linux
(``/usr/share/zoneinfo``) through Python's ``zoneinfo``; ``zoneinfo`` answers the
offset at an instant, and the file's table of zone types (name, offset) answers
Go's ``lookupName``, which ``Parse`` uses for a zone abbreviation such as ``EST``.
"""

from __future__ import annotations

import datetime as _dt
import io
import os as _os
import struct as _struct
import zoneinfo as _zoneinfo

from go2py.runtime.panic import GoError as _GoError

# datetime covers years 1..9999; an instant outside is looked up at the nearest end.
_MIN_UNIX = -62135596800 + 86400
_MAX_UNIX = 253402300799 - 86400


class Location:
    """``*time.Location``: a name and a rule giving (abbreviation, offset, isDST) at an
    instant. ``fixed`` is set for a single-zone location (UTC, ``FixedZone``)."""

    __slots__ = ("name", "fixed", "zi", "types", "raw", "_tx")

    def __init__(self, name: str = "", fixed: tuple[str, int] | None = ("UTC", 0), zi=None, types=(),
                 raw: bytes = b""):
        self.name = name
        self.fixed = fixed
        self.zi = zi
        self.types = types  # (abbreviation, offset) of every zone type of a loaded file
        self.raw = raw  # the TZif data of a loaded zone (its transitions, for bounds)
        self._tx: tuple[list[int], str] | None = None

    def bounds(self, sec: int) -> tuple[int, int]:
        """Go's ``Location.lookup`` start and end: the Unix seconds at which the zone in effect
        at ``sec`` began and ends (ALPHA, OMEGA for none) — the file's transitions, then its
        POSIX TZ string (Go's tzset) past the last one."""
        if self.fixed is not None or not self.raw:
            return ALPHA, OMEGA
        if self._tx is None:
            self._tx = _tzif_transitions(self.raw)
        tx, extend = self._tx
        if not tx:
            tx = [ALPHA]  # Go's fake transition covering all time
        if sec < tx[0]:
            return ALPHA, tx[0]
        lo, hi = 0, len(tx)
        while hi - lo > 1:
            m = (lo + hi) // 2
            if sec < tx[m]:
                hi = m
            else:
                lo = m
        start, end = tx[lo], (tx[lo + 1] if lo + 1 < len(tx) else OMEGA)
        if lo == len(tx) - 1 and extend:
            r = _tzset_bounds(extend, start, sec)
            if r is not None:
                return r
        return start, end

    def String(self) -> str:
        return self.name

    __str__ = String

    def lookup(self, unix: int) -> tuple[str, int, bool]:
        """The zone in effect at Unix second ``unix``: (abbreviation, offset east of UTC, isDST)."""
        if self.fixed is not None:
            return self.fixed[0], self.fixed[1], False
        u = min(max(unix, _MIN_UNIX), _MAX_UNIX)
        d = _dt.datetime.fromtimestamp(u, tz=self.zi)
        off = d.utcoffset()
        dst = d.dst()
        return d.tzname() or "", int(off.total_seconds()) if off else 0, bool(dst)

    def lookup_name(self, name: str, unix: int) -> tuple[int, bool]:
        """Go's ``Location.lookupName``: the offset of the zone called ``name``, preferring
        one in effect at ``unix`` (given as if the wall clock were UTC)."""
        zones = [self.fixed] if self.fixed is not None else list(self.types)
        for zname, off in zones:
            if zname == name:
                n, o, _ = self.lookup(unix - off)
                if n == name:
                    return o, True
        for zname, off in zones:
            if zname == name:
                return off, True
        return 0, False


def _tzif_types(path: str) -> tuple[tuple[str, int], ...]:
    """The (abbreviation, offset) zone types of a TZif file (its first, 32-bit block)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return ()
    return _tzif_types_of(data)


def _tzif_types_of(data: bytes) -> tuple[tuple[str, int], ...]:
    if data[:4] != b"TZif" or len(data) < 44:
        return ()
    _isutc, _isstd, leap, timecnt, typecnt, charcnt = _struct.unpack(">6l", data[20:44])
    p = 44 + timecnt * 5
    ttinfos = [_struct.unpack(">lBB", data[p + 6 * i : p + 6 * i + 6]) for i in range(typecnt)]
    chars = data[p + 6 * typecnt : p + 6 * typecnt + charcnt]
    out = []
    for off, _dst, idx in ttinfos:
        end = chars.find(b"\0", idx)
        out.append((chars[idx : end if end >= 0 else len(chars)].decode("latin-1"), off))
    return tuple(out)


ALPHA, OMEGA = -(1 << 63), (1 << 63) - 1
_DAY = 86400


def _tzif_transitions(data: bytes) -> tuple[list[int], str]:
    """The transition times of a TZif file (its 64-bit block when there is one) and the
    POSIX TZ string after them, as Go's LoadLocationFromTZData reads them."""
    try:
        version = data[4]
        counts = _struct.unpack(">6L", data[20:44])
        pos = 44
        size = 4
        if version in (ord("2"), ord("3")):
            utc, std, leap, time, zone, char = counts
            pos += time * 5 + zone * 6 + char + leap * 8 + std + utc + 20
            counts = _struct.unpack(">6L", data[pos:pos + 24])
            pos += 24
            size = 8
        utc, std, leap, time, zone, char = counts
        fmt = ">%d%s" % (time, "q" if size == 8 else "l")
        tx = list(_struct.unpack(fmt, data[pos:pos + time * size]))
        pos += time * size + time + zone * 6 + char + leap * (size + 4) + std + utc
        rest = data[pos:]
    except (_struct.error, IndexError):
        return [], ""
    extend = ""
    if len(rest) > 2 and rest[:1] == b"\n" and rest[-1:] == b"\n":
        extend = rest[1:-1].decode("latin-1")
    return tx, extend


def _tz_name(s: str) -> tuple[str, str] | None:
    if not s:
        return None
    if s[0] != "<":
        for i, c in enumerate(s):
            if c in "0123456789,-+":
                return None if i < 3 else (s[:i], s[i:])
        return None if len(s) < 3 else (s, "")
    i = s.find(">")
    return None if i < 0 else (s[1:i], s[i + 1:])


def _tz_num(s: str, lo: int, hi: int) -> tuple[int, str] | None:
    n = 0
    for i, c in enumerate(s):
        if not "0" <= c <= "9":
            return None if i == 0 or n < lo else (n, s[i:])
        n = n * 10 + ord(c) - 48
        if n > hi:
            return None
    return None if not s or n < lo else (n, "")


def _tz_offset(s: str) -> tuple[int, str] | None:
    """[+-]hh[:mm[:ss]] in seconds."""
    if not s:
        return None
    neg = s[0] == "-"
    if s[0] in "+-":
        s = s[1:]
    off = 0
    for unit, hi in ((3600, 24 * 7), (60, 59), (1, 59)):
        r = _tz_num(s, 0, hi)
        if r is None:
            return None
        off += r[0] * unit
        s = r[1]
        if unit == 1 or not s or s[0] != ":":
            break
        s = s[1:]
    return (-off if neg else off), s


def _tz_rule(s: str) -> tuple[tuple[str, int, int, int, int], str] | None:
    """(kind J/D/M, day, week, month, time of day) of a date rule."""
    if not s:
        return None
    week = mon = 0
    if s[0] == "J":
        r = _tz_num(s[1:], 1, 365)
        if r is None:
            return None
        kind, (day, s) = "J", r
    elif s[0] == "M":
        parts = []
        s = s[1:]
        for lo, hi in ((1, 12), (1, 5), (0, 6)):
            r = _tz_num(s, lo, hi)
            if r is None:
                return None
            parts.append(r[0])
            s = r[1]
            if len(parts) < 3:
                if not s or s[0] != ".":
                    return None
                s = s[1:]
        kind, (mon, week, day) = "M", parts
    else:
        r = _tz_num(s, 0, 365)
        if r is None:
            return None
        kind, (day, s) = "D", r
    at = 2 * 3600
    if s and s[0] == "/":
        r = _tz_offset(s[1:])
        if r is None:
            return None
        at, s = r
    return (kind, day, week, mon, at), s


def _leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


_DAYS_BEFORE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)


def _rule_time(year: int, rule: tuple[str, int, int, int, int], off: int) -> int:
    """Seconds from the start of year (UTC) at which rule takes effect, local time off."""
    kind, day, week, mon, at = rule
    if kind == "J":
        s = (day - 1) * _DAY + (_DAY if _leap(year) and day >= 60 else 0)
    elif kind == "D":
        s = day * _DAY
    else:
        # the weekday of the month's first day, then the week-th such weekday (the last
        # one that exists for week 5)
        first = (_days_from_civil(year, mon, 1) + 4) % 7
        d = (day - first) % 7
        days_in = _DAYS_BEFORE[mon] - _DAYS_BEFORE[mon - 1] + (1 if mon == 2 and _leap(year) else 0)
        for _ in range(1, week):
            if d + 7 >= days_in:
                break
            d += 7
        d += _DAYS_BEFORE[mon - 1] + (1 if _leap(year) and mon > 2 else 0)
        s = d * _DAY
    return s + at - off


def _days_from_civil(y: int, m: int, d: int) -> int:
    """Days since 1970-01-01 of a proleptic Gregorian date."""
    y -= m <= 2
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _year_of(days: int) -> int:
    """The year of the day ``days`` after 1970-01-01."""
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    mp = (5 * (doe - (yoe * 365 + yoe // 4 - yoe // 100)) + 2) // 153
    return yoe + era * 400 + (1 if mp >= 10 else 0)


def _tzset_bounds(s: str, last: int, sec: int) -> tuple[int, int] | None:
    """Go's tzset start and end for sec past the last transition (last) of a zone whose POSIX
    TZ string is s; None if s does not parse. Away from a DST change they are the start of
    the year and 365 days later, as Go's are."""
    r = _tz_name(s)
    if r is None:
        return None
    s = r[1]
    o = _tz_offset(s)
    if o is None:
        return None
    std_off, s = -o[0], o[1]
    if not s or s[0] == ",":
        return last, OMEGA
    r = _tz_name(s)
    if r is None:
        return None
    s = r[1]
    if not s or s[0] == ",":
        dst_off = std_off + 3600
    else:
        o = _tz_offset(s)
        if o is None:
            return None
        dst_off, s = -o[0], o[1]
    if not s:
        s = ",M3.2.0,M11.1.0"
    if s[0] not in ",;":
        return None
    a = _tz_rule(s[1:])
    if a is None or not a[1] or a[1][0] != ",":
        return None
    b = _tz_rule(a[1][1:])
    if b is None or b[1]:
        return None
    days = sec // _DAY
    year = _year_of(days)
    ystart_days = _days_from_civil(year, 1, 1)
    # Go adds sec % 86400 truncated toward zero to the day of the year
    rem = abs(sec) % _DAY * (1 if sec >= 0 else -1)
    ysec = (days - ystart_days) * _DAY + rem
    ystart = sec - ysec
    start, end = _rule_time(year, a[0], std_off), _rule_time(year, b[0], dst_off)
    if end < start:
        start, end = end, start
    if ysec < start:
        return ystart, start + ystart
    if ysec >= end:
        return end + ystart, ystart + 365 * _DAY
    return start + ystart, end + ystart


def _zone_file(name: str) -> str | None:
    for d in _zoneinfo.TZPATH:
        p = _os.path.join(d, name)
        if _os.path.isfile(p):
            return p
    return None


def _load(name: str, path: str) -> Location:
    with open(path, "rb") as f:
        raw = f.read()
    zi = _zoneinfo.ZoneInfo.from_file(io.BytesIO(raw), key=name)
    return Location(name, None, zi, _tzif_types_of(raw), raw)


UTC = Location("UTC")


def _init_local() -> Location:
    """Go's rule for ``Local``: ``TZ`` unset means /etc/localtime, ``TZ=""`` means UTC,
    otherwise the named zone (a leading ``:`` dropped), UTC if it cannot be loaded."""
    tz = _os.environ.get("TZ")
    if tz is None:
        try:
            loc = _load("Local", "/etc/localtime")
            return loc
        except (OSError, ValueError):
            return Location("UTC")
    if tz.startswith(":"):
        tz = tz[1:]
    if tz.startswith("/"):
        try:
            return _load(tz, tz)
        except (OSError, ValueError):
            return Location("UTC")
    if tz and tz != "UTC":
        path = _zone_file(tz)
        if path is not None:
            try:
                return _load(tz, path)
            except (OSError, ValueError):
                pass
    return Location("UTC")


Local = _init_local()


def LoadLocationFromTZData(name: str, data):
    raw = bytes(data)
    if raw[:4] != b"TZif":
        return None, _GoError("malformed time zone information")
    try:
        zi = _zoneinfo.ZoneInfo.from_file(io.BytesIO(raw), key=name or None)
    except ValueError:
        return None, _GoError("malformed time zone information")
    return Location(name, None, zi, _tzif_types_of(raw), raw), None


def FixedZone(name: str, offset: int) -> Location:
    return Location(name, (name, int(offset)))


def LoadLocation(name: str):
    if name == "" or name == "UTC":
        return UTC, None
    if name == "Local":
        return Local, None
    if ".." in name or name[0] in "/\\":
        return None, _GoError("time: invalid location name")
    path = _zone_file(name)
    if path is not None:
        try:
            return _load(name, path), None
        except (OSError, ValueError):
            pass
    return None, _GoError("unknown time zone " + name)
