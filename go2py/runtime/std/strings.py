"""Go's ``strings`` package over go2py strings.

Strings are ``str`` whose lone surrogates U+DC80..U+DCFF stand for bytes that
are not valid UTF-8 (see docs/values.md).  Inputs are normalized first
(``unicode_utf8.normalize``: escaped bytes that together form valid UTF-8 become
their code point), so that one character is one Go rune or one invalid byte.
Then searching code points finds what Go finds searching bytes (UTF-8 is
self-synchronizing), and indexes are converted to BYTE offsets (ASCII strings
need no conversion).  Functions taking ``func(rune)`` get ints, with
``RuneError`` (0xFFFD) for invalid bytes, as Go's ``range`` gives them.

Results of type ``[]string`` are ``Slice`` of ``str``; ``Join`` takes a Slice
(or any iterable) of ``str``.  The iterator functions (``Lines``, ``SplitSeq``,
``SplitAfterSeq``, ``FieldsSeq``, ``FieldsFuncSeq``) return a Go ``iter.Seq``:
a function ``seq(yield_)`` calling ``yield_(s)`` for each element until it
returns False.  ``Builder``, ``Reader`` and ``Replacer`` are classes
(``NewReader``/``NewReplacer`` build them; ``Builder()`` is the zero Builder).
``Reader`` reports end of input with ``io.EOF`` (``go2py.runtime.std.io.EOF``
when that module exists, else this module's ``EOF``, which the io module is
meant to export).  ``ToUpperSpecial`` & co. map rune by rune with the
``unicode.SpecialCase`` given.

``Builder.Cap()`` follows append's growth rule without the allocator's size
classes, so it may be smaller than Go's.
"""

from __future__ import annotations

import re as _re

from go2py.runtime import values as _v
from go2py.runtime.panic import GoError as _GoError, GoPanic as _GoPanic
from go2py.runtime.std import unicode as _unicode
from go2py.runtime.std.unicode_utf8 import RuneCountInString as _rune_count, normalize as _norm
from go2py.runtime.values import NIL_SLICE as _NIL, Slice as _Slice, grow_cap as _grow_cap, str_len as _str_len

try:  # pragma: no cover - depends on the io module being there
    from go2py.runtime.std.io import EOF  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    EOF = _GoError("EOF")
try:  # pragma: no cover
    from go2py.runtime.std.io import ErrShortWrite as _ErrShortWrite  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _ErrShortWrite = _GoError("short write")

__all__ = [
    "Clone",
    "Compare",
    "Contains",
    "ContainsAny",
    "ContainsFunc",
    "ContainsRune",
    "Count",
    "Cut",
    "CutLast",
    "CutPrefix",
    "CutSuffix",
    "EqualFold",
    "Fields",
    "FieldsFunc",
    "FieldsFuncSeq",
    "FieldsSeq",
    "HasPrefix",
    "HasSuffix",
    "Index",
    "IndexAny",
    "IndexByte",
    "IndexFunc",
    "IndexRune",
    "Join",
    "LastIndex",
    "LastIndexAny",
    "LastIndexByte",
    "LastIndexFunc",
    "Lines",
    "Map",
    "NewReader",
    "NewReplacer",
    "Repeat",
    "Replace",
    "ReplaceAll",
    "Split",
    "SplitAfter",
    "SplitAfterN",
    "SplitAfterSeq",
    "SplitN",
    "SplitSeq",
    "Title",
    "ToLower",
    "ToLowerSpecial",
    "ToTitle",
    "ToTitleSpecial",
    "ToUpper",
    "ToUpperSpecial",
    "ToValidUTF8",
    "Trim",
    "TrimFunc",
    "TrimLeft",
    "TrimLeftFunc",
    "TrimPrefix",
    "TrimRight",
    "TrimRightFunc",
    "TrimSpace",
    "TrimSuffix",
    "Builder",
    "Reader",
    "Replacer",
    "EOF",
]

_RUNE_ERROR = 0xFFFD
_MAX_INT = (1 << 63) - 1


# ---------------------------------------------------------------- helpers


