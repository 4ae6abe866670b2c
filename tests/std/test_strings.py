"""strings against the real toolchain: one Go program prints every case (each
result in %#v form, separated by U+001E U+001D U+001C), the same calls are made
with go2py's strings module and formatted by go2py's fmt."""

from __future__ import annotations

import subprocess

import pytest

from go2py.gotool import go_environ
from go2py.runtime import values as v
from go2py.runtime.panic import GoPanic
from go2py.runtime.std import fmt, strings, unicode
from go2py.runtime.values import Box, Slice

SEP = "\x1e\x1d\x1c"

STRS = [
    "",
    "a",
    "abc",
    "chicken",
    "  hello  world  ",
    "a,b,,c,",
    "héllo wörld",
    "日本語テキスト",
    "\udcff\udcfeab\udcff",
    "ß straße İstanbul ǅ ﬃ",
    "Σίσυφος ΣΑΣ",
    "a\u00a0b\u2003c\u0085d\u3000",
    "go gopher gogo",
    "\tX\n",
    "ǈaǉ xY_z9",
    "ΑΒΓ αβγ",
    "\u0130\u0131 K\u212a",
    "xx\u00e9xx",
    "\ufffd\udcff!",
    "line1\nline2\n\nline4",
    "one\ntwo\n",
    "a\u0345b ǰ ŉ",
    "-_-hello, world!-_-",
    "ıiIİ dİyarbakır",
    "a\x1cb\x0bc\x0c d\x1f e\r\n",
    " \t spaced\vout\f ",
]
SUBS = ["", "a", "o", "go", "é", "\udcff", ",", "ll", "日本", "xyz", " ", "\ufffd", "-_", "Σ"]
SEPS = ["", ",", " ", "o", "é", "\udcff", "\n", "go"]


def go_lit(x) -> str:
    if isinstance(x, bool):
        return "true" if x else "false"
    if isinstance(x, int):
        return str(x)
    if isinstance(x, str):
        out = []
        for byte in x.encode("utf-8", "surrogateescape"):
            c = chr(byte)
            if c == '"' or c == "\\":
                out.append("\\" + c)
            elif 0x20 <= byte < 0x7F:
                out.append(c)
            else:
                out.append("\\x%02x" % byte)
        return '"' + "".join(out) + '"'
    if isinstance(x, Fn):
        return x.go
    raise TypeError(x)


class Fn:
    def __init__(self, go: str, py) -> None:
        self.go = go
        self.py = py


def _rot1(r: int) -> int:
    if 0x61 <= r <= 0x7A:
        return 0x61 + (r - 0x61 + 1) % 26
    if r == 0xE9:
        return -1
    if r == 0x20:
        return 0x1F600
    return r


ROT1 = Fn("rot1", _rot1)
IS_SPACE = Fn("unicode.IsSpace", unicode.IsSpace)
IS_UPPER = Fn("unicode.IsUpper", unicode.IsUpper)
IS_LETTER = Fn("unicode.IsLetter", unicode.IsLetter)
IS_PUNCT = Fn("unicode.IsPunct", unicode.IsPunct)
NOT_LETTER = Fn("notLetter", lambda r: not unicode.IsLetter(r))
TO_ERR = Fn("toErr", lambda r: 0xFFFD if r == 0x61 else (0xD800 if r == 0x62 else r))
TURKISH = Fn("unicode.TurkishCase", unicode.TurkishCase)
FUNCS = [IS_SPACE, IS_UPPER, IS_LETTER, IS_PUNCT, NOT_LETTER]


