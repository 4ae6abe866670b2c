"""Go's ``slices`` over go2py's ``Slice``.

Generic functions are plain functions of the values: the translator passes no type
arguments, and none is needed. Elements that are struct or array values are copied
where Go copies them (``Clone``, ``Insert``, ``Concat``...). ``Sort`` and ``SortFunc``
leave equal elements where Go's pdqsort does (``_sorting.py``): they use Python's sort
when no two elements are equal or equal ones cannot be told apart (ints, strings), and
otherwise run pdqsort. Iterators (``iter.Seq``) are functions taking Go's ``yield``
callback, as in Go."""

from __future__ import annotations

from functools import cmp_to_key
from typing import Any, Callable

from go2py.runtime.panic import GoError, GoPanic, RuntimeError_
from go2py.runtime.values import NIL_SLICE, Slice, append, grow_cap, slice_error

from . import _sorting
from .cmp import Compare as _compare, Less as _less, sort_key as _key


def _cp(x: Any) -> Any:
    """A copy of a struct or array element (other values are immutable in Python)."""
    c = getattr(x, "_copy", None)
    if c is not None:
        return c()
    if type(x) is list:
        return [_cp(e) for e in x]
    return x


def _items(s: Slice) -> list:
    return s.a[s.off : s.off + s.len]


def _set(s: Slice, items: list) -> None:
    s.a[s.off : s.off + s.len] = items


def _panic(msg: str) -> GoPanic:
    return GoPanic(GoError(msg))


# -- searching and comparing


def Equal(s1: Slice, s2: Slice) -> bool:
    return len(s1) == len(s2) and all(a == b for a, b in zip(s1, s2))


def EqualFunc(s1: Slice, s2: Slice, eq: Callable) -> bool:
    return len(s1) == len(s2) and all(eq(a, b) for a, b in zip(s1, s2))


def Compare(s1: Slice, s2: Slice) -> int:
    for a, b in zip(s1, s2):
        c = _compare(a, b)
        if c:
            return c
    return _compare(len(s1), len(s2))


def CompareFunc(s1: Slice, s2: Slice, cmp: Callable) -> int:
    for a, b in zip(s1, s2):
        c = cmp(a, b)
        if c:
            return c
    return _compare(len(s1), len(s2))


def Index(s: Slice, v: Any) -> int:
    for i, x in enumerate(s):
        if x == v:
            return i
    return -1


def IndexFunc(s: Slice, f: Callable) -> int:
    for i, x in enumerate(s):
        if f(x):
            return i
    return -1


def Contains(s: Slice, v: Any) -> bool:
    return Index(s, v) >= 0


def ContainsFunc(s: Slice, f: Callable) -> bool:
    return IndexFunc(s, f) >= 0


def BinarySearch(x: Slice, target: Any) -> tuple[int, bool]:
    return BinarySearchFunc(x, target, _compare)


def BinarySearchFunc(x: Slice, target: Any, cmp: Callable) -> tuple[int, bool]:
    lo, hi = 0, len(x)
    while lo < hi:
        h = (lo + hi) // 2
        if cmp(x[h], target) < 0:
            lo = h + 1
        else:
            hi = h
    return lo, lo < len(x) and cmp(x[lo], target) == 0


def Min(x: Slice) -> Any:
    if len(x) < 1:
        raise _panic("slices.Min: empty list")
    m = x[0]
    for v in x:
        if v != v:
            return v  # NaN propagates
        if _less(v, m):
            m = v
    return m


def Max(x: Slice) -> Any:
    if len(x) < 1:
        raise _panic("slices.Max: empty list")
    m = x[0]
    for v in x:
        if v != v:
            return v
        if _less(m, v):
            m = v
    return m


def MinFunc(x: Slice, cmp: Callable) -> Any:
    if len(x) < 1:
        raise _panic("slices.MinFunc: empty list")
    m = x[0]
    for v in x:
        if cmp(v, m) < 0:
            m = v
    return m


def MaxFunc(x: Slice, cmp: Callable) -> Any:
    if len(x) < 1:
        raise _panic("slices.MaxFunc: empty list")
    m = x[0]
    for v in x:
        if cmp(v, m) > 0:
            m = v
    return m


# -- sorting


def _indistinct_equals(items: list) -> bool:
    """Whether elements that compare equal are the same value (no -0 beside +0, no NaNs)."""
    for v in items:
        if type(v) is float and (v == 0 or v != v):
            return False
    return True


def Sort(x: Slice) -> None:
    items = _items(x)
    if _indistinct_equals(items):
        _set(x, sorted(items, key=_key))
        return
    _sorting.pdqsort(lambda i, j: _less(items[i], items[j]), _sorting.list_swap(items), len(items))
    _set(x, items)


def SortFunc(x: Slice, cmp: Callable) -> None:
    items = _items(x)
    ordered = sorted(items, key=cmp_to_key(cmp))
    if all(cmp(a, b) < 0 for a, b in zip(ordered, ordered[1:])):
        _set(x, ordered)  # no two elements are equal: the sorted order is the only one
        return
    _sorting.pdqsort(lambda i, j: cmp(items[i], items[j]) < 0, _sorting.list_swap(items), len(items))
    _set(x, items)


def SortStableFunc(x: Slice, cmp: Callable) -> None:
    _set(x, sorted(_items(x), key=cmp_to_key(cmp)))


