"""go2py.runtime.std.time's Format and Parse against the real toolchain on inputs drawn by
Hypothesis: layouts composed of Go's layout elements and literal text, instants from Unix
seconds and nanoseconds, zones UTC and ``time.FixedZone`` (named and unnamed, odd offsets),
the round trip through Parse, and Parse of drawn garbage against drawn and standard layouts.
Each example is one Go program over the batch; the Python functions are called directly
(drawnhelp.py). test_drawn.py runs the translated form of a similar program.
"""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from go2py.runtime.std import time as gt

from .drawnhelp import DRAWN, compare, e, go_lines, go_program, h, line, lit

ELEMENTS = ["2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "002", "__2", "15", "03", "3", "04", "4",
            "05", "5", "PM", "pm", "Mon", "Monday", "MST", "Z07:00", "Z0700", "Z07", "-07:00", "-0700", "-07",
            "-07:00:00", "-070000", "Z07:00:00", "Z070000", ".000", ".999999999", ",000", ".9", ".000000", ",999",
            " ", "-", ":", "T", "/", "at", "x", "0", "Z", "1", "J", "M", ".", "_", "\t"]
STANDARD = ["Layout", "ANSIC", "UnixDate", "RubyDate", "RFC822", "RFC822Z", "RFC850", "RFC1123", "RFC1123Z",
            "RFC3339", "RFC3339Nano", "Kitchen", "Stamp", "StampMilli", "StampMicro", "StampNano", "DateTime",
            "DateOnly", "TimeOnly"]
LAYOUT = st.lists(st.sampled_from(ELEMENTS), min_size=1, max_size=8).map("".join)
SECONDS = st.one_of(st.integers(-(1 << 36), 1 << 36), st.integers(-(1 << 62), 1 << 62), st.integers(0, 4_102_444_800),
                    st.integers(-62_135_596_800 - 10**6, -62_135_596_800 + 10**6),  # around year 1
                    st.sampled_from([0, -1, 951_782_400, 946_684_799, 1_709_164_800, 253_402_300_799]))
NANOS = st.one_of(st.integers(0, 999_999_999), st.sampled_from([0, 1, 999_999_999, 500_000_000, 120_000_000]),
                  st.integers(-2 * 10**9, 2 * 10**9))
OFFSETS = st.one_of(st.sampled_from([0, 3600, -18000, 19800, 45900, -34200, 50400, -43200, 61, -1, -59, 86399]),
                    st.integers(-100_000, 100_000))
ZONE_NAMES = st.sampled_from(["", "UTC", "CET", "ABC", "+05", "Z"])


def _zone(off: int, name: str | None) -> str:
    return "time.UTC" if name is None else f"time.FixedZone({lit(name)}, {off})"


@DRAWN
@given(cases=st.lists(st.tuples(LAYOUT, SECONDS, NANOS, OFFSETS, st.none() | ZONE_NAMES), min_size=150, max_size=150))
def test_format_and_round_trip(go: str, tmp_path_factory: pytest.TempPathFactory,
                               cases: list[tuple[str, int, int, int, str | None]]) -> None:
    rows = ",\n".join(f"\t{{{lit(layout)}, {sec}, {nsec}, {_zone(off, name)}}}"
                      for layout, sec, nsec, off, name in cases)
    decls = f"""var cases = []struct {{
\tlayout    string
\tsec, nsec int64
\tloc       *time.Location
}}{{
{rows},
}}
"""
    body = """\tfor _, c := range cases {
\t\tt := time.Unix(c.sec, c.nsec).In(c.loc)
\t\ts := t.Format(c.layout)
\t\tp, err := time.Parse(c.layout, s)
\t\tq, qerr := time.ParseInLocation(c.layout, s, c.loc)
\t\tout(h(s), h(p.String()), p.Unix(), p.Nanosecond(), e(err), h(q.String()), e(qerr), h(t.String()),
\t\t\tt.YearDay(), t.Weekday())
\t}"""
    want = go_lines(go, go_program(["time"], body, decls), tmp_path_factory, "timefmt")

    def got(c: tuple[str, int, int, int, str | None]) -> str:
        layout, sec, nsec, off, name = c
        loc = gt.UTC if name is None else gt.FixedZone(name, off)
        t = gt.Unix(sec, nsec).In(loc)
        s = t.Format(layout)
        p, err = gt.Parse(layout, s)
        q, qerr = gt.ParseInLocation(layout, s, loc)
        return line(h(s), h(p.String()), p.Unix(), p.Nanosecond(), e(err), h(q.String()), e(qerr), h(t.String()),
                    t.YearDay(), gt.Weekday(t.Weekday()).String())

    compare(cases, want, got, "Format/Parse round trip")


# Text that looks like dates: digits, signs, month and day names (whole, cut off, in the
# wrong case), zone names and offsets, fractions and separators.
GARBAGE_PIECES = ["0", "1", "2", "9", "12", "31", "32", "00", "2006", "1999", "-", "+", ":", " ", "  ", ".", ",", "T",
                  "Z", "Jan", "jan", "JAN", "January", "Febr", "Mon", "Monday", "Tues", "PM", "pm", "AM", "MST", "UTC",
                  "GMT", "GMT+3", "CEST", "ChST", "+05:30", "-0800", "+1", "Z07", ".123", ".123456789123", ",5", "24",
                  "60", "99", "366", "002", "_2", "x", "é", "\udcff"]
GARBAGE = st.lists(st.sampled_from(GARBAGE_PIECES), max_size=9).map("".join)


@DRAWN
@given(cases=st.lists(st.tuples(LAYOUT | st.sampled_from(STANDARD), GARBAGE), min_size=250, max_size=250))
def test_parse_garbage(go: str, tmp_path_factory: pytest.TempPathFactory, cases: list[tuple[str, str]]) -> None:
    def layout_expr(layout: str) -> str:
        return f"time.{layout}" if layout in STANDARD else lit(layout)

    rows = ",\n".join(f"\t{{{layout_expr(layout)}, {lit(s)}}}" for layout, s in cases)
    decls = f"""var cases = []struct {{
\tlayout, s string
}}{{
{rows},
}}
"""
    body = """\tloc := time.FixedZone("X", -7200)
\tfor _, c := range cases {
\t\tp, err := time.Parse(c.layout, c.s)
\t\tq, qerr := time.ParseInLocation(c.layout, c.s, loc)
\t\tout(h(p.String()), p.Unix(), p.Nanosecond(), e(err), h(q.String()), e(qerr))
\t}"""
    want = go_lines(go, go_program(["time"], body, decls), tmp_path_factory, "timeparse")
    loc = gt.FixedZone("X", -7200)

    def got(c: tuple[str, str]) -> str:
        layout = getattr(gt, c[0]) if c[0] in STANDARD else c[0]
        p, err = gt.Parse(layout, c[1])
        q, qerr = gt.ParseInLocation(layout, c[1], loc)
        return line(h(p.String()), p.Unix(), p.Nanosecond(), e(err), h(q.String()), e(qerr))

    compare(cases, want, got, "Parse")
