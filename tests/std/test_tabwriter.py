"""text/tabwriter against Go: texts drawn by Hypothesis from cells, tabs, vertical tabs,
newlines, form-feeds, escapes and HTML, written in pieces with drawn widths, padding,
padding characters and flags; the bytes written are compared with Go's."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from go2py.runtime.std import text_tabwriter as tabwriter
from go2py.runtime.values import Slice

from .gohelp import go_lit, run_go

GO_EVAL = """package main

import (
	"bytes"
	"fmt"
	"text/tabwriter"
)

type tc struct {
	pieces                              []string
	minwidth, tabwidth, padding         int
	padchar                             byte
	flags                               uint
}

func main() {
	for _, c := range []tc{@CASES@} {
		var out bytes.Buffer
		w := tabwriter.NewWriter(&out, c.minwidth, c.tabwidth, c.padding, c.padchar, c.flags)
		for _, p := range c.pieces {
			w.Write([]byte(p))
		}
		w.Flush()
		fmt.Printf("%q\\n", out.String())
	}
}
"""

TOKENS = st.sampled_from(["a", "bb", "ccc", "héllo", "\t", "\t", "\t", "\n", "\n", "\v", "\f", "\xff",
                          "<b>", "&amp;", " ", "xyzzy1234", ""])
CASES = st.tuples(
    st.lists(st.lists(TOKENS, max_size=8).map("".join), min_size=1, max_size=4),
    st.integers(0, 6), st.integers(0, 8), st.integers(0, 3),
    st.sampled_from([" ", ".", "\t", "-"]),
    st.integers(0, 63),
)


def _bytes(piece: str) -> bytes:
    """The piece's bytes, "\xff" standing for the Escape byte (not the character ÿ)."""
    return piece.encode("utf-8").replace(b"\xc3\xbf", b"\xff")


def _run(case: tuple) -> bytes:
    pieces, minw, tabw, pad, padchar, flags = case
    out = bytearray()

    class Sink:
        def Write(self, p: Slice) -> tuple[int, None]:
            out.extend(bytes(p))
            return len(p), None

    w = tabwriter.NewWriter(Sink(), minw, tabw, pad, ord(padchar), flags)
    for piece in pieces:
        w.Write(Slice(list(_bytes(piece))))
    w.Flush()
    return bytes(out)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(CASES, min_size=50, max_size=50))
def test_tabwriter_against_go(go: str, tmp_path_factory, cases: list[tuple]) -> None:
    def lit(s: str) -> str:
        return go_lit(_bytes(s).decode("utf-8", "surrogateescape"))

    body = ",\n".join(
        "{[]string{%s}, %d, %d, %d, %d, %d}" % (", ".join(lit(p) for p in c[0]), c[1], c[2], c[3], ord(c[4]), c[5])
        for c in cases)
    want = run_go(go, GO_EVAL.replace("@CASES@", body), Path(tmp_path_factory.mktemp("tabwriter")))
    from go2py.runtime.std import strconv

    got = [strconv.Quote(_run(c).decode("utf-8", "surrogateescape")) for c in cases]
    bad = [(c, g, w) for c, g, w in zip(cases, got, want) if g != w]
    assert len(got) == len(want) and not bad, bad[:3]
