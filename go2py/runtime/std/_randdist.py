"""Distributions shared by ``math/rand`` and ``math/rand/v2``: the ziggurat samplers of
``NormFloat64`` and ``ExpFloat64`` and the ``Zipf`` generator, each drawing from its
``Rand`` exactly as Go does, so a seeded source gives Go's values.

The ziggurat tables (Marsaglia and Tsang, "The Ziggurat Method for Generating Random
Variables", 2000: 128 layers for the normal density, 256 for the exponential one) are
computed here from the paper's defining recurrences, in float64, then stored as Go stores
them: the ``k`` thresholds truncated to uint32, the ``w`` and ``f`` columns rounded to
float32. They are built on first use.

The samplers' rare tail and wedge branches and Zipf call Go's ``math.Log`` and
``math.Exp``. ``go_log`` and ``go_exp`` evaluate Go's amd64 algorithms for them operation
for operation (fdlibm's ``e_log.c`` for Log; for Exp, Go's own reduction and Taylor
polynomial, with fused multiply-adds on CPUs with AVX and FMA as Go chooses), so the
samples are Go's bit for bit where the platform's libm differs in the last bit (a few
percent of arguments). The tables are computed with the platform's libm, whose results
the tests hold to Go's tables.
"""

from __future__ import annotations

import math as _m
import os as _os
import struct as _struct
from collections.abc import Callable
from typing import Any

from go2py.runtime.panic import GoPanic
from go2py.runtime.values import f32

# ------------------------------------------------------------------------------ log

# fdlibm's e_log.c: ln2 split in two, and the minimax coefficients Lg1..Lg7 of
# log(1+f) = f - f*f/2 + s*(f*f/2 + R(s*s)), s = f/(2+f).
_LN2_HI = float.fromhex("0x1.62e42fee00000p-1")
_LN2_LO = float.fromhex("0x1.a39ef35793c76p-33")
_LG1 = float.fromhex("0x1.5555555555593p-1")
_LG2 = float.fromhex("0x1.999999997fa04p-2")
_LG3 = float.fromhex("0x1.2492494229359p-2")
_LG4 = float.fromhex("0x1.c71c51d8e78afp-3")
_LG5 = float.fromhex("0x1.7466496cb03dep-3")
_LG6 = float.fromhex("0x1.39a09d078c69fp-3")
_LG7 = float.fromhex("0x1.2f112df3e5244p-3")
_HALF_SQRT2 = float.fromhex("0x1.6a09e667f3bcdp-1")

_PACK = _struct.Struct("<d")
_UPACK = _struct.Struct("<Q")


def go_log(x: float) -> float:
    """Go's ``math.Log`` on amd64, bit for bit."""
    if _m.isnan(x) or x == _m.inf:
        return x
    if x < 0:
        return _m.nan
    if x == 0:
        return -_m.inf
    bits = _UPACK.unpack(_PACK.pack(x))[0]
    # The fraction in [0.5, 1) and the exponent, read from the bits as Go's code reads them
    # (a subnormal is taken as having the smallest normal exponent).
    f1: float = _PACK.unpack(_UPACK.pack((bits & 0xFFFFFFFFFFFFF) | 0x3FE0000000000000))[0]
    k = float(((bits >> 52) & 0x7FF) - 0x3FE)
    if f1 < _HALF_SQRT2:
        f1 *= 2
        k -= 1
    f = f1 - 1
    s = f / (2 + f)
    s2 = s * s
    s4 = s2 * s2
    t1 = s2 * (_LG1 + s4 * (_LG3 + s4 * (_LG5 + s4 * _LG7)))
    t2 = s4 * (_LG2 + s4 * (_LG4 + s4 * _LG6))
    r = t1 + t2
    hfsq = 0.5 * f * f
    return k * _LN2_HI - ((hfsq - (s * (hfsq + r) + k * _LN2_LO)) - f)


# ------------------------------------------------------------------------------ exp

# Go's amd64 Exp: x = k*ln2 + r with k = x*log2(e) rounded to an int32 and ln2 split in two,
# then e**(r/16) by its Taylor polynomial of degree 8, squared four times as y*(y+2), and
# scaled by 2**k. On a CPU with AVX and FMA (as Go detects them) the reduction, the
# polynomial and the last step are fused multiply-adds, so the results depend on the CPU.
_LOG2E = float.fromhex("0x1.71547652b82fep+0")
_LN2_U = float.fromhex("0x1.62e42fefa3000p-1")
_LN2_L = float.fromhex("0x1.3de6af278ece6p-42")
_EXP_OVERFLOW = 7.09782712893384e02
_TAYLOR = (1 / 40320, 1 / 5040, 1 / 720, 1 / 120, 1 / 24, 1 / 6, 0.5, 1.0)


