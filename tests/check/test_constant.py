"""Tests for go2py.check.constant against the real Go toolchain.

Expected values come from Go: `oracle.go` (next to this file) evaluates every
expression with go/types (which uses go/constant) and prints the exact value,
its kind, type and go/constant's String(); it also type-checks declarations and
reports the checker's messages. Invalid literals and message texts are checked
with `go build` itself. Everything Go has to say is gathered in two runs.
"""

from __future__ import annotations

import json
import math
import struct
import subprocess
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from go2py.check import constant as C
from go2py.check.constant import Value
from go2py.gotool import go_environ

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------
# Operands: Go source text paired with how the module computes the same value.


class Op:
    """A constant expression: its Go text and its value computed by the module."""

    def __init__(self, text: str, value: Callable[[], Value], untyped_int: bool = False) -> None:
        self.text = text
        self.value = value
        self.untyped_int = untyped_int


def lit(text: str, kind: str) -> Op:
    return Op(text, lambda: C.make_from_literal(text, kind), kind in ("INT", "CHAR"))


def neg(o: Op) -> Op:
    text = f"-({o.text})" if " " in o.text else f"-{o.text}"
    return Op(text, lambda: C.unary_op("-", o.value()), o.untyped_int)


def I(s: str) -> Op:
    return neg(lit(s[1:], "INT")) if s.startswith("-") else lit(s, "INT")


def F(s: str) -> Op:
    return neg(lit(s[1:], "FLOAT")) if s.startswith("-") else lit(s, "FLOAT")


def binop(x: Op, op: str, y: Op) -> Op:
    both_int = x.untyped_int and y.untyped_int
    return Op(
        f"({x.text}) {op} ({y.text})",
        lambda: C.binary_op(x.value(), op, y.value(), int_div=both_int),
        both_int,
    )


INTS = [
    I(s)
    for s in [
        "0",
        "1",
        "-1",
        "7",
        "-7",
        "2",
        "-2",
        "3",
        "-3",
        "255",
        "0x7fffffffffffffff",
        "-0x8000000000000000",
        "123456789012345678901234567890",
        "-98765432109876543210987654321",
        "0b1011",
        "0o777",
        "0777",
    ]
]
FLOATS = [
    F(s)
    for s in [
        "1.5",
        "-0.1",
        "0.1",
        "1e100",
        "-1e-100",
        "0x1p-2",
        "3.0",
        "2.5e3",
        "1e400",
        "-1e-400",
        "0x1.fffffffffffffp1023",
        "6.02214076e23",
    ]
]
COMPLEXES = [
    lit("2i", "IMAG"),
    lit("1.5i", "IMAG"),
    binop(I("1"), "+", lit("2i", "IMAG")),
    binop(F("-0.5"), "-", lit("0.25i", "IMAG")),
    binop(F("1e300"), "+", lit("1e-300i", "IMAG")),
]
RUNES = [lit(s, "CHAR") for s in ["'a'", "'\\n'", "'\\xff'", "'ä'", "'\\U0010FFFF'"]]
STRINGS = [lit(s, "STRING") for s in ['""', '"a"', '"abc"', '"\\xff"', '"é"', '"ab\\x00"', "`raw`"]]


