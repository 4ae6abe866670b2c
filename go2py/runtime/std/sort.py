"""Go's package sort over go2py values (slices are values.Slice).

`Slice`, `Sort` and the typed helpers sort in place. Go's unstable sorts leave equal
elements where its pdqsort puts them, and so do these: `Sort` runs the same algorithm
(`_sorting.py`) on the data's `Less` and `Swap`; `Slice` sorts with Python's sort when no two
elements are equal (the order is then the only one), and otherwise runs pdqsort too.
`Stable` is Go's insertion sort and SymMerge over `Less` and `Swap`. `Ints`, `Strings` and
`Float64s` are `slices.Sort`, as in Go.
"""

from __future__ import annotations

import math
from functools import cmp_to_key
from typing import Any, Callable

from go2py.runtime.values import Slice, unbox

from . import _sorting
from .cmp import Less as _str_less, sort_key as _str_key

__all__ = ["Ints", "Strings", "Float64s", "IntsAreSorted", "StringsAreSorted", "Float64sAreSorted",
           "Search", "SearchInts", "SearchStrings", "SearchFloat64s", "Find", "Slice", "SliceStable",
           "SliceIsSorted", "Sort", "Stable", "IsSorted", "Reverse", "IntSlice", "StringSlice",
           "Float64Slice"]


def _float_key(f: float) -> tuple[int, float]:
    return (0, 0.0) if math.isnan(f) else (1, f)  # NaNs first, as Go's Float64Slice.Less


def Ints(x: Slice) -> None:
    from .slices import Sort as _sort

    _sort(x)


def Strings(x: Slice) -> None:
    from .slices import Sort as _sort

    _sort(x)


def Float64s(x: Slice) -> None:
    from .slices import Sort as _sort

    _sort(x)  # NaNs first, then -0 and +0 where pdqsort leaves them


def _is_sorted(xs: list, key: Any = None) -> bool:
    k = [key(v) for v in xs] if key else xs
    return all(k[i] <= k[i + 1] for i in range(len(k) - 1))


def IntsAreSorted(x: Slice) -> bool:
    return _is_sorted(list(x))


def StringsAreSorted(x: Slice) -> bool:
    return _is_sorted(list(x), _str_key)


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
    return Search(len(a), lambda i: not _str_less(a[i], x))


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


def _stable_order(n: int, less: Callable[[int, int], bool]) -> list[int]:
    """The positions 0..n-1 in the order of a stable sort by less (a Python sort)."""
    return sorted(range(n), key=cmp_to_key(lambda i, j: -1 if less(i, j) else (1 if less(j, i) else 0)))


def _permute(x: Any, less: Callable[[int, int], bool]) -> None:
    s = unbox(x)
    order = _stable_order(len(s), less)
    vals = [s[i] for i in order]
    for i, v in enumerate(vals):
        s[i] = v


def _slice_swap(s: Any) -> Callable[[int, int], None]:
    a, off = s.a, s.off

    def swap(i: int, j: int) -> None:
        a[off + i], a[off + j] = a[off + j], a[off + i]

    return swap


def Slice(x: Any, less: Callable[[int, int], bool]) -> None:  # noqa: F811 - Go's name
    s = unbox(x)
    n = len(s)
    if n < 2:
        return
    order = _stable_order(n, less)
    if all(less(i, j) for i, j in zip(order, order[1:])):
        # No two elements are equal: the sorted order is the only one, Go's too.
        vals = [s[i] for i in order]
        for i, v in enumerate(vals):
            s[i] = v
        return
    _sorting.pdqsort(less, _slice_swap(s), n)


def SliceStable(x: Any, less: Callable[[int, int], bool]) -> None:
    _permute(x, less)


def SliceIsSorted(x: Any, less: Callable[[int, int], bool]) -> bool:
    n = len(unbox(x))
    return all(not less(i + 1, i) for i in range(n - 1))


def Stable(data: Any) -> None:
    _sorting.stable(data.Less, data.Swap, data.Len())


def Sort(data: Any) -> None:
    _sorting.pdqsort(data.Less, data.Swap, data.Len())


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
    """sort.StringSlice: []string sorting in increasing order (of their bytes)."""

    def Less(self, i: int, j: int) -> bool:
        return _str_less(self[i], self[j])

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
