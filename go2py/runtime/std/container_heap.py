"""Go's ``container/heap``: a min-heap over any ``heap.Interface`` (Len, Less, Swap,
Push, Pop), with the same sequence of Less/Swap calls as Go's sift-up and sift-down,
so programs that count or log them agree."""

from __future__ import annotations

from typing import Any


def _up(h: Any, j: int) -> None:
    while True:
        if j <= 0:
            break  # the root (Go's (j-1)/2 truncates to j itself there)
        i = (j - 1) // 2  # parent
        if not h.Less(j, i):
            break
        h.Swap(i, j)
        j = i


def _down(h: Any, i0: int, n: int) -> bool:
    i = i0
    while True:
        j1 = 2 * i + 1
        if j1 >= n or j1 < 0:
            break
        j = j1  # left child
        j2 = j1 + 1
        if j2 < n and h.Less(j2, j1):
            j = j2  # the smaller child
        if not h.Less(j, i):
            break
        h.Swap(i, j)
        i = j
    return i > i0


def Init(h: Any) -> None:
    n = h.Len()
    for i in range(n // 2 - 1, -1, -1):
        _down(h, i, n)


def Push(h: Any, x: Any) -> None:
    h.Push(x)
    _up(h, h.Len() - 1)


def Pop(h: Any) -> Any:
    n = h.Len() - 1
    h.Swap(0, n)
    _down(h, 0, n)
    return h.Pop()


def Remove(h: Any, i: int) -> Any:
    n = h.Len() - 1
    if n != i:
        h.Swap(i, n)
        if not _down(h, i, n):
            _up(h, i)
    return h.Pop()


def Fix(h: Any, i: int) -> None:
    if not _down(h, i, h.Len()):
        _up(h, i)
