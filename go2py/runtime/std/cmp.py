"""Go's ``cmp``: ``Compare``, ``Less`` and ``Or`` on ordered values (ints, floats with
NaN below every number, strings). Generic functions take their values only: the
Python values carry all the ordering needs."""

from __future__ import annotations

from typing import Any


def _nan(x: Any) -> bool:
    return x != x


def Compare(x: Any, y: Any) -> int:
    xn, yn = _nan(x), _nan(y)
    if xn:
        return 0 if yn else -1
    if yn:
        return 1
    return -1 if x < y else (1 if x > y else 0)


def Less(x: Any, y: Any) -> bool:
    return (_nan(x) and not _nan(y)) or x < y


def Or(*vals: Any) -> Any:
    """The first argument that is not the zero value (the last one, zero, if none)."""
    for v in vals:
        if v:
            return v
    return vals[-1] if vals else None


def sort_key(x: Any) -> Any:
    """A key ordering as Compare does (NaN first) for Python's sort."""
    if isinstance(x, float):
        return (0, 0.0) if x != x else (1, x)
    return x
