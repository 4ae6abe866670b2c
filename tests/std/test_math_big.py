"""math/big's Int against Go on values drawn by Hypothesis: arithmetic in every division
convention, bit operations, modular functions, text in several bases and fmt's verbs.

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