def _b(s: str) -> bytes:
    return s.encode("utf-8", "surrogateescape")


def _s(b: bytes) -> str:
    return b.decode("utf-8", "surrogateescape")


def _boff(s: str, i: int) -> int:
    """Byte offset of character i of the (normalized) string s."""
    if i <= 0 or s.isascii():
        return i
    return len(s[:i].encode("utf-8", "surrogateescape"))


def _bytewise(sub: str) -> bool:
    """Whether a (normalized) needle holds bytes that are not valid UTF-8: those may match
    inside a character of the haystack, so searching must go byte by byte, as Go's does."""
    return not sub.isascii() and any(0xDC80 <= ord(c) <= 0xDCFF for c in sub)


def _rune(ch: str) -> int:
    c = ord(ch)
    return _RUNE_ERROR if 0xDC80 <= c <= 0xDCFF else c


def _runes(s: str) -> list[int]:
    if s.isascii():
        return [ord(c) for c in s]
    return [_rune(c) for c in s]


def _panic(msg: str):
    raise _GoPanic(_GoError(msg))


# ---------------------------------------------------------------- comparing and searching


def Clone(s: str) -> str:
    return s


def Compare(a: str, b: str) -> int:
    if not (a.isascii() and b.isascii()):
        a, b = _b(a), _b(b)  # type: ignore[assignment]
    return 0 if a == b else (-1 if a < b else 1)


def Contains(s: str, substr: str) -> bool:
    return Index(s, substr) >= 0


def ContainsAny(s: str, chars: str) -> bool:
    return IndexAny(s, chars) >= 0


def ContainsRune(s: str, r: int) -> bool:
    return IndexRune(s, r) >= 0


def ContainsFunc(s: str, f) -> bool:
    return IndexFunc(s, f) >= 0


def Count(s: str, substr: str) -> int:
    if substr == "":
        return _rune_count(s) + 1
    if s.isascii() and substr.isascii():
        return s.count(substr)
    s, substr = _norm(s), _norm(substr)
    if _bytewise(substr):
        return _b(s).count(_b(substr))
    return s.count(substr)


def HasPrefix(s: str, prefix: str) -> bool:
    if s.isascii() and prefix.isascii():
        return s.startswith(prefix)
    return _b(s).startswith(_b(prefix))


def HasSuffix(s: str, suffix: str) -> bool:
    if s.isascii() and suffix.isascii():
        return s.endswith(suffix)
    return _b(s).endswith(_b(suffix))


def Index(s: str, substr: str) -> int:
    if s.isascii() and substr.isascii():
        return s.find(substr)
    s, substr = _norm(s), _norm(substr)
    if _bytewise(substr):
        return _b(s).find(_b(substr))
    return _boff(s, s.find(substr))


def LastIndex(s: str, substr: str) -> int:
    if s.isascii() and substr.isascii():
        return s.rfind(substr)
    s, substr = _norm(s), _norm(substr)
    if _bytewise(substr):
        return _b(s).rfind(_b(substr))
    return _boff(s, s.rfind(substr))


def IndexByte(s: str, c: int) -> int:
    c &= 0xFF
    if c < 0x80 and s.isascii():
        return s.find(chr(c))
    return _b(s).find(bytes((c,)))


def LastIndexByte(s: str, c: int) -> int:
    c &= 0xFF
    if c < 0x80 and s.isascii():
        return s.rfind(chr(c))
    return _b(s).rfind(bytes((c,)))


def IndexRune(s: str, r: int) -> int:
    if 0 <= r < 0x80:
        return IndexByte(s, r)
    if r == _RUNE_ERROR:
        s = _norm(s)
        for i, ch in enumerate(s):
            if _rune(ch) == _RUNE_ERROR:
                return _boff(s, i)
        return -1
    if r < 0 or r > 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        return -1
    return Index(s, chr(r))


def _index_pred(s: str, pred, truth: bool = True) -> int:
    s = _norm(s)
    for i, ch in enumerate(s):
        if bool(pred(_rune(ch))) == truth:
            return _boff(s, i)
    return -1


