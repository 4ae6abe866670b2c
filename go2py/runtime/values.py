"""Go values in Python: the value model that translated code and the standard packages share.

See docs/values.md. In short:

- integers are Python ints wrapped to their width by `wrap` helpers; `/` and `%` truncate
  (`quo`, `rem`) and panic on zero;
- strings are `str` whose lone surrogates U+DC80..U+DCFF stand for invalid UTF-8 bytes
  (`surrogateescape`); byte-level operations go through the `str_*` helpers;
- slices are immutable `Slice` headers over a shared Python list; `NIL_SLICE` is nil;
- maps are dicts; `NIL_MAP` is the nil map (reads give zero values, writes panic);
- structs are classes derived from `Struct`; a pointer to a struct is the object itself;
- interfaces hold the value itself when its Python type tells the Go type (bool, int,
  float64, string, complex128, pointer to struct), else a `Box(type, value)`;
- `GoType` objects describe Go types at run time (for `%T`, `%v`, type switches).
"""

from __future__ import annotations

import functools

import math
import os
import struct as _struct
import sys
from itertools import islice
from typing import Any, Callable, Iterator, Optional

from go2py.runtime.panic import GoPanic, RuntimeError_

# The C versions of the hot paths below, unless they were not built or GO2PY_PURE is set.
_speedups: Any = None
if not os.environ.get("GO2PY_PURE"):
    try:
        from go2py.runtime import _speedups
    except ImportError:
        pass

# ---------------------------------------------------------------- run-time type descriptors


class GoType:
    """A Go type at run time. `kind` is go/reflect's Kind name in lower case."""

    __slots__ = ("name", "kind", "elem", "key", "fields", "methods", "size", "signed", "py",
                 "zero", "underlying", "dir", "len", "ptr_methods", "pathname", "sig", "msigs", "__weakref__")

    def __init__(self, name: str, kind: str, **kw: Any) -> None:
        self.name = name
        self.kind = kind
        self.elem: Optional[GoType] = kw.get("elem")
        self.key: Optional[GoType] = kw.get("key")
        self.fields: list[tuple[str, GoType, str, bool]] = kw.get("fields", [])  # name, type, tag, embedded
        self.methods: dict[str, Callable] = kw.get("methods", {})
        self.size: int = kw.get("size", 0)  # bits, for integer kinds
        self.signed: bool = kw.get("signed", True)
        self.py: Optional[type] = kw.get("py")  # the struct class
        self.zero: Callable[[], Any] = kw.get("zero", lambda: None)
        self.underlying: GoType = kw.get("underlying", self)
        self.dir: int = kw.get("dir", 0)
        self.len: int = kw.get("len", 0)
        # methods of a defined non-struct type whose receiver is a pointer (they take the cell)
        self.ptr_methods: tuple[str, ...] = kw.get("ptr_methods", ())
        # A defined type named with its package's path (encoding/json.Number), as Go spells
        # a type argument in the name of an instantiated type; None when that is `name`.
        self.pathname: Optional[str] = kw.get("pathname")
        # a function type's signature: a function giving (parameter types, result types,
        # variadic), called when reflect needs it (a type may appear in its own signature)
        self.sig: Optional[Callable[[], tuple]] = kw.get("sig")
        # reflect's view of the method set, given by translated code that imports reflect: a
        # function giving (name, function type without receiver, pointer receiver only) for
        # each method of *T (a defined non-interface T) or of the interface, sorted by name
        self.msigs: Optional[Callable[[], tuple]] = kw.get("msigs")

    def __repr__(self) -> str:
        return f"<GoType {self.name}>"

    def __str__(self) -> str:
        return self.name


def _basic(name: str, kind: str, zero: Any, size: int = 0, signed: bool = True) -> GoType:
    return GoType(name, kind, zero=lambda: zero, size=size, signed=signed)


BOOL = _basic("bool", "bool", False)
INT = _basic("int", "int", 0, 64)
INT8 = _basic("int8", "int8", 0, 8)
INT16 = _basic("int16", "int16", 0, 16)
INT32 = _basic("int32", "int32", 0, 32)
INT64 = _basic("int64", "int64", 0, 64)
UINT = _basic("uint", "uint", 0, 64, False)
UINT8 = _basic("uint8", "uint8", 0, 8, False)
UINT16 = _basic("uint16", "uint16", 0, 16, False)
UINT32 = _basic("uint32", "uint32", 0, 32, False)
UINT64 = _basic("uint64", "uint64", 0, 64, False)
UINTPTR = _basic("uintptr", "uintptr", 0, 64, False)
FLOAT32 = _basic("float32", "float32", 0.0)
FLOAT64 = _basic("float64", "float64", 0.0)
COMPLEX64 = _basic("complex64", "complex64", 0j)
COMPLEX128 = _basic("complex128", "complex128", 0j)
STRING = _basic("string", "string", "")
UNSAFE_POINTER = _basic("unsafe.Pointer", "unsafe.pointer", None)

_composites: dict[tuple, GoType] = {}


def _cached(key: tuple, make: Callable[[], GoType]) -> GoType:
    t = _composites.get(key)
    if t is None:
        t = _composites[key] = make()
    return t


def slice_of(elem: GoType) -> GoType:
    return _cached(("slice", id(elem)), lambda: GoType("[]" + elem.name, "slice", elem=elem,
                                                        zero=lambda: NIL_SLICE))


def array_of(n: int, elem: GoType) -> GoType:
    return _cached(("array", n, id(elem)), lambda: GoType(f"[{n}]{elem.name}", "array", elem=elem, len=n,
                                                          zero=lambda: [elem.zero() for _ in range(n)]))


def map_of(key: GoType, elem: GoType) -> GoType:
    return _cached(("map", id(key), id(elem)),
                   lambda: GoType(f"map[{key.name}]{elem.name}", "map", key=key, elem=elem, zero=lambda: NIL_MAP))


