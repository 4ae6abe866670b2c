"""go2py.runtime.std.strconv against the real toolchain on inputs drawn by Hypothesis.

Each example is one Go program over a batch of drawn inputs; the Python functions are called
directly on the same inputs (see drawnhelp.py). test_strconv.py covers chosen edge cases on
seeded inputs, test_drawn.py the translated programs; these look for the cases nobody chose.
"""

from __future__ import annotations


import pytest
from hypothesis import given, strategies as st

from go2py.runtime.std import strconv as sc

from .drawnhelp import DRAWN, blit, compare, e, f64bits, f64frombits, go_lines, go_program, h, line, lit, try_

# Floats of every kind: ordinary, huge, tiny and subnormal, the special values, halfway and
# float32 values, and any bit pattern at all.
FLOATS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=-1e-300, max_value=1e-300),
    st.floats(min_value=-2.2250738585072014e-308, max_value=2.2250738585072014e-308),
    st.integers(0, (1 << 64) - 1).map(f64frombits),
    st.integers(-(10**20), 10**20).map(float),
    st.integers(-(10**6), 10**6).map(lambda n: n / 8),
    st.floats(width=32, allow_nan=False),
    st.sampled_from([1e23, 5e-324, 1.7976931348623157e308, 3.4028234663852886e38, 1.401298464324817e-45,
                     0.1, 0.5, 2.5, 9.5, 999999.5, 1e21, 1e-7, 123456789.0, -0.0]),
)


@DRAWN
@given(cases=st.lists(st.tuples(FLOATS, st.sampled_from("eEfgGbxX"), st.integers(-1, 20), st.sampled_from([32, 64])),
                      min_size=400, max_size=400))
def test_format_float(go: str, tmp_path_factory: pytest.TempPathFactory,
                      cases: list[tuple[float, str, int, int]]) -> None:
    rows = ",\n".join(f"\t{{0x{f64bits(x):016x}, '{f}', {p}, {b}}}" for x, f, p, b in cases)
    decls = f"""type fcase struct {{
\tbits uint64
\tf    byte
\tprec int
\tsize int
}}

var cases = []fcase{{
{rows},
}}
"""
    body = """\tfor _, c := range cases {
\t\tx := math.Float64frombits(c.bits)
\t\tout(strconv.FormatFloat(x, c.f, c.prec, c.size), strconv.FormatFloat(x, 'g', -1, 64))
\t}"""
    want = go_lines(go, go_program(["math", "strconv"], body, decls), tmp_path_factory, "formatfloat")
    compare(cases, want, lambda c: line(sc.FormatFloat(c[0], ord(c[1]), c[2], c[3]),
                                        sc.FormatFloat(c[0], ord("g"), -1, 64)), "FormatFloat")


def _decimal_text(parts: tuple[str, str, str, str, str]) -> str:
    return "".join(parts)


# Number-like text: a sign, a base prefix, digits with underscores, a fraction, an exponent,
# or the names of the special values; and text from a small alphabet of the same characters.
_DIGITS = st.text(st.sampled_from(list("0123456789_")), max_size=25)
_HEXDIGITS = st.text(st.sampled_from(list("0123456789abcdefABCDEF_")), max_size=20)
NUMBER_TEXT = st.one_of(
    st.tuples(st.sampled_from(["", "+", "-", "--", "+-"]), st.sampled_from(["", "0", "0x", "0X", "0b", "0o", "0O", "_"]),
              _HEXDIGITS, st.sampled_from(["", ".", ".5", "._5", "e", "e+", "e-12", "E400", "p3", "p-1074", "P+2", "e_1"]),
              _DIGITS).map(_decimal_text),
    st.tuples(st.sampled_from(["", "+", "-"]), st.sampled_from(["inf", "Inf", "INF", "infinity", "Infinity", "nan",
                                                                 "NaN", "infx", "in", "nanx"])).map("".join),
    st.integers(-(1 << 70), 1 << 70).map(str),
    st.integers(0, 1 << 66).map(lambda n: format(n, "x")),
    st.floats(allow_nan=False).map(repr),
    st.text(st.sampled_from(list("0123456789abcdefxXoObB_+-zZ .eEpPinfINFaAN")), max_size=24),
)


