"""go2py.runtime.std.strconv against the real Go toolchain.

One Go program computes the expected results for every generated case; the
inputs come from a seeded generator so that the runs are reproducible.
"""

from __future__ import annotations

import math
import random
import struct
from fractions import Fraction

import pytest

from go2py.runtime.std import strconv as sc

from .gohelp import go_str_slice, run_go

SEED = 20261128


def f64bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def f64frombits(b: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def f32(x: float) -> float:
    return struct.unpack("<f", struct.pack("<f", x))[0]


# --------------------------------------------------------------------------- inputs


def gen_floats(rng: random.Random) -> list[float]:
    out = [
        0.0,
        -0.0,
        math.inf,
        -math.inf,
        math.nan,
        1.0,
        -1.0,
        0.1,
        0.5,
        1.5,
        2.5,
        3.5,
        0.125,
        1e23,
        1e22,
        1e21,
        1e-7,
        123456789.0,
        5e-324,
        1e-323,
        2.2250738585072014e-308,
        2.2250738585072009e-308,
        1.7976931348623157e308,
        3.4028234663852886e38,
        1.401298464324817e-45,
        1.1754943508222875e-38,
        9007199254740993.0,
        0.3,
        2.0 / 3,
        100.0,
        1e6,
        999999.5,
        9.5,
        0.05,
        0.0005,
        12345.6789,
        65504.0,
        16777217.0,
        1e15,
        1e16,
        1e17,
        123456.0,
        0.000123,
        1e-5,
        1e-4,
    ]
    out += [2.0**e for e in range(-1074, 1024, 37)]
    out += [10.0**e for e in range(-320, 309, 23)]
    for _ in range(150):  # random bit patterns (finite)
        while True:
            x = f64frombits(rng.getrandbits(64))
            if math.isfinite(x):
                break
        out.append(x)
    for _ in range(80):  # decimal-looking values
        out.append(round(rng.uniform(-1e6, 1e6), rng.randint(0, 6)))
    for _ in range(80):  # float32 values
        out.append(f32(rng.choice([1.0, 1e-3, 1e10, 1e-40, 1e35]) * rng.uniform(-10, 10)))
    for _ in range(30):  # denormals
        out.append(f64frombits(rng.getrandbits(52)))
    for _ in range(150):  # float32 bit patterns
        b = rng.getrandbits(32)
        if (b >> 23) & 0xFF != 0xFF:
            out.append(struct.unpack("<f", struct.pack("<I", b))[0])
    return out


def gen_float_strings(rng: random.Random, floats: list[float]) -> list[str]:
    out = [
        "",
        ".",
        "e5",
        "1e",
        "1e+",
        "0x",
        "0x1",
        "0x1.8",
        "1.5.5",
        " 1",
        "1 ",
        "+",
        "-",
        "1e5000",
        "1e-5000",
        "0x1p-1080",
        "0x1p1024",
        "0x1.fffffffffffff8p1023",
        "0x1.fffffep127",
        "0x1.ffffffp127",
        "0x1p-149",
        "0x1p-150",
        "0x1.8p-150",
        "0x.8p1",
        "0X1P-2",
        "0x1p+2",
        "0x1_0p0",
        "0x_1p0",
        "0x1__0p0",
        "1_000",
        "1__0",
        "_1",
        "1_",
        "1_e5",
        "1e1_0",
        "1_0.5_5",
        "0_1",
        "0b1",
        "0o7",
        "inf",
        "+Inf",
        "-inf",
        "infinity",
        "-Infinity",
        "INFINITY",
        "infin",
        "infx",
        "nan",
        "NaN",
        "-nan",
        "+nan",
        "nanx",
        "Na",
        "i",
        "+i",
        "0",
        "-0",
        "+0",
        "00",
        "0.000",
        "-0e10",
        "1E10",
        ".5",
        "5.",
        "+.5e-3",
        "1e+308",
        "1.8e308",
        "1.7976931348623158e308",
        "1.7976931348623159e308",
        "2.4703282292062328e-324",
        "2.4703282292062327e-324",
        "4.9e-324",
        "3.4028235e38",
        "3.4028236e38",
        "3.40282357e38",
        "1.4e-45",
        "7e-46",
        "7.006492321624086e-46",
        "7.006492321624087e-46",
        "1" * 40,
        "0." + "0" * 30 + "1",
        "1" + "0" * 400 + "e-400",
        "0x1.fffffffffffffffffp0",
        "0x1.00000000000008p0",
        "0x1.000000000000080000001p0",
        "0x1.0000000000000800p0",
    ]
    for x in floats:
        if math.isfinite(x):
            out.append(repr(x))
            out.append(x.hex())
            out.append("%.*e" % (rng.randint(0, 25), x))
    for _ in range(200):
        nd = rng.randint(1, 30)
        digits = "".join(rng.choice("0123456789") for _ in range(nd))
        dot = rng.randint(0, nd)
        e = rng.choice([rng.randint(-340, 310), rng.randint(-50, 40), rng.randint(-5, 5)])
        s = digits[:dot] + "." + digits[dot:] + "e" + str(e)
        out.append(rng.choice(["", "-", "+"]) + s)
    # exact midpoints between neighbouring floats, and just off them
    for bits32 in (True, False):
        for _ in range(60):
            if bits32:
                a = f32(rng.choice([1.0, 1e-30, 1e30, 1e-44]) * rng.uniform(1, 10))
                b = struct.unpack(
                    "<f", struct.pack("<I", struct.unpack("<I", struct.pack("<f", a))[0] + 1)
                )[0]
            else:
                a = rng.choice([1.0, 1e-300, 1e300, 1e-320]) * rng.uniform(1, 10)
                b = math.nextafter(a, math.inf)
            mid = (Fraction(a) + Fraction(b)) / 2
            for delta in (0, Fraction(1, 10**60), -Fraction(1, 10**60)):
                out.append(frac_to_decimal(mid + delta * mid))
    return out


def frac_to_decimal(q: Fraction, digits: int = 120) -> str:
    """A decimal string of q (exact when q has a short expansion, else 120 digits)."""
    n, d = q.numerator, q.denominator
    ip, rem = divmod(n, d)
    frac = []
    for _ in range(digits * 10):
        if rem == 0:
            break
        rem *= 10
        dig, rem = divmod(rem, d)
        frac.append(str(dig))
    s = str(ip) + ("." + "".join(frac) if frac else "")
    return s


def gen_int_strings(rng: random.Random) -> list[str]:
    out = [
        "",
        "0",
        "-0",
        "+0",
        "00",
        "0x",
        "0b",
        "0o",
        "0x0",
        "0b1",
        "0o17",
        "0X1F",
        "0B101",
        "0O17",
        "017",
        "08",
        "0x1g",
        "0_1",
        "0x_1f",
        "0x1_f",
        "1_000",
        "1__000",
        "_1",
        "1_",
        "-1_0",
        "+",
        "-",
        "++1",
        "--1",
        " 1",
        "1 ",
        "z",
        "Z",
        "zz",
        "-zz",
        "1a",
        "0xffffffffffffffff",
        "0x10000000000000000",
        "18446744073709551615",
        "18446744073709551616",
        "9223372036854775807",
        "9223372036854775808",
        "-9223372036854775808",
        "-9223372036854775809",
        "99999999999999999999x",
        "123456789012345678",
        "1234567890123456789",
        "-123456789012345678",
        "\u00e9",
        "1\udcff",
    ]
    for bits in (8, 16, 32, 64):
        for v in (
            1 << (bits - 1),
            (1 << (bits - 1)) - 1,
            (1 << (bits - 1)) + 1,
            1 << bits,
            (1 << bits) - 1,
        ):
            out += [str(v), "-" + str(v), hex(v)]
    for _ in range(150):
        v = rng.getrandbits(rng.choice([7, 15, 31, 63, 64, 70]))
        base = rng.choice([2, 8, 10, 16, 36, 3, 7])
        s = sc.FormatUint(v, base) if v < 1 << 64 else str(v)
        if rng.random() < 0.3:
            s = rng.choice(["-", "+"]) + s
        if rng.random() < 0.2:
            i = rng.randint(0, len(s))
            s = s[:i] + "_" + s[i:]
        out.append(s)
    return out


def gen_strings(rng: random.Random) -> list[str]:
    pool = (
        [chr(c) for c in range(0, 0x80)]
        + [
            "\u00a0",
            "\u00ad",
            "\u00e9",
            "\u0378",
            "\u2028",
            "\u200b",
            "\u3000",
            "\ufeff",
            "\ufffd",
            "\U0001f600",
            "\U0001fae9",
            "\U00031350",
            "\U0002ebf0",
            "\U000e0001",
            "\U0010ffff",
            "\u1c89",
            "\u0897",
            "\U00011f00",
            "\U0001ccd6",
            "\U0001e5d0",
            "\U00016d40",
            "\ua7cb",
            "\U0001fa8a",
            "\U00013460",
            "\u2fff",
            "\u31e4",
        ]
        + [chr(0xDC00 + b) for b in (0x80, 0xBF, 0xC3, 0xE2, 0xF0, 0xFF, 0xED, 0xA0)]
        + [chr(rng.randint(0x80, 0x2FFFF)) for _ in range(60)]
    )
    pool = [p for p in pool if not 0xD800 <= ord(p) <= 0xDBFF and not 0xDC00 <= ord(p) < 0xDC80]
    out = [
        "",
        "hello",
        'a"b',
        "a\\b",
        "`",
        "tab\there",
        "\x7f",
        "\udcc3\udca9",
        "\udce2\udc82",
        "\udced\udca0\udc80",
        "\udcf4\udc90\udc80\udc80",
        "'",
        "\n\r",
    ]
    for _ in range(400):
        out.append("".join(rng.choice(pool) for _ in range(rng.randint(1, 12))))
    return out


def gen_runes(rng: random.Random) -> list[int]:
    out = [
        -1,
        -0x80000000,
        0,
        7,
        0x1F,
        0x20,
        0x27,
        0x22,
        0x5C,
        0x7E,
        0x7F,
        0x80,
        0x9F,
        0xA0,
        0xAD,
        0xFF,
        0x100,
        0x378,
        0xD7FF,
        0xD800,
        0xDBFF,
        0xDC00,
        0xDFFF,
        0xE000,
        0xFEFF,
        0xFFFD,
        0xFFFE,
        0xFFFF,
        0x10000,
        0x1F600,
        0x10FFFF,
        0x110000,
        0x7FFFFFFF,
        0x2000,
        0x3000,
        0x1680,
    ]
    out += [rng.randint(0, 0x10FFFF) for _ in range(600)]
    out += [rng.randint(0, 0x3000) for _ in range(300)]
    return out


def gen_unquote_inputs(rng: random.Random) -> list[str]:
    tokens = [
        "a",
        "Z",
        " ",
        "\u00e9",
        "\U0001f600",
        "\\n",
        "\\t",
        "\\a",
        "\\b",
        "\\f",
        "\\r",
        "\\v",
        "\\\\",
        "\\'",
        '\\"',
        "\\x41",
        "\\xff",
        "\\xFf",
        "\\x4",
        "\\xg0",
        "\\u00e9",
        "\\u12",
        "\\ud800",
        "\\U0001F600",
        "\\U00110000",
        "\\377",
        "\\400",
        "\\8",
        "\\12",
        "\\q",
        "\\",
        "\n",
        "\r",
        "\t",
        "\udcff",
        "\udcc3\udca9",
        "'",
        '"',
        "`",
        "\\u0041",
    ]
    out = [
        '""',
        "''",
        "``",
        '"',
        "'",
        "`",
        "a",
        '"abc"',
        "'a'",
        "'ab'",
        "'\\n'",
        "'\\x41'",
        "'\\u00e9'",
        "'\u00e9'",
        "'\udcff'",
        "`a\rb`",
        "`a\nb`",
        '"a\nb"',
        "'''",
        "'\"'",
        '"\'"',
        "`\\n`",
        '"\\xc3\\xa9"',
        '"\\xc3"',
        "'\\xff'",
        "'\\377'",
        "'\\u12345'",
    ]
    for _ in range(600):
        q = rng.choice(['"', "'", "`"])
        n = rng.choice([1, 1, 2, 3, 5])
        body = "".join(rng.choice(tokens) for _ in range(n))
        s = q + body + (q if rng.random() < 0.85 else "")
        if rng.random() < 0.15:
            s += rng.choice(["x", q, " ", '"rest"'])
        out.append(s)
    return out


# --------------------------------------------------------------------------- the Go oracle

GO_MAIN = r"""
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math"
	"os"
	"strconv"
)

var w = bufio.NewWriterSize(os.Stdout, 1<<20)

func h(s string) string { return hex.EncodeToString([]byte(s)) + "." }
func e(err error) string {
	if err == nil {
		return "nil"
	}
	return h(err.Error())
}

func try(f func() string) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "panic:" + h(fmt.Sprint(r))
		}
	}()
	return f()
}

var floatBits = []uint64{@FLOATS@}
var floatStrs = @FLOATSTRS@
var intStrs = @INTSTRS@
var strs = @STRS@
var runes = []int32{@RUNES@}
var unq = @UNQ@
var complexStrs = @COMPLEXSTRS@
var boolStrs = @BOOLSTRS@
var ints = []int64{@INTS@}
var uints = []uint64{@UINTS@}
var f32s = []uint32{@F32S@}

func main() {
	defer w.Flush()
	fmts := []byte("beEfgGxXz")
	precs := []int{-1, 0, 1, 2, 3, 4, 6, 8, 10, 15, 16, 17, 18, 20, 25}
	for _, b := range floatBits {
		f := math.Float64frombits(b)
		for _, bs := range []int{32, 64} {
			for _, c := range fmts {
				for _, p := range precs {
					fmt.Fprintln(w, strconv.FormatFloat(f, c, p, bs))
				}
			}
		}
	}
	fmt.Fprintln(w, try(func() string { return strconv.FormatFloat(1, 'g', -1, 16) }))
	for _, s := range floatStrs {
		for _, bs := range []int{32, 64} {
			v, err := strconv.ParseFloat(s, bs)
			fmt.Fprintln(w, math.Float64bits(v), e(err))
		}
	}
	for _, s := range intStrs {
		for _, base := range []int{0, 2, 8, 10, 16, 36, 1, 37, -1} {
			for _, bs := range []int{0, 8, 16, 32, 64, 65, -1} {
				v, err := strconv.ParseInt(s, base, bs)
				u, err2 := strconv.ParseUint(s, base, bs)
				fmt.Fprintln(w, v, e(err), u, e(err2))
			}
		}
		v, err := strconv.Atoi(s)
		fmt.Fprintln(w, v, e(err))
	}
	for _, v := range ints {
		for base := 2; base <= 36; base++ {
			fmt.Fprint(w, strconv.FormatInt(v, base), " ")
		}
		fmt.Fprintln(w, strconv.Itoa(int(v)))
	}
	for _, v := range uints {
		for base := 2; base <= 36; base++ {
			fmt.Fprint(w, strconv.FormatUint(v, base), " ")
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, try(func() string { return strconv.FormatInt(1, 1) }), try(func() string { return strconv.FormatUint(1, 37) }))
	for _, s := range strs {
		fmt.Fprintln(w, h(strconv.Quote(s)), h(strconv.QuoteToASCII(s)), h(strconv.QuoteToGraphic(s)), strconv.CanBackquote(s))
	}
	for _, r := range runes {
		fmt.Fprintln(w, h(strconv.QuoteRune(r)), h(strconv.QuoteRuneToASCII(r)), h(strconv.QuoteRuneToGraphic(r)), strconv.IsPrint(r), strconv.IsGraphic(r))
	}
	for _, f := range []func(rune) bool{strconv.IsPrint, strconv.IsGraphic} {
		in := false
		for r := rune(0); r <= 0x110000; r++ {
			v := r < 0x110000 && f(r)
			if v != in {
				fmt.Fprint(w, r, " ")
				in = v
			}
		}
		fmt.Fprintln(w)
	}
	for _, s := range unq {
		u, err := strconv.Unquote(s)
		p, err2 := strconv.QuotedPrefix(s)
		fmt.Fprint(w, h(u), e(err), " ", h(p), e(err2))
		for _, q := range []byte{'"', '\'', '`', 0} {
			v, mb, tail, err := strconv.UnquoteChar(s, q)
			fmt.Fprint(w, " ", v, mb, h(tail), e(err))
			if len(s) > 1 {
				v, mb, tail, err := strconv.UnquoteChar(s[1:], q)
				fmt.Fprint(w, " ", v, mb, h(tail), e(err))
			}
		}
		fmt.Fprintln(w)
	}
	for _, s := range complexStrs {
		for _, bs := range []int{64, 128} {
			c, err := strconv.ParseComplex(s, bs)
			fmt.Fprintln(w, math.Float64bits(real(c)), math.Float64bits(imag(c)), e(err))
		}
	}
	for i := 0; i+1 < len(floatBits); i += 2 {
		c := complex(math.Float64frombits(floatBits[i]), math.Float64frombits(floatBits[i+1]))
		for _, bs := range []int{64, 128} {
			for _, f := range []byte("eEfgGxb") {
				for _, p := range []int{-1, 0, 3} {
					fmt.Fprint(w, strconv.FormatComplex(c, f, p, bs), " ")
				}
			}
		}
		fmt.Fprintln(w)
	}
	for _, s := range boolStrs {
		b, err := strconv.ParseBool(s)
		fmt.Fprintln(w, b, e(err))
	}
	fmt.Fprintln(w, strconv.FormatBool(true), strconv.FormatBool(false), strconv.IntSize)
	for _, b := range f32s {
		f := float64(math.Float32frombits(b))
		fmt.Fprintln(w, strconv.FormatFloat(f, 'g', -1, 32), strconv.FormatFloat(f, 'e', -1, 32), strconv.FormatFloat(f, 'g', -1, 64))
	}
}
"""


def h(s: str) -> str:
    return s.encode("utf-8", "surrogateescape").hex() + "."


def e(err) -> str:
    return "nil" if err is None else h(err.Error())


def gobool(b: bool) -> str:
    return "true" if b else "false"


def try_(f) -> str:
    from go2py.runtime.panic import GoPanic

    try:
        return f()
    except GoPanic as p:
        return "panic:" + h(p.value.Error())


@pytest.fixture(scope="module")
def case_data(go, tmp_path_factory):
    rng = random.Random(SEED)
    floats = gen_floats(rng)
    float_strs = gen_float_strings(rng, floats)
    int_strs = gen_int_strings(rng)
    strs = gen_strings(rng)
    runes = gen_runes(rng)
    unq = gen_unquote_inputs(rng)
    parts = ["1", "-2.5", "1e400", "inf", "-Inf", "NaN", "0x1p-2", "1_0", "+3", "", "i", "1e-400"]
    complex_strs = [
        "(1+2i)",
        "1+2i",
        "3i",
        "-i",
        "i",
        "(1)",
        "1+",
        "1+i",
        "(1+2i",
        "1++2i",
        "1+-2i",
        "+1-2i",
        "1e400+1i",
        "1+1e400i",
        "infi",
        "NaN+NaNi",
        "(0x1p3+0x1p-2i)",
        "1 +2i",
        "()",
    ]
    for _ in range(150):
        a, b = rng.choice(parts), rng.choice(parts)
        sep = rng.choice(["+", "-", "", "++"])
        s = a + sep + b + rng.choice(["i", "", "i"])
        if rng.random() < 0.3:
            s = "(" + s + ")"
        complex_strs.append(s)
    bool_strs = [
        "1",
        "t",
        "T",
        "TRUE",
        "true",
        "True",
        "0",
        "f",
        "F",
        "FALSE",
        "false",
        "False",
        "",
        "yes",
        "tRUE",
        "2",
        " true",
    ]
    ints = [0, 1, -1, 2**63 - 1, -(2**63), 35, -36, 1000] + [
        rng.randint(-(2**63), 2**63 - 1) for _ in range(60)
    ]
    uints = [0, 1, 2**64 - 1, 2**63] + [rng.getrandbits(64) for _ in range(60)]
    f32s = [b for b in (rng.getrandbits(32) for _ in range(20000)) if (b >> 23) & 0xFF != 0xFF]
    f32s += [1, 2, 0x7F7FFFFF, 0x00800000, 0x007FFFFF, 0x80000001] + list(
        range(0x3F800000, 0x3F800000 + 300)
    )
    src = (
        GO_MAIN.replace("@FLOATS@", ",".join(str(f64bits(x)) for x in floats))
        .replace("@FLOATSTRS@", go_str_slice(float_strs))
        .replace("@INTSTRS@", go_str_slice(int_strs))
        .replace("@STRS@", go_str_slice(strs))
        .replace("@RUNES@", ",".join(str(r) for r in runes))
        .replace("@UNQ@", go_str_slice(unq))
        .replace("@COMPLEXSTRS@", go_str_slice(complex_strs))
        .replace("@BOOLSTRS@", go_str_slice(bool_strs))
        .replace("@INTS@", ",".join(map(str, ints)))
        .replace("@UINTS@", ",".join(map(str, uints)))
        .replace("@F32S@", ",".join(map(str, f32s)))
    )
    lines = run_go(go, src, tmp_path_factory.mktemp("strconv"))
    return dict(
        floats=floats,
        float_strs=float_strs,
        int_strs=int_strs,
        strs=strs,
        runes=runes,
        unq=unq,
        complex_strs=complex_strs,
        bool_strs=bool_strs,
        ints=ints,
        uints=uints,
        f32s=f32s,
        lines=iter(lines),
    )


def _check(bad, total, what):
    assert not bad, f"{len(bad)}/{total} {what} mismatches, first ones:\n" + "\n".join(
        map(str, bad[:15])
    )


# The tests consume the Go output in order; they must run in file order.


def test_format_float(case_data):
    lines = case_data["lines"]
    bad = []
    n = 0
    for x in case_data["floats"]:
        for bs in (32, 64):
            for c in "beEfgGxXz":
                for p in (-1, 0, 1, 2, 3, 4, 6, 8, 10, 15, 16, 17, 18, 20, 25):
                    want = next(lines)
                    got = sc.FormatFloat(x, ord(c), p, bs)
                    n += 1
                    if got != want:
                        bad.append((x, c, p, bs, got, want))
    assert n > 50000
    _check(bad, n, "FormatFloat")
    assert try_(lambda: sc.FormatFloat(1.0, "g", -1, 16)) == next(lines)


def test_parse_float(case_data):
    lines = case_data["lines"]
    bad = []
    for s in case_data["float_strs"]:
        for bs in (32, 64):
            want = next(lines)
            v, err = sc.ParseFloat(s, bs)
            got = "%d %s" % (f64bits(v), e(err))
            if got != want:
                bad.append((s, bs, got, want))
    _check(bad, 2 * len(case_data["float_strs"]), "ParseFloat")


def test_parse_int(case_data):
    lines = case_data["lines"]
    bad = []
    n = 0
    for s in case_data["int_strs"]:
        for base in (0, 2, 8, 10, 16, 36, 1, 37, -1):
            for bs in (0, 8, 16, 32, 64, 65, -1):
                want = next(lines)
                v, err = sc.ParseInt(s, base, bs)
                u, err2 = sc.ParseUint(s, base, bs)
                got = "%d %s %d %s" % (v, e(err), u, e(err2))
                n += 1
                if got != want:
                    bad.append((s, base, bs, got, want))
        want = next(lines)
        v, err = sc.Atoi(s)
        got = "%d %s" % (v, e(err))
        if got != want:
            bad.append((s, "Atoi", got, want))
    _check(bad, n, "ParseInt/ParseUint/Atoi")


def test_format_int(case_data):
    lines = case_data["lines"]
    bad = []
    for v in case_data["ints"]:
        got = " ".join(sc.FormatInt(v, b) for b in range(2, 37)) + " " + sc.Itoa(v)
        want = next(lines)
        if got != want:
            bad.append((v, got, want))
    for v in case_data["uints"]:
        got = " ".join(sc.FormatUint(v, b) for b in range(2, 37)) + " "
        want = next(lines)
        if got != want:
            bad.append((v, got, want))
    _check(bad, 0, "FormatInt/FormatUint")
    got = try_(lambda: sc.FormatInt(1, 1)) + " " + try_(lambda: sc.FormatUint(1, 37))
    assert got == next(lines)


def test_quote(case_data):
    lines = case_data["lines"]
    bad = []
    for s in case_data["strs"]:
        got = " ".join(
            [
                h(sc.Quote(s)),
                h(sc.QuoteToASCII(s)),
                h(sc.QuoteToGraphic(s)),
                gobool(sc.CanBackquote(s)),
            ]
        )
        want = next(lines)
        if got != want:
            bad.append((s, got, want))
    for r in case_data["runes"]:
        got = " ".join(
            [
                h(sc.QuoteRune(r)),
                h(sc.QuoteRuneToASCII(r)),
                h(sc.QuoteRuneToGraphic(r)),
                gobool(sc.IsPrint(r)),
                gobool(sc.IsGraphic(r)),
            ]
        )
        want = next(lines)
        if got != want:
            bad.append((r, got, want))
    _check(bad, len(case_data["strs"]) + len(case_data["runes"]), "Quote")


def test_is_print_tables(case_data):
    """IsPrint and IsGraphic over every code point (Unicode 17.0, as Go)."""
    lines = case_data["lines"]
    for f in (sc.IsPrint, sc.IsGraphic):
        changes = []
        cur = False
        for r in range(0x110001):
            v = r < 0x110000 and f(r)
            if v != cur:
                changes.append(str(r))
                cur = v
        assert " ".join(changes) + " " == next(lines)


def test_unquote(case_data):
    lines = case_data["lines"]
    bad = []
    for s in case_data["unq"]:
        u, err = sc.Unquote(s)
        p, err2 = sc.QuotedPrefix(s)
        parts = [h(u) + e(err) + " " + h(p) + e(err2)]
        for q in (0x22, 0x27, 0x60, 0):
            v, mb, tail, err = sc.UnquoteChar(s, q)
            parts.append(" %d %s%s%s" % (v, gobool(mb), h(tail), e(err)))
            b = s.encode("utf-8", "surrogateescape")
            if len(b) > 1:
                v, mb, tail, err = sc.UnquoteChar(b[1:].decode("utf-8", "surrogateescape"), q)
                parts.append(" %d %s%s%s" % (v, gobool(mb), h(tail), e(err)))
        got = "".join(parts)
        want = next(lines)
        if got != want:
            bad.append((s, got, want))
    _check(bad, len(case_data["unq"]), "Unquote/UnquoteChar/QuotedPrefix")


def test_complex(case_data):
    lines = case_data["lines"]
    bad = []
    for s in case_data["complex_strs"]:
        for bs in (64, 128):
            c, err = sc.ParseComplex(s, bs)
            got = "%d %d %s" % (f64bits(c.real), f64bits(c.imag), e(err))
            want = next(lines)
            if got != want:
                bad.append((s, bs, got, want))
    fl = case_data["floats"]
    for i in range(0, len(fl) - 1, 2):
        c = complex(fl[i], fl[i + 1])
        parts = []
        for bs in (64, 128):
            for f in "eEfgGxb":
                for p in (-1, 0, 3):
                    parts.append(sc.FormatComplex(c, ord(f), p, bs) + " ")
        got = "".join(parts)
        want = next(lines)
        if got != want:
            bad.append((c, got, want))
    _check(bad, 0, "ParseComplex/FormatComplex")


def test_bool(case_data):
    lines = case_data["lines"]
    for s in case_data["bool_strs"]:
        b, err = sc.ParseBool(s)
        assert "%s %s" % (gobool(b), e(err)) == next(lines), s
    assert "%s %s %d" % (sc.FormatBool(True), sc.FormatBool(False), sc.IntSize) == next(lines)


def test_float32_shortest(case_data):
    lines = case_data["lines"]
    bad = []
    for b in case_data["f32s"]:
        f = struct.unpack("<f", struct.pack("<I", b))[0]
        got = " ".join(
            [
                sc.FormatFloat(f, ord("g"), -1, 32),
                sc.FormatFloat(f, ord("e"), -1, 32),
                sc.FormatFloat(f, ord("g"), -1, 64),
            ]
        )
        want = next(lines)
        if got != want:
            bad.append((b, got, want))
    _check(bad, len(case_data["f32s"]), "float32 shortest")
    with pytest.raises(StopIteration):
        next(lines)


def test_errors_identity():
    _, err = sc.ParseInt("999999999999999999999", 10, 64)
    assert err.Err is sc.ErrRange and err.Unwrap() is sc.ErrRange
    assert err.Error() == 'strconv.ParseInt: parsing "999999999999999999999": value out of range'
    _, err = sc.Atoi("x")
    assert err.Err is sc.ErrSyntax and err.Func == "Atoi" and err.Num == "x"
    assert err.Error() == 'strconv.Atoi: parsing "x": invalid syntax'