def pointer_to(elem: GoType) -> GoType:
    return _cached(("ptr", id(elem)), lambda: GoType("*" + elem.name, "ptr", elem=elem))


def chan_of(elem: GoType, dir: int = 0) -> GoType:
    name = {0: "chan ", 1: "chan<- ", 2: "<-chan "}[dir] + elem.name
    if dir == 0 and elem.name.startswith("<-"):
        name = f"chan ({elem.name})"  # `chan <-chan T` would read as chan<- (chan T)
    return _cached(("chan", dir, id(elem)), lambda: GoType(name, "chan", elem=elem, dir=dir))


def func_type(name: str, sig: Optional[Callable[[], tuple]] = None) -> GoType:
    """A function type by its name; sig gives (parameter types, result types, variadic)."""
    t = _cached(("func", name), lambda: GoType(name, "func", sig=sig))
    if t.sig is None and sig is not None:
        t.sig = sig
    return t


def method_sigs(t: GoType, sigs: Callable[[], tuple]) -> None:
    """Record reflect's view of t's methods (see GoType.msigs), once."""
    if t.msigs is None:
        t.msigs = sigs


def signature_of(t: GoType) -> tuple:
    """(parameter types, result types, variadic) of a function type."""
    return t.sig() if t.sig is not None else ((), (), False)


def interface_type(name: str, methods: tuple[str, ...] = ()) -> GoType:
    """An interface type by name; `methods` names its methods (reflect's Implements)."""
    t = _cached(("iface", name), lambda: GoType(name, "interface"))
    if methods and not t.methods:
        t.methods = {m: None for m in methods}  # type: ignore[misc]
    return t


def named(name: str, underlying: GoType, methods: Optional[dict[str, Callable]] = None,
          ptr: tuple[str, ...] = ()) -> GoType:
    """A defined type: `type Celsius float64` is named("main.Celsius", FLOAT64); ``ptr`` names
    the methods with pointer receivers."""
    return GoType(name, underlying.kind, elem=underlying.elem, key=underlying.key, fields=underlying.fields,
                  methods=methods or {}, size=underlying.size, signed=underlying.signed,
                  zero=underlying.zero, underlying=underlying, dir=underlying.dir, len=underlying.len,
                  ptr_methods=ptr)


# ---------------------------------------------------------------- integers


def _wrapper(bits: int, signed: bool) -> Callable[[int], int]:
    mask = (1 << bits) - 1
    if signed:
        half = 1 << (bits - 1)

        def wrap_signed(x: int) -> int:
            return ((x + half) & mask) - half

        return wrap_signed

    def wrap_unsigned(x: int) -> int:
        return x & mask

    return wrap_unsigned


wrap_int8 = _wrapper(8, True)
wrap_int16 = _wrapper(16, True)
wrap_int32 = _wrapper(32, True)
wrap_int64 = _wrapper(64, True)
wrap_uint8 = _wrapper(8, False)
wrap_uint16 = _wrapper(16, False)
wrap_uint32 = _wrapper(32, False)
wrap_uint64 = _wrapper(64, False)


def _div_zero() -> GoPanic:
    return GoPanic(RuntimeError_("integer divide by zero"))


def quo(a: int, b: int) -> int:
    """Go's integer division: truncates toward zero; panics on zero."""
    if b == 0:
        raise _div_zero()
    q = a // b
    if q < 0 and q * b != a:
        q += 1
    return q


def rem(a: int, b: int) -> int:
    """Go's %: the sign of the dividend; panics on zero."""
    if b == 0:
        raise _div_zero()
    return a - quo(a, b) * b


def shift_count(n: int) -> int:
    """A non-constant shift count: negative panics; counts past any width act alike."""
    if n < 0:
        raise GoPanic(RuntimeError_("negative shift amount"))
    return n if n < 128 else 128


# ---------------------------------------------------------------- strings


def str_bytes(s: str) -> bytes:
    return s.encode("utf-8", "surrogateescape")


def bytes_str(b: bytes | bytearray) -> str:
    return bytes(b).decode("utf-8", "surrogateescape")


def str_len(s: str) -> int:
    """len(s): the length in bytes."""
    return len(s) if s.isascii() else len(s.encode("utf-8", "surrogateescape"))


def str_index(s: str, i: int) -> int:
    """s[i]: the byte at i, with Go's bounds panic."""
    if s.isascii():
        if 0 <= i < len(s):
            return ord(s[i])
        raise index_error(i, len(s))
    b = s.encode("utf-8", "surrogateescape")
    if 0 <= i < len(b):
        return b[i]
    raise index_error(i, len(b))


def str_slice(s: str, lo: Optional[int], hi: Optional[int]) -> str:
    """s[lo:hi] by byte offsets."""
    if s.isascii():
        n = len(s)
        lo = 0 if lo is None else lo
        hi = n if hi is None else hi
        if not 0 <= lo <= hi <= n:
            raise slice_error(lo, hi, n)
        return s[lo:hi]
    b = s.encode("utf-8", "surrogateescape")
    n = len(b)
    lo = 0 if lo is None else lo
    hi = n if hi is None else hi
    if not 0 <= lo <= hi <= n:
        raise slice_error(lo, hi, n)
    return b[lo:hi].decode("utf-8", "surrogateescape")


def str_range(s: str) -> Iterator[tuple[int, int]]:
    """for i, r := range s: byte offsets and runes; invalid bytes give U+FFFD."""
    if s.isascii():
        for i, ch in enumerate(s):
            yield i, ord(ch)
        return
    i = 0
    for ch in s:
        c = ord(ch)
        if 0xDC80 <= c <= 0xDCFF:
            yield i, 0xFFFD
            i += 1
        else:
            yield i, c
            i += len(ch.encode("utf-8", "surrogatepass"))


def rune_str(r: int) -> str:
    """string(r): invalid code points give U+FFFD."""
    if 0 <= r <= 0x10FFFF and not 0xD800 <= r <= 0xDFFF:
        return chr(r)
    return "\ufffd"


