"""go2py.runtime.std.unicode and unicode_utf8 against the real toolchain on inputs drawn by
Hypothesis: the classes, case mappings and folding of drawn runes (all planes, the edges of
the code space, negative and too-large values), and decoding, validating and encoding of
drawn bytes. Each example is one Go program over the batch; the Python functions are called
directly (drawnhelp.py). test_unicode.py and test_utf8.py cover chosen and seeded cases.
"""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from go2py.runtime.std import unicode as u
from go2py.runtime.std import unicode_utf8 as utf8
from go2py.runtime.values import Slice

from .drawnhelp import DRAWN, blit, compare, go_lines, go_program, hb, line, try_

RUNES = st.one_of(
    st.integers(0, 0x10FFFF),
    st.integers(0, 0x2FFF),
    st.integers(0, 0x24F),
    st.integers(0xD7F0, 0xE010),
    st.integers(0x1E900, 0x1E95F),  # Adlam, with case pairs
    st.sampled_from([0x10FFFF, 0x110000, -1, -(1 << 31), (1 << 31) - 1, 0xFFFD, 0x130, 0x131, 0x1C5, 0x3A3, 0x3C2,
                     0x212A, 0x17F, 0x1E9E, 0x345, 0x1FB3, 0xDF, 0x2126, 0x1F88]),
)

# The classes and tables compared for each rune (their Go and Python names are the same).
CLASSES = ["IsLetter", "IsDigit", "IsNumber", "IsSpace", "IsUpper", "IsLower", "IsTitle", "IsPunct", "IsSymbol",
           "IsMark", "IsControl", "IsPrint", "IsGraphic"]
TABLES = ["Latin", "Greek", "Han", "Cyrillic", "Adlam", "Nd", "Lo", "Lm", "Zs", "Sc", "Mn", "White_Space",
          "Other_Alphabetic", "Pattern_Syntax", "Diacritic", "Co", "Cs"]


# Runes that once differed, checked in every batch: EncodeRune into a 2-byte slice panicked
# with index 2 for a 4-byte encoding, where Go checks index 3 first.
RUNE_REGRESSIONS = [0x10FFFF, 0x1F600, 0x800, 0xD800, -1]


@DRAWN
@given(runes=st.lists(RUNES, min_size=600, max_size=600))
def test_runes(go: str, tmp_path_factory: pytest.TempPathFactory, runes: list[int]) -> None:
    runes = RUNE_REGRESSIONS + runes
    decls = f"var runes = []rune{{{', '.join(map(str, runes))}}}\n"
    classes = ", ".join(f"unicode.{c}" for c in CLASSES)
    tables = ", ".join(f"unicode.{t}" for t in TABLES)
    body = f"""\tclasses := []func(rune) bool{{{classes}}}
\ttables := []*unicode.RangeTable{{{tables}}}
\tfor _, r := range runes {{
\t\tflags := ""
\t\tfor _, f := range classes {{
\t\t\tflags += fmt.Sprint(map[bool]int{{false: 0, true: 1}}[f(r)])
\t\t}}
\t\tflags += "|"
\t\tfor _, t := range tables {{
\t\t\tflags += fmt.Sprint(map[bool]int{{false: 0, true: 1}}[unicode.Is(t, r)])
\t\t}}
\t\tout(flags, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r),
\t\t\tunicode.To(unicode.UpperCase, r), unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r),
\t\t\tunicode.In(r, unicode.Greek, unicode.Nd), utf8.RuneLen(r), utf8.ValidRune(r), hb(utf8.AppendRune(nil, r)),
\t\t\ttry(func() string {{ b := make([]byte, 2); n := utf8.EncodeRune(b, r); return hb(b[:n]) }}))
\t}}"""
    want = go_lines(go, go_program(["unicode", "unicode/utf8"], body, decls), tmp_path_factory, "runes")
    classes_py = [getattr(u, c) for c in CLASSES]
    tables_py = [getattr(u, t) for t in TABLES]

    def encode2(r: int) -> str:
        b = Slice([0, 0])
        n = utf8.EncodeRune(b, r)
        return hb(b.slice(0, n))

    def got(r: int) -> str:
        flags = "".join("1" if f(r) else "0" for f in classes_py) + "|"
        flags += "".join("1" if u.Is(t, r) else "0" for t in tables_py)
        return line(flags, u.ToUpper(r), u.ToLower(r), u.ToTitle(r), u.SimpleFold(r), u.To(u.UpperCase, r),
                    u.SpecialCase.ToUpper(u.TurkishCase, r), u.SpecialCase.ToLower(u.TurkishCase, r), u.In(r, u.Greek, u.Nd), utf8.RuneLen(r),
                    utf8.ValidRune(r), hb(utf8.AppendRune(_nil(), r)), try_(lambda: encode2(r)))

    compare(runes, want, got, "unicode runes")


