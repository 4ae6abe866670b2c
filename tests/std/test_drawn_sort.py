"""go2py.runtime.std.sort and slices against the real toolchain on inputs drawn by Hypothesis.

Records with few distinct keys, in drawn shapes (random, sorted, reversed, organ pipe, with
runs), are sorted by key with every sort of both packages, and the order of their ids must
be Go's exactly: unique for the stable sorts, pdqsort's for the others. Floats with -0, +0
and NaNs of different payloads go through slices.Sort and sort.Float64s, where the order of
equal elements shows in their bits. Then binary search, Compact, Index, Min and Max on drawn
ints and strings. Each example is one Go program over the batch (drawnhelp.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from go2py.runtime.std import slices as gslices
from go2py.runtime.std import sort as gsort
from go2py.runtime.values import Slice

from .drawnhelp import DRAWN, compare, f64bits, f64frombits, go_lines, go_program, h, line, lit, try_


def _shape(t: tuple[list[int], str]) -> list[int]:
    keys, shape = t
    if shape == "sorted":
        return sorted(keys)
    if shape == "reversed":
        return sorted(keys, reverse=True)
    if shape == "pipe":
        s = sorted(keys)
        return s[::2] + s[1::2][::-1]
    if shape == "runs":
        s = sorted(keys)
        return s[len(s) // 3:] + s[:len(s) // 3]
    return keys


KEYS = st.tuples(
    st.integers(0, 8).flatmap(lambda k: st.lists(st.integers(0, k), max_size=130)) | st.lists(
        st.integers(0, 10**6), max_size=60),
    st.sampled_from(["random", "random", "sorted", "reversed", "pipe", "runs"]),
).map(_shape)


class _ByKey:
    """A sort.Interface over a slice of (key, id) records, by key."""

    def __init__(self, recs: Slice) -> None:
        self.recs = recs

    def Len(self) -> int:
        return len(self.recs)

    def Less(self, i: int, j: int) -> bool:
        return self.recs[i][0] < self.recs[j][0]

    def Swap(self, i: int, j: int) -> None:
        self.recs[i], self.recs[j] = self.recs[j], self.recs[i]


def _ids(recs: Slice) -> str:
    return ",".join(str(r[1]) for r in recs)


# Key lists that once sorted differently, checked in every batch: with a repeated key among
# more than 12 records, sort.Sort (then an insertion sort), sort.Slice and slices.SortFunc
# (Python's stable sort) kept equal records in their original order, where Go's pdqsort
# moves them.
SORT_REGRESSIONS = [[1, 0] * 7, [0] * 13 + [1], [3, 1, 2, 1, 3, 0, 2, 1, 3, 2, 0, 1, 2, 0, 3], list(range(60))[::-1]]


@DRAWN
@given(cases=st.lists(KEYS, min_size=50, max_size=50))
def test_sorts_by_key(go: str, tmp_path_factory: pytest.TempPathFactory, cases: list[list[int]]) -> None:
    cases = SORT_REGRESSIONS + cases
    rows = ",\n".join("\t{" + ", ".join(map(str, keys)) + "}" for keys in cases)
    decls = f"""var cases = [][]int{{
{rows},
}}

type rec struct{{ key, id int }}

type byKey []rec

func (b byKey) Len() int           {{ return len(b) }}
func (b byKey) Less(i, j int) bool {{ return b[i].key < b[j].key }}
func (b byKey) Swap(i, j int)      {{ b[i], b[j] = b[j], b[i] }}

func recs(keys []int) []rec {{
\tout := make([]rec, len(keys))
\tfor i, k := range keys {{
\t\tout[i] = rec{{k, i}}
\t}}
\treturn out
}}

func ids(rs []rec) string {{
\ts := ""
\tfor i, r := range rs {{
\t\tif i > 0 {{
\t\t\ts += ","
\t\t}}
\t\ts += fmt.Sprint(r.id)
\t}}
\treturn s
}}