def str_runes(s: str) -> "Slice":
    return Slice([r for _, r in str_range(s)])


def runes_str(rs: "Slice") -> str:
    return "".join(rune_str(r) for r in rs)


def bytes_of(s: str) -> "Slice":
    return Slice(list(s.encode("utf-8", "surrogateescape")))


def string_of_bytes(bs: "Slice") -> str:
    return bytes(bs.a[bs.off:bs.off + bs.len]).decode("utf-8", "surrogateescape")


# ---------------------------------------------------------------- panics with Go's words


def index_error(i: int, n: int) -> GoPanic:
    if i < 0:  # (Go names no length for a negative index)
        return GoPanic(RuntimeError_(f"index out of range [{i}]"))
    return GoPanic(RuntimeError_(f"index out of range [{i}] with length {n}"))


def slice_error(lo: int, hi: int, n: int, cap: Optional[int] = None, max_: Optional[int] = None) -> GoPanic:
    """The panic of x[lo:hi] or x[lo:hi:max] out of range, in runtime/error.go's words: the first
    failed check of max <= cap, hi <= max (or cap), lo <= hi, negative values without the
    limit. cap is a slice's capacity; None for a string or an array, whose limit is n."""
    limit, what = (n, "length") if cap is None else (cap, "capacity")
    if max_ is not None:
        if not 0 <= max_ <= limit:
            m = f"[::{max_}]" if max_ < 0 else f"[::{max_}] with {what} {limit}"
        elif not 0 <= hi <= max_:
            m = f"[:{hi}:]" if hi < 0 else f"[:{hi}:{max_}]"
        else:
            m = f"[{lo}::]" if lo < 0 else f"[{lo}:{hi}:]"
    elif not 0 <= hi <= limit:
        m = f"[:{hi}]" if hi < 0 else f"[:{hi}] with {what} {limit}"
    else:
        m = f"[{lo}:]" if lo < 0 else f"[{lo}:{hi}]"
    return GoPanic(RuntimeError_("slice bounds out of range " + m))


# ---------------------------------------------------------------- slices


class _SliceHeader:
    """The header's storage and bounds-checked element access, in Python; `_speedups.SliceBase`
    is the same in C and replaces it when built."""

    __slots__ = ("a", "off", "len", "cap")

    def __init__(self, a: list, off: int = 0, length: Optional[int] = None, cap: Optional[int] = None) -> None:
        self.a = a
        self.off = off
        self.len = len(a) - off if length is None else length
        self.cap = len(a) - off if cap is None else cap

    def __len__(self) -> int:
        return self.len

    def __getitem__(self, i: int) -> Any:
        if 0 <= i < self.len:
            return self.a[self.off + i]
        raise index_error(i, self.len)

    def __setitem__(self, i: int, v: Any) -> None:
        if 0 <= i < self.len:
            self.a[self.off + i] = v
            return
        raise index_error(i, self.len)

    def __iter__(self) -> Iterator[Any]:
        # Reads the elements live, within the length the slice had when iteration began.
        return islice(self.a, self.off, self.off + self.len)

    def slice(self, lo: Optional[int], hi: Optional[int], max_: Optional[int] = None,
              array: bool = False) -> Slice:
        """s[lo:hi:max]; array: s is an array made a slice, whose limit Go calls its length."""
        lo = 0 if lo is None else lo
        hi = self.len if hi is None else hi
        cap = self.cap if max_ is None else max_
        if not (0 <= cap <= self.cap and 0 <= hi <= cap and 0 <= lo <= hi):
            raise slice_error(lo, hi, self.cap, None if array else self.cap, max_)
        if self is NIL_SLICE and lo == hi == 0:
            return NIL_SLICE
        return Slice(self.a, self.off + lo, hi - lo, cap - lo)


class Slice(_speedups.SliceBase if _speedups is not None else _SliceHeader):  # type: ignore[misc]
    """A slice header: `len` elements of the list `a` from `off`, with capacity `cap`.

    Headers are never changed after creation: assignment shares them as Go copies them,
    and `append` returns a new header (over the same list while capacity allows).
    """

    __slots__ = ()

    a: list
    off: int
    len: int
    cap: int

    def is_nil(self) -> bool:
        return self is NIL_SLICE

    def __eq__(self, other: object) -> bool:
        return self is other

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        return "Slice(" + repr(list(self)) + ")"


if _speedups is not None:
    _speedups.fast_construct(Slice)

NIL_SLICE = Slice([], 0, 0, 0)


def array_slice(a: list, lo: Optional[int], hi: Optional[int], max_: Optional[int] = None) -> Slice:
    """a[lo:hi:max] of an array (a list): a slice sharing it."""
    return Slice(a).slice(lo, hi, max_, True)


def make_slice(n: int, cap: Optional[int], zero: Callable[[], Any] | Any, fresh: bool = False) -> Slice:
    """make([]T, n, cap); zero is the value (or, with fresh, a factory of values)."""
    if cap is None:
        cap = n
    if n < 0:
        raise GoPanic(RuntimeError_("makeslice: len out of range"))
    if cap < n:
        raise GoPanic(RuntimeError_("makeslice: cap out of range"))
    if fresh:
        return Slice([zero() for _ in range(cap)], 0, n, cap)  # type: ignore[operator]
    return Slice([zero] * cap, 0, n, cap)


