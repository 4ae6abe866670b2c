"""go2py.runtime.std.strings and bytes against the real toolchain on inputs drawn by Hypothesis.

Texts are drawn from a small alphabet of pieces, so that separators, repeats and case pairs
occur, with Unicode's special cases (final sigma, Kelvin sign, dotted and dotless i, title
case letters, long s) and invalid bytes (a lone 0xff, a cut-off sequence). Pieces are joined
as bytes, so a cut-off sequence may be completed by the next piece, as in Go. Each example
is one Go program over the batch; the Python functions are called directly (drawnhelp.py).
"""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from go2py.runtime.std import bytes as gbytes
from go2py.runtime.std import strings as gs
from go2py.runtime.std import unicode
from go2py.runtime.values import NIL_SLICE, Slice

from .drawnhelp import DRAWN, compare, go_lines, go_program, h, hb, hbs, hs, line, lit, try_

PIECES = ["a", "b", "A", ",", ", ", " ", "\t", "\n", "ab", "ß", "é", "É", "Σ", "σ", "ς", "K", "k", "\u212a", "i",
          "I", "\u0130", "\u0131", "\u01c5", "\u01c6", "\u017f", "s", "\u1e9e", "\u0345", "\u1fb3", "\ufb00", "\u00a0",
          "\u2028", "\u0085", "\U0001f600", "\x00"]
