"""Go's package sort over go2py values (slices are values.Slice).

`Slice`, `Sort` and the typed helpers sort in place. Go's unstable sorts order equal
elements as pdqsort leaves them; here they stay in their original order, which is what Go
gives too for slices of up to 12 elements (insertion sort) and whenever elements compare
unequal, as ints and strings always do.
"""

from __future__ import annotations

import math
from functools import cmp_to_key
from typing import Any, Callable

from go2py.runtime.values import Slice, unbox

__all__ = ["Ints", "Strings", "Float64s", "IntsAreSorted", "StringsAreSorted", "Float64sAreSorted",
           "Search", "SearchInts", "SearchStrings", "SearchFloat64s", "Find", "Slice", "SliceStable",
           "SliceIsSorted", "Sort", "Stable", "IsSorted", "Reverse", "IntSlice", "StringSlice",
           "Float64Slice"]


def _sort_slice(s: Slice, key: Any = None) -> None:
    a = s.a
    a[s.off:s.off + s.len] = sorted(a[s.off:s.off + s.len], key=key)


def _float_key(f: float) -> tuple[int, float]:
    return (0, 0.0) if math.isnan(f) else (1, f)  # NaNs first, as Go's Float64Slice.Less


def Ints(x: Slice) -> None:
    _sort_slice(x)


def Strings(x: Slice) -> None:
    # Go compares strings by bytes; UTF-8 byte order is code point order.
    _sort_slice(x)


def Float64s(x: Slice) -> None:
    _sort_slice(x, _float_key)


def _is_sorted(xs: list, key: Any = None) -> bool:
    k = [key(v) for v in xs] if key else xs
    return all(k[i] <= k[i + 1] for i in range(len(k) - 1))


def IntsAreSorted(x: Slice) -> bool:
    return _is_sorted(list(x))


def StringsAreSorted(x: Slice) -> bool:
    return _is_sorted(list(x))


def Float64sAreSorted(x: Slice) -> bool:
    return _is_sorted(list(x), _float_key)


def Search(n: int, f: Callable[[int], bool]) -> int:
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if not f(mid):
            lo = mid + 1
        else:
            hi = mid
    return lo


def SearchInts(a: Slice, x: int) -> int:
    return Search(len(a), lambda i: a[i] >= x)


def SearchStrings(a: Slice, x: str) -> int:
    return Search(len(a), lambda i: a[i] >= x)


def SearchFloat64s(a: Slice, x: float) -> int:
    return Search(len(a), lambda i: a[i] >= x)


def Find(n: int, cmp: Callable[[int], int]) -> tuple[int, bool]:
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if cmp(mid) > 0:
            lo = mid + 1
        else:
            hi = mid
    return lo, lo < n and cmp(lo) == 0


def _permute(x: Any, less: Callable[[int, int], bool]) -> None:
    s = unbox(x)
    n = len(s)
    order = sorted(range(n), key=cmp_to_key(lambda i, j: -1 if less(i, j) else (1 if less(j, i) else 0)))
    vals = [s[i] for i in order]
    for i, v in enumerate(vals):
        s[i] = v


def Slice(x: Any, less: Callable[[int, int], bool]) -> None:  # noqa: F811 - Go's name
    _permute(x, less)


def SliceStable(x: Any, less: Callable[[int, int], bool]) -> None:
    _permute(x, less)


def SliceIsSorted(x: Any, less: Callable[[int, int], bool]) -> bool:
    n = len(unbox(x))
    return all(not less(i + 1, i) for i in range(n - 1))


def Stable(data: Any) -> None:
    """Insertion sort by swaps: stable, as Go's Stable."""
    n = data.Len()
    for i in range(1, n):
        j = i
        while j > 0 and data.Less(j, j - 1):
            data.Swap(j, j - 1)
            j -= 1


def Sort(data: Any) -> None:
    Stable(data)


def IsSorted(data: Any) -> bool:
    n = data.Len()
    return all(not data.Less(i, i - 1) for i in range(n - 1, 0, -1))


class _Reverse:
    def __init__(self, data: Any) -> None:
        self.data = data

    def Len(self) -> int:
        return self.data.Len()

    def Less(self, i: int, j: int) -> bool:
        return self.data.Less(j, i)

    def Swap(self, i: int, j: int) -> None:
        self.data.Swap(i, j)


def Reverse(data: Any) -> Any:
    return _Reverse(data)


# The slice types with methods. A translated program keeps the slice itself (a gv.Slice) as
# the value; these classes hold Go's methods, which take it as their receiver.


class IntSlice:
    """sort.IntSlice: []int sorting in increasing order."""

    def Len(self) -> int:
        return len(self)

    def Less(self, i: int, j: int) -> bool:
        return self[i] < self[j]

    def Swap(self, i: int, j: int) -> None:
        self[i], self[j] = self[j], self[i]

    def Sort(self) -> None:
        Ints(self)

    def Search(self, x: int) -> int:
        return SearchInts(self, x)


class StringSlice(IntSlice):
    """sort.StringSlice: []string sorting in increasing order."""

    def Sort(self) -> None:
        Strings(self)

    def Search(self, x: str) -> int:  # type: ignore[override]
        return SearchStrings(self, x)


class Float64Slice(IntSlice):
    """sort.Float64Slice: []float64 sorting in increasing order, NaNs first."""

    def Less(self, i: int, j: int) -> bool:
        a, b = self[i], self[j]
        return a < b or (a != a and b == b)

    def Sort(self) -> None:
        Float64s(self)

    def Search(self, x: float) -> int:  # type: ignore[override]
        return SearchFloat64s(self, x)