def IsSorted(x: Slice) -> bool:
    return all(_compare(x[i], x[i - 1]) >= 0 for i in range(len(x) - 1, 0, -1))


def IsSortedFunc(x: Slice, cmp: Callable) -> bool:
    return all(cmp(x[i], x[i - 1]) >= 0 for i in range(len(x) - 1, 0, -1))


def Reverse(s: Slice) -> None:
    _set(s, _items(s)[::-1])


# -- building


def Clone(s: Slice) -> Slice:
    if s is NIL_SLICE:
        return NIL_SLICE
    return Slice([_cp(v) for v in s])


def Clip(s: Slice) -> Slice:
    return s.slice(None, None, len(s))


def Grow(s: Slice, n: int) -> Slice:
    if n < 0:
        raise _panic("cannot be negative")
    if s.cap - s.len < n:
        need = s.len + n
        cap = grow_cap(s.cap, need)
        return Slice(_items(s), 0, s.len, cap)
    return s


def Concat(*slices: Slice) -> Slice:
    out = [_cp(v) for s in slices for v in s]
    if not out and all(s is NIL_SLICE for s in slices):
        return NIL_SLICE
    return Slice(out)


def Repeat(x: Slice, count: int) -> Slice:
    if count < 0:
        raise _panic("cannot be negative")
    return Slice([_cp(v) for _ in range(count) for v in x])


def Insert(s: Slice, i: int, *v: Any) -> Slice:
    n = len(s)
    if not 0 <= i <= n:
        raise slice_error(i, n, n, s.cap)  # Go's s[i:]
    items = _items(s)
    new = items[:i] + [_cp(x) for x in v] + items[i:]
    if len(new) <= s.cap:
        a = s.a
        for k, x in enumerate(new):
            if s.off + k < len(a):
                a[s.off + k] = x
            else:
                a.append(x)
        return Slice(a, s.off, len(new), s.cap)
    return Slice(new, 0, len(new), grow_cap(s.cap, len(new)))


def Delete(s: Slice, i: int, j: int) -> Slice:
    n = len(s)
    if not (0 <= i <= j <= n):
        raise slice_error(i, j, n, s.cap, n)  # Go's s[i:j:len(s)]
    if i == j:
        return s
    items = _items(s)
    kept = items[:i] + items[j:]
    s.a[s.off : s.off + len(kept)] = kept
    return Slice(s.a, s.off, len(kept), s.cap)


def DeleteFunc(s: Slice, d: Callable) -> Slice:
    kept = [v for v in s if not d(v)]
    s.a[s.off : s.off + len(kept)] = kept
    return Slice(s.a, s.off, len(kept), s.cap)


def Replace(s: Slice, i: int, j: int, *v: Any) -> Slice:
    n = len(s)
    if not (0 <= i <= j <= n):
        if 0 <= i <= j <= s.cap:
            raise slice_error(j, n, n, s.cap)  # Go's s[i:j] passes; its s[j:] does not
        raise slice_error(i, j, n, s.cap)  # Go's s[i:j]
    items = _items(s)
    new = items[:i] + [_cp(x) for x in v] + items[j:]
    if len(new) <= s.cap:
        a = s.a
        for k, x in enumerate(new):
            if s.off + k < len(a):
                a[s.off + k] = x
            else:
                a.append(x)
        return Slice(a, s.off, len(new), s.cap)
    return Slice(new, 0, len(new), grow_cap(s.cap, len(new)))


def Compact(s: Slice) -> Slice:
    return CompactFunc(s, lambda a, b: a == b)


def CompactFunc(s: Slice, eq: Callable) -> Slice:
    items = _items(s)
    if len(items) < 2:
        return s
    kept = [items[0]]
    for v in items[1:]:
        if not eq(kept[-1], v):
            kept.append(v)
    s.a[s.off : s.off + len(kept)] = kept
    return Slice(s.a, s.off, len(kept), s.cap)


# -- iterators


def All(s: Slice) -> Callable:
    def seq(yield_: Callable) -> None:
        for i, v in enumerate(s):
            if not yield_(i, v):
                return

    return seq


def Values(s: Slice) -> Callable:
    def seq(yield_: Callable) -> None:
        for v in s:
            if not yield_(v):
                return

    return seq


def Backward(s: Slice) -> Callable:
    def seq(yield_: Callable) -> None:
        for i in range(len(s) - 1, -1, -1):
            if not yield_(i, s[i]):
                return

    return seq


def AppendSeq(s: Slice, seq: Callable) -> Slice:
    out = [s]

    def add(v: Any) -> bool:
        out[0] = append(out[0], v)
        return True

    seq(add)
    return out[0]


def Collect(seq: Callable) -> Slice:
    return AppendSeq(NIL_SLICE, seq)


def Sorted(seq: Callable) -> Slice:
    s = Collect(seq)
    Sort(s)
    return s


def SortedFunc(seq: Callable, cmp: Callable) -> Slice:
    s = Collect(seq)
    SortFunc(s, cmp)
    return s


def SortedStableFunc(seq: Callable, cmp: Callable) -> Slice:
    s = Collect(seq)
    SortStableFunc(s, cmp)
    return s


def Chunk(s: Slice, n: int) -> Callable:
    if n < 1:
        raise _panic("cannot be less than 1")

    def seq(yield_: Callable) -> None:
        i = 0
        while i < len(s):
            end = min(n, len(s) - i)
            if not yield_(s.slice(i, i + end, i + end)):
                return
            i += end

    return seq
