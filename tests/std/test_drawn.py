"""strconv, strings and time against the real toolchain on inputs drawn by Hypothesis.

Each Hypothesis example is one Go program holding a batch of drawn inputs as literals: Go runs
it and go2py translates and runs it, and their outputs must be identical. Floats are written as
their bits, strings byte for byte (`go_lit`), so that both sides see exactly the drawn value.
The seeded tests beside these (test_strconv.py, test_strings.py...) cover chosen edge cases;
these look for the cases nobody chose.
"""

from __future__ import annotations

import struct

import pytest
from hypothesis import HealthCheck, Phase, given, settings, strategies as st

from tests.std.diffrun import assert_same_run
from tests.std.gohelp import go_lit

DRAWN = settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck), phases=[Phase.generate])


def _f64(x: float) -> str:
    return "math.Float64frombits(0x%016x)" % struct.unpack("<Q", struct.pack("<d", x))[0]


def _str(b: bytes) -> str:
    return go_lit(b.decode("utf-8", "surrogateescape"))


def _program(imports: list[str], body: str) -> str:
    imps = "\n".join(f'\t"{i}"' for i in imports)
    return f"package main\n\nimport (\n{imps}\n)\n\nfunc main() {{\n{body}\n}}\n"


def _same(go: str, src: str, tmp: pytest.TempPathFactory, name: str) -> None:
    assert_same_run(go, src, tmp.mktemp(name))


# Floats of every kind: ordinary, huge and tiny, subnormal, the special values, and any bit
# pattern at all.
FLOATS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=-1e-300, max_value=1e-300),
    st.integers(0, (1 << 64) - 1).map(lambda b: struct.unpack("<d", struct.pack("<Q", b))[0]),
    st.integers(-10**20, 10**20).map(float),
)


@DRAWN
@given(floats=st.lists(st.tuples(FLOATS, st.sampled_from("eEfgGbxX"), st.integers(-1, 20), st.sampled_from([32, 64])),
                       min_size=80, max_size=80))
def test_format_float(go: str, tmp_path_factory: pytest.TempPathFactory,
                      floats: list[tuple[float, str, int, int]]) -> None:
    rows = ",\n".join(f"\t\t{{{_f64(x)}, '{f}', {p}, {b}}}" for x, f, p, b in floats)
    body = f"""\tcases := []struct {{
\t\tx    float64
\t\tf    byte
\t\tprec int
\t\tbits int
\t}}{{
{rows},
\t}}
\tfor _, c := range cases {{
\t\tfmt.Println(strconv.FormatFloat(c.x, c.f, c.prec, c.bits), strconv.FormatFloat(c.x, 'g', -1, 64))
\t}}"""
    _same(go, _program(["fmt", "math", "strconv"], body), tmp_path_factory, "formatfloat")


NUMBERISH = st.text(st.sampled_from(list("0123456789abcdefxXoObB_+-zZ .eEpPinfINFaAN")), max_size=24)


@DRAWN
@given(ints=st.lists(st.tuples(NUMBERISH, st.sampled_from([0, 2, 8, 10, 16, 36, 37, 1]),
                               st.sampled_from([0, 8, 16, 32, 64, 65])), min_size=100, max_size=100),
       floats=st.lists(st.tuples(NUMBERISH, st.sampled_from([32, 64])), min_size=60, max_size=60))
def test_parse_numbers(go: str, tmp_path_factory: pytest.TempPathFactory, ints: list[tuple[str, int, int]],
                       floats: list[tuple[str, int]]) -> None:
    irows = ",\n".join(f"\t\t{{{go_lit(s)}, {base}, {bits}}}" for s, base, bits in ints)
    frows = ",\n".join(f"\t\t{{{go_lit(s)}, 0, {bits}}}" for s, bits in floats)
    body = f"""\ttype c struct {{
\t\ts          string
\t\tbase, bits int
\t}}
\tints := []c{{
{irows},
\t}}
\tfloats := []c{{
{frows},
\t}}
\ttry := func(f func()) {{
\t\tdefer func() {{
\t\t\tif r := recover(); r != nil {{
\t\t\t\tfmt.Println("panic:", r)
\t\t\t}}
\t\t}}()
\t\tf()
\t}}
\tfor _, x := range ints {{
\t\ttry(func() {{
\t\t\ti, err := strconv.ParseInt(x.s, x.base, x.bits)
\t\t\tu, uerr := strconv.ParseUint(x.s, x.base, x.bits)
\t\t\tfmt.Println(i, err, u, uerr)
\t\t}})
\t}}
\tfor _, x := range floats {{
\t\tf, err := strconv.ParseFloat(x.s, x.bits)
\t\tfmt.Println(math.Float64bits(f), f, err)
\t}}"""
    _same(go, _program(["fmt", "math", "strconv"], body), tmp_path_factory, "parse")


BYTES = st.one_of(st.binary(max_size=16), st.text(max_size=8).map(lambda s: s.encode("utf-8", "surrogatepass")))
QUOTISH = st.text(st.sampled_from(list("\"'`\\abnrtvx0u7fUéZ{} ")), max_size=14)