def _nil() -> Slice:
    from go2py.runtime.values import NIL_SLICE

    return NIL_SLICE


# Bytes: anything, valid text of every plane, and pieces of sequences (lead bytes, cut-off
# and overlong forms, surrogates, values past U+10FFFF) around ASCII.
BYTES = st.one_of(
    st.binary(max_size=12),
    st.text(max_size=6).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.lists(st.sampled_from([b"a", b"\x80", b"\xbf", b"\xc0", b"\xc1\xbf", b"\xc2", b"\xc2\x80", b"\xdf\xbf", b"\xe0",
                              b"\xe0\x80", b"\xe0\xa0\x80", b"\xed\x9f\xbf", b"\xed\xa0\x80", b"\xee\x80\x80",
                              b"\xef\xbf\xbf", b"\xf0", b"\xf0\x8f\xbf\xbf", b"\xf0\x90\x80\x80", b"\xf4\x8f\xbf\xbf",
                              b"\xf4\x90\x80\x80", b"\xf5", b"\xff", b"\xe2\x82", b"\xf0\x9f\x98"]),
             max_size=5).map(b"".join),
)


@DRAWN
@given(data=st.lists(BYTES, min_size=500, max_size=500))
def test_bytes(go: str, tmp_path_factory: pytest.TempPathFactory, data: list[bytes]) -> None:
    decls = f"var data = []string{{{', '.join(blit(b) for b in data)}}}\n"
    body = """\tfor _, s := range data {
\t\tb := []byte(s)
\t\tr, n := utf8.DecodeRune(b)
\t\tlr, ln := utf8.DecodeLastRune(b)
\t\tsr, sn := utf8.DecodeRuneInString(s)
\t\tslr, sln := utf8.DecodeLastRuneInString(s)
\t\tvar runes []rune
\t\tfor _, r := range s {
\t\t\trunes = append(runes, r)
\t\t}
\t\tstarts := 0
\t\tfor _, c := range b {
\t\t\tif utf8.RuneStart(c) {
\t\t\t\tstarts++
\t\t\t}
\t\t}
\t\tout(r, n, lr, ln, sr, sn, slr, sln, utf8.Valid(b), utf8.ValidString(s), utf8.RuneCount(b),
\t\t\tutf8.RuneCountInString(s), utf8.FullRune(b), utf8.FullRuneInString(s), starts, len(runes), runes,
\t\t\thb([]byte(string(runes))))
\t}"""
    want = go_lines(go, go_program(["unicode/utf8"], body, decls), tmp_path_factory, "utf8")

    def got(raw: bytes) -> str:
        s = raw.decode("utf-8", "surrogateescape")
        b = Slice(list(raw))
        r, n = utf8.DecodeRune(b)
        lr, ln = utf8.DecodeLastRune(b)
        sr, sn = utf8.DecodeRuneInString(s)
        slr, sln = utf8.DecodeLastRuneInString(s)
        runes = []
        i = 0
        while i < len(raw):  # Go's range over a string, with utf8's own decoder
            rr, nn = utf8.DecodeRuneInString(raw[i:].decode("utf-8", "surrogateescape"))
            runes.append(rr)
            i += nn
        starts = sum(1 for c in raw if utf8.RuneStart(c))
        text = "".join(chr(x) for x in runes).encode("utf-8", "surrogatepass")
        return line(r, n, lr, ln, sr, sn, slr, sln, utf8.Valid(b), utf8.ValidString(s), utf8.RuneCount(b),
                    utf8.RuneCountInString(s), utf8.FullRune(b), utf8.FullRuneInString(s), starts, len(runes),
                    "[" + " ".join(map(str, runes)) + "]", text.hex() + ".")

    compare(data, want, got, "unicode/utf8 bytes")