def _last_index_pred(s: str, pred, truth: bool = True) -> int:
    s = _norm(s)
    for i in range(len(s) - 1, -1, -1):
        if bool(pred(_rune(s[i]))) == truth:
            return _boff(s, i)
    return -1


def IndexFunc(s: str, f) -> int:
    return _index_pred(s, f)


def LastIndexFunc(s: str, f) -> int:
    return _last_index_pred(s, f)


def IndexAny(s: str, chars: str) -> int:
    if chars == "":
        return -1
    if s.isascii() and chars.isascii():
        for i, ch in enumerate(s):
            if ch in chars:
                return i
        return -1
    cs = set(_runes(_norm(chars)))
    return _index_pred(s, cs.__contains__)


def LastIndexAny(s: str, chars: str) -> int:
    if chars == "":
        return -1
    if s.isascii() and chars.isascii():
        for i in range(len(s) - 1, -1, -1):
            if s[i] in chars:
                return i
        return -1
    cs = set(_runes(_norm(chars)))
    return _last_index_pred(s, cs.__contains__)


def EqualFold(s: str, t: str) -> bool:
    if s.isascii() and t.isascii():
        return len(s) == len(t) and s.lower() == t.lower()
    rs, rt = _runes(_norm(s)), _runes(_norm(t))
    if len(rs) != len(rt):
        return False
    fold = _unicode.SimpleFold
    for sr, tr in zip(rs, rt):
        if sr == tr:
            continue
        if tr < sr:
            tr, sr = sr, tr
        if tr < 0x80:
            if 0x41 <= sr <= 0x5A and tr == sr + 32:
                continue
            return False
        r = fold(sr)
        while r != sr and r < tr:
            r = fold(r)
        if r != tr:
            return False
    return True


# ---------------------------------------------------------------- cutting


def Cut(s: str, sep: str):
    i = Index(s, sep)
    if i >= 0:
        return _v.str_slice(s, 0, i), _v.str_slice(s, i + _v.str_len(sep), None), True
    return s, "", False


def CutLast(s: str, sep: str):
    i = LastIndex(s, sep)
    if i >= 0:
        return _v.str_slice(s, 0, i), _v.str_slice(s, i + _v.str_len(sep), None), True
    return s, "", False


def CutPrefix(s: str, prefix: str):
    if not HasPrefix(s, prefix):
        return s, False
    return _v.str_slice(s, _v.str_len(prefix), None), True


def CutSuffix(s: str, suffix: str):
    if not HasSuffix(s, suffix):
        return s, False
    return _v.str_slice(s, 0, _v.str_len(s) - _v.str_len(suffix)), True


# ---------------------------------------------------------------- splitting and joining


def _explode(s: str, n: int) -> list[str]:
    s = _norm(s)
    chars = list(s)
    if n < 0 or n > len(chars):
        n = len(chars)
    if n == 0:
        return []
    return chars[: n - 1] + ["".join(chars[n - 1 :])]


def _gen_split(s: str, sep: str, after: bool, n: int) -> list[str] | None:
    if n == 0:
        return None
    if sep == "":
        return _explode(s, n)
    if not (s.isascii() and sep.isascii()):
        s, sep = _norm(s), _norm(sep)
    if _bytewise(sep):
        bs, bsep = _b(s), _b(sep)
        parts = [_s(p) for p in (bs.split(bsep, n - 1) if n > 0 else bs.split(bsep))]
    else:
        parts = s.split(sep, n - 1) if n > 0 else s.split(sep)
    if after:
        last = len(parts) - 1
        parts = [p + sep if i < last else p for i, p in enumerate(parts)]
    return parts


def _slice(parts: list[str] | None) -> _Slice:
    return _NIL if parts is None else _Slice(parts)


def Split(s: str, sep: str) -> _Slice:
    return _slice(_gen_split(s, sep, False, -1))


def SplitAfter(s: str, sep: str) -> _Slice:
    return _slice(_gen_split(s, sep, True, -1))


def SplitN(s: str, sep: str, n: int) -> _Slice:
    return _slice(_gen_split(s, sep, False, n))