def cases() -> list[tuple[str, list]]:
    """(function name, arguments)."""
    cs: list[tuple[str, list]] = []
    for s in STRS:
        for sub in SUBS:
            for fn in [
                "Contains",
                "ContainsAny",
                "Count",
                "Index",
                "LastIndex",
                "IndexAny",
                "LastIndexAny",
                "HasPrefix",
                "HasSuffix",
                "Split",
                "SplitAfter",
                "Cut",
                "CutLast",
                "CutPrefix",
                "CutSuffix",
                "EqualFold",
                "Trim",
                "TrimLeft",
                "TrimRight",
                "TrimPrefix",
                "TrimSuffix",
                "Compare",
                "ToValidUTF8",
            ]:
                cs.append((fn, [s, sub]))
            cs.append(("ReplaceAll", [s, sub, "<>"]))
            for n in (-1, 0, 1, 2):
                cs.append(("Replace", [s, sub, "_", n]))
        for fn in ["ToUpper", "ToLower", "ToTitle", "Title", "TrimSpace", "Fields", "Clone"]:
            cs.append((fn, [s]))
        cs.append(("Repeat", [s, 3]))
        for fn in ["ToUpperSpecial", "ToLowerSpecial", "ToTitleSpecial"]:
            cs.append((fn, [TURKISH, s]))
        cs.append(("Map", [ROT1, s]))
        cs.append(("Map", [TO_ERR, s]))
        for f in FUNCS:
            for fn in [
                "IndexFunc",
                "LastIndexFunc",
                "TrimFunc",
                "TrimLeftFunc",
                "TrimRightFunc",
                "ContainsFunc",
                "FieldsFunc",
            ]:
                cs.append((fn, [s, f]))
        for r in (0x61, 0x6F, 0xE9, 0x65E5, 0xFFFD, -1, 0xD800, 0x110000, 0x1F600):
            cs.append(("IndexRune", [s, r]))
            cs.append(("ContainsRune", [s, r]))
        for c in (0x61, 0x2C, 0xFF, 0xC3, 0xA9):
            cs.append(("IndexByte", [s, c]))
            cs.append(("LastIndexByte", [s, c]))
        for sep in SEPS:
            for n in (-1, 0, 1, 2, 3, 100):
                cs.append(("SplitN", [s, sep, n]))
                cs.append(("SplitAfterN", [s, sep, n]))
    folds = [
        ("Go", "GO"),
        ("σ", "Σ"),
        ("ς", "Σ"),
        ("ς", "σ"),
        ("K", "\u212a"),
        ("k", "\u212a"),
        ("ß", "SS"),
        ("ǅ", "ǆ"),
        ("Ǆ", "ǆ"),
        ("straße", "STRASSE"),
        ("\udcff", "\ufffd"),
        ("ab", "abc"),
        ("İ", "i"),
        ("ı", "I"),
        ("ſ", "S"),
        ("Ω", "\u2126"),
        ("ǈ", "Ǉ"),
        ("μ", "\u00b5"),
        ("Ѐ", "ѐ"),
        ("a\u0345", "A\u03b9"),
    ]
    for a, b in folds:
        cs.append(("EqualFold", [a, b]))
    for a, n in [("ab", -1), ("", -1), ("x", 0)]:
        cs.append(("Repeat", [a, n]))
    return cs


def py_format(x) -> str:
    if isinstance(x, tuple):
        return " ".join(py_format(e) for e in x)
    if isinstance(x, Slice):
        return fmt.Sprintf("%#v", Box(v.slice_of(v.STRING), x))
    return fmt.Sprintf("%#v", x)


def py_call(name: str, args: list) -> str:
    args = [a.py if isinstance(a, Fn) else a for a in args]
    try:
        return py_format(getattr(strings, name)(*args))
    except GoPanic as p:
        return "panic: " + p.value.Error()


REPLACERS = [
    (["a", "1", "b", "2"], ["abcab", "xyz", ""]),
    (["<", "&lt;", ">", "&gt;", "&", "&amp;"], ['<a href="x&y">', "plain"]),
    (["a", "A", "a", "B", "aa", "C"], ["aaa", "banana"]),
    (["aa", "C", "a", "A"], ["aaa", "banana"]),
    (["", "X"], ["", "abc", "héllo"]),
    (["a", "1", "", "X"], ["abc", "bab"]),
    (["hello", "HI", "he", "HE"], ["hello help"]),
    (["é", "e", "\udcff", "?"], ["café\udcff", "héé"]),
    (["x", ""], ["xaxbx"]),
    (["abc", "1"], ["abcabcab"]),
    ([], ["same"]),
]

SEQS = [("SplitSeq", True), ("SplitAfterSeq", True), ("FieldsSeq", False), ("Lines", False)]


