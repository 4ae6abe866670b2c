"""Go's ``math/rand/v2``: ``Rand`` over a ``Source``, the ``PCG`` source (a seeded PCG
yields Go's sequence: the 128-bit LCG of the PCG family with the DXSM output function),
the ``ChaCha8`` source (Go's generator, in ``_chacha8``), and the top-level functions, which, as in Go, draw from a randomly seeded generator.

``NormFloat64``, ``ExpFloat64`` and ``Zipf`` are Go's algorithms, shared with ``math/rand``
(``_randdist``), so they too give Go's values for a seeded source."""

from __future__ import annotations

import os as _os
from typing import Any, Callable

from go2py.runtime.panic import GoError, GoPanic, RuntimeError_
from go2py.runtime.std import _chacha8, _randdist
from go2py.runtime.std._randdist import Zipf
from go2py.runtime.values import Slice

_M64 = (1 << 64) - 1

# The PCG family's 128-bit multiplier and increment, and the DXSM multiplier.
_MUL = 0x2360ED051FC65DA44385DF649FCCF645
_INC = 0x5851F42D4C957F2D14057B7EF767814F
_CHEAP_MUL = 0xDA942042E4DD58B5


def _panic(msg: str) -> GoPanic:
    return GoPanic(msg)  # Go panics with the string itself, not an error


class PCG:
    """``*rand.PCG``: 128 bits of state, advanced as state*mul + inc."""

    __slots__ = ("hi", "lo")

    def __init__(self, hi: int = 0, lo: int = 0) -> None:
        self.hi = hi
        self.lo = lo

    def Seed(self, seed1: int, seed2: int) -> None:
        self.hi, self.lo = seed1 & _M64, seed2 & _M64

    def Uint64(self) -> int:
        state = (((self.hi << 64) | self.lo) * _MUL + _INC) & ((1 << 128) - 1)
        hi, lo = state >> 64, state & _M64
        self.hi, self.lo = hi, lo
        hi ^= hi >> 32
        hi = (hi * _CHEAP_MUL) & _M64
        hi ^= hi >> 48
        return (hi * (lo | 1)) & _M64

    def MarshalBinary(self):
        return self.AppendBinary(Slice([]))

    def AppendBinary(self, b):
        from go2py.runtime.values import append

        data = b"pcg:" + self.hi.to_bytes(8, "big") + self.lo.to_bytes(8, "big")
        return append(b, *data), None

    def UnmarshalBinary(self, data) -> Any:
        raw = bytes(data)
        if len(raw) != 20 or raw[:4] != b"pcg:":
            return GoError("invalid PCG encoding")
        self.hi = int.from_bytes(raw[4:12], "big")
        self.lo = int.from_bytes(raw[12:20], "big")
        return None


def NewPCG(seed1: int, seed2: int) -> PCG:
    return PCG(seed1 & _M64, seed2 & _M64)


class ChaCha8:
    """``*rand.ChaCha8``; ``Read`` keeps the unread bytes of its last value as Go does."""

    __slots__ = ("read_buf", "read_len", "state")

    def __init__(self) -> None:
        self.state = _chacha8.State()
        self.read_buf = bytes(8)
        self.read_len = 0  # the last read_len bytes of read_buf are still to be read

    def Seed(self, seed: list[int]) -> None:
        self.state.init_bytes(bytes(seed))
        self.read_len = 0
        self.read_buf = bytes(8)

    def Uint64(self) -> int:
        return self.state.uint64()

    def Read(self, p: Slice) -> tuple[int, Any]:
        a, off, left = p.a, p.off, p.len
        out = bytearray()
        if self.read_len:
            out += self.read_buf[8 - self.read_len :][:left]
            self.read_len -= len(out)
        while left - len(out) >= 8:
            out += self.state.uint64().to_bytes(8, "little")
        rest = left - len(out)
        if rest:
            self.read_buf = self.state.uint64().to_bytes(8, "little")
            out += self.read_buf[:rest]
            self.read_len = 8 - rest
        a[off : off + left] = out
        return left, None

    def AppendBinary(self, b: Slice) -> tuple[Slice, Any]:
        from go2py.runtime.values import append

        data = b""
        if self.read_len:
            data = b"readbuf:" + bytes([self.read_len]) + self.read_buf[8 - self.read_len :]
        return append(b, *(data + self.state.marshal())), None

    def MarshalBinary(self) -> tuple[Slice, Any]:
        from go2py.runtime.values import make_slice

        return self.AppendBinary(make_slice(0, 64, 0))

    def UnmarshalBinary(self, data: Slice) -> Any:
        raw = bytes(data)
        if raw[:8] == b"readbuf:":
            raw = raw[8:]
            if not raw or len(raw) < 1 + raw[0]:
                return GoError("invalid ChaCha8 Read buffer encoding")
            buf, raw = raw[1 : 1 + raw[0]], raw[1 + raw[0] :]
            # Go copies the saved bytes to the end of its 8-byte buffer, at most 8 of them.
            buf = buf[-8:] if len(buf) > 8 else buf
            self.read_buf = self.read_buf[: 8 - len(buf)] + buf
            self.read_len = len(buf)
        if not self.state.unmarshal(raw):
            return GoError("invalid ChaCha8 encoding")
        return None


