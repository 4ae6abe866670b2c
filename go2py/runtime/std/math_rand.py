"""Go's ``math/rand``: ``Rand`` over a ``Source``, the seeded source of ``NewSource``
(Go's exact sequence for every seed), ``Zipf``, and the top-level functions.

``NewSource`` is Go's additive lagged Fibonacci generator, x[n] = x[n-607] + x[n-273]
mod 2**64, whose seeding XORs a seed-derived vector into a fixed 607-word vector Go ships
precomputed: the state of the same generator, seeded with 1 by a variant of the seeding,
after 7.8e12 steps. ``_cooked`` computes that state here on the first ``NewSource``: the
recurrence is linear, so the state after N steps follows from x**N modulo the
characteristic polynomial x**607 - x**334 - 1 (square and multiply, each product one big
integer multiplication of the packed coefficients), then one more product reads all 607
words off the first 1,213 terms of the sequence.

The top-level functions draw, as Go's do since Go 1.20, from a generator seeded randomly
at start-up. ``Seed`` is a no-op as in Go 1.24 and later, unless ``GODEBUG`` has
``randseednop=0``; then, as ``randautoseed=0`` does from the start, it switches them to a
seeded source.
"""

from __future__ import annotations

import os as _os
import random as _random
from collections.abc import Callable
from typing import Any

from go2py.runtime.panic import GoPanic, RuntimeError_
from go2py.runtime.std import _randdist
from go2py.runtime.std._randdist import Zipf
from go2py.runtime.values import Slice, f32, implements

_M64 = (1 << 64) - 1
_M63 = (1 << 63) - 1
_M32 = (1 << 32) - 1
_LEN = 607
_TAP = 273
_INT32MAX = (1 << 31) - 1

# ------------------------------------------------------------------ the cooked vector

