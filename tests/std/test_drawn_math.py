"""go2py.runtime.std.math and math_bits against the real toolchain on inputs drawn by Hypothesis.

Results are compared as bits. The exact operations (rounding, Sqrt, Frexp, Ldexp, Modf, Mod,
Remainder, FMA, Nextafter, the float32 conversion...) must give Go's bits on every input, NaN
payloads and signed zeros included. The transcendental functions use the platform's libm
where Go has its own code (math.py's docstring): their bits are compared too, and they must
be identical wherever either result is special (NaN with its payload, an infinity, a zero);
elsewhere they may differ in the last bits (``ULPS``). How often they do is in docs/std.md.
math/bits is compared exactly on drawn uint64s. Each example is one Go program over the
batch (drawnhelp.py).
"""

from __future__ import annotations

import math
import pytest
from hypothesis import given, strategies as st

from go2py.runtime.std import math as gm
from go2py.runtime.std import math_bits as bits

from .drawnhelp import DRAWN, compare, f64bits, f64frombits, go_lines, go_program, line, try_

FLOATS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=-10, max_value=10),
    st.floats(min_value=-1e-300, max_value=1e-300),
    st.integers(0, (1 << 64) - 1).map(f64frombits),
    st.integers(-(1 << 54), 1 << 54).map(lambda n: n / 2),
    st.integers(-(10**6), 10**6).map(lambda n: n / 4),
    st.floats(width=32),
    st.sampled_from([0.0, -0.0, 0.5, -0.5, 1.5, 2.5, -2.5, 0.49999999999999994, 4503599627370497.0, 2.0**52, 2.0**53,
                     2.0**63, 1e308, 5e-324, 2.2250738585072014e-308, 3.4028235677973366e38, 3.4028234663852886e38,
                     1.401298464324817e-45, 7.006492321624085e-46, math.pi, -math.pi / 2, 710.0, -745.0]),
)
EXPONENTS = st.one_of(st.integers(-1100, 1100), st.integers(-(1 << 40), 1 << 40), st.integers(-70, 70))


def _b(x: float) -> int:
    return f64bits(x)


def _f32bits(x: float) -> int:
    return gm.Float32bits(x)


# Inputs that once differed, checked in every batch: without the C extension, Sqrt of a
# negative number gave Go's NaN() (0x7ff8000000000001) where Go's Sqrt gives the hardware's
# NaN (0xfff8000000000000; the pure Python Sqrt is compared too, as the extension replaces
# it); Modf(±Inf) gave NaN() for the fraction where Go gives Inf - Inf with Inf's sign; FMA
# of a product that underflows plus a zero gave +0 where Go gives the product's signed zero,
# and FMA of a product past MaxFloat64 plus an infinity gave NaN where Go gives the infinity.
EXACT_REGRESSIONS = [(-1.0, 1.0, 0.0, 0), (-5e-324, 2.0, 1.0, 1), (-math.inf, 0.0, 0.0, 0), (math.inf, 1.0, 0.0, 0),
                     (-2.4342180613119678e-295, 4.0700203352313905e-301, 0.0, 137638), (5e-324, -0.5, -0.0, 0),
                     (1e308, 4503599627370496.0, -math.inf, -220)]