def NewChaCha8(seed: list[int]) -> ChaCha8:
    c = ChaCha8()
    c.state.init_bytes(bytes(seed))
    return c


class Rand:
    """``*rand.Rand``: Go's derivations of every result from the source's Uint64."""

    __slots__ = ("src",)

    def __init__(self, src: Any = None) -> None:
        self.src = src

    def Uint64(self) -> int:
        return self.src.Uint64()

    def Int64(self) -> int:
        return self.src.Uint64() & ~(1 << 63) & _M64

    def Uint32(self) -> int:
        return self.src.Uint64() >> 32

    def Int32(self) -> int:
        return self.src.Uint64() >> 33

    def Int(self) -> int:
        return self.src.Uint64() & ((1 << 63) - 1)

    def Uint(self) -> int:
        return self.src.Uint64()

    def _uint64n(self, n: int) -> int:
        if n & (n - 1) == 0:
            return self.src.Uint64() & (n - 1)
        prod = self.src.Uint64() * n
        hi, lo = prod >> 64, prod & _M64
        if lo < n:
            thresh = (-n & _M64) % n
            while lo < thresh:
                prod = self.src.Uint64() * n
                hi, lo = prod >> 64, prod & _M64
        return hi

    def Int64N(self, n: int) -> int:
        if n <= 0:
            raise _panic("invalid argument to Int64N")
        return self._uint64n(n)

    def Uint64N(self, n: int) -> int:
        if n == 0:
            raise _panic("invalid argument to Uint64N")
        return self._uint64n(n)

    def Int32N(self, n: int) -> int:
        if n <= 0:
            raise _panic("invalid argument to Int32N")
        return self._uint64n(n)

    def Uint32N(self, n: int) -> int:
        if n == 0:
            raise _panic("invalid argument to Uint32N")
        return self._uint64n(n)

    def IntN(self, n: int) -> int:
        if n <= 0:
            raise _panic("invalid argument to IntN")
        return self._uint64n(n)

    def UintN(self, n: int) -> int:
        if n == 0:
            raise _panic("invalid argument to UintN")
        return self._uint64n(n)

    def N(self, n: int) -> int:
        if n <= 0:
            raise _panic("invalid argument to N")
        return self._uint64n(n)

    def Float64(self) -> float:
        return (self.src.Uint64() & ((1 << 53) - 1)) / (1 << 53)

    def Float32(self) -> float:
        return (self.Uint32() & ((1 << 24) - 1)) / (1 << 24)

    def Shuffle(self, n: int, swap: Callable[[int, int], None]) -> None:
        if n < 0:
            raise _panic("invalid argument to Shuffle")
        for i in range(n - 1, 0, -1):
            swap(i, self._uint64n(i + 1))

    def Perm(self, n: int) -> Slice:
        if n < 0:  # Go's make fails before Shuffle could reject n
            raise GoPanic(RuntimeError_("makeslice: len out of range"))
        p = list(range(n))

        def swap(i: int, j: int) -> None:
            p[i], p[j] = p[j], p[i]

        self.Shuffle(n, swap)
        return Slice(p)

    def NormFloat64(self) -> float:
        def draw() -> tuple[int, int]:
            u = self.src.Uint64()
            j = u & 0xFFFFFFFF
            return (j - (1 << 32) if j >> 31 else j), (u >> 32) & 0x7F

        return _randdist.norm_float64(draw, self.Float64)

    def ExpFloat64(self) -> float:
        def draw() -> tuple[int, int]:
            u = self.src.Uint64()
            return u & 0xFFFFFFFF, (u >> 32) & 0xFF

        return _randdist.exp_float64(draw, self.Float64)


def New(src: Any) -> Rand:
    return Rand(src)


def NewZipf(r: Rand, s: float, v: float, imax: int) -> Zipf | None:
    return _randdist.new_zipf(r, s, v, imax)


# The top-level functions: a PCG seeded from the operating system, as random as Go's.
_global = Rand(PCG(int.from_bytes(_os.urandom(8), "big"), int.from_bytes(_os.urandom(8), "big")))

Int = _global.Int
Int32 = _global.Int32
Int64 = _global.Int64
Uint = _global.Uint
Uint32 = _global.Uint32
Uint64 = _global.Uint64
IntN = _global.IntN
Int32N = _global.Int32N
Int64N = _global.Int64N
UintN = _global.UintN
Uint32N = _global.Uint32N
Uint64N = _global.Uint64N
N = _global.N
Float32 = _global.Float32
Float64 = _global.Float64
Perm = _global.Perm
Shuffle = _global.Shuffle
NormFloat64 = _global.NormFloat64
ExpFloat64 = _global.ExpFloat64
