"""Time zones of the ``time`` package: ``Location``, ``UTC``, ``Local`` (from ``TZ``),
``FixedZone`` and ``LoadLocation``.

A zone loaded by name reads the same IANA database Go reads on Linux
(``/usr/share/zoneinfo``) through Python's ``zoneinfo``; ``zoneinfo`` answers the
offset at an instant, and the file's table of zone types (name, offset) answers
Go's ``lookupName``, which ``Parse`` uses for a zone abbreviation such as ``EST``.
"""

from __future__ import annotations

import datetime as _dt
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

    __slots__ = ("name", "fixed", "zi", "types")

    def __init__(self, name: str = "", fixed: tuple[str, int] | None = ("UTC", 0), zi=None, types=()):
        self.name = name
        self.fixed = fixed
        self.zi = zi
        self.types = types  # (abbreviation, offset) of every zone type of a loaded file

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


def _zone_file(name: str) -> str | None:
    for d in _zoneinfo.TZPATH:
        p = _os.path.join(d, name)
        if _os.path.isfile(p):
            return p
    return None


def _load(name: str, path: str) -> Location:
    with open(path, "rb") as f:
        zi = _zoneinfo.ZoneInfo.from_file(f, key=name)
    return Location(name, None, zi, _tzif_types(path))


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
    import io

    raw = bytes(data)
    if raw[:4] != b"TZif":
        return None, _GoError("malformed time zone information")
    try:
        zi = _zoneinfo.ZoneInfo.from_file(io.BytesIO(raw), key=name or None)
    except ValueError:
        return None, _GoError("malformed time zone information")
    return Location(name, None, zi, _tzif_types_of(raw)), None


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