def append(s: Slice, *xs: Any, es: int | None = None, ptr: bool = False, z: Any = 0, k: int = 0,
           steps: bool = False) -> Slice:
    """append(s, xs...) with Go's growth: in place while capacity allows.

    es is the element's size in bytes and ptr whether it holds pointers: a grown capacity is
    rounded up to the allocator's size class, as Go's growslice does (es None: not rounded).
    z is the element's zero value, filling a grown array past the length (`s[:cap(s)]` reads
    it); NOPAD (struct and array elements, which need a fresh zero each) leaves it unfilled.
    k is the length of the stack array Go's compiler gives this append (the translator's
    stack_backed_appends): an empty slice that needs room and fits gets capacity k; with
    steps, any slice that needs room and fits gets the size class of its new length, as Go's
    growsliceBuf walks up the classes."""
    if not xs:
        return s  # (the nil slice stays nil)
    n = s.len + len(xs)
    if n <= s.cap:
        a = s.a
        end = s.off + s.len
        for i, x in enumerate(xs):
            if end + i < len(a):
                a[end + i] = x
            else:
                a.append(x)
        return Slice(a, s.off, n, s.cap)
    if k and n <= k and (steps or s.len == 0):
        newcap = roundupsize(n * es, ptr) // es if steps and es else k
    else:
        newcap = grow_cap(s.cap, n, es, ptr)
    a = s.a[s.off:s.off + s.len]
    a.extend(xs)
    if z is not NOPAD and newcap > n:
        a.extend([z] * (newcap - n))
    return Slice(a, 0, n, newcap)


NOPAD = object()


def append_slice(s: Slice, t: Any, es: int | None = None, ptr: bool = False, z: Any = 0,
                 et: Optional[GoType] = None) -> Slice:
    """append(s, t...) (t a slice, or a string of bytes for []byte); et, for struct and array
    elements: each is appended as a copy, as Go copies it."""
    if isinstance(t, str):
        return append(s, *t.encode("utf-8", "surrogateescape"), es=es, ptr=ptr, z=z)
    if et is not None:
        return append(s, *[tcopy(et, x) for x in t], es=es, ptr=ptr, z=z)
    return append(s, *t, es=es, ptr=ptr, z=z)


def copy_elems(dst: Slice, src: Slice, et: GoType) -> int:
    """copy(dst, src) of struct or array elements: dst gets copies (overlapping slices too)."""
    n = min(dst.len, src.len)
    if n:
        dst.a[dst.off:dst.off + n] = [tcopy(et, x) for x in src.a[src.off:src.off + n]]
    return n


# The byte sizes of the Go allocator's small size classes (amd64); a grown slice's backing
# array takes the whole class, which shows in cap().
_SIZE_CLASSES = (
    8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256, 288, 320,
    352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536, 1792, 2048,
    2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472, 9728, 10240,
    10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
)
_MAX_SMALL = 32768
_MALLOC_HEADER = 8  # objects with pointers above 512 bytes carry a header in their span
_PAGE = 8192


def roundupsize(size: int, ptr: bool) -> int:
    """The bytes the allocator really gives for a request of size bytes."""
    if size <= _MAX_SMALL - _MALLOC_HEADER:
        header = _MALLOC_HEADER if ptr and size > 512 else 0
        req = size + header
        return next(c for c in _SIZE_CLASSES if c >= req) - header
    return (size + _PAGE - 1) // _PAGE * _PAGE


def grow_cap(old: int, needed: int, es: int | None = None, ptr: bool = False) -> int:
    """runtime.growslice's capacity rule, rounded to the size class when es is known."""
    if es == 0:
        return needed
    if needed > old * 2:
        newcap = needed
    elif old < 256:
        newcap = old * 2
    else:
        newcap = old
        while newcap < needed:
            newcap += (newcap + 3 * 256) >> 2
    if es is None:
        return newcap
    return roundupsize(newcap * es, ptr) // es


def float_min(*xs: float) -> float:
    """Go's min of floats: NaN if any is NaN; -0.0 is less than 0.0."""
    for x in xs:
        if x != x:
            return x
    r = xs[0]
    for x in xs[1:]:
        if x < r or (x == 0 and r == 0 and math.copysign(1, x) < 0):
            r = x
    return r


def float_max(*xs: float) -> float:
    """Go's max of floats: NaN if any is NaN; 0.0 is greater than -0.0."""
    for x in xs:
        if x != x:
            return x
    r = xs[0]
    for x in xs[1:]:
        if x > r or (x == 0 and r == 0 and math.copysign(1, x) > 0):
            r = x
    return r


def slice_to_array(s: Slice, n: int, deep: bool = False) -> list:
    """[N]T(s): a copy of the first N elements; s must have at least N."""
    if s.len < n:
        raise GoPanic(RuntimeError_(
            f"cannot convert slice with length {s.len} to array or pointer to array with length {n}"))
    out = s.a[s.off:s.off + n]
    return [copy_value(x) for x in out] if deep else out


def copy(dst: Slice, src: Any) -> int:
    if isinstance(src, str):
        src = Slice(list(src.encode("utf-8", "surrogateescape")))
    n = min(dst.len, src.len)
    if n:
        dst.a[dst.off:dst.off + n] = src.a[src.off:src.off + n]
    return n


# ---------------------------------------------------------------- maps


class _Scalar:
    """A bool, float or complex key of a map whose key type is an interface: Python's
    True == 1 == 1.0 are three keys in Go (their dynamic types differ)."""

    __slots__ = ("v",)

    def __init__(self, v: Any) -> None:
        self.v = v

    def __eq__(self, other: object) -> bool:
        return type(other) is _Scalar and type(other.v) is type(self.v) and other.v == self.v

    def __hash__(self) -> int:
        return hash((type(self.v), self.v))


def _ikey(k: Any) -> Any:
    t = type(k)
    return _Scalar(k) if t is bool or t is float or t is complex else k


def _unkey(k: Any) -> Any:
    return k.v if type(k) is _Scalar else k