BAD = [b"\xff", b"\x80", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80"]
CHUNK = st.one_of(st.sampled_from(PIECES).map(str.encode), st.sampled_from(BAD))


def _text(max_size: int) -> st.SearchStrategy[str]:
    return st.lists(CHUNK, max_size=max_size).map(lambda cs: b"".join(cs).decode("utf-8", "surrogateescape"))


TEXT = _text(10)
SEP = _text(2)


def _bs(s: str) -> Slice:
    return Slice(list(s.encode("utf-8", "surrogateescape")))


def _first_byte(s: str) -> int:
    b = s.encode("utf-8", "surrogateescape")
    return b[0] if b else 0


def _first_rune(s: str) -> int:
    return ord(s[0]) if s else -1


def _rune_lit(r: int) -> str:
    return f"rune({r})"


# Inputs that once differed, checked in every batch: bytes.Replace of an empty slice returned
# an empty slice where Go returns nil; bytes.Repeat panicked with strings' message.
SPLIT_REGRESSIONS = [("", "", 0), ("", "a", -1), ("", "é", 2), ("ab", "", -1)]
# An old string of invalid UTF-8 matches the bytes inside a character, as in Go.
REPLACER_REGRESSIONS = [(["\udce2\udc82", "\x00"], "\udcff\u2028, \udc80\u2080a"), (["\udca9", "!"], "é\udca9")]


@DRAWN
@given(cases=st.lists(st.tuples(TEXT, SEP, st.integers(-1, 4)), min_size=150, max_size=150))
def test_split_search_trim(go: str, tmp_path_factory: pytest.TempPathFactory,
                           cases: list[tuple[str, str, int]]) -> None:
    cases = SPLIT_REGRESSIONS + cases
    rows = ",\n".join(f"\t{{{lit(s)}, {lit(sep)}, {n}, {_first_byte(sep)}, {_first_rune(sep)}}}"
                      for s, sep, n in cases)
    decls = f"""var cases = []struct {{
\ts, sep string
\tn      int
\tc      byte
\tr      rune
}}{{
{rows},
}}
"""
    body = """\tfor _, c := range cases {
\t\ts, sep, n := c.s, c.sep, c.n
\t\tbefore, after, found := strings.Cut(s, sep)
\t\tout(hs(strings.Split(s, sep)), hs(strings.SplitN(s, sep, n)), hs(strings.SplitAfter(s, sep)),
\t\t\ths(strings.SplitAfterN(s, sep, n)), hs(strings.Fields(s)), h(before), h(after), found,
\t\t\tstrings.EqualFold(s, sep), strings.Index(s, sep), strings.LastIndex(s, sep), strings.IndexAny(s, sep),
\t\t\tstrings.LastIndexAny(s, sep), strings.IndexByte(s, c.c), strings.LastIndexByte(s, c.c),
\t\t\tstrings.IndexRune(s, c.r), strings.Count(s, sep), strings.ContainsAny(s, sep), strings.ContainsRune(s, c.r),
\t\t\th(strings.Replace(s, sep, "<>", n)), h(strings.ReplaceAll(s, sep, "")), h(strings.Trim(s, sep)),
\t\t\th(strings.TrimLeft(s, sep)), h(strings.TrimRight(s, sep)), h(strings.TrimPrefix(s, sep)),
\t\t\th(strings.TrimSuffix(s, sep)), h(strings.TrimSpace(s)), strings.HasPrefix(s, sep), strings.HasSuffix(s, sep),
\t\t\ttry(func() string { return h(strings.Repeat(s, n)) }), strings.Compare(s, sep))
\t\tb, bsep := []byte(s), []byte(sep)
\t\tbb, ba, bf := bytes.Cut(b, bsep)
\t\tout(hbs(bytes.Split(b, bsep)), hbs(bytes.SplitN(b, bsep, n)), hbs(bytes.SplitAfter(b, bsep)),
\t\t\thbs(bytes.Fields(b)), hb(bb), hb(ba), bf, bytes.EqualFold(b, bsep), bytes.Index(b, bsep),
\t\t\tbytes.LastIndex(b, bsep), bytes.IndexAny(b, sep), bytes.LastIndexAny(b, sep), bytes.IndexByte(b, c.c),
\t\t\tbytes.IndexRune(b, c.r), bytes.Count(b, bsep), bytes.ContainsAny(b, sep),
\t\t\thb(bytes.Replace(b, bsep, []byte("<>"), n)), hb(bytes.ReplaceAll(b, bsep, nil)), hb(bytes.Trim(b, sep)),
\t\t\thb(bytes.TrimLeft(b, sep)), hb(bytes.TrimRight(b, sep)), hb(bytes.TrimPrefix(b, bsep)),
\t\t\thb(bytes.TrimSuffix(b, bsep)), hb(bytes.TrimSpace(b)), try(func() string { return hb(bytes.Repeat(b, n)) }),
\t\t\tbytes.Compare(b, bsep), bytes.Equal(b, bsep))
\t}"""
    want = go_lines(go, go_program(["bytes", "strings"], body, decls), tmp_path_factory, "strsplit")

    def got_strings(c: tuple[str, str, int]) -> str:
        s, sep, n = c
        cb, r = _first_byte(sep), _first_rune(sep)
        before, after, found = gs.Cut(s, sep)
        return line(hs(gs.Split(s, sep)), hs(gs.SplitN(s, sep, n)), hs(gs.SplitAfter(s, sep)),
                    hs(gs.SplitAfterN(s, sep, n)), hs(gs.Fields(s)), h(before), h(after), found,
                    gs.EqualFold(s, sep), gs.Index(s, sep), gs.LastIndex(s, sep), gs.IndexAny(s, sep),
                    gs.LastIndexAny(s, sep), gs.IndexByte(s, cb), gs.LastIndexByte(s, cb), gs.IndexRune(s, r),
                    gs.Count(s, sep), gs.ContainsAny(s, sep), gs.ContainsRune(s, r), h(gs.Replace(s, sep, "<>", n)),
                    h(gs.ReplaceAll(s, sep, "")), h(gs.Trim(s, sep)), h(gs.TrimLeft(s, sep)),
                    h(gs.TrimRight(s, sep)), h(gs.TrimPrefix(s, sep)), h(gs.TrimSuffix(s, sep)),
                    h(gs.TrimSpace(s)), gs.HasPrefix(s, sep), gs.HasSuffix(s, sep),
                    try_(lambda: h(gs.Repeat(s, n))), gs.Compare(s, sep))

    def got_bytes(c: tuple[str, str, int]) -> str:
        s, sep, n = c
        cb, r = _first_byte(sep), _first_rune(sep)
        b, bsep = _bs(s), _bs(sep)
        bb, ba, bf = gbytes.Cut(b, bsep)
        return line(hbs(gbytes.Split(b, bsep)), hbs(gbytes.SplitN(b, bsep, n)), hbs(gbytes.SplitAfter(b, bsep)),
                    hbs(gbytes.Fields(b)), hb(bb), hb(ba), bf, gbytes.EqualFold(b, bsep), gbytes.Index(b, bsep),
                    gbytes.LastIndex(b, bsep), gbytes.IndexAny(b, sep), gbytes.LastIndexAny(b, sep),
                    gbytes.IndexByte(b, cb), gbytes.IndexRune(b, r), gbytes.Count(b, bsep),
                    gbytes.ContainsAny(b, sep), hb(gbytes.Replace(b, bsep, _bs("<>"), n)),
                    hb(gbytes.ReplaceAll(b, bsep, NIL_SLICE)), hb(gbytes.Trim(b, sep)),
                    hb(gbytes.TrimLeft(b, sep)), hb(gbytes.TrimRight(b, sep)), hb(gbytes.TrimPrefix(b, bsep)),
                    hb(gbytes.TrimSuffix(b, bsep)), hb(gbytes.TrimSpace(b)),
                    try_(lambda: hb(gbytes.Repeat(b, n))), gbytes.Compare(b, bsep), gbytes.Equal(b, bsep))

    compare(cases, want[0::2], got_strings, "strings")
    compare(cases, want[1::2], got_bytes, "bytes")


@DRAWN
@given(texts=st.lists(_text(8), min_size=200, max_size=200))
def test_case_mapping(go: str, tmp_path_factory: pytest.TempPathFactory, texts: list[str]) -> None:
    decls = f"var texts = []string{{{', '.join(lit(s) for s in texts)}}}\n"
    body = """\tfor _, s := range texts {
\t\tout(h(strings.ToUpper(s)), h(strings.ToLower(s)), h(strings.ToTitle(s)), h(strings.Title(s)),
\t\t\th(strings.ToUpperSpecial(unicode.TurkishCase, s)), h(strings.ToLowerSpecial(unicode.TurkishCase, s)),
\t\t\th(strings.ToValidUTF8(s, "?")), strings.EqualFold(s, strings.ToUpper(s)),
\t\t\tstrings.EqualFold(s, strings.ToLower(s)), hb(bytes.ToUpper([]byte(s))), hb(bytes.ToLower([]byte(s))),
\t\t\thb(bytes.ToTitle([]byte(s))), hb(bytes.Title([]byte(s))), hb(bytes.ToValidUTF8([]byte(s), []byte("?"))),
\t\t\thb(bytes.Runes2([]byte(s))))
\t}"""
    body = body.replace("hb(bytes.Runes2([]byte(s)))", "len(bytes.Runes([]byte(s)))")
    want = go_lines(go, go_program(["bytes", "strings", "unicode"], body, decls), tmp_path_factory, "strcase")

    def got(s: str) -> str:
        b = _bs(s)
        return line(h(gs.ToUpper(s)), h(gs.ToLower(s)), h(gs.ToTitle(s)), h(gs.Title(s)),
                    h(gs.ToUpperSpecial(unicode.TurkishCase, s)), h(gs.ToLowerSpecial(unicode.TurkishCase, s)),
                    h(gs.ToValidUTF8(s, "?")), gs.EqualFold(s, gs.ToUpper(s)), gs.EqualFold(s, gs.ToLower(s)),
                    hb(gbytes.ToUpper(b)), hb(gbytes.ToLower(b)), hb(gbytes.ToTitle(b)), hb(gbytes.Title(b)),
                    hb(gbytes.ToValidUTF8(b, _bs("?"))), len(gbytes.Runes(b)))

    compare(texts, want, got, "case mapping")


@DRAWN
@given(cases=st.lists(st.tuples(st.lists(SEP, max_size=7), TEXT), min_size=150, max_size=150))
def test_replacer(go: str, tmp_path_factory: pytest.TempPathFactory, cases: list[tuple[list[str], str]]) -> None:
    cases = REPLACER_REGRESSIONS + cases
    rows = ",\n".join(f"\t{{[]string{{{', '.join(lit(x) for x in args)}}}, {lit(s)}}}" for args, s in cases)
    decls = f"""var cases = []struct {{
\targs []string
\ts    string
}}{{
{rows},
}}
"""
    body = """\tfor _, c := range cases {
\t\tout(try(func() string {
\t\t\tr := strings.NewReplacer(c.args...)
\t\t\tvar sb strings.Builder
\t\t\tn, err := r.WriteString(&sb, c.s)
\t\t\treturn h(r.Replace(c.s)) + " " + h(sb.String()) + fmt.Sprint(" ", n, " ", err)
\t\t}))
\t}"""
    want = go_lines(go, go_program(["strings"], body, decls), tmp_path_factory, "replacer")

    def got(c: tuple[list[str], str]) -> str:
        def run() -> str:
            r = gs.NewReplacer(*c[0])
            sb = gs.Builder()
            n, err = r.WriteString(sb, c[1])
            return h(r.Replace(c[1])) + " " + h(sb.String()) + f" {n} {'<nil>' if err is None else err.Error()}"

        return try_(run)

    compare(cases, want, got, "NewReplacer")