def build_cases() -> list[Op]:
    cases: list[Op] = []
    numeric = INTS + FLOATS + COMPLEXES + RUNES
    cases += numeric + STRINGS
    for o in numeric:
        cases += [
            Op(f"-({o.text})", lambda o=o: C.unary_op("-", o.value())),
            Op(f"+({o.text})", lambda o=o: C.unary_op("+", o.value())),
        ]
    for o in INTS + RUNES:
        cases.append(Op(f"^({o.text})", lambda o=o: C.unary_op("^", o.value())))
    for w in (8, 16, 32, 64):
        for s in ("0", "1", "200", "0x7f"):
            if int(s, 0) < 1 << w:
                cases.append(
                    Op(f"^uint{w}({s})", lambda s=s, w=w: C.unary_op("^", C.make_int(int(s, 0)), w))
                )
        cases.append(Op(f"^int{w}(5)", lambda: C.unary_op("^", C.make_int(5))))
    cases.append(Op("!true", lambda: C.unary_op("!", C.make_bool(True))))
    # integer arithmetic (untyped: / and % truncate)
    for x in INTS + RUNES[:2]:
        for y in INTS + RUNES[:2]:
            for op in ("+", "-", "*", "&", "|", "^", "&^"):
                cases.append(binop(x, op, y))
            if y.text != "0":
                cases += [binop(x, "/", y), binop(x, "%", y)]
    # mixed and float arithmetic
    reals = FLOATS + INTS[:9]
    for x in reals:
        for y in reals:
            for op in ("+", "-", "*"):
                cases.append(binop(x, op, y))
            if y.text not in ("0", "-0"):
                cases.append(binop(x, "/", y))
    for x in COMPLEXES + FLOATS[:3] + INTS[:4]:
        for y in COMPLEXES:
            for op in ("+", "-", "*", "/"):
                cases.append(binop(x, op, y))
                cases.append(binop(y, op, x)) if x.text != "0" or op != "/" else None
    # strings and booleans
    for x in STRINGS:
        for y in STRINGS:
            cases.append(binop(x, "+", y))
    for a in ("true", "false"):
        for b in ("true", "false"):
            for op in ("&&", "||"):
                cases.append(
                    Op(
                        f"{a} {op} {b}",
                        lambda a=a, op=op, b=b: C.binary_op(
                            C.make_bool(a == "true"), op, C.make_bool(b == "true")
                        ),
                    )
                )
    # shifts
    for x in INTS[:10] + INTS[12:14]:
        for s in (0, 1, 3, 31, 63, 64, 70, 200):
            for op in ("<<", ">>"):
                if op == "<<" and (C.bit_len(x.value()) + s > 500):
                    continue
                cases.append(
                    Op(f"({x.text}) {op} {s}", lambda x=x, op=op, s=s: C.shift(x.value(), op, s))
                )
    cases.append(Op("4.0 << 2", lambda: C.shift(C.make_float(Fraction(4)), "<<", 2)))
    # huge values: go/constant computes with 512-bit floats
    cases += HUGE
    cases.append(Op(f"({HUGE[-1].text}) << 1", lambda: C.shift(HUGE[-1].value(), "<<", 1)))
    cases.append(binop(lit("1e5000i", "IMAG"), "*", lit("1e-5000i", "IMAG")))
    cases.append(binop(lit("1e5000i", "IMAG"), "/", binop(I("3"), "+", lit("1e-5000i", "IMAG"))))
    # complex parts Go holds as integers print in full
    big = I("1234567")
    cbig = [
        binop(big, "+", lit("1i", "IMAG")),
        binop(F("1234567.0"), "+", lit("1i", "IMAG")),
        binop(I("1"), "+", lit("1234567i", "IMAG")),
        binop(big, "-", lit("0x10i", "IMAG")),
    ]
    for c in list(cbig):
        cbig.append(binop(c, "*", I("2")))
        cbig.append(binop(c, "*", binop(I("3"), "+", lit("1i", "IMAG"))))
        cbig.append(binop(c, "/", I("1")))
        cbig.append(binop(c, "+", F("0.5")))
        cbig.append(neg(c))
    cbig.append(binop(lit("1i", "IMAG"), "*", lit("1i", "IMAG")))
    cases += cbig
    for c in cbig:
        cases.append(Op(f"real({c.text})", lambda c=c: C.real(c.value())))
        cases.append(Op(f"imag({c.text})", lambda c=c: C.imag(c.value())))
    # long strings are shortened by String()
    for n in (60, 69, 70, 71, 72, 100):
        s = "x" * n
        cases.append(lit(f'"{s}"', "STRING"))
        cases.append(lit(f'"{"é" * n}"', "STRING"))
        esc = "\\x01" * (n // 4)
        cases.append(lit(f'"{esc}"', "STRING"))
    return cases


def build_comparisons() -> list[tuple[str, Op, str, Op]]:
    out = []
    reals = INTS[:10] + FLOATS[:6] + RUNES[:3]
    for x in reals:
        for y in reals:
            for op in ("==", "!=", "<", "<=", ">", ">="):
                out.append((f"({x.text}) {op} ({y.text})", x, op, y))
    for x in STRINGS:
        for y in STRINGS:
            for op in ("==", "!=", "<", "<=", ">", ">="):
                out.append((f"{x.text} {op} {y.text}", x, op, y))
    for x in COMPLEXES[:3]:
        for y in COMPLEXES[:3] + INTS[:2]:
            for op in ("==", "!="):
                out.append((f"({x.text}) {op} ({y.text})", x, op, y))
    return out


# Literals: (text, token kind). Include every escape and every number form.
LITERALS = [
    ("0", "INT"),
    ("42", "INT"),
    ("1_000_000", "INT"),
    ("0x_dead_BEEF", "INT"),
    ("0X1F", "INT"),
    ("0o17", "INT"),
    ("0O17", "INT"),
    ("017", "INT"),
    ("0_17", "INT"),
    ("0b1010", "INT"),
    ("0B_1_0", "INT"),
    ("18446744073709551616", "INT"),
    ("0xffffffffffffffffffffffffffff", "INT"),
    ("0.", "FLOAT"),
    (".5", "FLOAT"),
    ("1.25", "FLOAT"),
    ("1e3", "FLOAT"),
    ("1E-3", "FLOAT"),
    ("1_0.2_5e+0_1", "FLOAT"),
    ("0x1p-2", "FLOAT"),
    ("0X1.8P+3", "FLOAT"),
    ("0x.8p1", "FLOAT"),
    ("0x1_0p0", "FLOAT"),
    ("0x1.fffffep+127", "FLOAT"),
    ("089.5", "FLOAT"),
    ("0777e1", "FLOAT"),
    ("00.5", "FLOAT"),
    ("1e-400", "FLOAT"),
    ("1e400", "FLOAT"),
    ("123456789.123456789e-5", "FLOAT"),
    ("1e1000", "FLOAT"),
    ("1000000.5", "FLOAT"),
    ("1e-7", "FLOAT"),
    ("1.0000001", "FLOAT"),
    ("123456.5", "FLOAT"),
    ("1234565.0", "FLOAT"),
    ("1234575.0", "FLOAT"),
    ("0.000012345678", "FLOAT"),
    ("0.0001", "FLOAT"),
    ("0.00001", "FLOAT"),
    ("999999.5", "FLOAT"),
    ("9999995.0", "FLOAT"),
    ("1e20", "FLOAT"),
    ("1e21", "FLOAT"),
    ("100000.0", "FLOAT"),
    ("1000000.0", "FLOAT"),
    ("3.14159265358979323846264338327950288419716939937510582097494459", "FLOAT"),
    ("0x1p1023", "FLOAT"),
    ("0x1p1024", "FLOAT"),
    ("0x1p-1074", "FLOAT"),
    ("0x1p-1075", "FLOAT"),
    ("0x1p-1076", "FLOAT"),
    ("9.999999e400", "FLOAT"),
    ("9.9999999e400", "FLOAT"),
    ("1.5e-5000", "FLOAT"),
    ("7e123456", "FLOAT"),
    ("2.5e-1000", "FLOAT"),
    ("0i", "IMAG"),
    ("1i", "IMAG"),
    ("0777i", "IMAG"),
    ("089i", "IMAG"),
    ("0x1fi", "IMAG"),
    ("0b11i", "IMAG"),
    ("0o17i", "IMAG"),
    ("1.5i", "IMAG"),
    ("1e3i", "IMAG"),
    ("0x1p-2i", "IMAG"),
    ("1_2.3_4i", "IMAG"),
    (".5i", "IMAG"),
    ("'a'", "CHAR"),
    ("'ä'", "CHAR"),
    ("'本'", "CHAR"),
    ("'😀'", "CHAR"),
    ("'\\a'", "CHAR"),
    ("'\\b'", "CHAR"),
    ("'\\f'", "CHAR"),
    ("'\\n'", "CHAR"),
    ("'\\r'", "CHAR"),
    ("'\\t'", "CHAR"),
    ("'\\v'", "CHAR"),
    ("'\\\\'", "CHAR"),
    ("'\\''", "CHAR"),
    ("'\\000'", "CHAR"),
    ("'\\377'", "CHAR"),
    ("'\\x7f'", "CHAR"),
    ("'\\xFF'", "CHAR"),
    ("'\\u12e4'", "CHAR"),
    ("'\\U00101234'", "CHAR"),
    ("'\"'", "CHAR"),
    ('""', "STRING"),
    ('"hello, world"', "STRING"),
    ('"\\a\\b\\f\\n\\r\\t\\v\\\\\\""', "STRING"),
    ('"\\xff\\x00\\x80"', "STRING"),
    ('"\\377\\000\\101"', "STRING"),
    ('"\\u00e9\\U0001F600"', "STRING"),
    ('"日本語"', "STRING"),
    ('"\'"', "STRING"),
    ("`a\\nb`", "STRING"),
    ("`a\r\nb\r`", "STRING"),
    ('`"`', "STRING"),
    ('"\\u007f\\x7f\\u00a0\\u2028\\ufeff"', "STRING"),
    ('"\\xe2\\x82a\\xed\\xa0\\x80\\xf0\\x9f\\x98!\\xc0\\xaf\\xf8"', "STRING"),
    ('"\\u200b\\U000e0001\\ufffd\\u0300x\\u3000\\U0001F600\\x1b\\x00"', "STRING"),
]

# Representability: target types x values.
TARGETS = [
    "int",
    "int8",
    "int16",
    "int32",
    "int64",
    "uint",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
    "uintptr",
    "byte",
    "rune",
    "float32",
    "float64",
    "complex64",
    "complex128",
]
REPR_VALUES = (
    [
        I(s)
        for s in [
            "0",
            "-1",
            "127",
            "128",
            "-128",
            "-129",
            "255",
            "256",
            "32767",
            "-32769",
            "65535",
            "65536",
            "2147483647",
            "2147483648",
            "-2147483648",
            "4294967295",
            "4294967296",
            "0x7fffffffffffffff",
            "0x8000000000000000",
            "-0x8000000000000000",
            "-0x8000000000000001",
            "0xffffffffffffffff",
            "0x10000000000000000",
            "16777217",
            "9007199254740993",
        ]
    ]
    + [
        F(s)
        for s in [
            "1.5",
            "-1.5",
            "2.0",
            "-0.0",
            "1e100",
            "1e-400",
            "0.1",
            "1e39",
            "3.4028235e38",
            "3.4028235677973366e38",
            "3.4028235677973367e38",
            "1.7976931348623157e308",
            "1.797693134862315708e308",
            "1.7976931348623159e308",
            "1e309",
            "1e-46",
            "1e-45",
            "0x1p-149",
            "0x1p-150",
            "0x1.8p-150",
            "0x1p-1074",
            "0x1p-1075",
            "4.9e-324",
            "2e-324",
            "255.0",
            "256.0",
            "-128.0",
            "1e18",
            "1e19",
            "1e20",
        ]
    ]
    + COMPLEXES[:4]
    + [binop(I("3"), "+", lit("0i", "IMAG")), I("1234567")]
    + RUNES[:2]
)

HUGE = [
    binop(F("1e5000"), "*", F("1e5000")),
    binop(F("1e5000"), "/", I("3")),
    binop(binop(F("1e5000"), "/", I("3")), "*", I("3")),
    binop(F("1e-5000"), "*", F("1e5000")),
    binop(binop(F("1e-5000"), "*", F("1e5000")), "+", binop(F("1.0"), "/", I("3"))),
    binop(F("1e-5000"), "-", F("1e-5001")),
    binop(F("1e1300"), "*", I("0")),
    binop(binop(F("1.0"), "/", I("3")), "*", F("1e-5000")),
    binop(F("1e1300"), "/", F("1e1290")),
]
REPR_VALUES += [HUGE[3], HUGE[-1], F("0x1p4094"), F("0x1p4095")]


def _bits(f: float) -> int:
    return int(struct.unpack("<Q", struct.pack("<d", f))[0])


def _format_floats() -> list[float]:
    import random

    rng = random.Random(1234)
    fs = [
        0.0,
        -0.0,
        1.0,
        -1.5,
        0.1,
        1e21,
        1e20,
        123456.0,
        1234567.0,
        999999.5,
        9999995.0,
        0.0001,
        0.00001,
        1e-5,
        9.999995e-5,
        5e-324,
        2.2250738585072014e-308,
        1.7976931348623157e308,
        3.4028234663852886e38,
        1.401298464324817e-45,
        100.0,
        1e6,
        123456.5,
        1234565.0,
        0.3,
        2.0 / 3.0,
        math.pi,
        1e100,
        1.5e-300,
        16777217.0,
    ]
    for _ in range(600):
        fs.append(struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0])
    for _ in range(600):
        m = rng.choice([1, 5, 9, 15, 99, 125, 999995, 1234565, rng.randrange(1, 10**9)])
        fs.append(m * 10.0 ** rng.randrange(-320, 300))
    for _ in range(300):
        fs.append(rng.uniform(-1e7, 1e7))
    return [f for f in fs if math.isfinite(f)]