def SplitAfterN(s: str, sep: str, n: int) -> _Slice:
    return _slice(_gen_split(s, sep, True, n))


def _fields_func(s: str, f) -> list[str]:
    s = _norm(s)
    out = []
    start = -1
    for i, ch in enumerate(s):
        if f(_rune(ch)):
            if start >= 0:
                out.append(s[start:i])
                start = -1
        elif start < 0:
            start = i
    if start >= 0:
        out.append(s[start:])
    return out


_ASCII_SPACE = frozenset("\t\n\v\f\r ")


def _fields(s: str) -> list[str]:
    if s.isascii():
        if "\x1c" not in s and "\x1d" not in s and "\x1e" not in s and "\x1f" not in s:
            return s.split()  # for ASCII, Python's whitespace is Go's but for \x1c-\x1f
        out = []
        start = -1
        for i, ch in enumerate(s):
            if ch in _ASCII_SPACE:
                if start >= 0:
                    out.append(s[start:i])
                    start = -1
            elif start < 0:
                start = i
        if start >= 0:
            out.append(s[start:])
        return out
    return _fields_func(s, _unicode.IsSpace)


def Fields(s: str) -> _Slice:
    return _Slice(_fields(s))


def FieldsFunc(s: str, f) -> _Slice:
    return _Slice(_fields_func(s, f))


def Join(elems, sep: str) -> str:
    return sep.join(elems)


def _seq(items_fn):
    def seq(yield_) -> None:
        for x in items_fn():
            if not yield_(x):
                return

    return seq


def SplitSeq(s: str, sep: str):
    return _seq(lambda: _gen_split(s, sep, False, -1))


def SplitAfterSeq(s: str, sep: str):
    return _seq(lambda: _gen_split(s, sep, True, -1))


def FieldsSeq(s: str):
    return _seq(lambda: _fields(s))


def FieldsFuncSeq(s: str, f):
    return _seq(lambda: _fields_func(s, f))


def Lines(s: str):
    """The newline-terminated lines of s (the last one may lack its newline)."""

    def lines() -> list[str]:
        out = s.split("\n")
        res = [line + "\n" for line in out[:-1]]
        if out[-1]:
            res.append(out[-1])
        return res

    return _seq(lines)


# ---------------------------------------------------------------- building new strings


def Repeat(s: str, count: int) -> str:
    if count < 0:
        _panic("strings: negative Repeat count")
    n = _v.str_len(s)
    if n and count > _MAX_INT // n:
        _panic("strings: Repeat output length overflow")
    return s * count


def Replace(s: str, old: str, new: str, n: int) -> str:
    if old == new or n == 0:
        return s
    if not (s.isascii() and old.isascii()):
        s, old = _norm(s), _norm(old)
    if _bytewise(old):
        bs, bold = _b(s), _b(old)
        return _s(bs.replace(bold, _b(new), n if n >= 0 else -1))
    if old == "":
        m = len(s) + 1
    else:
        m = s.count(old)
        if m == 0:
            return s
    if n < 0 or m < n:
        n = m
    return s.replace(old, new, n)


def ReplaceAll(s: str, old: str, new: str) -> str:
    return Replace(s, old, new, -1)


def Map(mapping, s: str) -> str:
    """s with each rune mapped (dropped when mapping returns a negative rune);
    bytes that are not UTF-8 come out as mapping(RuneError), as in Go."""
    s = _norm(s)
    out = []
    changed = False
    for ch in s:
        c = ord(ch)
        invalid = 0xDC80 <= c <= 0xDCFF
        rc = _RUNE_ERROR if invalid else c
        r = mapping(rc)
        if r == rc and not invalid:
            out.append(ch)
            continue
        changed = True
        if r >= 0:
            out.append(_v.rune_str(r))
    return "".join(out) if changed else s


def ToUpper(s: str) -> str:
    if s.isascii():
        return s.upper()
    return Map(_unicode.ToUpper, s)


def ToLower(s: str) -> str:
    if s.isascii():
        return s.lower()
    return Map(_unicode.ToLower, s)


