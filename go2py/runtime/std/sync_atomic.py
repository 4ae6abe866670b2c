"""Go's ``sync/atomic`` package.

Function forms take a pointer cell (any object with ``get()`` and ``set(v)``,
see ``go2py.runtime.cell``): ``AddInt64(Cell(x), 1)``.  Typed values
``Int32``, ``Int64``, ``Uint32``, ``Uint64``, ``Uintptr``, ``Bool``, ``Value``
and ``Pointer`` have the Go methods.  Integers wrap around at their width.

All Python code runs on one OS thread and a goroutine only switches when it
blocks or at a preemption point between bytecodes of translated code, never
inside these functions, so each operation is atomic.

The ``And``/``Or`` operations (Go 1.23) return the old value, as in Go.
"""

from __future__ import annotations

from go2py.runtime.panic import GoError as _GoError
from go2py.runtime.panic import GoPanic as _GoPanic

__all__ = [
    "AddInt32", "AddInt64", "AddUint32", "AddUint64", "AddUintptr",
    "LoadInt32", "LoadInt64", "LoadUint32", "LoadUint64", "LoadUintptr", "LoadPointer",
    "StoreInt32", "StoreInt64", "StoreUint32", "StoreUint64", "StoreUintptr", "StorePointer",
    "SwapInt32", "SwapInt64", "SwapUint32", "SwapUint64", "SwapUintptr", "SwapPointer",
    "CompareAndSwapInt32", "CompareAndSwapInt64", "CompareAndSwapUint32",
    "CompareAndSwapUint64", "CompareAndSwapUintptr", "CompareAndSwapPointer",
    "AndInt32", "AndInt64", "AndUint32", "AndUint64", "AndUintptr",
    "OrInt32", "OrInt64", "OrUint32", "OrUint64", "OrUintptr",
    "Int32", "Int64", "Uint32", "Uint64", "Uintptr", "Bool", "Value", "Pointer",
]


def _s32(x):
    x &= 0xFFFFFFFF
    return x - 0x100000000 if x & 0x80000000 else x


def _s64(x):
    x &= 0xFFFFFFFFFFFFFFFF
    return x - 0x10000000000000000 if x & 0x8000000000000000 else x


def _u32(x):
    return x & 0xFFFFFFFF


def _u64(x):
    return x & 0xFFFFFFFFFFFFFFFF


def _make(wrap):
    def add(p, delta):
        v = wrap(p.get() + delta)
        p.set(v)
        return v

    def load(p):
        return p.get()

    def store(p, v):
        p.set(wrap(v))

    def swap(p, new):
        old = p.get()
        p.set(wrap(new))
        return old

    def cas(p, old, new):
        if p.get() == old:
            p.set(wrap(new))
            return True
        return False

    def and_(p, mask):
        old = p.get()
        p.set(wrap(old & mask))
        return old

    def or_(p, mask):
        old = p.get()
        p.set(wrap(old | mask))
        return old

    return add, load, store, swap, cas, and_, or_


(AddInt32, LoadInt32, StoreInt32, SwapInt32, CompareAndSwapInt32, AndInt32, OrInt32) = _make(_s32)
(AddInt64, LoadInt64, StoreInt64, SwapInt64, CompareAndSwapInt64, AndInt64, OrInt64) = _make(_s64)
(AddUint32, LoadUint32, StoreUint32, SwapUint32, CompareAndSwapUint32, AndUint32, OrUint32) = _make(_u32)
(AddUint64, LoadUint64, StoreUint64, SwapUint64, CompareAndSwapUint64, AndUint64, OrUint64) = _make(_u64)
(AddUintptr, LoadUintptr, StoreUintptr, SwapUintptr, CompareAndSwapUintptr, AndUintptr,
 OrUintptr) = _make(_u64)


def LoadPointer(p):
    return p.get()


def StorePointer(p, v):
    p.set(v)


def SwapPointer(p, new):
    old = p.get()
    p.set(new)
    return old


def CompareAndSwapPointer(p, old, new):
    if p.get() is old:
        p.set(new)
        return True
    return False


class _IntBase:
    __slots__ = ("v",)
    _wrap = staticmethod(_s64)

    def __init__(self, v=0):
        self.v = v

    def Load(self):
        return self.v

    def Store(self, val):
        self.v = self._wrap(val)

    def Add(self, delta):
        v = self.v = self._wrap(self.v + delta)
        return v

    def Swap(self, new):
        old = self.v
        self.v = self._wrap(new)
        return old

    def CompareAndSwap(self, old, new) -> bool:
        if self.v == old:
            self.v = self._wrap(new)
            return True
        return False

    def And(self, mask):
        old = self.v
        self.v = self._wrap(old & mask)
        return old

    def Or(self, mask):
        old = self.v
        self.v = self._wrap(old | mask)
        return old

    # pointer-cell protocol, so &x.v style uses work too
    def get(self):
        return self.v

    def set(self, v):
        self.v = v

    def __repr__(self):
        return f"{type(self).__name__}({self.v})"


class Int32(_IntBase):
    __slots__ = ()
    _wrap = staticmethod(_s32)


class Int64(_IntBase):
    __slots__ = ()
    _wrap = staticmethod(_s64)


class Uint32(_IntBase):
    __slots__ = ()
    _wrap = staticmethod(_u32)


class Uint64(_IntBase):
    __slots__ = ()
    _wrap = staticmethod(_u64)


class Uintptr(_IntBase):
    __slots__ = ()
    _wrap = staticmethod(_u64)


class Bool:
    __slots__ = ("v",)

    def __init__(self, v=False):
        self.v = v

    def Load(self) -> bool:
        return self.v

    def Store(self, val: bool):
        self.v = bool(val)

    def Swap(self, new: bool) -> bool:
        old = self.v
        self.v = bool(new)
        return old

    def CompareAndSwap(self, old: bool, new: bool) -> bool:
        if self.v == old:
            self.v = bool(new)
            return True
        return False

    def __repr__(self):
        return f"Bool({self.v})"


def _panic(msg):
    raise _GoPanic(_GoError(msg))


class Value:
    """``atomic.Value``: all stored values must have the same concrete type."""

    __slots__ = ("v", "t")

    def __init__(self):
        self.v = None
        self.t = None

    def Load(self):
        return self.v

    def _check(self, val, what):
        if val is None:
            _panic(f"sync/atomic: {what} of nil value into Value")
        if self.t is not None and type(val) is not self.t:
            _panic(f"sync/atomic: {what} of inconsistently typed value into Value")

    def Store(self, val):
        self._check(val, "store")
        self.t = type(val)
        self.v = val

    def Swap(self, new):
        self._check(new, "swap")
        old = self.v
        self.t = type(new)
        self.v = new
        return old

    def CompareAndSwap(self, old, new) -> bool:
        if old is not None and type(old) is not type(new):
            _panic("sync/atomic: compare and swap of inconsistently typed values")
        self._check(new, "compare and swap")
        if self.v is None and old is not None:
            return False
        if self.v == old or self.v is old:
            self.t = type(new)
            self.v = new
            return True
        return False


class Pointer:
    """``atomic.Pointer[T]``: pointers compare by identity."""

    __slots__ = ("v",)

    def __init__(self):
        self.v = None

    def __class_getitem__(cls, item):
        return cls

    def Load(self):
        return self.v

    def Store(self, val):
        self.v = val

    def Swap(self, new):
        old = self.v
        self.v = new
        return old

    def CompareAndSwap(self, old, new) -> bool:
        if self.v is old:
            self.v = new
            return True
        return False