def _fma(a: float, b: float, c: float) -> float:
    """a*b + c rounded once (the operands are finite and the result is not zero here)."""
    na, da = a.as_integer_ratio()
    nb, db = b.as_integer_ratio()
    nc, dc = c.as_integer_ratio()
    d = da * db
    if dc > d:
        num, den = na * nb * (dc // d) + nc, dc
    else:
        num, den = na * nb + nc * (d // dc), d
    return num / den


def _cpu_has_fma() -> bool:
    debug = _os.environ.get("GODEBUG", "")
    if any(opt in debug.split(",") for opt in ("cpu.fma=off", "cpu.avx=off", "cpu.all=off")):
        return False
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as f:
            for line in f:
                if line.startswith("flags"):
                    flags = line.split()
                    return "avx" in flags and "fma" in flags
    except OSError:
        pass
    return False


_use_fma: bool | None = None


def go_exp(x: float) -> float:
    """Go's ``math.Exp`` on amd64, bit for bit."""
    global _use_fma
    if not _m.isfinite(x):
        return 0.0 if x == -_m.inf else x
    if x > _EXP_OVERFLOW:
        return _m.inf
    t = x * _LOG2E
    k = round(t) if -2147483648.5 < t < 2147483647.5 else -(1 << 31)
    e = k + 0x3FF
    if e >= 0x7FF:
        return _m.inf
    if e < -52:
        return 0.0
    kf = float(k)
    if _use_fma is None:
        _use_fma = _cpu_has_fma()
    if _use_fma:
        r = _fma(-kf, _LN2_L, _fma(-kf, _LN2_U, x)) * 0.0625
        p = _TAYLOR[0]
        for c in _TAYLOR[1:]:
            p = _fma(p, r, c)
        y = r * p
        for _ in range(3):
            y = y * (y + 2.0)
        y = _fma(y, y + 2.0, 1.0)
    else:
        r = ((x - kf * _LN2_U) - kf * _LN2_L) * 0.0625
        p = _TAYLOR[0]
        for c in _TAYLOR[1:]:
            p = p * r + c
        y = r * p
        for _ in range(4):
            y = y * (2.0 + y)
        y += 1.0
    if e <= 0:
        y *= _PACK.unpack(_UPACK.pack((e + 0x3FE) << 52))[0]
        e = 1
    return y * _PACK.unpack(_UPACK.pack(e << 52))[0]


# ------------------------------------------------------------------------ ziggurat

# The paper's constants: the rightmost layer's edge and the common layer area.
_RN = 3.442619855899
_VN = 9.91256303526217e-3
_RE = 7.69711747013104972
_VE = 3.949659822581572e-3
# Go's `1.0 / rn` is constant arithmetic, rounded once (as int / int is in Python).
_INV_RN = 10**12 / 3442619855899

_norm: tuple[list[int], list[float], list[float]] | None = None
_exp: tuple[list[int], list[float], list[float]] | None = None


def normal_tables() -> tuple[list[int], list[float], list[float]]:
    """(kn, wn, fn) of the 128-layer normal ziggurat."""
    global _norm
    if _norm is None:
        m1 = 2147483648.0
        dn = tn = _RN
        kn = [0] * 128
        wn = [0.0] * 128
        fn = [0.0] * 128
        q = _VN / _m.exp(-0.5 * dn * dn)
        kn[0] = int((dn / q) * m1)
        wn[0] = q / m1
        wn[127] = dn / m1
        fn[0] = 1.0
        fn[127] = _m.exp(-0.5 * dn * dn)
        for i in range(126, 0, -1):
            dn = _m.sqrt(-2 * _m.log(_VN / dn + _m.exp(-0.5 * dn * dn)))
            kn[i + 1] = int((dn / tn) * m1)
            tn = dn
            fn[i] = _m.exp(-0.5 * dn * dn)
            wn[i] = dn / m1
        _norm = (kn, [f32(w) for w in wn], [f32(f) for f in fn])
    return _norm


def exp_tables() -> tuple[list[int], list[float], list[float]]:
    """(ke, we, fe) of the 256-layer exponential ziggurat."""
    global _exp
    if _exp is None:
        m2 = 4294967296.0
        de = te = 7.697117470131487
        ke = [0] * 256
        we = [0.0] * 256
        fe = [0.0] * 256
        q = _VE / _m.exp(-de)
        ke[0] = int((de / q) * m2)
        we[0] = q / m2
        we[255] = de / m2
        fe[0] = 1.0
        fe[255] = _m.exp(-de)
        for i in range(254, 0, -1):
            de = -_m.log(_VE / de + _m.exp(-de))
            ke[i + 1] = int((de / te) * m2)
            te = de
            fe[i] = _m.exp(-de)
            we[i] = de / m2
        _exp = (ke, [f32(w) for w in we], [f32(f) for f in fe])
    return _exp


def norm_float64(draw: Callable[[], tuple[int, int]], float64: Callable[[], float]) -> float:
    """A standard normal value. ``draw()`` gives Go's (j, i): a signed 32-bit value and the
    layer index, taken from one draw of the generator as v1 or v2 takes them."""
    kn, wn, fn = normal_tables()
    while True:
        j, i = draw()
        x = j * wn[i]
        if abs(j) < kn[i]:
            return x
        if i == 0:
            while True:
                x = -go_log(float64()) * _INV_RN
                y = -go_log(float64())
                if y + y >= x * x:
                    break
            if j > 0:
                return _RN + x
            return -_RN - x
        if f32(fn[i] + f32(f32(float64()) * f32(fn[i - 1] - fn[i]))) < f32(go_exp(-0.5 * x * x)):
            return x


def exp_float64(draw: Callable[[], tuple[int, int]], float64: Callable[[], float]) -> float:
    """An exponential value of rate 1. ``draw()`` gives Go's (j, i): an unsigned 32-bit
    value and the layer index."""
    ke, we, fe = exp_tables()
    while True:
        j, i = draw()
        x = j * we[i]
        if j < ke[i]:
            return x
        if i == 0:
            return _RE - go_log(float64())
        if f32(fe[i] + f32(f32(float64()) * f32(fe[i - 1] - fe[i]))) < f32(go_exp(-x)):
            return x


# ---------------------------------------------------------------------------- Zipf


class Zipf:
    """``*rand.Zipf``: Zipf-distributed values by rejection-inversion (Hörmann and
    Derflinger), drawing ``Float64`` from its ``Rand``."""

    __goname__ = "*rand.Zipf"
    __gonil__ = True  # Uint64 takes a nil receiver, to panic with Go's message
    __slots__ = ("hx0minusHxm", "hxm", "imax", "oneminusQ", "oneminusQinv", "q", "r", "s", "v")

    def __init__(self, r: Any, s: float, v: float, imax: int) -> None:
        self.r = r
        self.imax = float(imax)
        self.v = v
        self.q = s
        self.oneminusQ = 1.0 - s
        self.oneminusQinv = 1.0 / self.oneminusQ
        self.hxm = self._h(self.imax + 0.5)
        self.hx0minusHxm = self._h(0.5) - go_exp(go_log(v) * (-s)) - self.hxm
        self.s = 1 - self._hinv(self._h(1.5) - go_exp(-s * go_log(v + 1.0)))

    def _h(self, x: float) -> float:
        return go_exp(self.oneminusQ * go_log(self.v + x)) * self.oneminusQinv

    def _hinv(self, x: float) -> float:
        return go_exp(self.oneminusQinv * go_log(self.oneminusQ * x)) - self.v

    def Uint64(self) -> int:
        if self is None:
            raise GoPanic("rand: nil Zipf")
        while True:
            r = self.r.Float64()
            ur = self.hxm + r * self.hx0minusHxm
            x = self._hinv(ur)
            k = _m.floor(x + 0.5) if _m.isfinite(x) else x + 0.5
            if k - x <= self.s:
                break
            if ur >= self._h(k + 0.5) - go_exp(-go_log(k + self.v) * self.q):
                break
        return _float_to_uint64(k)


def _float_to_uint64(k: float) -> int:
    """uint64(k) for a whole k (an infinity or NaN gives 1<<63, as on amd64)."""
    if not _m.isfinite(k):
        return 1 << 63
    return int(k) & 0xFFFFFFFFFFFFFFFF


def new_zipf(r: Any, s: float, v: float, imax: int) -> Zipf | None:
    """``NewZipf``: nil unless s > 1 and v >= 1."""
    if s <= 1.0 or v < 1:
        return None
    return Zipf(r, s, v, imax)