FORMAT_FLOATS = _format_floats()


def _run_oracle(go: str, tmp: Path, request: dict) -> dict:
    src = tmp / "oracle.go"
    src.write_text((HERE / "oracle.go").read_text())
    out = subprocess.run(
        check=False,
        args=[go, "run", str(src)],
        input=json.dumps(request),
        capture_output=True,
        text=True,
        env=go_environ(),
        cwd=tmp,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


CASES = build_cases()
COMPARISONS = build_comparisons()


@pytest.fixture(scope="module")
def oracle(go: str, tmp_path_factory: pytest.TempPathFactory) -> dict:
    evals = [c.text for c in CASES]
    evals += [text for text, _, _, _ in COMPARISONS]
    evals += [text for text, _ in LITERALS]
    evals += [f"{t}({v.text})" for t in TARGETS for v in REPR_VALUES]
    decls = [f"var _ {t} = {v.text}" for t in TARGETS for v in REPR_VALUES]
    decls += [
        f"var _ {t} = {v.text}" for t in ("string", "bool") for v in REPR_VALUES[:3] + STRINGS[:2]
    ]
    res = _run_oracle(
        go,
        tmp_path_factory.mktemp("oracle"),
        {"evals": evals, "decls": decls, "floats": [_bits(f) for f in FORMAT_FLOATS]},
    )
    it = iter(res["evals"])
    return {
        "cases": [next(it) for _ in CASES],
        "comparisons": [next(it) for _ in COMPARISONS],
        "literals": [next(it) for _ in LITERALS],
        "conversions": [next(it) for _ in range(len(TARGETS) * len(REPR_VALUES))],
        "decls": res["decls"],
        "formats": res["formats"],
    }


def _frac(s: str) -> Fraction:
    n, _, d = s.partition("/")
    return Fraction(int(n), int(d or "1"))


def _check_exact(v: Value, r: dict, what: str) -> None:
    kind = {
        C.BOOL: "Bool",
        C.STRING: "String",
        C.INT: "Int",
        C.FLOAT: "Float",
        C.COMPLEX: "Complex",
        C.UNKNOWN: "Unknown",
    }[v.kind]
    assert kind == r["kind"], what
    ex = r["exact"]
    if any("unknown" in e for e in ex):
        return  # go/constant cannot give num/den of its huge 512-bit floats; String() is checked
    if v.kind == C.BOOL:
        assert str(C.bool_val(v)).lower() == ex[0], what
    elif v.kind == C.STRING:
        assert C.string_val(v).hex() == ex[0], what
    elif v.kind == C.INT:
        assert C.int_val(v) == int(ex[0]), what
    elif v.kind == C.FLOAT:
        assert C.float_val(v) == _frac(ex[0]), what
    elif v.kind == C.COMPLEX:
        assert C.complex_val(v) == (_frac(ex[0]), _frac(ex[1])), what


# ---------------------------------------------------------------------------
# Values, operators and String() against go/types


def test_case_count() -> None:
    assert len(CASES) > 1500


def test_expressions(oracle: dict) -> None:
    bad = []
    for case, r in zip(CASES, oracle["cases"], strict=True):
        assert not r.get("err"), (case.text, r)
        v = case.value()
        try:
            _check_exact(v, r, case.text)
        except AssertionError:
            bad.append((case.text, repr(v), r))
    assert not bad, bad[:10]


def test_to_string(oracle: dict) -> None:
    bad = []
    for case, r in zip(CASES, oracle["cases"], strict=True):
        s = C.to_string(case.value())
        if s != r["str"]:
            bad.append((case.text, s, r["str"]))
    assert not bad, bad[:10]


def test_comparisons(oracle: dict) -> None:
    for (text, x, op, y), r in zip(COMPARISONS, oracle["comparisons"], strict=True):
        assert r["kind"] == "Bool", (text, r)
        assert str(C.compare(x.value(), op, y.value())).lower() == r["exact"][0], text


def test_literals(oracle: dict) -> None:
    for (text, kind), r in zip(LITERALS, oracle["literals"], strict=True):
        assert not r.get("err"), (text, r)
        v = C.make_from_literal(text, kind)
        _check_exact(v, r, text)
        assert C.to_string(v) == r["str"], text


def test_conversions(oracle: dict) -> None:
    """T(c) is valid exactly when c is representable by T, and yields the rounded value."""
    rs = iter(oracle["conversions"])
    for t in TARGETS:
        for o in REPR_VALUES:
            r = next(rs)
            ok, rounded, reason = C.representable(o.value(), t)
            what = f"{t}({o.text})"
            assert ok == (not r.get("err")), (what, r)
            if ok:
                assert rounded is not None
                _check_exact(rounded, r, what)
                assert C.to_string(rounded) == r["str"], what
            else:
                assert rounded is None and reason in ("overflows", "truncated"), what


def test_assignment_reasons(oracle: dict) -> None:
    """`var _ T = c`: the reason in the checker's message is representable()'s."""
    msgs = iter(oracle["decls"])
    for t in TARGETS:
        for o in REPR_VALUES:
            msg = next(msgs)
            ok, _, reason = C.representable(o.value(), t)
            what = f"var _ {t} = {o.text}"
            if ok:
                assert msg == "", (what, msg)
            else:
                assert msg.endswith(f"({reason})"), (what, msg, reason)
                assert f"as {t} value in variable declaration" in msg
    for t in ("string", "bool"):
        for o in REPR_VALUES[:3] + STRINGS[:2]:
            msg = next(msgs)
            ok, _, reason = C.representable(o.value(), t)
            assert ok == (msg == ""), (t, o.text, msg)
            assert reason is None
            if not ok:
                assert msg.endswith(f"as {t} value in variable declaration"), msg


# ---------------------------------------------------------------------------
# The Go compiler's own words (go build)

INVALID_LITERALS = [
    ("0o19", "INT", "invalid digit '9' in octal literal"),
    ("09", "INT", "invalid digit '9' in octal literal"),
    ("0b102", "INT", "invalid digit '2' in binary literal"),
    ("0x", "INT", "hexadecimal literal has no digits"),
    ("0b", "INT", "binary literal has no digits"),
    ("1__0", "INT", "'_' must separate successive digits"),
    ("1_", "INT", "'_' must separate successive digits"),
    ("0x_", "INT", "hexadecimal literal has no digits"),
    ("1e", "FLOAT", "exponent has no digits"),
    ("1e+", "FLOAT", "exponent has no digits"),
    ("0x1.5", "FLOAT", "hexadecimal mantissa requires a 'p' exponent"),
    ("0x1e3p", "FLOAT", "exponent has no digits"),
    ("1p3", "FLOAT", "'p' exponent requires hexadecimal mantissa"),
    ("0b1.0", "FLOAT", "invalid radix point in binary literal"),
    ("0o1e3", "FLOAT", "'e' exponent requires decimal mantissa"),
    ("1._5", "FLOAT", "'_' must separate successive digits"),
    ("'\\q'", "CHAR", "unknown escape"),
    ("'\\400'", "CHAR", "octal escape value 256 > 255"),
    ("'\\xg0'", "CHAR", "invalid character 'g' in hexadecimal escape"),
    ("'\\18'", "CHAR", "invalid character '8' in octal escape"),
    ("'\\uD800'", "CHAR", "escape is invalid Unicode code point U+D800"),
    ("'\\U00110000'", "CHAR", "escape is invalid Unicode code point U+110000"),
    ("''", "CHAR", "empty rune literal or unescaped '"),
    ("'ab'", "CHAR", "more than one character in rune literal"),
    ('"\\q"', "STRING", "unknown escape"),
    ('"\\\'"', "STRING", "unknown escape"),
    ("'\\\"'", "CHAR", "unknown escape"),
    ('"\\udfff"', "STRING", "escape is invalid Unicode code point U+DFFF"),
]

# (statement, expected message built from the module's values)
MESSAGE_PROGRAMS: list[tuple[str, Callable[[], str]]] = [
    (
        "var _ byte = 300",
        lambda: (
            "cannot use 300 (untyped int constant) as byte value in "
            f"variable declaration ({C.representable(C.make_int(300), 'byte')[2]})"
        ),
    ),
    ("_ = byte(300)", lambda: f"constant {C.to_string(C.make_int(300))} overflows byte"),
    ("_ = int8(-129)", lambda: f"constant {C.to_string(C.make_int(-129))} overflows int8"),
    (
        "var _ int = 1.5",
        lambda: (
            "cannot use 1.5 (untyped float constant) as int value in "
            f"variable declaration ({C.representable(C.make_float(Fraction(3, 2)), 'int')[2]})"
        ),
    ),
    (
        "var _ int = 1e100",
        lambda: (
            "cannot use 1e100 (untyped float constant "
            f"{C.to_string(C.make_from_literal('1e100', 'FLOAT'))}) as int value in variable "
            f"declaration ({C.representable(C.make_from_literal('1e100', 'FLOAT'), 'int')[2]})"
        ),
    ),
    (
        "var _ float64 = 1e400",
        lambda: (
            "cannot use 1e400 (untyped float constant "
            f"{C.to_string(C.make_from_literal('1e400', 'FLOAT'))}) as float64 value in variable "
            f"declaration ({C.representable(C.make_from_literal('1e400', 'FLOAT'), 'float64')[2]})"
        ),
    ),
    (
        "var _ float32 = -1e39",
        lambda: (
            "cannot use -1e39 (untyped float constant "
            f"{C.to_string(C.make_float(Fraction(-(10**39))))}) as float32 value in variable "
            f"declaration ({C.representable(C.make_float(Fraction(-(10**39))), 'float32')[2]})"
        ),
    ),
    (
        "var _ complex64 = 1e300i",
        lambda: (
            "cannot use 1e300i (untyped complex constant "
            f"{C.to_string(C.make_from_literal('1e300i', 'IMAG'))}) as complex64 value in variable "
            f"declaration ({C.representable(C.make_from_literal('1e300i', 'IMAG'), 'complex64')[2]})"
        ),
    ),
    (
        "var _ float64 = 1 + 2i",
        lambda: (
            "cannot use 1 + 2i (untyped complex constant "
            f"{C.to_string(C.make_complex(1, 2))}) as float64 value in variable declaration "
            f"({C.representable(C.make_complex(1, 2), 'float64')[2]})"
        ),
    ),
    (
        "var _ uint = -1",
        lambda: (
            "cannot use -1 (untyped int constant) as uint value in "
            f"variable declaration ({C.representable(C.make_int(-1), 'uint')[2]})"
        ),
    ),
    (
        "var _ int = 1000000.5",
        lambda: (
            "cannot use 1000000.5 (untyped float constant "
            f"{C.to_string(C.make_float(Fraction(2000001, 2)))}) as int value in variable declaration "
            "(truncated)"
        ),
    ),
    (
        "var _ uint8 = 1e-400",
        lambda: (
            "cannot use 1e-400 (untyped float constant) as uint8 value"
            " in variable declaration (truncated)"
            if C.to_string(C.make_from_literal("1e-400", "FLOAT")) == "1e-400"
            else "?"
        ),
    ),
    (
        "var x int = 2; _ = x + 1.5",
        lambda: (
            "1.5 (untyped float constant) "
            f"{C.representable(C.make_float(Fraction(3, 2)), 'int')[2]} to int"
        ),
    ),
    ("_ = int(1.5)", lambda: "cannot convert 1.5 (untyped float constant) to type int"),
    (
        "const c = 1 << 600",
        lambda: (
            "constant shift overflow"
            if C.bit_len(C.shift(C.make_int(1), "<<", 600)) > C.UNTYPED_INT_PREC
            else "?"
        ),
    ),
    (
        "const c = (1 << 500) * (1 << 500)",
        lambda: (
            "constant multiplication overflow"
            if C.bit_len(C.binary_op(C.make_int(1 << 500), "*", C.make_int(1 << 500)))
            > C.UNTYPED_INT_PREC
            else "?"
        ),
    ),
    (
        "const c = 1 << 512",
        lambda: (
            "constant shift overflow"
            if C.bit_len(C.make_int(1 << 512)) > C.UNTYPED_INT_PREC
            else "?"
        ),
    ),
    (
        f"const c = 1 << {C.SHIFT_BOUND + 1}",
        lambda: f"invalid operation: invalid shift count {C.SHIFT_BOUND + 1}",
    ),
    (
        "var x uint8 = 1; _ = x + 300",
        lambda: f"300 (untyped int constant) {C.representable(C.make_int(300), 'uint8')[2]} uint8",
    ),
    (
        "const c uint8 = 255; _ = c + 1",
        lambda: (
            f"c + 1 (constant {C.to_string(C.make_int(256))} of type uint8) "
            f"{C.representable(C.make_int(256), 'uint8')[2]} uint8"
        ),
    ),
    (
        "var a []int; _ = a[1<<70]",
        lambda: (
            f"1 << 70 (untyped int constant {C.to_string(C.shift(C.make_int(1), '<<', 70))})"
            f" {C.representable(C.make_int(1 << 70), 'int')[2]} int"
        ),
    ),
    (
        "var x int; x = 'a' + 0.5; _ = x",
        lambda: (
            "cannot use 'a' + 0.5 (untyped float constant "
            + C.to_string(
                C.binary_op(
                    C.make_from_literal("'a'", "CHAR"), "+", C.make_from_literal("0.5", "FLOAT")
                )
            )
            + ") as int value in assignment (truncated)"
        ),
    ),
    ("const c = 1 / 0", lambda: "invalid operation: division by zero"),
    (
        "const c = 1e1000000000",
        lambda: (
            "malformed constant: 1e1000000000"
            if C.make_from_literal("1e1000000000", "FLOAT").kind == C.UNKNOWN
            else "?"
        ),
    ),
    (
        "var _ = 'a' + \"\\xff\" + `x`",
        lambda: (
            "invalid operation: 'a' + \"\\xff\" (mismatched types untyped rune and untyped string)"
        ),
    ),
    (
        'var _ int = "' + "é" * 80 + '"',
        lambda: (
            "(untyped string constant " + C.to_string(C.make_string("é" * 80)) + ") as int value"
        ),
    ),
]


@pytest.fixture(scope="module")
def build_messages(go: str, tmp_path_factory: pytest.TempPathFactory) -> dict[int, str]:
    """Compile one package with every invalid literal and message program, one per line."""
    tmp = tmp_path_factory.mktemp("msgs")
    lines = ["package main", "", "func main() {"]
    first = len(lines) + 1
    for text, _, _ in INVALID_LITERALS:
        lines.append(f"\t_ = {text}")
    lines.append("}")
    for i, (stmt, _) in enumerate(MESSAGE_PROGRAMS):
        lines.append(f"func f{i}() {{ {stmt} }}")
    (tmp / "go.mod").write_text("module m\n\ngo 1.22\n")
    (tmp / "main.go").write_text("\n".join(lines) + "\n")
    msgs: dict[int, str] = {}
    # syntax errors stop the compiler before type checking: build twice
    out = subprocess.run(
        check=False,
        args=[go, "build", "-gcflags=-e", "-o", "/dev/null", "."],
        cwd=tmp,
        capture_output=True,
        text=True,
        env=go_environ(),
        timeout=300,
    )
    for line in out.stderr.splitlines():
        parts = line.split(":", 3)
        if len(parts) == 4 and parts[0].endswith("main.go"):
            msgs.setdefault(int(parts[1]) - first, parts[3].strip())
    body = (
        lines[: first - 1]
        + ["\t_ = 0"] * len(INVALID_LITERALS)
        + lines[first - 1 + len(INVALID_LITERALS) :]
    )
    (tmp / "main.go").write_text("\n".join(body) + "\n")
    out = subprocess.run(
        check=False,
        args=[go, "build", "-gcflags=-e", "-o", "/dev/null", "."],
        cwd=tmp,
        capture_output=True,
        text=True,
        env=go_environ(),
        timeout=300,
    )
    base = first + len(INVALID_LITERALS) + 1
    for line in out.stderr.splitlines():
        parts = line.split(":", 3)
        if len(parts) == 4 and parts[0].endswith("main.go"):
            msgs.setdefault(1000 + int(parts[1]) - base, parts[3].strip())
    return msgs


def test_invalid_literal_messages(build_messages: dict[int, str]) -> None:
    for i, (text, kind, expected) in enumerate(INVALID_LITERALS):
        assert build_messages.get(i) == expected, (text, build_messages.get(i))
        with pytest.raises(ValueError) as exc:
            C.make_from_literal(text, kind)
        assert str(exc.value) == expected, text


def test_compiler_messages(build_messages: dict[int, str]) -> None:
    for i, (stmt, expected) in enumerate(MESSAGE_PROGRAMS):
        got = build_messages.get(1000 + i, "")
        assert expected() in got, (stmt, got, expected())


def test_format_float(oracle: dict) -> None:
    """go_format_float agrees with strconv.FormatFloat."""
    bad = []
    for f, want in zip(FORMAT_FLOATS, oracle["formats"], strict=True):
        f32 = struct.unpack("<f", struct.pack("<f", f))[0] if abs(f) < 3.4e38 else None
        got = [
            C.go_format_float(f, "g", 6),
            C.go_format_float(f, "g", -1),
            C.go_format_float(f, "e", -1),
            C.go_format_float(f, "e", 3),
            C.go_format_float(f, "g", 1),
            C.go_format_float(f, "g", 17),
            C.go_format_float(f32, "g", -1, 32) if f32 is not None else want[6],
        ]
        if got != want:
            bad.append((f, got, want))
    assert not bad, bad[:5]


def test_division_by_zero() -> None:
    for x, y in [
        (C.make_int(1), C.make_int(0)),
        (C.make_float(Fraction(1)), C.make_int(0)),
        (C.make_complex(1, 1), C.make_complex(0, 0)),
    ]:
        with pytest.raises(ZeroDivisionError):
            C.binary_op(x, "/", y)
    with pytest.raises(ZeroDivisionError):
        C.binary_op(C.make_int(1), "%", C.make_int(0))
    with pytest.raises(ZeroDivisionError):
        C.binary_op(C.make_int(1), "quo_int", C.make_int(0))


# ---------------------------------------------------------------------------
# Unit behaviour and algebraic laws


def test_api_basics() -> None:
    v = C.make_from_literal('"\\xffé"', "STRING")
    assert C.string_val(v) == C.string_value(v) == b"\xff\xc3\xa9"
    assert hash(v) == hash(C.make_string(b"\xff\xc3\xa9")) and v == C.make_string(b"\xff\xc3\xa9")
    assert C.to_int(C.make_float(Fraction(4))) == C.make_int(4)
    assert C.to_int(C.make_float(Fraction(9, 2))).kind == C.UNKNOWN
    assert C.to_int(C.make_complex(3, 0)) == C.make_int(3)
    assert C.to_float(C.make_complex(3, 1)).kind == C.UNKNOWN
    assert C.to_complex(C.make_int(2)) == C.make_complex(2, 0)
    assert [C.sign(C.make_int(i)) for i in (-5, 0, 5)] == [-1, 0, 1]
    assert C.sign(C.make_complex(0, -1)) == 1
    assert C.binary_op(C.make_int(7), "/", C.make_int(2)) == C.make_float(Fraction(7, 2))
    assert C.binary_op(C.make_int(-7), "quo_int", C.make_int(2)) == C.make_int(-3)
    assert C.binary_op(C.make_unknown(), "+", C.make_int(1)).kind == C.UNKNOWN
    assert C.unary_op("^", C.make_int(1), 8) == C.make_int(254)
    assert C.to_string(C.make_unknown()) == "unknown"
    assert C.to_string(C.make_bool(False)) == "false"
    assert C.representable(C.make_unknown(), "int8") == (True, C.make_unknown(), None)
    assert C.representable(C.make_float(Fraction(3)), "int", from_integer=False)[0]
    assert C.representable(C.make_float(Fraction(300)), "uint8")[2] == "truncated"
    assert (
        C.representable(C.make_float(Fraction(300)), "uint8", from_integer=True)[2] == "overflows"
    )
    assert C.representable(C.make_int(1), "string") == (False, None, None)
    assert C.representable(C.make_int(1 << 600), "untyped int")[0]
    assert C.representable(C.make_complex(1, 1), "untyped float")[2] == "overflows"
    assert C.bit_len(C.make_int(-256)) == 9
    big = C.make_int(10**5000)
    assert C.to_string(big) == "1" + "0" * 5000
    assert C.make_from_literal("1e1000000", "FLOAT").kind == C.FLOAT
    huge = C.make_from_literal("9e999999", "FLOAT")
    assert C.binary_op(huge, "*", huge).kind == C.FLOAT
    for _ in range(3):
        huge = C.binary_op(huge, "*", huge)
    assert huge.kind == C.UNKNOWN
    tiny = C.make_from_literal("1e-999999", "FLOAT")
    for _ in range(4):
        tiny = C.binary_op(tiny, "*", tiny)
    assert tiny.kind == C.FLOAT and C.sign(tiny) == 0


def _go_trunc_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


ints = st.integers(min_value=-(1 << 130), max_value=1 << 130)


@given(ints, ints)
@settings(max_examples=300, deadline=None)
def test_int_division_laws(a: int, b: int) -> None:
    if b == 0:
        return
    x, y = C.make_int(a), C.make_int(b)
    q = C.int_val(C.binary_op(x, "/", y, int_div=True))
    r = C.int_val(C.binary_op(x, "%", y))
    assert q * b + r == a
    assert abs(r) < abs(b) and (r == 0 or (r < 0) == (a < 0))
    assert q == _go_trunc_div(a, b)
    assert C.float_val(C.binary_op(x, "/", y)) == Fraction(a, b)


@given(ints, ints)
@settings(max_examples=300, deadline=None)
def test_bitwise_and_compare_laws(a: int, b: int) -> None:
    x, y = C.make_int(a), C.make_int(b)
    assert C.int_val(C.binary_op(x, "&^", y)) == a & ~b
    assert C.int_val(C.binary_op(x, "^", y)) == a ^ b
    assert C.int_val(C.unary_op("^", x)) == -a - 1
    assert C.compare(x, "<", y) == (a < b) and C.compare(x, "==", y) == (a == b)
    assert C.compare(C.to_float(x), ">=", y) == (a >= b)


@given(st.integers(min_value=-(1 << 70), max_value=1 << 70), st.sampled_from(sorted(C._INT_RANGES)))
@settings(max_examples=400, deadline=None)
def test_representable_ranges(i: int, t: str) -> None:
    bits = {"int": 64, "uint": 64, "uintptr": 64, "byte": 8, "rune": 32}.get(t) or int(
        t.lstrip("uint")
    )
    signed = t in ("int", "rune") or t.startswith("int")
    lo, hi = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)
    ok, rounded, reason = C.representable(C.make_int(i), t)
    assert ok == (lo <= i <= hi)
    assert (rounded == C.make_int(i)) if ok else (reason == "overflows")


