"""Layouts of the ``time`` package: ``Time.Format`` and ``Parse`` with every layout
element of Go's reference time (Mon Jan 2 15:04:05 MST 2006) and Go's ``ParseError``
texts.

Strings are handled as Go's bytes: each function takes and returns "byte strings",
``str`` whose characters are all below 256 (see ``_b`` and ``_s``)."""

from __future__ import annotations

LONG_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December")
LONG_DAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
SHORT_MONTHS = tuple(m[:3] for m in LONG_MONTHS)
SHORT_DAYS = tuple(d[:3] for d in LONG_DAYS)


def _b(s: str) -> str:
    """A go2py string as one character per byte."""
    return s if s.isascii() else s.encode("utf-8", "surrogateescape").decode("latin-1")


def _s(b: str) -> str:
    """The go2py string of a one-character-per-byte string."""
    return b if b.isascii() else b.encode("latin-1").decode("utf-8", "surrogateescape")


# Layout elements, named as in Go's format.go. A fractional second is the tuple
# ("frac0" or "frac9", digits, separator).
_NUM_TZ = {"-070000": "NumSecondsTz", "-07:00:00": "NumColonSecondsTZ", "-0700": "NumTZ",
           "-07:00": "NumColonTZ", "-07": "NumShortTZ"}
_ISO_TZ = {"Z070000": "ISO8601SecondsTZ", "Z07:00:00": "ISO8601ColonSecondsTZ", "Z0700": "ISO8601TZ",
           "Z07:00": "ISO8601ColonTZ", "Z07": "ISO8601ShortTZ"}
_ZERO_X = ("ZeroMonth", "ZeroDay", "ZeroHour12", "ZeroMinute", "ZeroSecond", "Year")


def _isdigit(s: str, i: int) -> bool:
    return i < len(s) and "0" <= s[i] <= "9"


def next_std_chunk(layout: str):
    """(prefix, element, suffix): the text before the first layout element, the element
    (None at the end) and the rest of the layout."""
    n = len(layout)
    for i, c in enumerate(layout):
        if c == "J":
            if layout[i : i + 3] == "Jan":
                if layout[i : i + 7] == "January":
                    return layout[:i], "LongMonth", layout[i + 7 :]
                if not (i + 3 < n and "a" <= layout[i + 3] <= "z"):
                    return layout[:i], "Month", layout[i + 3 :]
        elif c == "M":
            if layout[i : i + 3] == "Mon":
                if layout[i : i + 6] == "Monday":
                    return layout[:i], "LongWeekDay", layout[i + 6 :]
                if not (i + 3 < n and "a" <= layout[i + 3] <= "z"):
                    return layout[:i], "WeekDay", layout[i + 3 :]
            if layout[i : i + 3] == "MST":
                return layout[:i], "TZ", layout[i + 3 :]
        elif c == "0":
            if i + 1 < n and "1" <= layout[i + 1] <= "6":
                return layout[:i], _ZERO_X[ord(layout[i + 1]) - ord("1")], layout[i + 2 :]
            if layout[i + 1 : i + 3] == "02":
                return layout[:i], "ZeroYearDay", layout[i + 3 :]
        elif c == "1":
            if i + 1 < n and layout[i + 1] == "5":
                return layout[:i], "Hour", layout[i + 2 :]
            return layout[:i], "NumMonth", layout[i + 1 :]
        elif c == "2":
            if layout[i : i + 4] == "2006":
                return layout[:i], "LongYear", layout[i + 4 :]
            return layout[:i], "Day", layout[i + 1 :]
        elif c == "_":
            if i + 1 < n and layout[i + 1] == "2":
                # _2006 is really a literal _ followed by the long year
                if layout[i + 1 : i + 5] == "2006":
                    return layout[: i + 1], "LongYear", layout[i + 5 :]
                return layout[:i], "UnderDay", layout[i + 2 :]
            if layout[i + 1 : i + 3] == "_2":
                return layout[:i], "UnderYearDay", layout[i + 3 :]
        elif c in "345":
            return layout[:i], ("Hour12", "Minute", "Second")[ord(c) - ord("3")], layout[i + 1 :]
        elif c == "P":
            if layout[i + 1 : i + 2] == "M":
                return layout[:i], "PM", layout[i + 2 :]
        elif c == "p":
            if layout[i + 1 : i + 2] == "m":
                return layout[:i], "pm", layout[i + 2 :]
        elif c == "-" or c == "Z":
            table = _NUM_TZ if c == "-" else _ISO_TZ
            for pat in (table and list(table)):
                if layout[i : i + len(pat)] == pat:
                    return layout[:i], table[pat], layout[i + len(pat) :]
        elif c in ".,":
            if i + 1 < n and layout[i + 1] in "09":
                ch = layout[i + 1]
                j = i + 1
                while j < n and layout[j] == ch:
                    j += 1
                if not _isdigit(layout, j):
                    kind = "frac0" if ch == "0" else "frac9"
                    return layout[:i], (kind, j - (i + 1), c), layout[j:]
    return layout, None, ""