def ToTitle(s: str) -> str:
    return Map(_unicode.ToTitle, s)


def ToUpperSpecial(c, s: str) -> str:
    return Map(lambda r: _unicode.SpecialCase.ToUpper(c, r), s)


def ToLowerSpecial(c, s: str) -> str:
    return Map(lambda r: _unicode.SpecialCase.ToLower(c, r), s)


def ToTitleSpecial(c, s: str) -> str:
    return Map(lambda r: _unicode.SpecialCase.ToTitle(c, r), s)


def _is_separator(r: int) -> bool:
    if r <= 0x7F:
        return not (0x30 <= r <= 0x39 or 0x61 <= r <= 0x7A or 0x41 <= r <= 0x5A or r == 0x5F)
    if _unicode.IsLetter(r) or _unicode.IsDigit(r):
        return False
    return _unicode.IsSpace(r)


def Title(s: str) -> str:
    """Deprecated in Go, kept: the first letter of each word mapped to title case."""
    prev = [0x20]

    def m(r: int) -> int:
        sep = _is_separator(prev[0])
        prev[0] = r
        return _unicode.ToTitle(r) if sep else r

    return Map(m, s)


_INVALID_RUN = _re.compile("[\udc80-\udcff]+")


def ToValidUTF8(s: str, replacement: str) -> str:
    """s with each run of invalid bytes replaced by replacement."""
    if s.isascii():
        return s
    return _INVALID_RUN.sub(lambda _m: replacement, _norm(s))


# ---------------------------------------------------------------- trimming


def _trim_left(s: str, pred) -> str:
    s = _norm(s)
    i = 0
    n = len(s)
    while i < n and pred(_rune(s[i])):
        i += 1
    return s[i:]


def _trim_right(s: str, pred) -> str:
    s = _norm(s)
    j = len(s)
    while j > 0 and pred(_rune(s[j - 1])):
        j -= 1
    return s[:j]


def _cutset_pred(cutset: str):
    if cutset.isascii():
        return lambda r: r < 0x80 and chr(r) in cutset
    cs = set(_runes(_norm(cutset)))
    return cs.__contains__


def Trim(s: str, cutset: str) -> str:
    if s == "" or cutset == "":
        return s
    if s.isascii() and cutset.isascii():
        return s.strip(cutset)
    p = _cutset_pred(cutset)
    return _trim_right(_trim_left(s, p), p)


def TrimLeft(s: str, cutset: str) -> str:
    if s == "" or cutset == "":
        return s
    if s.isascii() and cutset.isascii():
        return s.lstrip(cutset)
    return _trim_left(s, _cutset_pred(cutset))


def TrimRight(s: str, cutset: str) -> str:
    if s == "" or cutset == "":
        return s
    if s.isascii() and cutset.isascii():
        return s.rstrip(cutset)
    return _trim_right(s, _cutset_pred(cutset))


def TrimSpace(s: str) -> str:
    if s.isascii():
        return s.strip("\t\n\v\f\r ")
    return _trim_right(_trim_left(s, _unicode.IsSpace), _unicode.IsSpace)


def TrimFunc(s: str, f) -> str:
    return _trim_right(_trim_left(s, f), f)


def TrimLeftFunc(s: str, f) -> str:
    return _trim_left(s, f)


def TrimRightFunc(s: str, f) -> str:
    return _trim_right(s, f)


def TrimPrefix(s: str, prefix: str) -> str:
    if HasPrefix(s, prefix):
        return _v.str_slice(s, _v.str_len(prefix), None)
    return s


def TrimSuffix(s: str, suffix: str) -> str:
    if HasSuffix(s, suffix):
        return _v.str_slice(s, 0, _v.str_len(s) - _v.str_len(suffix))
    return s


# ---------------------------------------------------------------- Builder


def _slice_bytes(p) -> bytes:
    if isinstance(p, _Slice):
        return bytes(p.a[p.off : p.off + p.len])
    return bytes(p)