class IfaceMap(dict):  # type: ignore[type-arg]
    """A map whose key type is an interface (or holds one): keys of different dynamic types
    stay apart where Python would merge them (True, 1 and 1.0)."""

    __slots__ = ()

    def __init__(self, pairs: Any = ()) -> None:
        super().__init__()
        for k, v in pairs.items() if isinstance(pairs, dict) else pairs:
            self[k] = v

    def __setitem__(self, k: Any, v: Any) -> None:
        dict.__setitem__(self, _ikey(k), v)

    def __getitem__(self, k: Any) -> Any:
        return dict.__getitem__(self, _ikey(k))

    def __delitem__(self, k: Any) -> None:
        dict.__delitem__(self, _ikey(k))

    def __contains__(self, k: object) -> bool:
        return dict.__contains__(self, _ikey(k))

    def get(self, k: Any, default: Any = None) -> Any:
        return dict.get(self, _ikey(k), default)

    def pop(self, k: Any, *default: Any) -> Any:
        return dict.pop(self, _ikey(k), *default)

    def __iter__(self) -> Iterator[Any]:
        return map(_unkey, dict.__iter__(self))

    def keys(self) -> list[Any]:  # type: ignore[override]
        return [_unkey(k) for k in dict.keys(self)]

    def items(self) -> list[tuple[Any, Any]]:  # type: ignore[override]
        return [(_unkey(k), v) for k, v in dict.items(self)]

    def copy(self) -> "IfaceMap":
        return IfaceMap(self.items())


class NilMap(dict):  # type: ignore[type-arg]
    """The nil map: reads find nothing, writes panic as in Go."""

    def __setitem__(self, k: Any, v: Any) -> None:
        raise GoPanic(RuntimeError_("assignment to entry in nil map", plain=True))

    def __repr__(self) -> str:
        return "NIL_MAP"


NIL_MAP = NilMap()


# ---------------------------------------------------------------- structs and interfaces


class Struct:
    """Base of translated struct types: value equality, hashing and copying by fields."""

    __slots__ = ()
    __gotype__: GoType

    # The fields of an interface type: their values compare as interface values (true and 1
    # differ). Set by the translator on struct classes that have any.
    _ifaces: tuple[str, ...] = ()

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        ifaces = self._ifaces
        if ifaces:
            return all(iface_eq(getattr(self, f), getattr(other, f)) if f in ifaces
                       else getattr(self, f) == getattr(other, f) for f in self.__slots__)
        return all(getattr(self, f) == getattr(other, f) for f in self.__slots__)

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, f) for f in self.__slots__))

    def _copy(self) -> "Struct":
        raise NotImplementedError


# Pointers in generic code to a value of a type parameter's type. Everywhere else a pointer to a
# struct or an array is the object itself and other pointers are cells; generic code does not
# know which, so it asks at run time, and a pointer it makes or receives is what the rest of
# the program expects.

def tderef(p: Any) -> Any:
    """*p: the struct or array itself, as deref gives it; where Go copies the value, the
    translator copies it (tcopy)."""
    if isinstance(p, (Struct, list)):
        return p
    if p is None:
        deref(p)
    return p.get()


def tstore(p: Any, v: Any) -> None:
    """*p = v."""
    if isinstance(p, Struct):
        p._assign(v)  # type: ignore[attr-defined]
    elif isinstance(p, list):
        p[:] = v
    elif p is None:
        deref(p)
    else:
        p.set(v)


def tptr(cell: Any) -> Any:
    """&x for a variable x kept in a cell."""
    v = cell.v
    return v if isinstance(v, (Struct, list)) else cell


def tset(cell: Any, v: Any) -> None:
    """x = v for a variable x kept in a cell: a struct or array is assigned in place, where a
    pointer taken by tptr sees it."""
    tstore(tptr(cell), v)


def tnew(zero: Any) -> Any:
    """new(T)."""
    from go2py.runtime.cell import Cell

    return zero if isinstance(zero, (Struct, list)) else Cell(zero)


class WeakStruct(Struct):
    """The base of struct types in a program that calls runtime.AddCleanup: a weak reference
    lets it see a struct die (cleanup.py). Not in Struct itself, as it costs 8 bytes a struct."""

    __slots__ = ("__weakref__",)


class Box:
    """An interface value whose Go type its Python value does not tell: (type, value)."""

    __slots__ = ("t", "v")

    def __init__(self, t: GoType, v: Any) -> None:
        self.t = t
        self.v = v

    def __getattr__(self, name: str) -> Any:
        m = self.t.methods.get(name)
        if m is not None:
            return lambda *args: m(self.v, *args)
        e = self.t.elem
        if self.t.kind == "ptr" and e is not None and e.py is None and self.v is not None:
            # *T of a defined non-struct T: pointer methods take the cell, value methods the value.
            m = e.methods.get(name)
            if m is not None:
                cell = self.v
                if name in e.ptr_methods:
                    return lambda *args: m(cell, *args)
                return lambda *args: m(cell.get(), *args)
        if self.v is None and self.t.kind == "ptr" and self.t.elem is not None and self.t.elem.py is not None:
            # A method called on a nil *T held in an interface: T's method with a nil receiver.
            fn = getattr(self.t.elem.py, name)
            return lambda *args: fn(None, *args)
        return getattr(self.v, name)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Box) and other.t is self.t and other.v == self.v

    def __hash__(self) -> int:
        return hash((id(self.t), self.v))

    def __repr__(self) -> str:
        return f"Box({self.t.name}, {self.v!r})"


def _register_runtime_types() -> None:
    # *runtime.TypeAssertionError and *runtime.PanicNilError are struct types of package
    # runtime: type switches and errors.As compare them with the type the translator names.
    from go2py.runtime.panic import PanicNilError, TypeAssertionError

    for cls, name in ((TypeAssertionError, "runtime.TypeAssertionError"), (PanicNilError, "runtime.PanicNilError")):
        cls.__gotype__ = GoType(name, "struct", py=cls, zero=cls)  # type: ignore[attr-defined]


_register_runtime_types()


def dynamic_type(x: Any) -> Optional[GoType]:
    """The dynamic Go type of an interface value (None for nil)."""
    if x is None:
        return None
    t = type(x)
    if t is Box:
        return x.t
    if t is bool:
        return BOOL
    if t is int:
        return INT
    if t is float:
        return FLOAT64
    if t is str:
        return STRING
    if t is complex:
        return COMPLEX128
    gt = getattr(t, "__gotype__", None)
    if gt is not None:
        return pointer_to(gt)
    mod = t.__module__
    if mod.startswith("go2py.runtime.std."):
        # A struct type of a standard package (*strconv.NumError): named after its package.
        pkg = mod.rsplit(".", 1)[1].rsplit("_", 1)[-1]
        return pointer_to(foreign_type(t, f"{pkg}.{t.__name__}"))
    name_of = getattr(x, "go_type_name", None)
    if name_of is not None:  # the runtime's errors: one class, several Go types
        name = name_of()
        return _cached(("runtime", name), lambda: GoType(name, "struct"))
    raise TypeError(f"not a Go interface value: {x!r}")