@DRAWN
@given(cases=st.lists(st.tuples(FLOATS, FLOATS, FLOATS, EXPONENTS), min_size=150, max_size=150))
def test_exact_functions(go: str, tmp_path_factory: pytest.TempPathFactory,
                         cases: list[tuple[float, float, float, int]]) -> None:
    cases = EXACT_REGRESSIONS + cases
    rows = ",\n".join(f"\t{{0x{_b(x):016x}, 0x{_b(y):016x}, 0x{_b(z):016x}, {k}}}" for x, y, z, k in cases)
    decls = f"""var cases = []struct {{
\tx, y, z uint64
\tk       int
}}{{
{rows},
}}

func b(x float64) uint64 {{ return math.Float64bits(x) }}
"""
    body = """\tfor _, c := range cases {
\t\tx, y, z := math.Float64frombits(c.x), math.Float64frombits(c.y), math.Float64frombits(c.z)
\t\tfr, ex := math.Frexp(x)
\t\tip, fp := math.Modf(x)
\t\tout(b(math.Abs(x)), b(math.Ceil(x)), b(math.Floor(x)), b(math.Trunc(x)), b(math.Round(x)),
\t\t\tb(math.RoundToEven(x)), b(math.Sqrt(x)), b(math.Logb(x)), math.Ilogb(x), b(fr), ex, b(ip), b(fp),
\t\t\tmath.Signbit(x), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1),
\t\t\tmath.Float32bits(float32(x)), b(float64(float32(x))), b(math.Copysign(x, y)), b(math.Dim(x, y)),
\t\t\tb(math.Max(x, y)), b(math.Min(x, y)), b(math.Mod(x, y)), b(math.Remainder(x, y)), b(math.Nextafter(x, y)),
\t\t\tmath.Float32bits(math.Nextafter32(float32(x), float32(y))), b(math.FMA(x, y, z)), b(math.Ldexp(x, c.k)),
\t\t\tb(math.Pow10(c.k)), b(math.Ldexp(fr, ex)), b(math.Sqrt(x)))
\t}"""
    want = go_lines(go, go_program(["math"], body, decls), tmp_path_factory, "mathexact")

    def got(c: tuple[float, float, float, int]) -> str:
        x, y, z, k = c
        fr, ex = gm.Frexp(x)
        ip, fp = gm.Modf(x)
        f32x, f32y = gm.Float32frombits(_f32bits(x)), gm.Float32frombits(_f32bits(y))
        return line(_b(gm.Abs(x)), _b(gm.Ceil(x)), _b(gm.Floor(x)), _b(gm.Trunc(x)), _b(gm.Round(x)),
                    _b(gm.RoundToEven(x)), _b(gm.Sqrt(x)), _b(gm.Logb(x)), gm.Ilogb(x), _b(fr), ex, _b(ip), _b(fp),
                    gm.Signbit(x), gm.IsNaN(x), gm.IsInf(x, 0), gm.IsInf(x, 1), gm.IsInf(x, -1), _f32bits(x),
                    _b(gm.Float32frombits(_f32bits(x))), _b(gm.Copysign(x, y)), _b(gm.Dim(x, y)), _b(gm.Max(x, y)),
                    _b(gm.Min(x, y)), _b(gm.Mod(x, y)), _b(gm.Remainder(x, y)), _b(gm.Nextafter(x, y)),
                    _f32bits(gm.Nextafter32(f32x, f32y)), _b(gm.FMA(x, y, z)), _b(gm.Ldexp(x, k)), _b(gm.Pow10(k)),
                    _b(gm.Ldexp(fr, ex)), _b(gm.sqrt_py(x)))

    compare(cases, want, got, "exact math")


UNARY = ["Acos", "Acosh", "Asin", "Asinh", "Atan", "Atanh", "Cbrt", "Cos", "Cosh", "Erf", "Erfc", "Erfcinv", "Erfinv",
         "Exp", "Exp2", "Expm1", "Gamma", "J0", "J1", "Log", "Log10", "Log1p", "Log2", "Sin", "Sinh", "Tan", "Tanh",
         "Y0", "Y1"]
BINARY = ["Atan2", "Hypot", "Pow"]
# How far a result may be from Go's, in units in the last place, where it is not special.
# Go's own code (Cephes and FreeBSD algorithms) and libm are each within an ulp or two of the
# true value; the Bessel functions near their zeros and Gamma of large arguments lose more.
ULPS = {"Gamma": 32, "Cbrt": 4, "Erfc": 4, "Erfinv": 4, "Erfcinv": 4, "J0": 1 << 40, "J1": 1 << 40, "Y0": 1 << 40,
        "Y1": 1 << 40, "Pow": 1 << 8, "Cos": 1 << 12, "Sin": 1 << 12, "Tan": 1 << 12, "Sincos": 1 << 12,
        "Log2": 16, "Log10": 4}
# Or how far in absolute terms (relative above 1): Lgamma, whose zeros at 1 and 2 make any
# absolute error a large one in ulps; Pow, whose Go code (Frexp, Exp(yf*Log(x)) and repeated
# squaring) loses thousands of ulps for subnormal and huge bases, where libm's pow does not.
ABS = {"Lgamma": 1e-14, "Pow": 1e-12}


def _ulps_apart(a: float, b: float) -> int:
    """The number of doubles between a and b (both finite, non-zero, same sign)."""
    return abs(f64bits(a) - f64bits(b))


def _special(x: float) -> bool:
    return x != x or math.isinf(x) or x == 0


