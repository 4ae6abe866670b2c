"""go2py.runtime.std.math and math_bits against the real Go toolchain.

Exact operations must give Go's bits; transcendental functions (Go has its
own implementations, Python uses the C library) must agree within a few ulps,
and exactly on every special case (NaN, ±Inf, ±0 results).
"""

from __future__ import annotations

import math
import random
import struct

import pytest

from go2py.runtime.panic import GoPanic
from go2py.runtime.std import math as gm
from go2py.runtime.std import math_bits as bits

from .gohelp import run_go

SEED = 777


def b64(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def fb64(b: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def f32(x: float) -> float:
    return struct.unpack("<f", struct.pack("<f", x))[0]


def gen_inputs(rng: random.Random) -> list[float]:
    xs = [
        0.0,
        -0.0,
        math.inf,
        -math.inf,
        math.nan,
        1.0,
        -1.0,
        0.5,
        -0.5,
        2.0,
        -2.0,
        1e-300,
        -1e-300,
        5e-324,
        -5e-324,
        1e300,
        -1e300,
        1.7976931348623157e308,
        0.1,
        3.0,
        -3.0,
        100.0,
        -100.0,
        709.7,
        710.0,
        -745.0,
        -746.0,
        1e-10,
        math.pi,
        math.pi / 2,
        -math.pi / 2,
        1.5,
        2.5,
        -2.5,
        3.5,
        -3.5,
        0.49999999999999994,
        -0.49999999999999994,
        4503599627370497.0,
        -4503599627370497.0,
        1e15 + 0.5,
        20.0,
        40.0,
        170.5,
        171.7,
        172.0,
        200.0,
        -170.5,
        -171.5,
        -200.5,
        -0.1,
        1 - 2**-53,
        1 + 2**-52,
        -1 + 2**-53,
        0.9999999,
        -0.9999999,
        2**63,
        -(2**63),
        2**64,
        1023.9,
        1024.0,
        -1074.0,
        -1075.0,
        -1022.5,
        2.2250738585072014e-308,
        1e-320,
        7.0,
        0.75,
        1e22,
        1e23,
        -7.5,
        33.5,
        -33.5,
        50.0,
        0.3,
    ]
    for _ in range(120):
        xs.append(rng.uniform(-10, 10))
    for _ in range(120):
        xs.append(rng.choice([-1, 1]) * 10 ** rng.uniform(-320, 308))
    for _ in range(60):
        xs.append(rng.uniform(-1, 1))
    for _ in range(40):
        while True:
            x = fb64(rng.getrandbits(64))
            if not math.isnan(x):
                break
        xs.append(x)
    for _ in range(40):
        xs.append(rng.uniform(-200, 200))
    return xs


# name: (python function, ulps, relative, absolute) -- None for bit-exact
UNARY = {
    "Abs": None,
    "Ceil": None,
    "Floor": None,
    "Trunc": None,
    "Round": None,
    "RoundToEven": None,
    "Sqrt": None,
    "Logb": None,
    "Cbrt": (2, 0, 0),
    "Acos": (2, 0, 0),
    "Acosh": (2, 0, 0),
    "Asin": (2, 0, 0),
    "Asinh": (2, 0, 0),
    "Atan": (2, 0, 0),
    "Atanh": (2, 0, 0),
    "Cos": (2, 2e-14, 0),
    "Cosh": (2, 0, 0),
    "Erf": (2, 0, 0),
    "Erfc": (4, 0, 0),
    "Erfinv": (4, 1e-15, 0),
    "Erfcinv": (4, 1e-15, 0),
    "Exp": (2, 0, 0),
    "Exp2": (2, 0, 0),
    "Expm1": (2, 0, 0),
    "Gamma": (8, 1e-14, 0),
    "Log": (2, 0, 0),
    "Log10": (2, 0, 0),
    "Log1p": (2, 0, 0),
    "Log2": (2, 0, 0),
    "Sin": (2, 2e-14, 0),
    "Sinh": (2, 0, 0),
    "Tan": (2, 2e-14, 0),
    "Tanh": (2, 0, 0),
    "J0": (8, 1e-12, 1e-16),
    "J1": (8, 1e-12, 1e-16),
    "Y0": (8, 1e-12, 1e-16),
    "Y1": (8, 1e-12, 1e-16),
}
BINARY = {
    "Atan2": (2, 0, 0),
    "Copysign": None,
    "Dim": None,
    "Hypot": (1, 0, 0),
    "Max": None,
    "Min": None,
    "Mod": None,
    "Nextafter": None,
    "Pow": (2, 1e-15, 0),
    "Remainder": None,
}


def ulp_close(got: float, want: float, tol) -> bool:
    if b64(got) == b64(want):
        return True
    if math.isnan(want) or math.isnan(got):
        return math.isnan(want) and math.isnan(got)
    if tol is None or math.isinf(want) or math.isinf(got) or want == 0 or got == 0:
        return tol is not None and want == 0 and abs(got) <= (tol[2] or 0) or False
    ulps, rel, ab = tol
    if abs(got - want) <= ulps * math.ulp(want):
        return True
    if rel and abs(got - want) <= rel * abs(want):
        return True
    if ab and abs(got - want) <= ab:
        return True
    return False


GO_MAIN = r"""
package main

import (
	"bufio"
	"fmt"
	"math"
	"math/bits"
	"os"
)

var w = bufio.NewWriterSize(os.Stdout, 1<<20)
var in = []uint64{@INPUTS@}
var u64s = []uint64{@U64S@}
var ks = []int{@KS@}

func p(x float64) { fmt.Fprint(w, math.Float64bits(x), " ") }

func try(f func() string) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "panic:" + fmt.Sprint(r)
		}
	}()
	return f()
}

func main() {
	defer w.Flush()
	unary := []func(float64) float64{@UNARY@}
	binary := []func(float64, float64) float64{@BINARY@}
	for _, f := range unary {
		for _, b := range in {
			p(f(math.Float64frombits(b)))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "#")
	for _, f := range binary {
		for i, b := range in {
			x := math.Float64frombits(b)
			p(f(x, math.Float64frombits(in[(i*7+3)%len(in)])))
			p(f(x, math.Float64frombits(in[(i*13+1)%len(in)])))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "#")
	for i, b := range in {
		x := math.Float64frombits(b)
		y := math.Float64frombits(in[(i*7+3)%len(in)])
		z := math.Float64frombits(in[(i*11+5)%len(in)])
		fr, ex := math.Frexp(x)
		ip, fp := math.Modf(x)
		lg, sg := math.Lgamma(x)
		s, c := math.Sincos(x)
		p(math.FMA(x, y, z))
		p(math.FMA(x, 1.5, -x))
		p(fr)
		p(ip)
		p(fp)
		p(lg)
		p(s)
		p(c)
		p(math.Ldexp(x, ks[i%len(ks)]))
		p(float64(math.Nextafter32(float32(x), float32(y))))
		fmt.Fprintln(w, ex, sg, math.Ilogb(x), math.Float32bits(float32(x)), math.IsNaN(x), math.IsInf(x, 0), math.IsInf(x, 1), math.IsInf(x, -1), math.Signbit(x))
	}
	fmt.Fprintln(w, "#")
	for _, n := range []int{-5, -2, -1, 0, 1, 2, 3, 5, 10, 40} {
		for _, b := range in[:120] {
			x := math.Float64frombits(b)
			p(math.Jn(n, x))
			p(math.Yn(n, x))
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "#")
	for n := -330; n <= 330; n += 7 {
		p(math.Pow10(n))
	}
	p(math.Pow10(-323))
	p(math.Pow10(-324))
	p(math.Pow10(308))
	p(math.Pow10(309))
	fmt.Fprintln(w)
	for _, u := range u64s {
		fmt.Fprint(w, math.Float64bits(float64(math.Float32frombits(uint32(u)))), " ")
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, math.Float64bits(math.NaN()), math.Float64bits(math.Inf(1)), math.Float64bits(math.Inf(-1)), math.Float64bits(math.Inf(0)))
	consts := []float64{math.E, math.Pi, math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi, math.Ln2, math.Log2E, math.Ln10, math.Log10E, math.MaxFloat32, math.SmallestNonzeroFloat32, math.MaxFloat64, math.SmallestNonzeroFloat64}
	for _, c := range consts {
		p(c)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64, uint64(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Fprintln(w, "#")
	// math/bits
	for i, x := range u64s {
		y := u64s[(i*7+3)%len(u64s)]
		c := u64s[(i*5+1)%len(u64s)] & 1
		k := ks[i%len(ks)]
		x32, y32, x16, x8 := uint32(x), uint32(y), uint16(x), uint8(x)
		fmt.Fprint(w, bits.LeadingZeros(uint(x)), bits.LeadingZeros8(x8), bits.LeadingZeros16(x16), bits.LeadingZeros32(x32), bits.LeadingZeros64(x), " ")
		fmt.Fprint(w, bits.TrailingZeros(uint(x)), bits.TrailingZeros8(x8), bits.TrailingZeros16(x16), bits.TrailingZeros32(x32), bits.TrailingZeros64(x), " ")
		fmt.Fprint(w, bits.OnesCount(uint(x)), bits.OnesCount8(x8), bits.OnesCount16(x16), bits.OnesCount32(x32), bits.OnesCount64(x), " ")
		fmt.Fprint(w, bits.RotateLeft(uint(x), k), bits.RotateLeft8(x8, k), bits.RotateLeft16(x16, k), bits.RotateLeft32(x32, k), bits.RotateLeft64(x, k), " ")
		fmt.Fprint(w, bits.Reverse(uint(x)), bits.Reverse8(x8), bits.Reverse16(x16), bits.Reverse32(x32), bits.Reverse64(x), " ")
		fmt.Fprint(w, bits.ReverseBytes(uint(x)), bits.ReverseBytes16(x16), bits.ReverseBytes32(x32), bits.ReverseBytes64(x), " ")
		fmt.Fprint(w, bits.Len(uint(x)), bits.Len8(x8), bits.Len16(x16), bits.Len32(x32), bits.Len64(x), " ")
		s, co := bits.Add(uint(x), uint(y), uint(c))
		s32, co32 := bits.Add32(x32, y32, uint32(c))
		s64, co64 := bits.Add64(x, y, c)
		d, bo := bits.Sub(uint(x), uint(y), uint(c))
		d32, bo32 := bits.Sub32(x32, y32, uint32(c))
		d64, bo64 := bits.Sub64(x, y, c)
		h, l := bits.Mul(uint(x), uint(y))
		h32, l32 := bits.Mul32(x32, y32)
		h64, l64 := bits.Mul64(x, y)
		fmt.Fprint(w, s, co, s32, co32, s64, co64, d, bo, d32, bo32, d64, bo64, h, l, h32, l32, h64, l64, " ")
		fmt.Fprint(w, try(func() string { q, r := bits.Div(uint(x), uint(y), uint(u64s[(i*3+2)%len(u64s)])); return fmt.Sprint(q, r) }), " ")
		fmt.Fprint(w, try(func() string { q, r := bits.Div32(x32%7, y32, uint32(u64s[(i*3+2)%len(u64s)])); return fmt.Sprint(q, r) }), " ")
		fmt.Fprint(w, try(func() string { q, r := bits.Div64(x%1000, y, u64s[(i*3+2)%len(u64s)]); return fmt.Sprint(q, r) }), " ")
		fmt.Fprint(w, try(func() string { return fmt.Sprint(bits.Rem(uint(x), uint(y), uint(u64s[(i*3+2)%len(u64s)]))) }), " ")
		fmt.Fprint(w, try(func() string { return fmt.Sprint(bits.Rem32(x32, y32, uint32(u64s[(i*3+2)%len(u64s)]))) }), " ")
		fmt.Fprintln(w, try(func() string { return fmt.Sprint(bits.Rem64(x, y, u64s[(i*3+2)%len(u64s)])) }))
	}
	fmt.Fprintln(w, bits.UintSize)
}
"""


def go_try(f):
    try:
        r = f()
    except GoPanic as p:
        return "panic:" + p.value.Error()
    if isinstance(r, tuple):
        return " ".join(map(str, r))
    return str(r)


@pytest.fixture(scope="module")
def data(go, tmp_path_factory):
    rng = random.Random(SEED)
    xs = gen_inputs(rng)
    u64s = [
        0,
        1,
        2,
        3,
        7,
        0xFF,
        0x80,
        0xFFFF,
        0xFFFFFFFF,
        2**63,
        2**64 - 1,
        0x7F800000,
        0x7F800001,
        0x7FC00000,
        0xFF800000,
        0x00000001,
        0x80000000,
        0x3F800000,
        0x0000FFFF00000000,
    ]
    u64s += [rng.getrandbits(64) for _ in range(150)]
    u64s += [rng.getrandbits(rng.randint(1, 64)) for _ in range(150)]
    ks = [
        0,
        1,
        -1,
        3,
        -3,
        7,
        8,
        9,
        15,
        16,
        17,
        31,
        32,
        33,
        63,
        64,
        65,
        -64,
        -65,
        100,
        -100,
        1000,
        -1100,
        2000,
    ]
    src = (
        GO_MAIN.replace("@INPUTS@", ",".join(str(b64(x)) for x in xs))
        .replace("@U64S@", ",".join(map(str, u64s)))
        .replace("@KS@", ",".join(map(str, ks)))
        .replace("@UNARY@", ", ".join("math." + n for n in UNARY))
        .replace("@BINARY@", ", ".join("math." + n for n in BINARY))
    )
    lines = run_go(go, src, tmp_path_factory.mktemp("math"))
    sections = [[]]
    for ln in lines:
        if ln == "#":
            sections.append([])
        else:
            sections[-1].append(ln)
    assert len(sections) == 6
    return dict(xs=xs, u64s=u64s, ks=ks, sections=sections)


def _cmp(bad, name, args, got, want_bits, tol):
    want = fb64(int(want_bits))
    if not ulp_close(got, want, tol):
        bad.append((name, args, got, want))


def test_unary(data):
    data = dict(data, lines=iter(data["sections"][0]))
    xs = data["xs"]
    bad = []
    for name, tol in UNARY.items():
        f = getattr(gm, name)
        want = next(data["lines"]).split()
        for x, wb in zip(xs, want):
            _cmp(bad, name, (x,), f(x), wb, tol)
    _report(bad)
    assert not bad, f"{len(bad)} mismatches:\n" + "\n".join(map(repr, bad[:30]))


def test_binary(data):
    data = dict(data, lines=iter(data["sections"][1]))
    xs = data["xs"]
    n = len(xs)
    bad = []
    for name, tol in BINARY.items():
        f = getattr(gm, name)
        want = iter(next(data["lines"]).split())
        for i, x in enumerate(xs):
            for y in (xs[(i * 7 + 3) % n], xs[(i * 13 + 1) % n]):
                _cmp(bad, name, (x, y), f(x, y), next(want), tol)
    _report(bad)
    assert not bad, f"{len(bad)} mismatches:\n" + "\n".join(map(repr, bad[:30]))


def gobool(b):
    return "true" if b else "false"


def test_misc(data):
    data = dict(data, lines=iter(data["sections"][2]))
    xs, ks = data["xs"], data["ks"]
    n = len(xs)
    bad = []
    for i, x in enumerate(xs):
        y = xs[(i * 7 + 3) % n]
        z = xs[(i * 11 + 5) % n]
        w = next(data["lines"]).split()
        fr, ex = gm.Frexp(x)
        ip, fp = gm.Modf(x)
        lg, sg = gm.Lgamma(x)
        s, c = gm.Sincos(x)
        exact = [
            ("FMA", gm.FMA(x, y, z)),
            ("FMA2", gm.FMA(x, 1.5, -x)),
            ("Frexp", fr),
            ("Modf.int", ip),
            ("Modf.frac", fp),
        ]
        for (name, got), wb in zip(exact, w[:5]):
            _cmp(bad, name, (x, y, z), got, wb, None)
        _cmp(bad, "Lgamma", (x,), lg, w[5], (8, 1e-14, 1e-15))
        _cmp(bad, "Sin", (x,), s, w[6], (2, 2e-14, 0))
        _cmp(bad, "Cos", (x,), c, w[7], (2, 2e-14, 0))
        _cmp(bad, "Ldexp", (x, ks[i % len(ks)]), gm.Ldexp(x, ks[i % len(ks)]), w[8], None)
        _cmp(bad, "Nextafter32", (x, y), gm.Nextafter32(f32x(x), f32x(y)), w[9], None)
        rest = [
            str(ex),
            str(sg),
            str(gm.Ilogb(x)),
            str(gm.Float32bits(f32x(x))),
            gobool(gm.IsNaN(x)),
            gobool(gm.IsInf(x, 0)),
            gobool(gm.IsInf(x, 1)),
            gobool(gm.IsInf(x, -1)),
            gobool(gm.Signbit(x)),
        ]
        if rest != w[10:]:
            bad.append(("misc", x, rest, w[10:]))
    _report(bad)
    assert not bad, f"{len(bad)} mismatches:\n" + "\n".join(map(repr, bad[:30]))


def f32x(x: float) -> float:
    """Go's float32(x)."""
    try:
        return f32(x)
    except OverflowError:
        return math.copysign(math.inf, x)


def test_bessel_n(data):
    data = dict(data, lines=iter(data["sections"][3]))
    xs = data["xs"][:120]
    bad = []
    tol = (16, 1e-11, 1e-16)
    for n in (-5, -2, -1, 0, 1, 2, 3, 5, 10, 40):
        want = iter(next(data["lines"]).split())
        for x in xs:
            _cmp(bad, "Jn", (n, x), gm.Jn(n, x), next(want), tol)
            _cmp(bad, "Yn", (n, x), gm.Yn(n, x), next(want), tol)
    _report(bad)
    assert not bad, f"{len(bad)} mismatches:\n" + "\n".join(map(repr, bad[:30]))


def test_pow10_bits_constants(data):
    lines = iter(data["sections"][4])
    got = [gm.Pow10(n) for n in range(-330, 331, 7)] + [
        gm.Pow10(-323),
        gm.Pow10(-324),
        gm.Pow10(308),
        gm.Pow10(309),
    ]
    assert " ".join(str(b64(x)) for x in got) + " " == next(lines)
    got = " ".join(str(b64(gm.Float32frombits(u & 0xFFFFFFFF))) for u in data["u64s"]) + " "
    assert got == next(lines)
    assert " ".join(str(b64(x)) for x in (gm.NaN(), gm.Inf(1), gm.Inf(-1), gm.Inf(0))) == next(
        lines
    )
    consts = [
        gm.E,
        gm.Pi,
        gm.Phi,
        gm.Sqrt2,
        gm.SqrtE,
        gm.SqrtPi,
        gm.SqrtPhi,
        gm.Ln2,
        gm.Log2E,
        gm.Ln10,
        gm.Log10E,
        gm.MaxFloat32,
        gm.SmallestNonzeroFloat32,
        gm.MaxFloat64,
        gm.SmallestNonzeroFloat64,
    ]
    assert " ".join(str(b64(c)) for c in consts) + " " == next(lines)
    ints = [
        gm.MaxInt,
        gm.MinInt,
        gm.MaxInt8,
        gm.MinInt8,
        gm.MaxInt16,
        gm.MinInt16,
        gm.MaxInt32,
        gm.MinInt32,
        gm.MaxInt64,
        gm.MinInt64,
        gm.MaxUint,
        gm.MaxUint8,
        gm.MaxUint16,
        gm.MaxUint32,
        gm.MaxUint64,
    ]
    assert " ".join(map(str, ints)) == next(lines)


def test_math_bits(data):
    data = dict(data, lines=iter(data["sections"][5]))
    u64s, ks = data["u64s"], data["ks"]
    n = len(u64s)
    bad = []
    for i, x in enumerate(u64s):
        y = u64s[(i * 7 + 3) % n]
        c = u64s[(i * 5 + 1) % n] & 1
        k = ks[i % len(ks)]
        x32, y32, x16, x8 = x & 0xFFFFFFFF, y & 0xFFFFFFFF, x & 0xFFFF, x & 0xFF
        d = u64s[(i * 3 + 2) % n]
        parts = [
            [
                bits.LeadingZeros(x),
                bits.LeadingZeros8(x8),
                bits.LeadingZeros16(x16),
                bits.LeadingZeros32(x32),
                bits.LeadingZeros64(x),
            ],
            [
                bits.TrailingZeros(x),
                bits.TrailingZeros8(x8),
                bits.TrailingZeros16(x16),
                bits.TrailingZeros32(x32),
                bits.TrailingZeros64(x),
            ],
            [
                bits.OnesCount(x),
                bits.OnesCount8(x8),
                bits.OnesCount16(x16),
                bits.OnesCount32(x32),
                bits.OnesCount64(x),
            ],
            [
                bits.RotateLeft(x, k),
                bits.RotateLeft8(x8, k),
                bits.RotateLeft16(x16, k),
                bits.RotateLeft32(x32, k),
                bits.RotateLeft64(x, k),
            ],
            [
                bits.Reverse(x),
                bits.Reverse8(x8),
                bits.Reverse16(x16),
                bits.Reverse32(x32),
                bits.Reverse64(x),
            ],
            [
                bits.ReverseBytes(x),
                bits.ReverseBytes16(x16),
                bits.ReverseBytes32(x32),
                bits.ReverseBytes64(x),
            ],
            [bits.Len(x), bits.Len8(x8), bits.Len16(x16), bits.Len32(x32), bits.Len64(x)],
            [
                *bits.Add(x, y, c),
                *bits.Add32(x32, y32, c),
                *bits.Add64(x, y, c),
                *bits.Sub(x, y, c),
                *bits.Sub32(x32, y32, c),
                *bits.Sub64(x, y, c),
                *bits.Mul(x, y),
                *bits.Mul32(x32, y32),
                *bits.Mul64(x, y),
            ],
        ]
        got = " ".join(" ".join(map(str, p)) for p in parts)
        got += " " + go_try(lambda: bits.Div(x, y, d))
        got += " " + go_try(lambda: bits.Div32(x32 % 7, y32, d & 0xFFFFFFFF))
        got += " " + go_try(lambda: bits.Div64(x % 1000, y, d))
        got += " " + go_try(lambda: bits.Rem(x, y, d))
        got += " " + go_try(lambda: bits.Rem32(x32, y32, d & 0xFFFFFFFF))
        got += " " + go_try(lambda: bits.Rem64(x, y, d))
        want = next(data["lines"])
        if got != want:
            bad.append((x, y, c, k, d, got, want))
    assert not bad, f"{len(bad)} mismatches:\n" + "\n".join(map(repr, bad[:10]))
    assert str(bits.UintSize) == next(data["lines"])
    with pytest.raises(StopIteration):
        next(data["lines"])


def _report(bad):
    import collections
    import os

    if not os.environ.get("MATH_REPORT"):
        return
    worst = collections.defaultdict(lambda: (0, 0, None))
    for name, args, got, want in bad:
        if isinstance(got, float) and math.isfinite(want) and want != 0 and math.isfinite(got):
            rel = abs(got - want) / abs(want)
            ul = abs(got - want) / math.ulp(want)
        else:
            rel = ul = math.inf
        n, r, a = worst[name]
        worst[name] = (n + 1, max(r, rel), a if r >= rel else (args, got, want, ul))
    for k, v in worst.items():
        print("REPORT", k, v)
