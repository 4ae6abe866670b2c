"""go2py.runtime.fmtcore against the real Go toolchain's fmt.Sprintf.

For every basic kind, each generated directive (flags, width, precision,
verb) is applied to each value in Go and in Python.
"""

from __future__ import annotations

import itertools
import math
import random
import struct

import pytest

from go2py.runtime.fmtcore import Flags, format_value, parse_spec, quote_go
from go2py.runtime.std import strconv

from .gohelp import from_hex, go_lit, go_str_slice, run_go

SEED = 4242


def f32(x: float) -> float:
    return struct.unpack("<f", struct.pack("<f", x))[0]


def f64bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


VERBS = "vdbBoOxXcqUeEfFgGstz"
FLAGSETS = ["".join(c) for n in range(0, 6) for c in itertools.combinations("+-# 0", n)]


def gen_specs(rng: random.Random, n: int) -> list[str]:
    common = [
        "%",
        "%5",
        "%-5",
        "%05",
        "%.2",
        "%8.3",
        "%-8.3",
        "%+",
        "%#",
        "% ",
        "%+08.3",
        "%#x",
        "%.0",
        "%010",
    ]
    specs = []
    for verb in VERBS:
        for c in common:
            if c.endswith("x"):
                continue
            specs.append(c + verb)
        for _ in range(n):
            fl = rng.choice(FLAGSETS)
            w = rng.choice(["", "", "0", "1", "3", "8", "15"])
            if fl.endswith("0") and w.startswith("0"):
                w = ""
            p = rng.choice(["", "", ".", ".0", ".1", ".2", ".3", ".6", ".12"])
            specs.append("%" + fl + w + p + verb)
    return sorted(set(specs))


KINDS = {
    "int": [
        0,
        1,
        -1,
        7,
        42,
        -42,
        255,
        65,
        0x263A,
        0x1F600,
        0x110000,
        0xD800,
        2**63 - 1,
        -(2**63),
        1234567,
    ],
    "int8": [-128, 127, 0, -1, 65],
    "uint8": [0, 255, 65, 10],
    "uint16": [0, 65535, 0xFFFD],
    "int32": [0x263A, -1, 0x7FFFFFFF, -0x80000000, 0x7F, 0xDFFF],
    "uint64": [0, 2**64 - 1, 2**63, 0x10FFFF, 12345678901234567890],
    "uint": [0, 1, 2**64 - 1, 48879],
    "float64": [
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.1,
        1.5,
        -2.5,
        123456.789,
        1e21,
        1e20,
        1e-5,
        1e-4,
        3.14159265358979,
        1e100,
        -1e-100,
        5e-324,
        1.7976931348623157e308,
        math.inf,
        -math.inf,
        math.nan,
        100.0,
        0.000123456,
        999999.9999,
        2.0**60,
        1 / 3,
    ],
    "float32": [
        f32(x)
        for x in (
            0.0,
            -0.0,
            1.0,
            0.1,
            1.5,
            -2.5,
            123456.789,
            1e21,
            1e-5,
            3.4028234663852886e38,
            1.401298464324817e-45,
            16777217.0,
            math.inf,
            -math.inf,
            math.nan,
            1 / 3,
        )
    ],
    "complex128": [
        0j,
        1 + 2j,
        complex(-1.5, -0.0),
        complex(math.inf, math.nan),
        complex(1e21, 1e-7),
        complex(0.1, -3.25),
    ],
    "complex64": [complex(f32(0.1), f32(-2.5)), 0j, complex(f32(1e10), f32(1 / 3))],
    "string": [
        "",
        "hi",
        "hello, world",
        "\u00e9t\u00e9",
        "\u65e5\u672c\u8a9e",
        'a"b\\c',
        "tab\t",
        "\x00\x7f",
        "\udcff\udcfe",
        "x\udcc3",
        "\U0001f600!",
        "`back`",
        "\ufeff",
        "\u0378\u200b",
    ],
    "bool": [True, False],
}


def go_value(kind: str, v) -> str:
    if kind == "string":
        return go_lit(v)
    if kind == "bool":
        return "true" if v else "false"
    if kind in ("float64", "float32"):
        return "%s(math.Float64frombits(%d))" % (kind, f64bits(v))
    if kind in ("complex128", "complex64"):
        return "%s(complex(math.Float64frombits(%d), math.Float64frombits(%d)))" % (
            kind,
            f64bits(v.real),
            f64bits(v.imag),
        )
    return "%s(%d)" % (kind, v)


GO_MAIN = r"""
package main

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"math"
	"os"
)

var w = bufio.NewWriterSize(os.Stdout, 1<<20)

type Celsius float64
type Name string

func out(s string) { w.WriteString(hex.EncodeToString([]byte(s)) + "\n") }

func main() {
	defer w.Flush()
	_ = math.Inf
@BODY@
	out(fmt.Sprintf("%d|%x|%s", Celsius(1.5), Name("ab"), Celsius(2)))
}
"""


@pytest.fixture(scope="module")
def cases(go, tmp_path_factory):
    rng = random.Random(SEED)
    body = []
    plan = []
    for kind, values in KINDS.items():
        specs = gen_specs(rng, 12)
        body.append(
            "\t{\n\t\tspecs := %s\n\t\tvals := []%s{%s}\n"
            % (go_str_slice(specs), kind, ", ".join(go_value(kind, v) for v in values))
        )
        body.append(
            "\t\tfor _, s := range specs {\n\t\t\tfor _, v := range vals {\n"
            "\t\t\t\tout(fmt.Sprintf(s, v))\n\t\t\t}\n\t\t}\n\t}\n"
        )
        plan.append((kind, specs, values))
    src = GO_MAIN.replace("@BODY@", "".join(body))
    lines = run_go(go, src, tmp_path_factory.mktemp("fmtcore"))
    return plan, lines


def test_format_value(cases):
    plan, lines = cases
    it = iter(lines)
    bad = []
    n = 0
    for kind, specs, values in plan:
        for spec in specs:
            for v in values:
                want = from_hex(next(it))
                fl, verb = parse_spec(spec)
                got = format_value(fl, verb, v, kind)
                n += 1
                if got != want:
                    bad.append((kind, spec, v, got, want))
    assert n > 20000
    assert not bad, f"{len(bad)}/{n} mismatches:\n" + "\n".join(map(repr, bad[:20]))
    # named types in the bad-verb form
    fl, verb = parse_spec("%d")
    a = format_value(fl, verb, 1.5, "float64", "main.Celsius")
    fl, verb = parse_spec("%x")
    b = format_value(fl, verb, "ab", "string", "main.Name")
    fl, verb = parse_spec("%s")
    c = format_value(fl, verb, 2.0, "float64", "main.Celsius")
    assert a + "|" + b + "|" + c == from_hex(next(it))
    with pytest.raises(StopIteration):
        next(it)


def test_parse_spec_moves_v_flags():
    fl, verb = parse_spec("%#+v")
    assert verb == "v" and fl.sharpV and fl.plusV and not fl.sharp and not fl.plus
    fl, verb = parse_spec("%-08.3f")
    assert (fl.minus, fl.zero, fl.wid, fl.prec, verb) == (True, True, 8, 3, "f")
    fl, verb = parse_spec("%.x")
    assert fl.prec == 0 and verb == "x"
    assert isinstance(Flags(), Flags)


def test_quote_go_is_strconv_quote():
    assert quote_go is strconv.Quote
    assert quote_go("a\n\udcff\u00e9") == '"a\\n\\xff\u00e9"'