# Inputs that once differed, checked in every batch: a NaN argument's bits (Go's functions
# each return it as it is, quietened, or Go's NaN(); here they came from libm), J1(-0) (+0 in
# Go), Expm1 from Go's overflow threshold 709.782712893384 (+Inf in Go, MaxFloat64 in libm).
LIBM_REGRESSIONS = [(f64frombits(0x7FF0000000000001), f64frombits(0xFFF8000000000123)),
                    (f64frombits(0xFFF8000000000123), f64frombits(0x7FF4000000000000)),
                    (f64frombits(0x7FF8000000000000), 1.0), (-0.0, math.nan), (709.782712893384, 2.0),
                    (709.7827128933841, -1.0)]


@DRAWN
@given(cases=st.lists(st.tuples(FLOATS, FLOATS), min_size=200, max_size=200))
def test_libm_functions(go: str, tmp_path_factory: pytest.TempPathFactory, cases: list[tuple[float, float]]) -> None:
    cases = LIBM_REGRESSIONS + cases
    rows = ",\n".join(f"\t{{0x{_b(x):016x}, 0x{_b(y):016x}}}" for x, y in cases)
    unary = ", ".join(f"math.{f}" for f in UNARY)
    binary = ", ".join(f"math.{f}" for f in BINARY)
    decls = f"""var cases = []struct{{ x, y uint64 }}{{
{rows},
}}
"""
    body = f"""\tunary := []func(float64) float64{{{unary}}}
\tbinary := []func(float64, float64) float64{{{binary}}}
\tfor _, c := range cases {{
\t\tx, y := math.Float64frombits(c.x), math.Float64frombits(c.y)
\t\tfor _, f := range unary {{
\t\t\tfmt.Fprint(w, math.Float64bits(f(x)), " ")
\t\t}}
\t\tfor _, f := range binary {{
\t\t\tfmt.Fprint(w, math.Float64bits(f(x, y)), " ")
\t\t}}
\t\tlg, sign := math.Lgamma(x)
\t\ts, co := math.Sincos(x)
\t\tout(math.Float64bits(lg), sign, math.Float64bits(s), math.Float64bits(co))
\t}}"""
    want = go_lines(go, go_program(["math"], body, decls), tmp_path_factory, "mathlibm")
    assert len(want) == len(cases)
    names = UNARY + BINARY + ["Lgamma", "Lgamma sign", "Sincos sin", "Sincos cos"]
    wrong = []
    for (x, y), wline in zip(cases, want):
        lg, sign = gm.Lgamma(x)
        s, co = gm.Sincos(x)
        got = ([getattr(gm, f)(x) for f in UNARY] + [getattr(gm, f)(x, y) for f in BINARY] + [lg, sign, s, co])
        for name, g, wv in zip(names, got, map(int, wline.split())):
            if name == "Lgamma sign":
                if g != wv:
                    wrong.append((name, x, wv, g))
                continue
            if f64bits(g) == wv:
                continue
            wf = f64frombits(wv)
            base = name.split()[0]
            tol = ULPS.get(base, 2)
            if _special(wf) or _special(g) or (wf > 0) != (g > 0):
                wrong.append((name, x, y, wf, g))
            elif _ulps_apart(g, wf) > tol and abs(g - wf) > ABS.get(base, 0) * max(1.0, abs(wf)):
                wrong.append((name, x, y, wf, g))
    assert not wrong, f"{len(wrong)} results differ beyond the last bits; first ones:\n" + "\n".join(
        map(repr, wrong[:40]))


@DRAWN
@given(cases=st.lists(st.tuples(st.integers(0, (1 << 64) - 1) | st.integers(0, 300) | st.sampled_from([1 << 63, (1 << 64) - 1]),
                                st.integers(0, (1 << 64) - 1) | st.integers(0, 9), st.integers(0, (1 << 64) - 1) | st.integers(0, 3),
                                st.integers(-200, 200)), min_size=400, max_size=400))
