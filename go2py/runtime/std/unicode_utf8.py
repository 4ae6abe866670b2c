"""Go's ``unicode/utf8`` package over go2py strings.

A Go string is a Python ``str`` of code points in which each byte that is not
part of valid UTF-8 is a lone surrogate U+DC80..U+DCFF (``surrogateescape``).
Decoding therefore sees such a character as Go sees an invalid byte:
``RuneError`` with width 1.  A string built by concatenating pieces may hold
escaped bytes that together form valid UTF-8; every function here first
normalizes such strings (``normalize``), so the results are those of Go on the
same bytes.

Implemented: ``RuneCountInString``, ``ValidString``, ``DecodeRuneInString``,
``DecodeLastRuneInString``, ``FullRuneInString``, ``RuneLen``, ``ValidRune``,
``RuneStart`` and the constants.  The ``[]byte`` functions (``AppendRune``,
``DecodeRune``, ``DecodeLastRune``, ``EncodeRune``, ``FullRune``,
``RuneCount``, ``Valid``) wait for the slice representation.
"""

from __future__ import annotations

import re as _re

__all__ = [
    "RuneError",
    "RuneSelf",
    "MaxRune",
    "UTFMax",
    "RuneCountInString",
    "ValidString",
    "DecodeRuneInString",
    "DecodeLastRuneInString",
    "FullRuneInString",
    "RuneLen",
    "ValidRune",
    "RuneStart",
    "normalize",
    "byte_len",
]

RuneError = 0xFFFD
RuneSelf = 0x80
MaxRune = 0x10FFFF
UTFMax = 4

_SURR = _re.compile("[\ud800-\udfff]")


def _to_bytes(s: str) -> bytes:
    """Go's bytes of ``s``.  Surrogates outside U+DC80..U+DCFF (which a go2py
    string should not hold) are taken as their 3-byte encodings."""
    try:
        return s.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        out = bytearray()
        for ch in s:
            c = ord(ch)
            if 0xDC80 <= c <= 0xDCFF:
                out.append(c - 0xDC00)
            else:
                out += ch.encode("utf-8", "surrogatepass")
        return bytes(out)


def normalize(s: str) -> str:
    """``s`` with escaped bytes that form valid UTF-8 merged into their code
    points, so that each character is one Go rune (or one invalid byte)."""
    if s.isascii() or _SURR.search(s) is None:
        return s
    return _to_bytes(s).decode("utf-8", "surrogateescape")


def byte_len(s: str) -> int:
    """``len(s)`` in Go: the number of bytes."""
    if s.isascii():
        return len(s)
    return len(_to_bytes(s))


def _rune_size(c: int) -> int:
    if c < 0x80:
        return 1
    if c < 0x800:
        return 2
    if 0xD800 <= c <= 0xDFFF:
        return 1  # an escaped invalid byte
    if c < 0x10000:
        return 3
    return 4


def RuneCountInString(s: str) -> int:
    if s.isascii():
        return len(s)
    return len(normalize(s))


def ValidString(s: str) -> bool:
    if s.isascii() or _SURR.search(s) is None:
        return True
    return _SURR.search(normalize(s)) is None


def ValidRune(r: int) -> bool:
    return 0 <= r < 0xD800 or 0xDFFF < r <= MaxRune


def RuneLen(r: int) -> int:
    if r < 0:
        return -1
    if r < 0x80:
        return 1
    if r < 0x800:
        return 2
    if 0xD800 <= r <= 0xDFFF:
        return -1
    if r < 0x10000:
        return 3
    if r <= MaxRune:
        return 4
    return -1


def RuneStart(b: int) -> bool:
    return b & 0xC0 != 0x80


def _decode_first(b: bytes):
    """(rune, size) of the first rune of the bytes ``b`` (non-empty)."""
    c = b[0]
    if c < 0x80:
        return c, 1
    t = b[:4].decode("utf-8", "surrogateescape")
    r = ord(t[0])
    if 0xD800 <= r <= 0xDFFF:
        return RuneError, 1
    return r, _rune_size(r)


def DecodeRuneInString(s: str):
    if not s:
        return RuneError, 0
    c = ord(s[0])
    if c < 0x80:
        return c, 1
    if 0xD800 <= c <= 0xDFFF:
        return _decode_first(_to_bytes(s[:4]))
    return c, _rune_size(c)


def DecodeLastRuneInString(s: str):
    if not s:
        return RuneError, 0
    c = ord(s[-1])
    if c < 0x80:
        return c, 1
    if not 0xD800 <= c <= 0xDFFF:
        return c, _rune_size(c)
    b = _to_bytes(s[-4:])
    end = len(b)
    lim = max(end - UTFMax, 0)
    start = end - 2
    while start >= lim:
        if b[start] & 0xC0 != 0x80:
            break
        start -= 1
    if start < 0:
        start = 0
    if start < lim:
        start = lim
    r, size = _decode_first(b[start:end])
    if start + size != end:
        return RuneError, 1
    return r, size


def FullRuneInString(s: str) -> bool:
    if not s:
        return False
    c = ord(s[0])
    if not 0xD800 <= c <= 0xDFFF:
        return True
    p = _to_bytes(s[:4])[:4]
    n = len(p)
    x = p[0]
    if x < 0xC2 or x > 0xF4:
        return True  # invalid start byte: a complete (erroneous) rune
    need = 2 if x < 0xE0 else 3 if x < 0xF0 else 4
    if n >= need:
        return True
    lo, hi = 0x80, 0xBF
    if x == 0xE0:
        lo = 0xA0
    elif x == 0xED:
        hi = 0x9F
    elif x == 0xF0:
        lo = 0x90
    elif x == 0xF4:
        hi = 0x8F
    if n > 1 and not lo <= p[1] <= hi:
        return True
    if n > 2 and not 0x80 <= p[2] <= 0xBF:
        return True
    return False


# -- the []byte forms: the string functions over the slice's bytes


def _slice_str(p) -> str:
    return bytes(p.a[p.off : p.off + p.len]).decode("utf-8", "surrogateescape") if p.len else ""


def DecodeRune(p):
    return DecodeRuneInString(_slice_str(p.slice(0, min(len(p), UTFMax))))


def DecodeLastRune(p):
    n = len(p)
    return DecodeLastRuneInString(_slice_str(p.slice(max(n - UTFMax, 0), n)))


def FullRune(p) -> bool:
    return FullRuneInString(_slice_str(p.slice(0, min(len(p), UTFMax))))


def RuneCount(p) -> int:
    return RuneCountInString(_slice_str(p))


def Valid(p) -> bool:
    return ValidString(_slice_str(p))


def _encode(r: int) -> bytes:
    if not ValidRune(r):
        r = RuneError
    return chr(r).encode("utf-8")


def EncodeRune(p, r: int) -> int:
    """Writes the UTF-8 of r (RuneError if invalid) into p; panics, like Go's index
    check, if p is too short."""
    b = _encode(r)
    p[len(b) - 1]  # Go checks the last index first: a short p panics with its index
    for i, c in enumerate(b):
        p[i] = c
    return len(b)


def AppendRune(p, r: int):
    from go2py.runtime.values import append

    return append(p, *_encode(r))