@given(
    st.fractions(max_denominator=1 << 80).map(lambda q: q * Fraction(2) ** 0)
    | st.floats(allow_nan=False, allow_infinity=False).map(Fraction)
)
@settings(max_examples=400, deadline=None)
def test_float64_rounding_agrees_with_python(q: Fraction) -> None:
    ok, rounded, reason = C.representable(C.make_float(q), "float64")
    try:
        f = float(q)  # correctly rounded in CPython
    except OverflowError:
        f = math.inf
    assert ok == math.isfinite(f)
    if ok:
        assert rounded is not None and C.float_val(rounded) == Fraction(f)
    else:
        assert reason == "overflows"


@given(st.floats(allow_nan=False, allow_infinity=False))
@settings(max_examples=400, deadline=None)
def test_float32_rounding_agrees_with_struct(f: float) -> None:
    ok, rounded, _ = C.representable(C.make_float(Fraction(f)), "float32")
    try:
        f32 = struct.unpack("<f", struct.pack("<f", f))[0]
    except OverflowError:
        f32 = math.inf
    # struct rounds the exact double to nearest-even float32
    assert ok == math.isfinite(f32)
    if ok:
        assert rounded is not None and C.float_val(rounded) == Fraction(f32)


@given(st.floats(allow_nan=False, allow_infinity=False, width=64))
@settings(max_examples=300, deadline=None)
def test_format_float_round_trips(f: float) -> None:
    s = C.go_format_float(f, "g", -1)
    assert float(s) == f
    assert "e" in s or abs(f) < 1e21