def test_bits(go: str, tmp_path_factory: pytest.TempPathFactory, cases: list[tuple[int, int, int, int]]) -> None:
    rows = ",\n".join(f"\t{{{x}, {y}, {z}, {k}}}" for x, y, z, k in cases)
    decls = f"""var cases = []struct {{
\tx, y, z uint64
\tk       int
}}{{
{rows},
}}
"""
    body = """\tfor _, c := range cases {
\t\tx, y, z, k := c.x, c.y, c.z, c.k
\t\tx32, y32, z32, x16, x8 := uint32(x), uint32(y), uint32(z), uint16(x), uint8(x)
\t\tcarry := z & 1
\t\ts, co := bits.Add64(x, y, carry)
\t\ts32, co32 := bits.Add32(x32, y32, uint32(carry))
\t\td, bo := bits.Sub64(x, y, carry)
\t\td32, bo32 := bits.Sub32(x32, y32, uint32(carry))
\t\thi, lo := bits.Mul64(x, y)
\t\thi32, lo32 := bits.Mul32(x32, y32)
\t\tout(bits.LeadingZeros64(x), bits.LeadingZeros32(x32), bits.LeadingZeros16(x16), bits.LeadingZeros8(x8),
\t\t\tbits.LeadingZeros(uint(x)), bits.TrailingZeros64(x), bits.TrailingZeros32(x32), bits.TrailingZeros16(x16),
\t\t\tbits.TrailingZeros8(x8), bits.TrailingZeros(uint(x)), bits.OnesCount64(x), bits.OnesCount32(x32),
\t\t\tbits.OnesCount16(x16), bits.OnesCount8(x8), bits.OnesCount(uint(x)), bits.RotateLeft64(x, k),
\t\t\tbits.RotateLeft32(x32, k), bits.RotateLeft16(x16, k), bits.RotateLeft8(x8, k), bits.RotateLeft(uint(x), k),
\t\t\tbits.Reverse64(x), bits.Reverse32(x32), bits.Reverse16(x16), bits.Reverse8(x8), bits.Reverse(uint(x)),
\t\t\tbits.ReverseBytes64(x), bits.ReverseBytes32(x32), bits.ReverseBytes16(x16), bits.ReverseBytes(uint(x)),
\t\t\tbits.Len64(x), bits.Len32(x32), bits.Len16(x16), bits.Len8(x8), bits.Len(uint(x)),
\t\t\ts, co, s32, co32, d, bo, d32, bo32, hi, lo, hi32, lo32,
\t\t\ttry(func() string { q, r := bits.Div64(z, y, x); return fmt.Sprint(q, r) }),
\t\t\ttry(func() string { q, r := bits.Div32(z32, y32, x32); return fmt.Sprint(q, r) }),
\t\t\ttry(func() string { return fmt.Sprint(bits.Rem64(z, y, x)) }),
\t\t\ttry(func() string { return fmt.Sprint(bits.Rem32(z32, y32, x32)) }),
\t\t\ttry(func() string { q, r := bits.Div(uint(z), uint(y), uint(x)); return fmt.Sprint(q, r) }))
\t}"""
    want = go_lines(go, go_program(["math/bits"], body, decls), tmp_path_factory, "bits")

    def pair(t: tuple[int, int]) -> str:
        return f"{t[0]} {t[1]}"

    def got(c: tuple[int, int, int, int]) -> str:
        x, y, z, k = c
        x32, y32, z32, x16, x8 = x & 0xFFFFFFFF, y & 0xFFFFFFFF, z & 0xFFFFFFFF, x & 0xFFFF, x & 0xFF
        carry = z & 1
        return line(bits.LeadingZeros64(x), bits.LeadingZeros32(x32), bits.LeadingZeros16(x16),
                    bits.LeadingZeros8(x8), bits.LeadingZeros(x), bits.TrailingZeros64(x), bits.TrailingZeros32(x32),
                    bits.TrailingZeros16(x16), bits.TrailingZeros8(x8), bits.TrailingZeros(x), bits.OnesCount64(x),
                    bits.OnesCount32(x32), bits.OnesCount16(x16), bits.OnesCount8(x8), bits.OnesCount(x),
                    bits.RotateLeft64(x, k), bits.RotateLeft32(x32, k), bits.RotateLeft16(x16, k),
                    bits.RotateLeft8(x8, k), bits.RotateLeft(x, k), bits.Reverse64(x), bits.Reverse32(x32),
                    bits.Reverse16(x16), bits.Reverse8(x8), bits.Reverse(x), bits.ReverseBytes64(x),
                    bits.ReverseBytes32(x32), bits.ReverseBytes16(x16), bits.ReverseBytes(x), bits.Len64(x),
                    bits.Len32(x32), bits.Len16(x16), bits.Len8(x8), bits.Len(x), pair(bits.Add64(x, y, carry)),
                    pair(bits.Add32(x32, y32, carry)), pair(bits.Sub64(x, y, carry)), pair(bits.Sub32(x32, y32, carry)),
                    pair(bits.Mul64(x, y)), pair(bits.Mul32(x32, y32)),
                    try_(lambda: pair(bits.Div64(z, y, x))), try_(lambda: pair(bits.Div32(z32, y32, x32))),
                    try_(lambda: str(bits.Rem64(z, y, x))), try_(lambda: str(bits.Rem32(z32, y32, x32))),
                    try_(lambda: pair(bits.Div(z, y, x))))

    compare(cases, want, got, "math/bits")