_COOKED_STEPS = 7_800_000_000_000
# Polynomials modulo x**607 - x**334 - 1 with coefficients mod 2**64 are packed into one
# integer, a slot of _W bits per coefficient: a product's coefficients (sums of at most 607
# products of 64-bit words) and the three folding passes of _fold stay below 2**143.
_W = 144
_LOW = (1 << (_W * _LEN)) - 1
_WORDS = _M64 * (_LOW // ((1 << _W) - 1))  # the low 64 bits of every slot


def _seedrand(x: int) -> int:
    """x*48271 mod 2**31-1, the generator that expands a seed (Schrage's form in Go)."""
    return x * 48271 % _INT32MAX


def _fold(p: int) -> int:
    """p modulo x**607 - x**334 - 1 (x**607 = x**334 + 1), each coefficient mod 2**64."""
    while p >> (_W * _LEN):
        hi = p >> (_W * _LEN)
        p = (p & _LOW) + hi + (hi << (_W * (_LEN - _TAP)))
    return p & _WORDS


def _x_power(n: int) -> int:
    r = 1
    for bit in bin(n)[2:]:
        r = _fold(r * r)
        if bit == "1":
            r = _fold(r << _W)
    return r


def _pack(c: list[int]) -> int:
    p = 0
    for v in reversed(c):
        p = (p << _W) | v
    return p


def _compute_cooked() -> list[int]:
    # The starting vector: seed 1 expanded as Go's table generator expands it.
    x = 1
    vec = [0] * _LEN
    for i in range(-20, _LEN):
        x = _seedrand(x)
        if i >= 0:
            u = x << 20
            x = _seedrand(x)
            u ^= x << 10
            x = _seedrand(x)
            vec[i] = u ^ x
    # Step t (from 1) adds the word at slot -t into slot 334-t (mod 607), so its result is
    # z[t] = z[t-607] + z[t-273] where z[j], -606 <= j <= 0, is the initial slot (-273-j).
    z = [vec[(-_TAP - j) % _LEN] for j in range(-(_LEN - 1), 1)]
    for _ in range(_LEN - 1):
        z.append((z[-_LEN] + z[-_TAP]) & _M64)
    # x**N = sum a[i] x**i (mod the polynomial) gives z[N+j-606] = sum a[i] z[j-606+i]:
    # a correlation, read off one product with a reversed.
    a = _x_power(_COOKED_STEPS)
    rev = _pack([(a >> (_W * i)) & _M64 for i in range(_LEN)][::-1])
    prod = (rev * _pack(z)) >> (_W * (_LEN - 1))
    out = [0] * _LEN
    t = _COOKED_STEPS - (_LEN - 1)
    for j in range(_LEN):
        out[(_LEN - _TAP - t - j) % _LEN] = (prod >> (_W * j)) & _M64
    return out


_cooked_table: list[int] | None = None


def _cooked() -> list[int]:
    global _cooked_table
    if _cooked_table is None:
        _cooked_table = _compute_cooked()
    return _cooked_table


# ------------------------------------------------------------------------ the source


class rngSource:
    """The Source of ``NewSource`` (Go's ``*rngSource``); also a Source64."""

    __goname__ = "*rand.rngSource"
    __slots__ = ("feed", "tap", "vec")

    def __init__(self) -> None:
        self.tap = 0
        self.feed = 0
        self.vec: list[int] = []

    def Seed(self, seed: int) -> None:
        self.tap = 0
        self.feed = _LEN - _TAP
        seed %= _INT32MAX  # Python's modulo is already non-negative
        if seed == 0:
            seed = 89482311
        cooked = _cooked()
        x = seed
        vec = [0] * _LEN
        for i in range(-20, _LEN):
            x = _seedrand(x)
            if i >= 0:
                u = x << 40
                x = _seedrand(x)
                u ^= x << 20
                x = _seedrand(x)
                vec[i] = u ^ x ^ cooked[i]
        self.vec = vec

    def Uint64(self) -> int:
        tap = self.tap - 1
        if tap < 0:
            tap += _LEN
        feed = self.feed - 1
        if feed < 0:
            feed += _LEN
        self.tap = tap
        self.feed = feed
        vec = self.vec
        x = (vec[feed] + vec[tap]) & _M64
        vec[feed] = x
        return x

    def Int63(self) -> int:
        return self.Uint64() & _M63



def NewSource(seed: int) -> rngSource:
    src = rngSource()
    src.Seed(seed)
    return src


# -------------------------------------------------------------------------- Rand


def _i32(v: int) -> int:
    v &= _M32
    return v - (1 << 32) if v >> 31 else v


def _i64(v: int) -> int:
    v &= _M64
    return v - (1 << 64) if v >> 63 else v


def _trunc_rem(v: int, n: int) -> int:
    """Go's v % n (n > 0): the sign of v."""
    return v % n if v >= 0 else -(-v % n)


def _panic(msg: str) -> GoPanic:
    return GoPanic(msg)  # Go panics with the string itself


class Rand:
    """``*rand.Rand``: Go's derivation of every result from its Source's Int63 (and
    Uint64 when the Source is a Source64)."""

    __goname__ = "*rand.Rand"
    __slots__ = ("readPos", "readVal", "s64", "src")

    def __init__(self, src: Any = None) -> None:
        self.src = src
        self.s64 = src if implements(src, ("Uint64",)) else None
        self.readVal = 0
        self.readPos = 0

    def Seed(self, seed: int) -> None:
        self.src.Seed(seed)
        self.readPos = 0

    def Int63(self) -> int:
        return self.src.Int63()

    def Uint32(self) -> int:
        return (self.src.Int63() >> 31) & _M32

    def Uint64(self) -> int:
        if self.s64 is not None:
            return self.s64.Uint64()
        lo = (self.src.Int63() & _M64) >> 31
        return (lo | (self.src.Int63() << 32)) & _M64

    def Int31(self) -> int:
        return _i32(self.src.Int63() >> 32)

    def Int(self) -> int:
        return self.src.Int63() & _M63

    def Int63n(self, n: int) -> int:
        if n <= 0:
            raise _panic("invalid argument to Int63n")
        if n & (n - 1) == 0:
            return self.src.Int63() & (n - 1)
        max_ = _M63 - (1 << 63) % n
        v = self.src.Int63()
        while v > max_:
            v = self.src.Int63()
        return _trunc_rem(v, n)

    def Int31n(self, n: int) -> int:
        if n <= 0:
            raise _panic("invalid argument to Int31n")
        if n & (n - 1) == 0:
            return self.Int31() & (n - 1)
        max_ = _INT32MAX - (1 << 31) % n
        v = self.Int31()
        while v > max_:
            v = self.Int31()
        return _trunc_rem(v, n)

    def _int31n(self, n: int) -> int:
        # Lemire's multiply-shift with rejection, which Shuffle uses (not Int31n's modulo).
        prod = self.Uint32() * n
        low = prod & _M32
        if low < n:
            thresh = (-n & _M32) % n
            while low < thresh:
                prod = self.Uint32() * n
                low = prod & _M32
        return prod >> 32

    def Intn(self, n: int) -> int:
        if n <= 0:
            raise _panic("invalid argument to Intn")
        if n <= _INT32MAX:
            return self.Int31n(n)
        return self.Int63n(n)

    def Float64(self) -> float:
        while True:
            f = self.src.Int63() / 9223372036854775808.0
            if f != 1:
                return f

    def Float32(self) -> float:
        while True:
            f = f32(self.Float64())
            if f != 1:
                return f

    def Perm(self, n: int) -> Slice:
        if n < 0:
            raise GoPanic(RuntimeError_("makeslice: len out of range"))
        m = [0] * n
        for i in range(n):
            j = self.Intn(i + 1)
            if j < 0:  # only from a Source giving negative values
                raise GoPanic(RuntimeError_(f"index out of range [{j}]"))
            m[i] = m[j]
            m[j] = i
        return Slice(m)

    def Shuffle(self, n: int, swap: Callable[[int, int], None]) -> None:
        if n < 0:
            raise _panic("invalid argument to Shuffle")
        i = n - 1
        while i > _INT32MAX - 1:
            swap(i, self.Int63n(i + 1))
            i -= 1
        while i > 0:
            swap(i, self._int31n(i + 1))
            i -= 1

    def Read(self, p: Slice) -> tuple[int, Any]:
        pos = self.readPos
        val = self.readVal
        n = len(p)
        a, off = p.a, p.off
        for k in range(n):
            if pos == 0:
                val = self.src.Int63()
                pos = 7
            a[off + k] = val & 0xFF
            val >>= 8
            pos -= 1
        self.readPos = pos
        self.readVal = val
        return n, None

    def NormFloat64(self) -> float:
        def draw() -> tuple[int, int]:
            j = _i32(self.Uint32())
            return j, j & 0x7F

        return _randdist.norm_float64(draw, self.Float64)

    def ExpFloat64(self) -> float:
        def draw() -> tuple[int, int]:
            j = self.Uint32()
            return j, j & 0xFF

        return _randdist.exp_float64(draw, self.Float64)


def New(src: Any) -> Rand:
    return Rand(src)


def NewZipf(r: Rand, s: float, v: float, imax: int) -> Zipf | None:
    return _randdist.new_zipf(r, s, v, imax)


# ---------------------------------------------------------------- top-level functions


class runtimeSource:
    """The unseeded top-level generator (Go uses the runtime's random generator):
    random 64-bit words from a generator seeded from the operating system."""

    __goname__ = "*rand.runtimeSource"
    __slots__ = ("_bits",)

    def __init__(self) -> None:
        self._bits = _random.Random(_os.urandom(32)).getrandbits

    def Uint64(self) -> int:
        return self._bits(64)

    def Int63(self) -> int:
        return self._bits(63)

    def Seed(self, seed: int) -> None:
        raise _panic("internal error: call to runtimeSource.Seed")


def _godebug(key: str) -> str:
    value = ""
    for item in _os.environ.get("GODEBUG", "").split(","):
        k, eq, v = item.strip().partition("=")
        if eq and k == key:
            value = v
    return value


_global: Rand | None = None


def _global_rand() -> Rand:
    global _global
    if _global is None:
        if _godebug("randautoseed") == "0":
            _global = Rand(NewSource(1))
        else:
            _global = Rand(runtimeSource())
    return _global


def Seed(seed: int) -> None:
    global _global
    if _godebug("randseednop") != "0":
        return
    if _global is not None and isinstance(_global.src, rngSource):
        _global.Seed(seed)
        return
    _global = Rand(NewSource(seed))


def Int63() -> int:
    return _global_rand().Int63()


def Uint32() -> int:
    return _global_rand().Uint32()


def Uint64() -> int:
    return _global_rand().Uint64()


def Int31() -> int:
    return _global_rand().Int31()


def Int() -> int:
    return _global_rand().Int()


def Int63n(n: int) -> int:
    return _global_rand().Int63n(n)


def Int31n(n: int) -> int:
    return _global_rand().Int31n(n)


def Intn(n: int) -> int:
    return _global_rand().Intn(n)


def Float64() -> float:
    return _global_rand().Float64()


def Float32() -> float:
    return _global_rand().Float32()


def Perm(n: int) -> Slice:
    return _global_rand().Perm(n)


def Shuffle(n: int, swap: Callable[[int, int], None]) -> None:
    _global_rand().Shuffle(n, swap)


def Read(p: Slice) -> tuple[int, Any]:
    return _global_rand().Read(p)


def NormFloat64() -> float:
    return _global_rand().NormFloat64()


def ExpFloat64() -> float:
    return _global_rand().ExpFloat64()