@DRAWN
@given(floats=st.lists(st.tuples(NUMBER_TEXT, st.sampled_from([32, 64])), min_size=300, max_size=300))
def test_parse_float(go: str, tmp_path_factory: pytest.TempPathFactory, floats: list[tuple[str, int]]) -> None:
    rows = ",\n".join(f"\t{{{lit(s)}, {b}}}" for s, b in floats)
    decls = f"""var cases = []struct {{
\ts    string
\tsize int
}}{{
{rows},
}}
"""
    body = """\tfor _, c := range cases {
\t\tf, err := strconv.ParseFloat(c.s, c.size)
\t\tout(math.Float64bits(f), e(err))
\t}"""
    want = go_lines(go, go_program(["math", "strconv"], body, decls), tmp_path_factory, "parsefloat")

    def got(c: tuple[str, int]) -> str:
        f, err = sc.ParseFloat(c[0], c[1])
        return line(f64bits(f), e(err))

    compare(floats, want, got, "ParseFloat")


INT_TEXT = st.one_of(
    NUMBER_TEXT,
    st.tuples(st.sampled_from(["", "+", "-"]), st.sampled_from(["", "0x", "0b", "0o", "0"]),
              st.integers(0, 1 << 80).map(lambda n: format(n, "x")), st.sampled_from(["", "_", "0", "z"])).map("".join),
    st.tuples(st.sampled_from(["", "-"]), st.integers(0, 1 << 70), st.integers(2, 36)).map(
        lambda t: t[0] + _in_base(t[1], t[2])),
)


def _in_base(n: int, base: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, base)
        out = digits[r] + out
        if n == 0:
            return out


@DRAWN
@given(ints=st.lists(st.tuples(INT_TEXT, st.sampled_from([0, 0, 2, 8, 10, 16, 36, 1, 37, -1]) | st.integers(2, 36),
                               st.sampled_from([0, 8, 16, 32, 64, 65, -1])), min_size=400, max_size=400))
def test_parse_int(go: str, tmp_path_factory: pytest.TempPathFactory, ints: list[tuple[str, int, int]]) -> None:
    rows = ",\n".join(f"\t{{{lit(s)}, {base}, {bits}}}" for s, base, bits in ints)
    decls = f"""var cases = []struct {{
\ts          string
\tbase, bits int
}}{{
{rows},
}}
"""
    body = """\tfor _, c := range cases {
\t\ti, err := strconv.ParseInt(c.s, c.base, c.bits)
\t\tu, uerr := strconv.ParseUint(c.s, c.base, c.bits)
\t\ta, aerr := strconv.Atoi(c.s)
\t\tout(i, e(err), u, e(uerr), a, e(aerr))
\t}"""
    want = go_lines(go, go_program(["strconv"], body, decls), tmp_path_factory, "parseint")

    def got(c: tuple[str, int, int]) -> str:
        i, err = sc.ParseInt(*c)
        u, uerr = sc.ParseUint(*c)
        a, aerr = sc.Atoi(c[0])
        return line(i, e(err), u, e(uerr), a, e(aerr))

    compare(ints, want, got, "ParseInt/ParseUint/Atoi")


@DRAWN
@given(cases=st.lists(st.tuples(st.one_of(st.integers(-(1 << 63), (1 << 63) - 1), st.integers(-1000, 1000)),
                                st.integers(0, 38)), min_size=300, max_size=300))