class Builder:
    """strings.Builder: the zero value is ready to use."""

    __slots__ = ("_parts", "_len", "_cap")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self._cap = 0

    def _grow_to(self, n: int) -> None:
        if n > self._cap:
            self._cap = _v.grow_cap(self._cap, n)

    def String(self) -> str:
        parts = self._parts
        if len(parts) > 1:
            s = "".join(parts)
            if not s.isascii():
                s = _norm(s)  # bytes written one by one become their runes
            self._parts = [s]
            return s
        return parts[0] if parts else ""

    def Len(self) -> int:
        return self._len

    def Cap(self) -> int:
        return self._cap

    def Reset(self) -> None:
        self._parts = []
        self._len = 0
        self._cap = 0

    def Grow(self, n: int) -> None:
        if n < 0:
            _panic("strings.Builder.Grow: negative count")
        if self._cap - self._len < n:
            self._cap = 2 * self._cap + n

    def WriteString(self, s: str):
        n = _str_len(s)
        m = self._len + n
        if m > self._cap:  # (_grow_to, inline: programs call this in their tightest loops)
            self._cap = _grow_cap(self._cap, m)
        self._parts.append(s)
        self._len = m
        return n, None

    def Write(self, p):
        data = _slice_bytes(p)
        n = len(data)
        self._grow_to(self._len + n)
        self._parts.append(_s(data))
        self._len += n
        return n, None

    def WriteByte(self, c: int):
        self._grow_to(self._len + 1)
        self._parts.append(chr(c) if c < 0x80 else _s(bytes((c & 0xFF,))))
        self._len += 1
        return None

    def WriteRune(self, r: int):
        s = _v.rune_str(r)
        n = _v.str_len(s)
        self._grow_to(self._len + n)
        self._parts.append(s)
        self._len += n
        return n, None

    def __str__(self) -> str:
        return self.String()


# ---------------------------------------------------------------- Reader


def _decode_at(b: bytes, i: int):
    c = b[i]
    if c < 0x80:
        return c, 1
    for k in (2, 3, 4):
        try:
            t = b[i : i + k].decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(t) == 1:
            return ord(t), k
    return _RUNE_ERROR, 1


class Reader:
    """strings.Reader: Reader, ReaderAt, ByteScanner, RuneScanner, Seeker, WriterTo."""

    __slots__ = ("_b", "_i", "_prev")
    _pkg, _what = "strings", "string"  # bytes.Reader shares this class and words its errors so

    def __init__(self, s: str = "") -> None:
        self._b = _b(s)
        self._i = 0
        self._prev = -1

    def Len(self) -> int:
        return max(len(self._b) - self._i, 0)

    def Size(self) -> int:
        return len(self._b)

    def Reset(self, s: str) -> None:
        self._b = _b(s)
        self._i = 0
        self._prev = -1

    def Read(self, b):
        if self._i >= len(self._b):
            return 0, EOF
        self._prev = -1
        n = min(len(b), len(self._b) - self._i)
        if n:
            b.a[b.off : b.off + n] = self._b[self._i : self._i + n]
        self._i += n
        return n, None

    def ReadAt(self, b, off: int):
        if off < 0:
            return 0, _GoError(self._pkg + ".Reader.ReadAt: negative offset")
        if off >= len(self._b):
            return 0, EOF
        n = min(len(b), len(self._b) - off)
        if n:
            b.a[b.off : b.off + n] = self._b[off : off + n]
        return n, (EOF if n < len(b) else None)

    def ReadByte(self):
        self._prev = -1
        if self._i >= len(self._b):
            return 0, EOF
        c = self._b[self._i]
        self._i += 1
        return c, None

    def UnreadByte(self):
        if self._i <= 0:
            return _GoError(self._pkg + ".Reader.UnreadByte: at beginning of " + self._what)
        self._prev = -1
        self._i -= 1
        return None

    def ReadRune(self):
        if self._i >= len(self._b):
            self._prev = -1
            return 0, 0, EOF
        self._prev = self._i
        r, size = _decode_at(self._b, self._i)
        self._i += size
        return r, size, None

    def UnreadRune(self):
        if self._i <= 0:
            return _GoError(self._pkg + ".Reader.UnreadRune: at beginning of " + self._what)
        if self._prev < 0:
            return _GoError(self._pkg + ".Reader.UnreadRune: previous operation was not ReadRune")
        self._i = self._prev
        self._prev = -1
        return None

    def Seek(self, offset: int, whence: int):
        self._prev = -1
        if whence == 0:
            abs_ = offset
        elif whence == 1:
            abs_ = self._i + offset
        elif whence == 2:
            abs_ = len(self._b) + offset
        else:
            return 0, _GoError(self._pkg + ".Reader.Seek: invalid whence")
        if abs_ < 0:
            return 0, _GoError(self._pkg + ".Reader.Seek: negative position")
        self._i = abs_
        return abs_, None

    def WriteTo(self, w):
        self._prev = -1
        if self._i >= len(self._b):
            return 0, None
        data = self._b[self._i :]
        m, err = w.Write(_Slice(list(data)))
        if m > len(data):
            _panic(self._pkg + ".Reader.WriteTo: invalid WriteString count")
        self._i += m
        if m != len(data) and err is None:
            err = _ErrShortWrite
        return m, err