def go_program() -> str:
    body = []
    for name, args in cases():
        call = f"strings.{name}({', '.join(go_lit(a) for a in args)})"
        if name in ("Cut", "CutLast"):
            body.append(f"\tout(r3({call}))")
        elif name in ("CutPrefix", "CutSuffix"):
            body.append(f"\tout(r2({call}))")
        elif name == "Repeat":
            body.append(f'\tout(catch(func() string {{ return fmt.Sprintf("%#v", {call}) }}))')
        else:
            body.append(f'\tout(fmt.Sprintf("%#v", {call}))')
    for oldnew, inputs in REPLACERS:
        for s in inputs:
            body.append(
                f"\tout(fmt.Sprintf(\"%#v\", strings.NewReplacer({', '.join(map(go_lit, oldnew))})"
                f".Replace({go_lit(s)})))"
            )
    for s in STRS:
        for name, takes_sep in SEQS:
            seps = SEPS if takes_sep else [None]
            for sep in seps:
                a = go_lit(s) + (", " + go_lit(sep) if sep is not None else "")
                body.append(f'\tout(fmt.Sprintf("%#v", slices.Collect(strings.{name}({a}))))')
        for f in FUNCS:
            body.append(
                f'\tout(fmt.Sprintf("%#v", slices.Collect(strings.FieldsFuncSeq({go_lit(s)}, {f.go}))))'
            )
    return GO_HEAD + "\n".join(body) + "\n}\n"


GO_HEAD = """package main

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"unicode"
)

func out(s string) { os.Stdout.WriteString(s + "\\x1e\\x1d\\x1c") }

func r2[A, B any](a A, b B) string { return fmt.Sprintf("%#v %#v", a, b) }

func r3[A, B, C any](a A, b B, c C) string { return fmt.Sprintf("%#v %#v %#v", a, b, c) }

func catch(f func() string) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("panic: ", r)
		}
	}()
	return f()
}

func rot1(r rune) rune {
	switch {
	case 'a' <= r && r <= 'z':
		return 'a' + (r-'a'+1)%26
	case r == 'é':
		return -1
	case r == ' ':
		return 0x1F600
	}
	return r
}

func toErr(r rune) rune {
	switch r {
	case 'a':
		return 0xFFFD
	case 'b':
		return 0xD800
	}
	return r
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

func main() {
"""


def collect(seq) -> Slice:
    out = []
    seq(lambda x: out.append(x) or True)
    return Slice(out) if out else v.NIL_SLICE


def python_outputs() -> list[tuple[str, str]]:
    res = []
    for name, args in cases():
        res.append((f"{name}{tuple(args)!r}", py_call(name, args)))
    for oldnew, inputs in REPLACERS:
        r = strings.NewReplacer(*oldnew)
        for s in inputs:
            res.append(
                (f"NewReplacer{tuple(oldnew)!r}.Replace({s!r})", fmt.Sprintf("%#v", r.Replace(s)))
            )
    for s in STRS:
        for name, takes_sep in SEQS:
            for sep in (SEPS if takes_sep else [None]):
                seq = (
                    getattr(strings, name)(s, sep) if sep is not None else getattr(strings, name)(s)
                )
                res.append((f"{name}({s!r}, {sep!r})", py_format(collect(seq))))
        for f in FUNCS:
            res.append(
                (
                    f"FieldsFuncSeq({s!r}, {f.go})",
                    py_format(collect(strings.FieldsFuncSeq(s, f.py))),
                )
            )
    return res


@pytest.fixture(scope="module")
def go_outputs(go, tmp_path_factory) -> list[str]:
    d = tmp_path_factory.mktemp("strings")
    (d / "main.go").write_text(go_program())
    (d / "go.mod").write_text("module stringscases\n\ngo 1.24\n")
    r = subprocess.run([go, "run", "."], cwd=d, capture_output=True, env=go_environ(), timeout=300)
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout.decode("utf-8", "surrogateescape").split(SEP)[:-1]


def test_case_count():
    assert len(python_outputs()) > 8000