def unbox(x: Any) -> Any:
    return x.v if type(x) is Box else x


# ---------------------------------------------------------------- helpers for translated code


def checked_index(i: int, n: int) -> int:
    """An array index, with Go's bounds panic (Python lists accept negative indexes)."""
    if 0 <= i < n:
        return i
    raise index_error(i, n)


def deref(p: Any) -> Any:
    """*p for a pointer to a struct: a nil pointer panics as in Go."""
    if p is None:
        from go2py.runtime.panic import nil_deref_error

        raise GoPanic(nil_deref_error())
    return p


def store_key(k: Any) -> Any:
    """A float, complex or interface map key as m[k] = v stores it. Go never finds a NaN key,
    so each store of one adds an entry; Python's dict finds the very same NaN object, so a
    NaN is stored as a new object, which no lookup is given."""
    t = type(k)
    if t is float:
        return k if k == k else -(-k)
    if t is complex:
        return k if k == k else complex(k.real, k.imag)
    if t is Box and k.v != k.v:
        return Box(k.t, store_key(k.v))
    return k


def map_get2(m: dict, k: Any, zero: Any, t: Optional[GoType] = None) -> tuple[Any, bool]:
    """v, ok := m[k]; t, for struct and array elements: the value comes out as a copy."""
    try:
        v = m[k]
    except KeyError:
        return zero, False
    return (v if t is None else tcopy(t, v)), True