def NewReader(s: str) -> Reader:
    return Reader(s)


# ---------------------------------------------------------------- Replacer


class Replacer:
    """strings.Replacer: at each position the first (old, new) pair in argument
    order whose old matches is replaced; matches do not overlap. Go matches bytes: an
    old string holding invalid UTF-8 may match inside a character of the text, so such
    a replacer matches the text's bytes."""

    __slots__ = ("_pairs", "_re", "_map", "_on_bytes")

    def __init__(self, *oldnew: str) -> None:
        if len(oldnew) % 2 == 1:
            _panic("strings.NewReplacer: odd argument count")
        pairs = []
        seen = set()
        for i in range(0, len(oldnew), 2):
            old = _norm(oldnew[i])
            if old in seen:
                continue
            seen.add(old)
            pairs.append((old, oldnew[i + 1]))
        self._pairs = pairs
        # An invalid byte in an old string is a lone surrogate (surrogateescape).
        self._on_bytes = any(not old.isascii() and any("\udc80" <= ch <= "\udcff" for ch in old)
                             for old, _ in pairs)
        if pairs and all(old for old, _ in pairs):
            if self._on_bytes:
                self._map = {_b(old): _b(new) for old, new in pairs}
                self._re = _re.compile(b"|".join(_re.escape(_b(old)) for old, _ in pairs))
            else:
                self._map = dict(pairs)
                self._re = _re.compile("|".join(_re.escape(old) for old, _ in pairs))
        else:
            self._map = dict(pairs)
            self._re = None

    def Replace(self, s: str) -> str:
        if not self._pairs:
            return s
        if self._re is not None:
            m = self._map
            if self._on_bytes:
                return _s(self._re.sub(lambda mo: m[mo.group(0)], _b(s)))
            return self._re.sub(lambda mo: m[mo.group(0)], _norm(s))
        return self._replace_bytes(s)

    def _replace_bytes(self, s: str) -> str:
        # With an empty old string: Go's generic algorithm, which steps byte by byte.
        b = _b(s)
        pairs = [(_b(old), _b(new)) for old, new in self._pairs]
        out = bytearray()
        last = 0
        i = 0
        n = len(b)
        prev_empty = False
        while i <= n:
            hit = None
            for old, new in pairs:
                if old == b"" and prev_empty:
                    continue
                if b.startswith(old, i):
                    hit = (old, new)
                    break
            prev_empty = hit is not None and hit[0] == b""
            if hit is not None:
                out += b[last:i]
                out += hit[1]
                i += len(hit[0])
                last = i
                continue
            i += 1
        if last != n:
            out += b[last:]
        return _s(bytes(out))

    def WriteString(self, w, s: str):
        data = _b(self.Replace(s))
        if hasattr(w, "WriteString"):
            return w.WriteString(_s(data))
        return w.Write(_Slice(list(data)))


def NewReplacer(*oldnew: str) -> Replacer:
    return Replacer(*oldnew)
