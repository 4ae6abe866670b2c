"""math/big's Int against Go on values drawn by Hypothesis: arithmetic in every division
convention, bit operations, modular functions, text in several bases and fmt's verbs; Rat's
arithmetic and texts; Float's arithmetic, Sqrt, conversions and texts at drawn precisions in
every rounding mode.

One Go program evaluates a whole drawn batch; each line is compared with the Python
implementation's."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from go2py.runtime.std import fmt
from go2py.runtime.std import math_big as big

from .gohelp import run_go

GO_EVAL = """package main

import (
	"fmt"
	"math/big"
)

func n(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

func main() {
	for _, c := range [][2]string{@CASES@} {
		a, b := n(c[0]), n(c[1])
		var out []any
		out = append(out, new(big.Int).Add(a, b), new(big.Int).Sub(a, b), new(big.Int).Mul(a, b))
		if b.Sign() != 0 {
			q, r := new(big.Int).QuoRem(a, b, new(big.Int))
			d, m := new(big.Int).DivMod(a, b, new(big.Int))
			out = append(out, q, r, d, m)
			for _, mode := range []big.RoundingMode{big.Floor, big.Round, big.Ceil} {
				q, r := new(big.Int).Divide(a, b, new(big.Int), mode)
				out = append(out, q, r)
			}
		}
		out = append(out, new(big.Int).And(a, b), new(big.Int).Or(a, b), new(big.Int).Xor(a, b),
			new(big.Int).AndNot(a, b), new(big.Int).Not(a), new(big.Int).Lsh(a, 67), new(big.Int).Rsh(a, 5),
			a.Cmp(b), a.CmpAbs(b), a.BitLen(), a.TrailingZeroBits(), a.Bit(3), a.Int64(), a.Uint64(),
			a.IsInt64(), a.IsUint64(), a.Text(2), a.Text(36), a.Text(62))
		x, y := new(big.Int), new(big.Int)
		out = append(out, new(big.Int).GCD(x, y, a, b), x, y)
		if b.Sign() != 0 {
			out = append(out, new(big.Int).ModInverse(a, b), new(big.Int).Exp(a, big.NewInt(5), b))
		}
		if a.Sign() >= 0 {
			out = append(out, new(big.Int).Sqrt(a))
		}
		f, acc := a.Float64()
		out = append(out, f, acc)
		fmt.Println(out...)
		fmt.Printf("%x %#X %+d %12d|%-12d|%012d %.20d %o %#b\\n", a, a, a, a, a, a, a, a, b)
	}
}
"""


def _line(a: int, b: int) -> str:
    A, B = big.NewInt(a), big.NewInt(b)
    out: list = [big.Int().Add(A, B), big.Int().Sub(A, B), big.Int().Mul(A, B)]
    if b:
        q, r = big.Int().QuoRem(A, B, big.Int())
        d, m = big.Int().DivMod(A, B, big.Int())
        out += [q, r, d, m]
        for mode in (big.Floor, big.Round, big.Ceil):
            out += list(big.Int().Divide(A, B, big.Int(), mode))
    out += [big.Int().And(A, B), big.Int().Or(A, B), big.Int().Xor(A, B), big.Int().AndNot(A, B),
            big.Int().Not(A), big.Int().Lsh(A, 67), big.Int().Rsh(A, 5), A.Cmp(B), A.CmpAbs(B), A.BitLen(),
            A.TrailingZeroBits(), A.Bit(3), A.Int64(), A.Uint64(), A.IsInt64(), A.IsUint64(), A.Text(2),
            A.Text(36), A.Text(62)]
    x, y = big.Int(), big.Int()
    out += [big.Int().GCD(x, y, A, B), x, y]
    if b:
        out += [big.Int().ModInverse(A, B), big.Int().Exp(A, big.NewInt(5), B)]
    if a >= 0:
        out += [big.Int().Sqrt(A)]
    out += list(A.Float64())
    return fmt.Sprintln(*out) + fmt.Sprintf("%x %#X %+d %12d|%-12d|%012d %.20d %o %#b\n", A, A, A, A, A, A, A, A, B)


INTS = st.one_of(
    st.integers(-(2**70), 2**70),
    st.integers(-(2**300), 2**300),
    st.integers(-1000, 1000),
    st.sampled_from([0, 1, -1, 2**63 - 1, -(2**63), 2**64 - 1, 2**64, -(2**64)]),
)


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(INTS, INTS), min_size=30, max_size=30))
def test_int_against_go(go: str, tmp_path_factory, cases: list[tuple[int, int]]) -> None:
    body = ", ".join(f'{{"{a}", "{b}"}}' for a, b in cases)
    lines = run_go(go, GO_EVAL.replace("@CASES@", body), Path(tmp_path_factory.mktemp("big")))
    want = "\n".join(lines) + "\n"
    got = "".join(_line(a, b) for a, b in cases)
    assert got == want


def test_set_string_and_errors() -> None:
    z = big.Int()
    assert z.SetString("0x_1F", 0)[1] and z.v == 31
    assert z.SetString("1__0", 0) == (None, False)
    assert z.SetString("Zz", 62)[0].v == 61 * 62 + 35
    assert z.SetString("12", 1) == (None, False)
    assert big.Int().String() == "0" and big.Int.String(None) == "<nil>"


GO_RAT = """package main

import (
	"fmt"
	"math/big"
)

func main() {
	for _, c := range [][4]int64{@CASES@} {
		x, y := big.NewRat(c[0], c[1]), big.NewRat(c[2], c[3])
		fmt.Println(new(big.Rat).Add(x, y), new(big.Rat).Sub(x, y), new(big.Rat).Mul(x, y), x.Cmp(y),
			x.RatString(), x.FloatString(0), x.FloatString(3), y.FloatString(7), x.IsInt())
		f, exact := x.Float64()
		n, ok := y.FloatPrec()
		fmt.Println(f, exact, n, ok)
		if y.Sign() != 0 {
			fmt.Println(new(big.Rat).Quo(x, y), new(big.Rat).Inv(y))
		}
	}
}
"""

SMALL = st.integers(-(2**40), 2**40)
NONZERO = st.integers(1, 2**20) | st.sampled_from([1, 2, 4, 5, 8, 10, 3, 7, 1000, 1024])


def _rat_lines(a: int, b: int, c: int, d: int) -> str:
    x, y = big.NewRat(a, b), big.NewRat(c, d)
    out = fmt.Sprintln(big.Rat().Add(x, y), big.Rat().Sub(x, y), big.Rat().Mul(x, y), x.Cmp(y), x.RatString(),
                       x.FloatString(0), x.FloatString(3), y.FloatString(7), x.IsInt())
    out += fmt.Sprintln(*x.Float64(), *y.FloatPrec())
    if y.Sign():
        out += fmt.Sprintln(big.Rat().Quo(x, y), big.Rat().Inv(y))
    return out


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(SMALL, NONZERO, SMALL, NONZERO), min_size=30, max_size=30))
def test_rat_against_go(go: str, tmp_path_factory, cases: list[tuple[int, int, int, int]]) -> None:
    body = ", ".join("{%d, %d, %d, %d}" % c for c in cases)
    lines = run_go(go, GO_RAT.replace("@CASES@", body), Path(tmp_path_factory.mktemp("rat")))
    assert "".join(_rat_lines(*c) for c in cases) == "\n".join(lines) + "\n"


GO_FLOAT = """package main

import (
	"fmt"
	"math/big"
)

func show(f *big.Float) string {
	return f.Text('p', 0) + " " + f.Acc().String()
}

func main() {
	for _, c := range []struct {
		a, b       string
		prec, p2   uint
		mode, mode2 big.RoundingMode
	}{@CASES@} {
		x, _, err := big.ParseFloat(c.a, 0, c.prec, c.mode)
		if err != nil {
			panic(err)
		}
		y, _, err := big.ParseFloat(c.b, 0, c.p2, c.mode2)
		if err != nil {
			panic(err)
		}
		fmt.Println(show(x), show(y), x.Cmp(y))
		for op := 0; op < 4; op++ {
			z := new(big.Float).SetPrec(c.p2).SetMode(c.mode)
			switch op {
			case 0:
				z.Add(x, y)
			case 1:
				z.Sub(x, y)
			case 2:
				z.Mul(x, y)
			case 3:
				if y.Sign() == 0 {
					continue
				}
				z.Quo(x, y)
			}
			fmt.Println(op, show(z), z.Text('g', -1), z.Text('e', 7), z.Text('f', 4),
				z.Text('x', -1), z.Text('b', 0))
		}
		s := new(big.Float).SetPrec(c.p2).SetMode(c.mode2).Sqrt(new(big.Float).Abs(x))
		f64, a64 := x.Float64()
		f32, a32 := x.Float32()
		i64, ai := x.Int64()
		u64, au := x.Uint64()
		fmt.Println(show(s), s.Text('g', 30), f64, a64.String(), f32, a32.String(),
			i64, ai.String(), u64, au.String())
		fmt.Println(x.Text('g', -1), x.Text('e', -1), x.Text('f', -1), x.Text('G', 12),
			x.Text('E', 0), x.Text('f', 0), x.MinPrec(), x.IsInt(),
			fmt.Sprintf("%v|%.3f|%12.4e|%-10g|%+x|%.5G", x, x, x, x, x, x))
	}
}
"""


def _float_lines(a: str, b: str, prec: int, p2: int, mode: int, mode2: int) -> str:
    def show(f: big.Float) -> str:
        return f.Text(ord("p"), 0) + " " + f.Acc().String()

    x = big.ParseFloat(a, 0, prec, mode)[0]
    y = big.ParseFloat(b, 0, p2, mode2)[0]
    out = f"{show(x)} {show(y)} {x.Cmp(y)}\n"
    for op, name in enumerate(("Add", "Sub", "Mul", "Quo")):
        if name == "Quo" and y.Sign() == 0:
            continue
        z = big.Float().SetPrec(p2).SetMode(mode)
        getattr(z, name)(x, y)
        texts = [z.Text(ord(f), p) for f, p in (("g", -1), ("e", 7), ("f", 4), ("x", -1), ("b", 0))]
        out += f"{op} {show(z)} " + " ".join(texts) + "\n"
    s = big.Float().SetPrec(p2).SetMode(mode2).Sqrt(big.Float().Abs(x))
    f64, a64 = x.Float64()
    f32, a32 = x.Float32()
    i64, ai = x.Int64()
    u64, au = x.Uint64()
    out += fmt.Sprintln(show(s), s.Text(ord("g"), 30), f64, a64.String(), _f32(f32), a32.String(),
                        i64, ai.String(), u64, au.String())
    formats = (("g", -1), ("e", -1), ("f", -1), ("G", 12), ("E", 0), ("f", 0))
    texts = [x.Text(ord(f), p) for f, p in formats]
    out += fmt.Sprintln(*texts, x.MinPrec(), x.IsInt(),
                        fmt.Sprintf("%v|%.3f|%12.4e|%-10g|%+x|%.5G", x, x, x, x, x, x))
    return out


def _f32(f: float) -> str:
    """A float32 as Go's Println prints it (the shortest text that reads back as float32)."""
    from go2py.runtime.std import strconv

    return strconv.FormatFloat(f, ord("g"), -1, 32)


FLOAT_TEXT = st.one_of(
    st.builds(lambda m, e: f"{m}e{e}", st.integers(-(10**40), 10**40), st.integers(-60, 60)),
    st.builds(lambda m, e: f"{'-' if m < 0 else ''}0x{abs(m):x}p{e}", st.integers(-(2**90), 2**90),
              st.integers(-200, 200)),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.sampled_from(["0", "-0", "1", "0.5", "-2.5", "1e400", "-3e-400", "0x1p-1074",
                     "0x1.fffffffffffffp1023", "1.5e-45", "3.4028235e38", "9223372036854775807.5",
                     "-9223372036854775808", "1e19"]),
)
PRECS = st.one_of(st.integers(1, 70), st.sampled_from([24, 53, 64, 100, 128, 256]))
MODES = st.integers(0, 5)


@settings(max_examples=2, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(st.tuples(FLOAT_TEXT, FLOAT_TEXT, PRECS, PRECS, MODES, MODES), min_size=40,
                max_size=40))
def test_float_against_go(go: str, tmp_path_factory, cases: list[tuple]) -> None:
    body = ", ".join('{"%s", "%s", %d, %d, %d, %d}' % c for c in cases)
    lines = run_go(go, GO_FLOAT.replace("@CASES@", body), Path(tmp_path_factory.mktemp("float")))
    assert "".join(_float_lines(*c) for c in cases) == "\n".join(lines) + "\n"