def test_against_go(go_outputs):
    ours = python_outputs()
    assert len(ours) == len(go_outputs)
    bad = [(d, w, g) for (d, g), w in zip(ours, go_outputs) if g != w]
    report = "\n".join(f"{d}: go {w!r} ours {g!r}" for d, w, g in bad[:40])
    assert not bad, f"{len(bad)} of {len(ours)} differ:\n{report}"


# ---------------------------------------------------------------- Builder, Reader, iterators


def test_builder():
    b = strings.Builder()
    assert (b.Len(), b.String(), b.Cap()) == (0, "", 0)
    assert b.WriteString("héllo") == (6, None)
    assert b.WriteByte(ord("x")) is None
    assert b.WriteRune(0x1F600) == (4, None)
    assert b.WriteRune(-1) == (3, None)
    assert b.Write(Slice([0xFF, 0x41])) == (2, None)
    assert b.String() == "héllox\U0001f600\ufffd\udcffA"
    assert b.Len() == 16 and b.Cap() >= 16
    b.WriteByte(0xC3)
    b.WriteByte(0xA9)
    assert b.String().endswith("\udcffAé") and b.Len() == 18
    b.Grow(100)
    assert b.Cap() >= 118
    b.Reset()
    assert (b.Len(), b.String()) == (0, "")
    with pytest.raises(GoPanic, match="negative count"):
        b.Grow(-1)


def test_reader():
    r = strings.NewReader("héllo\udcff")
    assert (r.Len(), r.Size()) == (7, 7)
    buf = Slice([0] * 3)
    assert r.Read(buf) == (3, None) and list(buf) == [0x68, 0xC3, 0xA9]
    assert (
        r.UnreadRune().Error() == "strings.Reader.UnreadRune: previous operation was not ReadRune"
    )
    assert r.ReadRune() == (ord("l"), 1, None)
    assert r.UnreadRune() is None
    assert r.ReadByte() == (ord("l"), None)
    assert r.UnreadByte() is None and r.Len() == 4
    assert r.Seek(1, 0) == (1, None)
    assert r.ReadRune() == (0xE9, 2, None)
    assert r.Seek(-1, 2) == (6, None)
    assert r.ReadRune() == (0xFFFD, 1, None)
    assert r.ReadRune() == (0, 0, strings.EOF)
    assert r.Read(buf) == (0, strings.EOF)
    assert r.ReadByte() == (0, strings.EOF)
    n, err = r.Seek(-10, 1)
    assert n == 0 and err.Error() == "strings.Reader.Seek: negative position"
    assert r.ReadAt(buf, 5) == (2, strings.EOF) and list(buf)[:2] == [0x6F, 0xFF]
    assert r.ReadAt(buf, 0) == (3, None)
    assert r.ReadAt(buf, -1)[1].Error() == "strings.Reader.ReadAt: negative offset"
    r.Reset("xyz")
    assert r.UnreadByte().Error() == "strings.Reader.UnreadByte: at beginning of string"

    class W:
        data = b""

        def Write(self, p):
            W.data += bytes(p)
            return len(p), None

    r.ReadByte()
    assert r.WriteTo(W()) == (2, None) and W.data == b"yz" and r.Len() == 0


def test_iterators_stop_early():
    seen = []
    strings.SplitSeq("a,b,c,d", ",")(lambda s: seen.append(s) or len(seen) < 2)
    assert seen == ["a", "b"]
    seen.clear()
    strings.Lines("x\ny\nz")(lambda s: seen.append(s) or True)
    assert seen == ["x\n", "y\n", "z"]


def test_replacer_odd_and_writer():
    with pytest.raises(GoPanic, match="odd argument count"):
        strings.NewReplacer("a")
    b = strings.Builder()
    assert strings.NewReplacer("a", "bb").WriteString(b, "aXa") == (5, None)
    assert b.String() == "bbXbb"


def test_join_and_special_case():
    assert strings.Join(Slice(["a", "b", "c"]), ", ") == "a, b, c"
    assert strings.Join(v.NIL_SLICE, "-") == ""

    from go2py.runtime.std import unicode

    assert strings.ToUpperSpecial(unicode.TurkishCase, "abié") == "ABİÉ"
    assert strings.ToLowerSpecial(unicode.TurkishCase, "IİA") == "ıia"
