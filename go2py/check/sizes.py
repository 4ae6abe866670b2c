"""unsafe.Sizeof and unsafe.Alignof on a 64-bit platform (go/types' gcSizes for amd64)."""

from __future__ import annotations

from go2py.check.types import (
    SIZES, STRING, UNSAFE_POINTER, Array, Basic, Chan, Interface, Map, Pointer, Signature, Slice, Struct, Type,
)


def alignof(t: Type) -> int:
    u = t.underlying()
    if isinstance(u, Array):
        return alignof(u.elem)
    if isinstance(u, Struct):
        return max((alignof(f.type) for f in u.fields if f.type is not None), default=1)
    if isinstance(u, Basic):
        if u.kind in (15,):  # complex64
            return 4
        if u.kind == 16:
            return 8
        if u.kind == 17:
            return 8
        return min(SIZES.get(u.kind, 8), 8)
    return 8


def sizeof(t: Type) -> int:
    u = t.underlying()
    if isinstance(u, Basic):
        return SIZES.get(u.kind, 8)
    if isinstance(u, (Pointer, Map, Chan, Signature)):
        return 8
    if isinstance(u, Slice):
        return 24
    if isinstance(u, Interface):
        return 16
    if isinstance(u, Array):
        n = u.len
        if n <= 0:
            return 0
        return sizeof(u.elem) * n
    if isinstance(u, Struct):
        offset = 0
        maxalign = 1
        for f in u.fields:
            a = alignof(f.type)  # type: ignore[arg-type]
            maxalign = max(maxalign, a)
            offset = (offset + a - 1) // a * a
            offset += sizeof(f.type)  # type: ignore[arg-type]
        size = (offset + maxalign - 1) // maxalign * maxalign
        # A final zero-size field gets a byte of padding so pointers past the struct stay valid.
        if u.fields and sizeof(u.fields[-1].type) == 0 and offset > 0:  # type: ignore[arg-type]
            size = (offset + 1 + maxalign - 1) // maxalign * maxalign
        return size
    return 8


def has_pointers(t: Type) -> bool:
    """Whether values of t hold pointers for the garbage collector (strings, slices... do)."""
    u = t.underlying()
    if isinstance(u, Basic):
        return u.kind in (STRING, UNSAFE_POINTER)
    if isinstance(u, Array):
        return u.len > 0 and has_pointers(u.elem)
    if isinstance(u, Struct):
        return any(has_pointers(f.type) for f in u.fields if f.type is not None)
    return True


def offsetof(s: Struct, i: int) -> int:
    """The offset in bytes of field i of struct s (gcSizes' layout, as sizeof lays it out)."""
    offset = 0
    for k, f in enumerate(s.fields):
        a = alignof(f.type)  # type: ignore[arg-type]
        offset = (offset + a - 1) // a * a
        if k == i:
            return offset
        offset += sizeof(f.type)  # type: ignore[arg-type]
    return offset