@DRAWN
@given(strs=st.lists(BYTES, min_size=60, max_size=60), quoted=st.lists(QUOTISH, min_size=60, max_size=60))
def test_quote(go: str, tmp_path_factory: pytest.TempPathFactory, strs: list[bytes], quoted: list[str]) -> None:
    body = f"""\tstrs := []string{{{", ".join(_str(b) for b in strs)}}}
\tquoted := []string{{{", ".join(go_lit(q) for q in quoted)}}}
\tfor _, s := range strs {{
\t\tfmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), strconv.CanBackquote(s))
\t\tu, err := strconv.Unquote(strconv.Quote(s))
\t\tfmt.Println(u == s, err)
\t}}
\tfor _, q := range quoted {{
\t\tu, err := strconv.Unquote(q)
\t\tfmt.Printf("%q %v\\n", u, err)
\t}}"""
    _same(go, _program(["fmt", "strconv"], body), tmp_path_factory, "quote")


# A small alphabet, so that separators, repeats and case pairs occur; invalid bytes (0xff,
# 0x80) too.
TEXT = st.lists(st.sampled_from(["a", "b", ",", ", ", " ", "\t", "\n", "ß", "é", "É", "Σ", "σ", "ς", "K", "k",
                                 "\u212a", "\udcff", "\udc80", "ab", "\u00a0", "\u2028"]), max_size=10).map("".join)


@DRAWN
@given(texts=st.lists(st.tuples(TEXT, TEXT, st.integers(-1, 4)), min_size=60, max_size=60))
def test_strings(go: str, tmp_path_factory: pytest.TempPathFactory, texts: list[tuple[str, str, int]]) -> None:
    def lit(s: str) -> str:  # a lone surrogate stands for the invalid byte it escapes
        return _str(s.encode("utf-8", "surrogateescape"))

    rows = ",\n".join(f"\t\t{{{lit(s)}, {lit(sep)}, {n}}}" for s, sep, n in texts)
    body = f"""\tcases := []struct {{
\t\ts, sep string
\t\tn      int
\t}}{{
{rows},
\t}}
\tfor _, c := range cases {{
\t\tfmt.Printf("%q %q %q %q\\n", strings.Split(c.s, c.sep), strings.SplitN(c.s, c.sep, c.n),
\t\t\tstrings.SplitAfter(c.s, c.sep), strings.Fields(c.s))
\t\tbefore, after, found := strings.Cut(c.s, c.sep)
\t\tfmt.Printf("%q %q %v %v %d %d %d\\n", before, after, found, strings.EqualFold(c.s, c.sep),
\t\t\tstrings.Index(c.s, c.sep), strings.LastIndex(c.s, c.sep), strings.Count(c.s, c.sep))
\t\tfmt.Printf("%q %q %q %q\\n", strings.Replace(c.s, c.sep, "<>", c.n), strings.ToUpper(c.s),
\t\t\tstrings.ToLower(c.s), strings.Trim(c.s, c.sep))
\t\tfmt.Printf("%q %q %v\\n", strings.Title(c.s), strings.Map(func(r rune) rune {{ return r + 1 }}, c.s),
\t\t\tstrings.ContainsAny(c.s, c.sep))
\t}}"""
    _same(go, _program(["fmt", "strings"], body), tmp_path_factory, "strings")


# Layouts built from Go's layout elements and literal text between them.
ELEMENTS = ["2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "002", "__2", "15", "03", "3", "04", "4",
            "05", "5", "PM", "pm", "Mon", "Monday", "MST", "Z07:00", "Z0700", "Z07", "-07:00", "-0700", "-07",
            "-07:00:00", "Z07:00:00", ".000", ".999999999", ",000", ".9", " ", "-", ":", "T", "/", "at", "x"]


@DRAWN
@given(cases=st.lists(st.tuples(st.lists(st.sampled_from(ELEMENTS), min_size=1, max_size=7).map("".join),
                                st.integers(-(1 << 36), 1 << 36), st.integers(0, 999_999_999),
                                st.sampled_from([0, 3600, -18000, 19800, 45900, -34200, 50400, -43200, 61, -1])),
                      min_size=70, max_size=70))
def test_time_format_and_parse(go: str, tmp_path_factory: pytest.TempPathFactory,
                               cases: list[tuple[str, int, int, int]]) -> None:
    rows = ",\n".join(f"\t\t{{{go_lit(layout)}, {sec}, {nsec}, {off}}}" for layout, sec, nsec, off in cases)
    body = f"""\tcases := []struct {{
\t\tlayout      string
\t\tsec         int64
\t\tnsec        int64
\t\toff         int
\t}}{{
{rows},
\t}}
\tfor _, c := range cases {{
\t\tt := time.Unix(c.sec, c.nsec).In(time.FixedZone("Z", c.off))
\t\ts := t.Format(c.layout)
\t\tp, err := time.Parse(c.layout, s)
\t\tfmt.Printf("%q %v %v\\n", s, p, err)
\t\tu := time.Unix(c.sec, c.nsec).UTC()
\t\tfmt.Println(u.Format(c.layout), u.Format(time.RFC3339Nano), u.Weekday(), u.YearDay())
\t}}"""
    _same(go, _program(["fmt", "time"], body), tmp_path_factory, "time")