def _int(x: int, width: int) -> str:
    """Go's appendInt: decimal, zero-padded to width, sign before the padding."""
    if x < 0:
        return "-" + str(-x).rjust(width, "0")
    return str(x).rjust(width, "0")


def _nano(nsec: int, kind: str, n: int, sep: str) -> str:
    trim = kind == "frac9"
    if trim and (n == 0 or nsec == 0):
        return ""
    digits = str(nsec).rjust(9, "0")
    if n < 9:
        digits = digits[:n]
    if trim:
        digits = digits.rstrip("0")
        if not digits:
            return ""
    return sep + digits


def format_time(layout: str, f) -> str:
    """``layout`` filled in from ``f``, an object with year, month, day, yday (1-based),
    weekday, hour, minute, second, nsec, zone name and offset (seconds east of UTC)."""
    out: list[str] = []
    layout = _b(layout)
    while layout:
        prefix, std, layout = next_std_chunk(layout)
        if prefix:
            out.append(prefix)
        if std is None:
            break
        if isinstance(std, tuple):
            out.append(_nano(f.nsec, *std))
            continue
        if std == "Year":
            out.append(_int(abs(f.year) % 100, 2))
        elif std == "LongYear":
            out.append(_int(f.year, 4))
        elif std == "Month":
            out.append(SHORT_MONTHS[f.month - 1])
        elif std == "LongMonth":
            out.append(LONG_MONTHS[f.month - 1])
        elif std == "NumMonth":
            out.append(str(f.month))
        elif std == "ZeroMonth":
            out.append(_int(f.month, 2))
        elif std == "WeekDay":
            out.append(SHORT_DAYS[f.weekday])
        elif std == "LongWeekDay":
            out.append(LONG_DAYS[f.weekday])
        elif std == "Day":
            out.append(str(f.day))
        elif std == "UnderDay":
            out.append(str(f.day).rjust(2))
        elif std == "ZeroDay":
            out.append(_int(f.day, 2))
        elif std == "UnderYearDay":
            out.append(str(f.yday).rjust(3))
        elif std == "ZeroYearDay":
            out.append(_int(f.yday, 3))
        elif std == "Hour":
            out.append(_int(f.hour, 2))
        elif std in ("Hour12", "ZeroHour12"):
            hr = f.hour % 12 or 12
            out.append(str(hr) if std == "Hour12" else _int(hr, 2))
        elif std == "Minute":
            out.append(str(f.minute))
        elif std == "ZeroMinute":
            out.append(_int(f.minute, 2))
        elif std == "Second":
            out.append(str(f.second))
        elif std == "ZeroSecond":
            out.append(_int(f.second, 2))
        elif std == "PM":
            out.append("PM" if f.hour >= 12 else "AM")
        elif std == "pm":
            out.append("pm" if f.hour >= 12 else "am")
        elif std.startswith("ISO8601") or std.startswith("Num"):
            if std.startswith("ISO8601") and f.offset == 0:
                out.append("Z")
                continue
            zone = f.offset // 60 if f.offset >= 0 else -((-f.offset) // 60)
            absoff = f.offset
            if zone < 0:
                out.append("-")
                zone, absoff = -zone, -absoff
            else:
                out.append("+")
            out.append(_int(zone // 60, 2))
            colon = "Colon" in std
            if colon:
                out.append(":")
            if "Short" not in std:
                out.append(_int(zone % 60, 2))
            if "Seconds" in std:
                if colon:
                    out.append(":")
                # Go's % truncates: an offset of -1 s has zone 0, so its seconds stay -1 ("+00:00:-01")
                out.append(_int(absoff % 60 if absoff >= 0 else -(-absoff % 60), 2))
        elif std == "TZ":
            if f.zone:
                out.append(_b(f.zone))
            else:
                zone = f.offset // 60 if f.offset >= 0 else -((-f.offset) // 60)
                if zone < 0:
                    out.append("-")
                    zone = -zone
                else:
                    out.append("+")
                out.append(_int(zone // 60, 2) + _int(zone % 60, 2))
    return _s("".join(out))


# ----------------------------------------------------------------------------- parsing


def quote(s: str) -> str:
    """Go's ``time.quote``: bytes of non-ASCII and control characters as ``\\x``."""
    out = ['"']
    for ch in s:  # s is one character per byte
        if ch >= "\x80" or ch < " ":
            out.append("\\x%02x" % ord(ch))
        else:
            if ch in '"\\':
                out.append("\\")
            out.append(ch)
    out.append('"')
    return "".join(out)


class ParseError:
    """``*time.ParseError``."""

    __slots__ = ("Layout", "Value", "LayoutElem", "ValueElem", "Message")

    def __init__(self, Layout: str = "", Value: str = "", LayoutElem: str = "", ValueElem: str = "",
                 Message: str = "") -> None:
        self.Layout = Layout
        self.Value = Value
        self.LayoutElem = LayoutElem
        self.ValueElem = ValueElem
        self.Message = Message

    def Error(self) -> str:
        v = quote(_b(self.Value))
        if self.Message == "":
            return _s("parsing time " + v + " as " + quote(_b(self.Layout)) + ": cannot parse "
                      + quote(_b(self.ValueElem)) + " as " + quote(_b(self.LayoutElem)))
        return _s("parsing time " + v + _b(self.Message))

    def _copy(self) -> "ParseError":
        return ParseError(self.Layout, self.Value, self.LayoutElem, self.ValueElem, self.Message)


def _perr(layout, value, lelem, velem, msg) -> ParseError:
    return ParseError(_s(layout), _s(value), _s(lelem), _s(velem), _s(msg))


class _Bad(Exception):
    pass


def _getnum(s: str, fixed: bool) -> tuple[int, str]:
    if not _isdigit(s, 0):
        raise _Bad
    if not _isdigit(s, 1):
        if fixed:
            raise _Bad
        return ord(s[0]) - 48, s[1:]
    return int(s[:2]), s[2:]


def _getnum3(s: str, fixed: bool) -> tuple[int, str]:
    i = 0
    while i < 3 and _isdigit(s, i):
        i += 1
    if i == 0 or (fixed and i != 3):
        raise _Bad
    return int(s[:i]), s[i:]


def _leading_int(s: str) -> tuple[int, str]:
    i = 0
    while _isdigit(s, i):
        i += 1
    if i == 0 or int(s[:i]) >= 1 << 63:
        raise _Bad
    return int(s[:i]), s[i:]


def _atoi(s: str) -> int:
    neg = False
    if s and s[0] in "+-":
        neg = s[0] == "-"
        s = s[1:]
    x, rem = _leading_int(s)
    if rem:
        raise _Bad
    return -x if neg else x


def _lookup(tab, val: str) -> tuple[int, str]:
    for i, v in enumerate(tab):
        if len(val) >= len(v) and val[: len(v)].lower() == v.lower():
            return i, val[len(v) :]
    raise _Bad


def _cutspace(s: str) -> str:
    return s.lstrip(" ")


def _skip(value: str, prefix: str) -> tuple[str, bool]:
    """``value`` past the literal ``prefix`` (a space matching any run of spaces), and
    whether it matched; on a mismatch, what is left of value there, as Go reports it."""
    while prefix:
        if prefix[0] == " ":
            if value and value[0] != " ":
                return value, False
            prefix = _cutspace(prefix)
            value = _cutspace(value)
            continue
        if not value or value[0] != prefix[0]:
            return value, False
        prefix, value = prefix[1:], value[1:]
    return value, True


def _signed_offset(value: str) -> int:
    if not value or value[0] not in "+-":
        return 0
    try:
        x, rem = _leading_int(value[1:])
    except _Bad:
        return 0
    if x > 12:
        return 0
    return len(value) - len(rem)


def _zone_len(value: str) -> int:
    """Go's parseTimeZone: the length of a zone abbreviation at the start of value, or 0."""
    if len(value) < 3:
        return 0
    if value[:4] in ("ChST", "MeST"):
        return 4
    if value[:3] == "GMT":
        return 3 + (_signed_offset(value[3:]) if len(value) > 3 else 0)
    if value[0] in "+-":
        return _signed_offset(value)
    n = 0
    while n < 6 and n < len(value) and "A" <= value[n] <= "Z":
        n += 1
    if n == 5 and value[4] == "T":
        return 5
    if n == 4 and (value[3] == "T" or value[:4] == "WITA"):
        return 4
    if n == 3:
        return 3
    return 0


def _nanoseconds(value: str, nbytes: int) -> tuple[int, str]:
    """(nanoseconds, range error) of the fraction ``value[:nbytes]`` (separator first)."""
    if value[0] not in ".,":
        raise _Bad
    if nbytes > 10:
        value, nbytes = value[:10], 10
    ns = _atoi(value[1:nbytes])
    if ns < 0:
        return 0, "fractional second"
    return ns * 10 ** (10 - nbytes), ""


def _is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


_DAYS_BEFORE = (0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365)


def days_in(month: int, year: int) -> int:
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_BEFORE[month] - _DAYS_BEFORE[month - 1]


def parse(layout: str, value: str, default_loc, local, date, fixed_zone, utc):
    """Go's ``parse``: (Time, None) or (zero Time, *ParseError). ``date``, ``fixed_zone``
    and ``utc`` come from the time module (Date, FixedZone, UTC)."""
    alayout, avalue = _b(layout), _b(value)
    layout, value = alayout, avalue
    am = pm = False
    year, month, day, yday = 0, -1, -1, -1
    hour = minute = sec = nsec = 0
    z = None
    zone_offset = -1
    zone_name = ""
    while True:
        prefix, std, suffix = next_std_chunk(layout)
        stdstr = layout[len(prefix) : len(layout) - len(suffix)]
        value, ok = _skip(value, prefix)
        if not ok:
            return None, _perr(alayout, avalue, prefix, value, "")
        if std is None:
            if value:
                return None, _perr(alayout, avalue, "", value, ": extra text: " + quote(value))
            break
        layout = suffix
        hold = value
        range_err = ""
        sk = std if isinstance(std, str) else ""
        try:
            if std == "Year":
                if len(value) < 2:
                    raise _Bad
                p, value = value[:2], value[2:]
                year = _atoi(p)
                year += 1900 if year >= 69 else 2000
            elif std == "LongYear":
                if len(value) < 4 or not _isdigit(value, 0):
                    raise _Bad
                p, value = value[:4], value[4:]
                year = _atoi(p)
            elif std in ("Month", "LongMonth"):
                month, value = _lookup(SHORT_MONTHS if std == "Month" else LONG_MONTHS, value)
                month += 1
            elif std in ("NumMonth", "ZeroMonth"):
                month, value = _getnum(value, std == "ZeroMonth")
                if month <= 0 or month > 12:
                    range_err = "month"
            elif std in ("WeekDay", "LongWeekDay"):
                _, value = _lookup(SHORT_DAYS if std == "WeekDay" else LONG_DAYS, value)
            elif std in ("Day", "UnderDay", "ZeroDay"):
                if std == "UnderDay" and value[:1] == " ":
                    value = value[1:]
                day, value = _getnum(value, std == "ZeroDay")
            elif std in ("UnderYearDay", "ZeroYearDay"):
                for _ in range(2):
                    if std == "UnderYearDay" and value[:1] == " ":
                        value = value[1:]
                yday, value = _getnum3(value, std == "ZeroYearDay")
            elif std == "Hour":
                hour, value = _getnum(value, False)
                if hour < 0 or hour >= 24:
                    range_err = "hour"
            elif std in ("Hour12", "ZeroHour12"):
                hour, value = _getnum(value, std == "ZeroHour12")
                if hour < 0 or hour > 12:
                    range_err = "hour"
            elif std in ("Minute", "ZeroMinute"):
                minute, value = _getnum(value, std == "ZeroMinute")
                if minute < 0 or minute >= 60:
                    range_err = "minute"
            elif std in ("Second", "ZeroSecond"):
                sec, value = _getnum(value, std == "ZeroSecond")
                if sec < 0 or sec >= 60:
                    range_err = "second"
                elif len(value) >= 2 and value[0] in ".," and _isdigit(value, 1):
                    # a fraction in the value that the layout does not spell out
                    _, nstd, _ = next_std_chunk(layout)
                    if not isinstance(nstd, tuple):
                        n = 2
                        while _isdigit(value, n):
                            n += 1
                        nsec, range_err = _nanoseconds(value, n)
                        value = value[n:]
            elif std in ("PM", "pm"):
                if len(value) < 2:
                    raise _Bad
                p, value = value[:2], value[2:]
                want = ("PM", "AM") if std == "PM" else ("pm", "am")
                if p == want[0]:
                    pm = True
                elif p == want[1]:
                    am = True
                else:
                    raise _Bad
            elif sk.startswith("ISO8601") and value[:1] == "Z":
                value = value[1:]
                z = utc
            elif sk.startswith("ISO8601") or sk.startswith("Num"):
                kind = sk.replace("ISO8601", "").replace("Num", "")
                if kind == "ColonTZ":
                    if len(value) < 6 or value[3] != ":":
                        raise _Bad
                    sign, hh, mm, ss, value = value[0], value[1:3], value[4:6], "00", value[6:]
                elif kind == "ShortTZ":
                    if len(value) < 3:
                        raise _Bad
                    sign, hh, mm, ss, value = value[0], value[1:3], "00", "00", value[3:]
                elif kind == "ColonSecondsTZ":
                    if len(value) < 9 or value[3] != ":" or value[6] != ":":
                        raise _Bad
                    sign, hh, mm, ss, value = value[0], value[1:3], value[4:6], value[7:9], value[9:]
                elif kind in ("SecondsTZ", "SecondsTz"):
                    if len(value) < 7:
                        raise _Bad
                    sign, hh, mm, ss, value = value[0], value[1:3], value[3:5], value[5:7], value[7:]
                else:
                    if len(value) < 5:
                        raise _Bad
                    sign, hh, mm, ss, value = value[0], value[1:3], value[3:5], "00", value[5:]
                # like Go, a range error of an earlier field wins over a syntax error
                hr = mi = se = 0
                bad = False
                try:
                    hr, _ = _getnum(hh, True)
                    mi, _ = _getnum(mm, True)
                    se, _ = _getnum(ss, True)
                except _Bad:
                    bad = True
                if hr > 24:
                    range_err = "time zone offset hour"
                if mi > 60:
                    range_err = "time zone offset minute"
                if se > 60:
                    range_err = "time zone offset second"
                zone_offset = (hr * 60 + mi) * 60 + se
                if sign == "-":
                    zone_offset = -zone_offset
                elif sign != "+":
                    bad = True
                if bad and not range_err:
                    raise _Bad
            elif std == "TZ":
                if value[:3] == "UTC":
                    z = utc
                    value = value[3:]
                else:
                    n = _zone_len(value)
                    if n == 0:
                        raise _Bad
                    zone_name, value = value[:n], value[n:]
            elif std[0] == "frac0":
                ndigit = 1 + std[1]
                if len(value) < ndigit:
                    raise _Bad
                nsec, range_err = _nanoseconds(value, ndigit)
                value = value[ndigit:]
            elif std[0] == "frac9":
                if len(value) >= 2 and value[0] in ".," and _isdigit(value, 1):
                    i = 0
                    while _isdigit(value, i + 1):
                        i += 1
                    nsec, range_err = _nanoseconds(value, 1 + i)
                    value = value[1 + i :]
        except _Bad:
            if range_err:
                return None, _perr(alayout, avalue, stdstr, value, ": " + range_err + " out of range")
            return None, _perr(alayout, avalue, stdstr, hold, "")
        if range_err:
            return None, _perr(alayout, avalue, stdstr, value, ": " + range_err + " out of range")
    if pm and hour < 12:
        hour += 12
    elif am and hour == 12:
        hour = 0

    if yday >= 0:
        m = d = 0
        if _is_leap(year):
            if yday == 31 + 29:
                m, d = 2, 29
            elif yday > 31 + 29:
                yday -= 1
        if yday < 1 or yday > 365:
            return None, _perr(alayout, avalue, "", value, ": day-of-year out of range")
        if m == 0:
            m = (yday - 1) // 31 + 1
            if _DAYS_BEFORE[m] < yday:
                m += 1
            d = yday - _DAYS_BEFORE[m - 1]
        if month >= 0 and month != m:
            return None, _perr(alayout, avalue, "", value, ": day-of-year does not match month")
        month = m
        if day >= 0 and day != d:
            return None, _perr(alayout, avalue, "", value, ": day-of-year does not match day")
        day = d
    else:
        if month < 0:
            month = 1
        if day < 0:
            day = 1
    if day < 1 or day > days_in(month, year):
        return None, _perr(alayout, avalue, "", value, ": day out of range")

    if z is not None:
        return date(year, month, day, hour, minute, sec, nsec, z), None
    if zone_offset != -1:
        t = date(year, month, day, hour, minute, sec, nsec, utc)
        t.sec -= zone_offset
        name, offset, _ = local.lookup(t.sec)
        if offset == zone_offset and (zone_name == "" or name == _s(zone_name)):
            t.loc = local
            return t, None
        t.loc = fixed_zone(_s(zone_name), zone_offset)
        return t, None
    if zone_name:
        t = date(year, month, day, hour, minute, sec, nsec, utc)
        offset, ok = local.lookup_name(_s(zone_name), t.sec)
        if ok:
            t.sec -= offset
            t.loc = local
            return t, None
        offset = 0
        if len(zone_name) > 3 and zone_name[:3] == "GMT":
            offset = _atoi(zone_name[3:]) * 3600
        t.loc = fixed_zone(_s(zone_name), offset)
        return t, None
    return date(year, month, day, hour, minute, sec, nsec, default_loc), None
