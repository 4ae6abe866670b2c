"""go2py.runtime.std.unicode_utf8 against the real Go toolchain.

Byte strings mixing valid UTF-8 with every kind of invalid sequence are given
to Go as string literals and to Python as go2py strings (invalid bytes as lone
surrogates), both normalized and with every non-ASCII byte escaped
separately (as a string built byte by byte would be).
"""

from __future__ import annotations

import random

import pytest

from go2py.runtime.std import unicode_utf8 as u8

from .gohelp import go_str_slice, run_go

SEED = 99

PIECES = [
    b"a",
    b"Z",
    b"\x00",
    b"\x7f",
    "\u00e9".encode(),
    "\u20ac".encode(),
    "\U0001f600".encode(),
    "\uffff".encode(),
    "\U0010ffff".encode(),
    "\ufffd".encode(),
    b"\x80",
    b"\xbf",
    b"\xc0\x80",
    b"\xc1\xbf",
    b"\xc2",
    b"\xc3\x28",
    b"\xe0\x80\x80",
    b"\xe0\xa0",
    b"\xed\xa0\x80",
    b"\xed\x9f\xbf",
    b"\xef\xbf",
    b"\xf0\x90\x80",
    b"\xf0\x8f\xbf\xbf",
    b"\xf4\x90\x80\x80",
    b"\xf4\x8f\xbf\xbf",
    b"\xf5\x80\x80\x80",
    b"\xf8\x88\x80\x80\x80",
    b"\xfe",
    b"\xff",
    b"\xe2\x82",
    b"\xe2\x82\xac",
]


def gen_bytes(rng: random.Random) -> list[bytes]:
    out = [b""] + [p for p in PIECES] + [bytes([b]) for b in range(0x80, 0x100, 5)]
    for _ in range(500):
        out.append(b"".join(rng.choice(PIECES) for _ in range(rng.randint(1, 6))))
    for _ in range(100):
        out.append(bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 8))))
    return out


def escaped_bytewise(b: bytes) -> str:
    return "".join(chr(c) if c < 0x80 else chr(0xDC00 + c) for c in b)


GO_MAIN = r"""
package main

import (
	"bufio"
	"fmt"
	"os"
	"unicode/utf8"
)

var strs = @STRS@
var runes = []int32{@RUNES@}

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, s := range strs {
		for i := 0; i <= len(s); i++ {
			t := s[i:]
			r, n := utf8.DecodeRuneInString(t)
			lr, ln := utf8.DecodeLastRuneInString(t)
			fmt.Fprintln(w, utf8.RuneCountInString(t), utf8.ValidString(t), r, n, lr, ln, utf8.FullRuneInString(t))
		}
	}
	for _, r := range runes {
		fmt.Fprintln(w, utf8.RuneLen(r), utf8.ValidRune(r))
	}
	for b := 0; b < 256; b++ {
		fmt.Fprint(w, utf8.RuneStart(byte(b)), " ")
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, utf8.RuneError, utf8.RuneSelf, utf8.MaxRune, utf8.UTFMax)
}
"""


def gobool(b: bool) -> str:
    return "true" if b else "false"


@pytest.fixture(scope="module")
def data(go, tmp_path_factory):
    rng = random.Random(SEED)
    bs = gen_bytes(rng)
    runes = [
        -1,
        -0x80000000,
        0,
        0x7F,
        0x80,
        0x7FF,
        0x800,
        0xD7FF,
        0xD800,
        0xDFFF,
        0xE000,
        0xFFFF,
        0x10000,
        0x10FFFF,
        0x110000,
        0x7FFFFFFF,
    ] + [rng.randint(-10, 0x120000) for _ in range(300)]
    src = GO_MAIN.replace(
        "@STRS@", go_str_slice([b.decode("utf-8", "surrogateescape") for b in bs])
    )
    src = src.replace("@RUNES@", ",".join(map(str, runes)))
    lines = run_go(go, src, tmp_path_factory.mktemp("utf8"))
    return bs, runes, lines


def test_string_functions(data):
    bs, _, lines = data
    it = iter(lines)
    bad = []
    n = 0
    for b in bs:
        for i in range(len(b) + 1):
            want = next(it)
            t = b[i:]
            for s in (t.decode("utf-8", "surrogateescape"), escaped_bytewise(t)):
                r, size = u8.DecodeRuneInString(s)
                lr, ln = u8.DecodeLastRuneInString(s)
                got = "%d %s %d %d %d %d %s" % (
                    u8.RuneCountInString(s),
                    gobool(u8.ValidString(s)),
                    r,
                    size,
                    lr,
                    ln,
                    gobool(u8.FullRuneInString(s)),
                )
                n += 1
                if got != want:
                    bad.append((t, s, got, want))
    assert n > 5000
    assert not bad, f"{len(bad)}/{n} mismatches:\n" + "\n".join(map(repr, bad[:20]))


def test_runes_and_constants(data):
    bs, runes, lines = data
    total = sum(len(b) + 1 for b in bs)
    it = iter(lines[total:])
    for r in runes:
        assert "%d %s" % (u8.RuneLen(r), gobool(u8.ValidRune(r))) == next(it), r
    assert " ".join(gobool(u8.RuneStart(b)) for b in range(256)) + " " == next(it)
    assert "%d %d %d %d" % (u8.RuneError, u8.RuneSelf, u8.MaxRune, u8.UTFMax) == next(it)
    with pytest.raises(StopIteration):
        next(it)


def test_normalize_and_byte_len():
    s = "\udcc3\udca9x\udcff"
    assert u8.normalize(s) == "\u00e9x\udcff"
    assert u8.byte_len(s) == 4 and u8.byte_len("abc") == 3 and u8.byte_len("\U0001f600") == 4