func cmpKey(a, b rec) int {{ return a.key - b.key }}
"""
    body = """\tfor _, keys := range cases {
\t\ta, b, c, d, e, f := recs(keys), recs(keys), recs(keys), recs(keys), recs(keys), recs(keys)
\t\tsort.Sort(byKey(a))
\t\tsort.Stable(byKey(b))
\t\tsort.Slice(c, func(i, j int) bool { return c[i].key < c[j].key })
\t\tsort.SliceStable(d, func(i, j int) bool { return d[i].key < d[j].key })
\t\tslices.SortFunc(e, cmpKey)
\t\tslices.SortStableFunc(f, cmpKey)
\t\tr := recs(keys)
\t\tsort.Sort(sort.Reverse(byKey(r)))
\t\tout(ids(a), ids(b), ids(c), ids(d), ids(e), ids(f), ids(r), sort.IsSorted(byKey(a)))
\t}"""
    want = go_lines(go, go_program(["slices", "sort"], body, decls), tmp_path_factory, "sortkey")

    def recs(keys: list[int]) -> Slice:
        return Slice([(k, i) for i, k in enumerate(keys)])

    def got(keys: list[int]) -> str:
        a, b, c, d, e, f, r = (recs(keys) for _ in range(7))
        gsort.Sort(_ByKey(a))
        gsort.Stable(_ByKey(b))
        gsort.Slice(c, lambda i, j: c[i][0] < c[j][0])
        gsort.SliceStable(d, lambda i, j: d[i][0] < d[j][0])
        gslices.SortFunc(e, lambda x, y: x[0] - y[0])
        gslices.SortStableFunc(f, lambda x, y: x[0] - y[0])
        gsort.Sort(gsort.Reverse(_ByKey(r)))
        return line(_ids(a), _ids(b), _ids(c), _ids(d), _ids(e), _ids(f), _ids(r), gsort.IsSorted(_ByKey(a)))

    compare(cases, want, got, "sorting records by key")


# Floats where equal elements differ in their bits: zeros of both signs, NaNs of several
# payloads (all ordered first and equal to each other), and a few ordinary values.
FLOAT_BITS = st.lists(st.sampled_from([0, 1 << 63, 0x7FF8000000000001, 0xFFF8000000000000, 0x7FF8000000000002,
                                       0x3FF0000000000000, 0xBFF0000000000000, 0x7FF0000000000000]) |
                      st.integers(0, (1 << 64) - 1), max_size=90)


@DRAWN
@given(floats=st.lists(FLOAT_BITS, min_size=40, max_size=40))
def test_float_sorts(go: str, tmp_path_factory: pytest.TempPathFactory, floats: list[list[int]]) -> None:
    rows = ",\n".join("\t{" + ", ".join(map(str, bs)) + "}" for bs in floats)
    decls = f"""var cases = [][]uint64{{
{rows},
}}

func floats(bs []uint64) []float64 {{
\tout := make([]float64, len(bs))
\tfor i, b := range bs {{
\t\tout[i] = math.Float64frombits(b)
\t}}
\treturn out
}}

func bits(fs []float64) string {{
\ts := ""
\tfor _, f := range fs {{
\t\ts += fmt.Sprintf("%x,", math.Float64bits(f))
\t}}
\treturn s
}}
"""
    body = """\tfor _, bs := range cases {
\t\ta, b, c := floats(bs), floats(bs), floats(bs)
\t\tslices.Sort(a)
\t\tsort.Float64s(b)
\t\tsort.Sort(sort.Float64Slice(c))
\t\tout(bits(a), bits(b), bits(c), slices.IsSorted(a), sort.Float64sAreSorted(c))
\t}"""
    want = go_lines(go, go_program(["math", "slices", "sort"], body, decls), tmp_path_factory, "sortfloat")

    def bits(fs: Slice) -> str:
        return "".join(f"{f64bits(f):x}," for f in fs)

    def got(bs: list[int]) -> str:
        a, b, c = (Slice([f64frombits(x) for x in bs]) for _ in range(3))
        gslices.Sort(a)
        gsort.Float64s(b)
        gsort.Sort(_Float64Slice(c))
        return line(bits(a), bits(b), bits(c), gslices.IsSorted(a), gsort.Float64sAreSorted(c))

    compare(floats, want, got, "sorting floats")


class _Float64Slice:
    """sort.Float64Slice's methods on a go2py slice, as a translated program calls them."""

    def __init__(self, s: Slice) -> None:
        self.s = s

    def Len(self) -> int:
        return gsort.Float64Slice.Len(self.s)

    def Less(self, i: int, j: int) -> bool:
        return gsort.Float64Slice.Less(self.s, i, j)

    def Swap(self, i: int, j: int) -> None:
        gsort.Float64Slice.Swap(self.s, i, j)