def f32(x: float) -> float:
    """Round to float32, as every float32 operation does."""
    try:
        return _struct.unpack("f", _struct.pack("f", x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def cdiv(n: complex, m: complex) -> complex:
    """Complex division as Go's runtime does it (Smith's algorithm, then C99's infinities and
    zeros where both parts came out NaN): Python raises on a zero divisor and leaves NaNs."""
    a, b, c, d = n.real, n.imag, m.real, m.imag
    if abs(c) >= abs(d):
        ratio = fdiv(d, c)
        denom = c + ratio * d
        e, f = fdiv(a + b * ratio, denom), fdiv(b - a * ratio, denom)
    else:
        ratio = fdiv(c, d)
        denom = d + ratio * c
        e, f = fdiv(a * ratio + b, denom), fdiv(b * ratio - a, denom)
    if e != e and f != f:
        inf = math.inf
        if c == 0 and d == 0 and (a == a or b == b):
            e, f = math.copysign(inf, c) * a, math.copysign(inf, c) * b
        elif (math.isinf(a) or math.isinf(b)) and math.isfinite(c) and math.isfinite(d):
            a, b = _inf2one(a), _inf2one(b)
            e, f = inf * (a * c + b * d), inf * (b * c - a * d)
        elif (math.isinf(c) or math.isinf(d)) and math.isfinite(a) and math.isfinite(b):
            c, d = _inf2one(c), _inf2one(d)
            e, f = 0 * (a * c + b * d), 0 * (b * c - a * d)
    return complex(e, f)


def _inf2one(x: float) -> float:
    return math.copysign(1.0 if math.isinf(x) else 0.0, x)


def c64(z: complex) -> complex:
    """Round both parts to float32, as every complex64 operation does (Go computes a product
    or a quotient in float64 and rounds once)."""
    return complex(f32(z.real), f32(z.imag))


def fdiv(a: float, b: float) -> float:
    """Floating division: by zero gives an infinity or NaN, as IEEE 754 and Go."""
    try:
        return a / b
    except ZeroDivisionError:
        if a != a or a == 0:
            return math.nan
        return math.copysign(math.inf, a) * math.copysign(1.0, b)


# The Python definitions, which the C versions fall back on (and tests compare them with).
PURE = {"index_error": index_error, "append": append, "quo": quo, "rem": rem, "fdiv": fdiv, "copy": copy,
        "slice": _SliceHeader.slice, "str_len": str_len, "str_index": str_index, "str_slice": str_slice,
        "wrap_int8": wrap_int8, "wrap_int16": wrap_int16, "wrap_int32": wrap_int32, "wrap_int64": wrap_int64,
        "wrap_uint8": wrap_uint8, "wrap_uint16": wrap_uint16, "wrap_uint32": wrap_uint32,
        "wrap_uint64": wrap_uint64}

if _speedups is not None:
    _speedups.install(PURE)
    wrap_int8, wrap_int16, wrap_int32, wrap_int64 = (
        _speedups.wrap_int8, _speedups.wrap_int16, _speedups.wrap_int32, _speedups.wrap_int64)
    wrap_uint8, wrap_uint16, wrap_uint32, wrap_uint64 = (
        _speedups.wrap_uint8, _speedups.wrap_uint16, _speedups.wrap_uint32, _speedups.wrap_uint64)
    quo, rem, fdiv, copy = _speedups.quo, _speedups.rem, _speedups.fdiv, _speedups.copy
    append = _speedups.append
    str_len, str_index, str_slice = _speedups.str_len, _speedups.str_index, _speedups.str_slice


def float_to_int(f: float) -> int:
    """int(f): truncation; NaN and infinities give the values Go gives on amd64."""
    if f != f or f in (math.inf, -math.inf):
        return -(1 << 63)
    return int(f)


def iface_eq(x: Any, y: Any) -> bool:
    """== on interface values: same dynamic type and equal values."""
    if x is None or y is None:
        return x is y
    tx, ty = dynamic_type(x), dynamic_type(y)
    if tx is not ty:
        return False
    return unbox(x) == unbox(y) if type(x) is not Box else x.v == y.v


def bind(fn: Callable, *lead: Any) -> Callable:
    """A method value of a defined non-struct type: the receiver (after the type arguments
    of a generic type) bound now."""
    return lambda *args: fn(*lead, *args)


def spread_last(fn: Callable, **kw: Any) -> Callable:
    """A standard function or method with a variadic parameter as a Go func value: its
    callers pass the variadic arguments as one slice, as to the program's own functions,
    and the Python implementation takes them spread (and kw: cmp.Or's zero)."""
    def call(*args: Any) -> Any:
        return fn(*args[:-1], *args[-1], **kw)
    return call


def _builtin_text(v: Any) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, float):
        if v != v:
            return "NaN"
        if v in (math.inf, -math.inf):
            return "+Inf" if v > 0 else "-Inf"
        m, e = format(v, "+.6e").split("e")
        return f"{m}e{int(e):+04d}"
    if v is None:
        return "nil"
    return str(v)


def builtin_print(*args: Any) -> None:
    sys.stderr.write("".join(_builtin_text(a) for a in args))
    sys.stderr.flush()


def builtin_println(*args: Any) -> None:
    sys.stderr.write(" ".join(_builtin_text(a) for a in args) + "\n")
    sys.stderr.flush()


def field_attrs(x: Any, fields: list) -> tuple:
    """The Python attribute of each of a struct value's fields: its class's __slots__ when they
    are the fields in order (the translator renames Go names Python reserves, and blank
    fields), else the Go names."""
    slots = getattr(type(x), "__slots__", ())
    if len(slots) == len(fields):
        return slots
    return tuple(f[0] for f in fields)


def tcopy(t: GoType, x: Any) -> Any:
    """A copy of the value x of the run-time type t, as assignment copies it: structs and
    arrays (deeply, by their element type: an array of pointers keeps its pointers); other
    values are shared. Generic code and reflect copy through it, knowing t only at run time."""
    k = t.kind
    if k == "struct" and x is not None:
        return copy_value(x)
    if k == "array":
        e = t.elem
        if e is not None and e.kind in ("struct", "array"):
            return [tcopy(e, v) for v in x]
        return list(x)
    return x


def copy_value(x: Any) -> Any:
    """A copy of a struct value of a standard package (its class may not define _copy)."""
    c = getattr(x, "_copy", None)
    if c is not None:
        return c()
    import copy as _copy_module

    return _copy_module.copy(x)


def foreign_type(cls: type, name: str, *targs: GoType, path: Optional[str] = None) -> GoType:
    """The run-time type of a struct type implemented by a standard package: `name` is
    qualified by the package's name (unicode.CaseRange), `path` is the package's path where
    it differs, `targs` the type arguments of a generic type (atomic.Pointer[main.T])."""
    t = getattr(cls, "__gotype__", None)
    if isinstance(t, GoType) and not targs:
        return t
    full = _instance_name(name, targs) if targs else name
    # One type per class (whoever names it first), and per instantiation of a generic one.
    return _cached(("foreign", id(cls), *targs), lambda: GoType(
        full, "struct", py=cls, zero=cls, pathname=_path_name(full, path)))


def _path_name(name: str, path: Optional[str]) -> Optional[str]:
    return None if path is None else path + "." + name.split(".", 1)[1]


def implements(x: Any, methods: tuple[str, ...]) -> bool:
    """Whether the interface value x has every method named (x's dynamic type implements)."""
    if x is None:
        return False
    if type(x) is Box:
        e = x.t.elem
        if x.t.kind == "ptr" and e is not None and e.py is None and e.methods:
            # *T of a defined non-struct T has all of T's methods (as Box.__getattr__ calls them)
            return all(m in x.t.methods or m in e.methods for m in methods)
        ptr = getattr(type(x.v), "__ptr_methods__", ())
        return all((m in x.t.methods and m not in x.t.ptr_methods) or (m not in ptr and hasattr(x.v, m))
                   for m in methods)
    return all(callable(getattr(x, m, None)) for m in methods)


def _type_name(x: Any) -> str:
    t = dynamic_type(x)
    return "nil" if t is None else t.name


def assert_type(x: Any, t: GoType, iface: str) -> Any:
    """x.(T) for a concrete T: the value, or Go's interface conversion panic."""
    if x is not None and dynamic_type(x) is t:
        return tcopy(t, unbox(x))  # a struct or array comes out as a copy of the interface's
    from go2py.runtime.panic import TypeAssertionError as _TAE

    got = "nil" if x is None else _type_name(x)
    raise GoPanic(_TAE(f"interface conversion: {iface} is {got}, not {t.name}"))


def assert_type2(x: Any, t: GoType, zero: Any) -> tuple[Any, bool]:
    if x is not None and dynamic_type(x) is t:
        return tcopy(t, unbox(x)), True
    return zero, False


def assert_iface(x: Any, methods: tuple[str, ...], iface: str, target: str) -> Any:
    if implements(x, methods):
        return x
    from go2py.runtime.panic import TypeAssertionError as _TAE

    if x is None:
        raise GoPanic(_TAE(f"interface conversion: interface is nil, not {target}"))
    missing = next(m for m in methods if not implements(x, (m,)))
    raise GoPanic(_TAE(f"interface conversion: {_type_name(x)} is not {target}: missing method {missing}"))


def assert_iface2(x: Any, methods: tuple[str, ...]) -> tuple[Any, bool]:
    if implements(x, methods):
        return x, True
    return None, False


class Jump(Exception):
    """break or continue to an outer loop of the same function (Python has no labels)."""


def foreign_named(cls: type, name: str, underlying: GoType, path: Optional[str] = None) -> GoType:
    """The run-time type of a defined non-struct type of a standard package (time.Duration)."""
    t = _foreign_named.get((cls, name, path))  # (translated code asks at every conversion)
    if t is None:
        t = _foreign_named[cls, name, path] = _foreign_named_type(cls, name, underlying, path)
    return t


_foreign_named: dict[tuple[type, str, Optional[str]], GoType] = {}


def _foreign_named_type(cls: type, name: str, underlying: GoType, path: Optional[str]) -> GoType:
    def make() -> GoType:
        methods = {m: getattr(cls, m) for m in dir(cls) if m[:1].isupper() and callable(getattr(cls, m))}
        # __ptr_methods__ names the methods with pointer receivers (as for struct classes): they take the cell.
        return named(name, underlying, methods, ptr=tuple(getattr(cls, "__ptr_methods__", ())))

    t = _cached(("foreign_named", name), make)
    if path is not None:  # the package's own uses of the type may not give the path
        t.pathname = _path_name(name, path)
    return t


# ---------------------------------------------------------------- generics: operations by run-time type

_UNBOXED = None


def box_as(t: GoType, v: Any) -> Any:
    """A value of type parameter type t converted to an interface."""
    if t in (BOOL, INT, FLOAT64, STRING, COMPLEX128) or t.kind in ("interface",):
        return v
    if t.kind == "ptr" and t.elem is not None and t.elem.kind == "struct" and t.elem.py is not None:
        return v
    if t.kind == "struct" and t.py is not None:
        return Box(t, v._copy() if hasattr(v, "_copy") else v)
    return Box(t, v)


_WRAPPERS = {(8, True): wrap_int8, (16, True): wrap_int16, (32, True): wrap_int32, (64, True): wrap_int64,
             (8, False): wrap_uint8, (16, False): wrap_uint16, (32, False): wrap_uint32, (64, False): wrap_uint64}


def wrap_as(t: Optional[GoType], v: Any) -> Any:
    """Wrap an arithmetic result to the width of type parameter type t."""
    if t is None:
        return v
    if t.size and isinstance(v, int):
        return _WRAPPERS[(t.size, t.signed)](v)
    if t.underlying is FLOAT32 or t is FLOAT32:
        return f32(v)
    if t.underlying is COMPLEX64 or t is COMPLEX64:
        return c64(v)
    return v


def div_as(t: GoType, a: Any, b: Any) -> Any:
    if t.size:
        return wrap_as(t, quo(a, b))
    if isinstance(a, float):
        return wrap_as(t, fdiv(a, b))
    if isinstance(a, complex):
        return wrap_as(t, cdiv(a, b))
    return a / b


def rem_as(t: GoType, a: Any, b: Any) -> Any:
    return rem(a, b)


UNSET: Any = type("Unset", (), {"__repr__": lambda self: "gv.UNSET"})()
"""A struct field left to a zero value that depends on the type arguments."""


def _instance_name(name: str, targs: tuple) -> str:
    """A generic type's instantiation named as Go prints it: main.Pair[string,int]."""
    return f"{name}[{','.join(t.pathname or t.name for t in targs)}]"


def generic_struct(cls: type, name: str, fields_of: Callable[..., list]) -> Callable[..., type]:
    """`cls.of(*targs)`: the class of one instantiation of a generic struct type.

    Each instantiation is a subclass carrying its type arguments in `__targs__` and its own
    GoType (`main.Pair[string,int]`, as Go prints it), made once per argument tuple. It has
    no `__slots__` of its own, so `self.__slots__` still names the fields.
    """
    instances: dict[tuple, type] = {}

    def of(*targs: GoType) -> type:
        sub = instances.get(targs)
        if sub is None:
            sub = instances[targs] = type(cls.__name__, (cls,), {"__targs__": targs})
            gt = GoType(_instance_name(name, targs), "struct", py=sub, zero=sub)
            sub.__gotype__ = gt  # type: ignore[attr-defined]
            gt.fields = fields_of(*targs)  # after caching: a field may name this type
        return sub

    return of


def generic_named(name: str, underlying_of: Callable[..., GoType],
                  methods: dict[str, Callable], ptr: tuple[str, ...] = ()) -> Callable[..., GoType]:
    """The run-time type of each instantiation of a generic non-struct type, made once.

    Its methods take the type arguments before the receiver; the method table binds them.
    """
    instances: dict[tuple, GoType] = {}

    def of(*targs: GoType) -> GoType:
        t = instances.get(targs)
        if t is None:
            bound = {k: functools.partial(f, *targs) for k, f in methods.items()}
            t = instances[targs] = named(_instance_name(name, targs), underlying_of(*targs), bound, ptr)
        return t

    return of


def targs_of(recv: Any, n: int) -> tuple:
    """The type arguments of a generic type's method receiver (unknown for a nil pointer)."""
    return (None,) * n if recv is None else recv.__targs__


def instantiate(fn: Callable, *targs: GoType) -> Callable:
    """A generic function with its type arguments bound, used as a value."""
    return lambda *args: fn(*targs, *args)


def ptr_iface(p: Any, t: GoType) -> Any:
    """A *T converted to an interface: a nil pointer still has its type."""
    return p if p is not None else Box(t, None)


def method(t: GoType, x: Any, name: str) -> Callable:
    """The method `name` of a value of type-parameter type t."""
    m = t.methods.get(name) if t.methods else None
    if m is not None:
        return lambda *args: m(x, *args)
    return getattr(x, name)


def interface_methods(name: str, methods: tuple[str, ...]) -> GoType:
    """An interface type by name and method names (for errors.As targets)."""
    return _cached(("iface_m", name, methods),
                   lambda: GoType(name, "interface", methods={m: None for m in methods}))  # type: ignore[misc]


class AssignCell:
    """A pointer cell for `&v`, v a struct variable: setting copies the fields into v."""

    __slots__ = ("obj",)

    def __init__(self, obj: Any) -> None:
        self.obj = obj

    def get(self) -> Any:
        return self.obj

    def set(self, v: Any) -> None:
        self.obj._assign(unbox(v))


def clear_slice(s: Slice, zero: Callable[[], Any]) -> None:
    """clear(s): every element of s set to its zero value."""
    a = s.a
    for i in range(s.off, s.off + s.len):
        a[i] = zero()
