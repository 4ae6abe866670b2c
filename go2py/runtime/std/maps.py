"""Go's ``maps`` over Python dicts (a nil map is ``values.NilMap``). Iterators
(``iter.Seq``/``Seq2``) are functions taking Go's ``yield`` callback; Go's iteration
order over a map is unspecified, so programs that print it sort first."""

from __future__ import annotations

from typing import Any, Callable

from go2py.runtime.values import NilMap


def All(m: dict) -> Callable:
    def seq(yield_: Callable) -> None:
        for k, v in list(m.items()):
            if not yield_(k, v):
                return

    return seq


def Keys(m: dict) -> Callable:
    def seq(yield_: Callable) -> None:
        for k in list(m):
            if not yield_(k):
                return

    return seq


def Values(m: dict) -> Callable:
    def seq(yield_: Callable) -> None:
        for v in list(m.values()):
            if not yield_(v):
                return

    return seq


def Clone(m: dict) -> dict:
    if isinstance(m, NilMap):
        return m
    return m.copy()  # an IfaceMap stays one


def Copy(dst: dict, src: dict) -> None:
    for k, v in src.items():
        dst[k] = v  # a nil dst panics on the first write, as in Go


def DeleteFunc(m: dict, del_: Callable) -> None:
    for k in [k for k, v in m.items() if del_(k, v)]:
        del m[k]


def _missing(k: Any, m: dict) -> bool:
    """Whether Go's lookup of k in m finds nothing: a NaN key never finds its entry (Python's
    dict finds the same NaN object by identity)."""
    return k != k or k not in m


def Equal(m1: dict, m2: dict) -> bool:
    if len(m1) != len(m2):
        return False
    for k, v1 in m1.items():
        if _missing(k, m2) or m2[k] != v1:
            return False
    return True


def EqualFunc(m1: dict, m2: dict, eq: Callable) -> bool:
    if len(m1) != len(m2):
        return False
    for k, v1 in m1.items():
        if _missing(k, m2) or not eq(v1, m2[k]):
            return False
    return True


def Insert(m: dict, seq: Callable) -> None:
    def put(k: Any, v: Any) -> bool:
        m[k] = v
        return True

    seq(put)


def Collect(seq: Callable) -> dict:
    m: dict = {}
    Insert(m, seq)
    return m