WORDS = st.lists(st.sampled_from(["", "a", "b", "ab", "é", "\ue000", "\udcff", "\udc80", "\U0001f600", "z", "B"]),
                 max_size=3).map(lambda ws: "".join(ws).encode("utf-8", "surrogateescape").decode("utf-8",
                                                                                                  "surrogateescape"))


# Inputs that once differed, checked in every batch: strings were ordered by code points,
# which puts an invalid byte (a lone surrogate) before U+E000 and above; Go orders bytes.
SEARCH_REGRESSIONS = [([1], 1, ["\udcff", "\ue000", "\U0001f600", "\udc80a"], "\udcff"), ([], 0, ["\ue000"], "\udc80")]


@DRAWN
@given(cases=st.lists(st.tuples(st.lists(st.integers(-5, 5), max_size=25), st.integers(-6, 6),
                                st.lists(WORDS, max_size=12), WORDS), min_size=120, max_size=120))
def test_search_compact_index(go: str, tmp_path_factory: pytest.TempPathFactory,
                              cases: list[tuple[list[int], int, list[str], str]]) -> None:
    cases = SEARCH_REGRESSIONS + cases
    rows = ",\n".join("\t{[]int{" + ", ".join(map(str, xs)) + f"}}, {t}, []string{{" +
                      ", ".join(lit(w) for w in ws) + f"}}, {lit(wt)}}}" for xs, t, ws, wt in cases)
    decls = f"""var cases = []struct {{
\txs []int
\tt  int
\tws []string
\twt string
}}{{
{rows},
}}
"""
    body = """\tfor _, c := range cases {
\t\txs, ws := slices.Clone(c.xs), slices.Clone(c.ws)
\t\tix, fx := slices.Index(xs, c.t), slices.Contains(xs, c.t)
\t\tiw := slices.Index(ws, c.wt)
\t\tslices.Sort(xs)
\t\tsort.Strings(ws)
\t\tbi, bf := slices.BinarySearch(xs, c.t)
\t\tbw, bwf := slices.BinarySearch(ws, c.wt)
\t\tsi := sort.SearchInts(xs, c.t)
\t\tss := sort.SearchStrings(ws, c.wt)
\t\tmn := try(func() string { return fmt.Sprint(slices.Min(xs), slices.Max(xs)) })
\t\tmw := try(func() string { return h(slices.Min(ws)) + h(slices.Max(ws)) })
\t\tws2 := make([]string, len(ws))
\t\tfor i, w := range ws {
\t\t\tws2[i] = h(w)
\t\t}
\t\tcx := slices.Compact(slices.Clone(xs))
\t\tcw := slices.Compact(slices.Clone(ws))
\t\tout(ix, fx, iw, xs, ws2, bi, bf, bw, bwf, si, ss, mn, mw, cx, len(cw), cmp.Compare(c.wt, "\\ue000"),
\t\t\tslices.Compare(c.xs, xs), sort.StringsAreSorted(ws))
\t}"""
    want = go_lines(go, go_program(["cmp", "slices", "sort"], body, decls), tmp_path_factory, "search")
    from go2py.runtime.std import cmp as gcmp

    def got(c: tuple[list[int], int, list[str], str]) -> str:
        xs0, t, ws0, wt = c
        xs, ws = Slice(list(xs0)), Slice(list(ws0))
        ix, fx = gslices.Index(xs, t), gslices.Contains(xs, t)
        iw = gslices.Index(ws, wt)
        gslices.Sort(xs)
        gsort.Strings(ws)
        bi, bf = gslices.BinarySearch(xs, t)
        bw, bwf = gslices.BinarySearch(ws, wt)
        si = gsort.SearchInts(xs, t)
        ss = gsort.SearchStrings(ws, wt)
        mn = try_(lambda: f"{gslices.Min(xs)} {gslices.Max(xs)}")
        mw = try_(lambda: h(gslices.Min(ws)) + h(gslices.Max(ws)))
        cx = gslices.Compact(gslices.Clone(xs))
        cw = gslices.Compact(gslices.Clone(ws))
        return line(ix, fx, iw, "[" + " ".join(map(str, xs)) + "]", "[" + " ".join(h(w) for w in ws) + "]", bi, bf,
                    bw, bwf, si, ss, mn, mw, "[" + " ".join(map(str, cx)) + "]", len(cw), gcmp.Compare(wt, "\ue000"),
                    gslices.Compare(Slice(list(xs0)), xs), gsort.StringsAreSorted(ws))

    compare(cases, want, got, "search, Compact, Index")