def test_format_int(go: str, tmp_path_factory: pytest.TempPathFactory, cases: list[tuple[int, int]]) -> None:
    rows = ",\n".join(f"\t{{{v}, {b}}}" for v, b in cases)
    decls = f"""var cases = []struct {{
\tv    int64
\tbase int
}}{{
{rows},
}}
"""
    body = """\tfor _, c := range cases {
\t\tout(try(func() string { return strconv.FormatInt(c.v, c.base) }),
\t\t\ttry(func() string { return strconv.FormatUint(uint64(c.v), c.base) }),
\t\t\tstring(strconv.AppendInt([]byte("x"), c.v, 10)), strconv.Itoa(int(c.v)))
\t}"""
    want = go_lines(go, go_program(["strconv"], body, decls), tmp_path_factory, "formatint")

    def got(c: tuple[int, int]) -> str:
        v, b = c
        return line(try_(lambda: sc.FormatInt(v, b)), try_(lambda: sc.FormatUint(v & (1 << 64) - 1, b)),
                    "x" + sc.Itoa(v), sc.Itoa(v))

    compare(cases, want, got, "FormatInt/FormatUint/Itoa")


# Byte strings: any bytes, any text (surrogates and all planes), and text from an alphabet of
# quoting's special characters.
BYTES = st.one_of(
    st.binary(max_size=16),
    st.text(max_size=8).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.lists(st.sampled_from(["\x00", "\x07", "\x7f", "\u00ad", "\u00a0", "\u2028", "\ufeff", "\U0001f600",
                              "\U000e0001", "\u0378", "a", "'", '"', "`", "\\", "\n", "\t"]), max_size=6).map(
        lambda xs: "".join(xs).encode()),
    st.lists(st.sampled_from([b"\xff", b"\xc3", b"\xa9", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xe2\x82"]),
             max_size=4).map(b"".join),
)
QUOTISH = st.one_of(
    st.tuples(st.sampled_from(["\"", "'", "`"]),
              st.lists(st.sampled_from(["a", "Z", " ", "é", "\U0001f600", "\\n", "\\t", "\\a", "\\\\", "\\'", '\\"',
                                        "\\x41", "\\xff", "\\x4", "\\u00e9", "\\u12", "\\ud800", "\\U0001F600",
                                        "\\U00110000", "\\377", "\\400", "\\8", "\\q", "\\", "\n", "\r", "'", '"', "`",
                                        "\udcff", "\udcc3\udca9"]), max_size=4).map("".join),
              st.sampled_from(["\"", "'", "`", "", "x"])).map("".join),
    st.text(st.sampled_from(list("\"'`\\abnrtvx0u7fUéZ{} ")), max_size=14),
)


@DRAWN
@given(strs=st.lists(BYTES, min_size=200, max_size=200), quoted=st.lists(QUOTISH, min_size=200, max_size=200))
def test_quote_and_unquote(go: str, tmp_path_factory: pytest.TempPathFactory, strs: list[bytes],
                           quoted: list[str]) -> None:
    decls = (f"var strs = []string{{{', '.join(blit(b) for b in strs)}}}\n"
             f"var quoted = []string{{{', '.join(lit(q) for q in quoted)}}}\n")
    body = """\tfor _, s := range strs {
\t\tu, err := strconv.Unquote(strconv.Quote(s))
\t\tout(h(strconv.Quote(s)), h(strconv.QuoteToASCII(s)), h(strconv.QuoteToGraphic(s)), strconv.CanBackquote(s),
\t\t\th(u), e(err))
\t}
\tfor _, q := range quoted {
\t\tu, err := strconv.Unquote(q)
\t\tp, perr := strconv.QuotedPrefix(q)
\t\tout(h(u), e(err), h(p), e(perr))
\t}"""
    want = go_lines(go, go_program(["strconv"], body, decls), tmp_path_factory, "quote")
    texts = [b.decode("utf-8", "surrogateescape") for b in strs]

    def got_quote(s: str) -> str:
        u, err = sc.Unquote(sc.Quote(s))
        return line(h(sc.Quote(s)), h(sc.QuoteToASCII(s)), h(sc.QuoteToGraphic(s)), sc.CanBackquote(s), h(u), e(err))

    def got_unquote(q: str) -> str:
        u, err = sc.Unquote(q)
        p, perr = sc.QuotedPrefix(q)
        return line(h(u), e(err), h(p), e(perr))

    compare(texts, want[:len(texts)], got_quote, "Quote/QuoteToASCII/QuoteToGraphic")
    compare(quoted, want[len(texts):], got_unquote, "Unquote/QuotedPrefix")
