"""Go's ``cmp``: ``Compare``, ``Less`` and ``Or`` on ordered values (ints, floats with
NaN below every number, strings). Generic functions take their values only: the
Python values carry all the ordering needs, except that Go orders strings by their bytes:
a lone surrogate (an invalid byte, 0x80-0xff) sorts after U+E000 and above, which Python's
code point order puts after it, so non-ASCII strings are compared as their bytes."""

from __future__ import annotations

from typing import Any

def _nan(x: Any) -> bool:
    return x != x


def _bytes(s: str) -> bytes:
    return s.encode("utf-8", "surrogateescape")


def Compare(x: Any, y: Any) -> int:
    if type(x) is str and not (x.isascii() and y.isascii()):
        x, y = _bytes(x), _bytes(y)
    xn, yn = _nan(x), _nan(y)
    if xn:
        return 0 if yn else -1
    if yn:
        return 1
    return -1 if x < y else (1 if x > y else 0)


def Less(x: Any, y: Any) -> bool:
    if type(x) is str:
        return x < y if x.isascii() and y.isascii() else _bytes(x) < _bytes(y)
    return (_nan(x) and not _nan(y)) or x < y


def Or(*vals: Any, zero: Any) -> Any:
    """The first argument that is not the zero value (T's zero if none is). The translator
    passes T's zero at every call and in every func value of Or: a struct or an interface
    holding 0 is not zero, though Python's truth would say so, and a -0 argument is zero."""
    for v in vals:
        if (v is not None) if zero is None else (v != zero):
            return v
    return zero


def sort_key(x: Any) -> Any:
    """A key ordering as Compare does (NaN first) for Python's sort."""
    if isinstance(x, float):
        return (0, 0.0) if x != x else (1, x)
    if isinstance(x, str):
        return _bytes(x)
    return x
