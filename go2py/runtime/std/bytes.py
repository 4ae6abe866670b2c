"""Go's ``bytes``: the functions of ``strings`` on ``[]byte`` (go2py ``Slice`` of ints),
``Buffer`` and ``Reader``.

A function runs the ``strings`` implementation on the bytes as a go2py string (invalid
UTF-8 kept as lone surrogates) and gives back byte slices. Results that Go returns as
sub-slices of the argument (``Trim*``, ``Cut*``, ``Split*``, ``Fields*``) are sub-slices
here too, so writes through them reach the argument as in Go."""

from __future__ import annotations

from typing import Any, Callable, Optional

from go2py.runtime.panic import GoError as _GoError, GoPanic as _GoPanic
from go2py.runtime import values as _v
from go2py.runtime.values import NIL_SLICE, Slice, bytes_str, str_bytes

from . import strings as _s

MinRead = 512


def _str(b: Slice) -> str:
    return bytes_str(bytes(b.a[b.off : b.off + b.len])) if b.len else ""


def _new(s: str) -> Slice:
    return Slice(list(str_bytes(s)))


def _blen(s: str) -> int:
    return len(str_bytes(s)) if not s.isascii() else len(s)


def _sub(b: Slice, lo: int, hi: int, full: bool = False) -> Slice:
    """b[lo:hi] (b[lo:hi:hi] with full), keeping nil nil."""
    if b is NIL_SLICE:
        return NIL_SLICE
    return b.slice(lo, hi, hi if full else None)


def _parts(b: Slice, parts: Optional[list[str]], sep_keep: int = 0) -> Slice:
    """The sub-slices of b that are the consecutive pieces ``parts`` of its text, each
    followed by ``sep_keep`` skipped bytes (a separator not kept)."""
    if parts is None:
        return NIL_SLICE
    out = []
    pos = 0
    for p in parts:
        n = _blen(p)
        out.append(b.slice(pos, pos + n, pos + n))
        pos += n + sep_keep
    return Slice(out)


# -- queries


def Equal(a: Slice, b: Slice) -> bool:
    if len(a) != len(b):
        return False
    x, y = a.a[a.off : a.off + a.len], b.a[b.off : b.off + b.len]
    # A list never equals a bytearray (a Buffer's slices are bytearray-backed)
    return x == y if type(x) is type(y) else bytes(x) == bytes(y)


def Compare(a: Slice, b: Slice) -> int:
    x, y = bytes(a), bytes(b)
    return (x > y) - (x < y)


def Contains(b: Slice, sub: Slice) -> bool:
    return bytes(sub) in bytes(b)


def ContainsAny(b: Slice, chars: str) -> bool:
    return _s.ContainsAny(_str(b), chars)


def ContainsRune(b: Slice, r: int) -> bool:
    return _s.ContainsRune(_str(b), r)


def ContainsFunc(b: Slice, f: Callable) -> bool:
    return _s.ContainsFunc(_str(b), f)


def Count(s: Slice, sep: Slice) -> int:
    return _s.Count(_str(s), _str(sep))


def HasPrefix(s: Slice, prefix: Slice) -> bool:
    return bytes(s).startswith(bytes(prefix))


def HasSuffix(s: Slice, suffix: Slice) -> bool:
    return bytes(s).endswith(bytes(suffix))


def Index(s: Slice, sep: Slice) -> int:
    return bytes(s).find(bytes(sep))


def LastIndex(s: Slice, sep: Slice) -> int:
    return bytes(s).rfind(bytes(sep))


def IndexByte(b: Slice, c: int) -> int:
    return bytes(b).find(bytes([c & 0xFF]))


def LastIndexByte(s: Slice, c: int) -> int:
    return bytes(s).rfind(bytes([c & 0xFF]))


def IndexRune(s: Slice, r: int) -> int:
    return _s.IndexRune(_str(s), r)


def IndexAny(s: Slice, chars: str) -> int:
    return _s.IndexAny(_str(s), chars)


def LastIndexAny(s: Slice, chars: str) -> int:
    return _s.LastIndexAny(_str(s), chars)


def IndexFunc(s: Slice, f: Callable) -> int:
    return _s.IndexFunc(_str(s), f)


def LastIndexFunc(s: Slice, f: Callable) -> int:
    return _s.LastIndexFunc(_str(s), f)


def EqualFold(s: Slice, t: Slice) -> bool:
    return _s.EqualFold(_str(s), _str(t))


def Runes(s: Slice) -> Slice:
    from go2py.runtime.values import str_runes

    return str_runes(_str(s))


# -- new slices


def Clone(b: Slice) -> Slice:
    if b is NIL_SLICE:
        return NIL_SLICE
    return Slice(list(b))


def Repeat(b: Slice, count: int) -> Slice:
    if count < 0:
        raise _GoPanic(_GoError("bytes: negative Repeat count"))
    if len(b) and count > ((1 << 63) - 1) // len(b):
        raise _GoPanic(_GoError("bytes: Repeat output length overflow"))
    return _new(_s.Repeat(_str(b), count))


def Join(s: Slice, sep: Slice) -> Slice:
    if len(s) == 0:
        return Slice([])
    return _new(_s.Join([_str(x) for x in s], _str(sep)))


def Map(mapping: Callable, s: Slice) -> Slice:
    return _new(_s.Map(mapping, _str(s)))


def Replace(s: Slice, old: Slice, new: Slice, n: int) -> Slice:
    if len(s) == 0 and (n == 0 or len(old) != 0):
        return NIL_SLICE  # Go's copy of s when nothing is replaced: append([]byte(nil), s...)
    return _new(_s.Replace(_str(s), _str(old), _str(new), n))


def ReplaceAll(s: Slice, old: Slice, new: Slice) -> Slice:
    return Replace(s, old, new, -1)


def _mapper(fn: Callable[[str], str]) -> Callable[[Slice], Slice]:
    return lambda s: _new(fn(_str(s)))


ToUpper = _mapper(_s.ToUpper)
ToLower = _mapper(_s.ToLower)
ToTitle = _mapper(_s.ToTitle)
Title = _mapper(_s.Title)


def ToUpperSpecial(c: Any, s: Slice) -> Slice:
    return _new(_s.ToUpperSpecial(c, _str(s)))


def ToLowerSpecial(c: Any, s: Slice) -> Slice:
    return _new(_s.ToLowerSpecial(c, _str(s)))


def ToTitleSpecial(c: Any, s: Slice) -> Slice:
    return _new(_s.ToTitleSpecial(c, _str(s)))


def ToValidUTF8(s: Slice, replacement: Slice) -> Slice:
    return _new(_s.ToValidUTF8(_str(s), _str(replacement)))


# -- sub-slices


def _trimmed(b: Slice, fn: Callable[[str], str], left: bool, right: bool) -> Slice:
    text = _str(b)
    t = fn(text)
    if not t:
        return NIL_SLICE if b is NIL_SLICE or left else b.slice(0, 0)
    n = _blen(t)
    if left and right:
        lo = _blen(text[: text.find(t)]) if t != text else 0
    elif left:
        lo = len(b) - n
    else:
        lo = 0
    return b.slice(lo, lo + n)


def Trim(s: Slice, cutset: str) -> Slice:
    return _trimmed(s, lambda x: _s.Trim(x, cutset), True, True)


def TrimLeft(s: Slice, cutset: str) -> Slice:
    return _trimmed(s, lambda x: _s.TrimLeft(x, cutset), True, False)


def TrimRight(s: Slice, cutset: str) -> Slice:
    return _trimmed(s, lambda x: _s.TrimRight(x, cutset), False, True)


def TrimSpace(s: Slice) -> Slice:
    return _trimmed(s, _s.TrimSpace, True, True)


def TrimFunc(s: Slice, f: Callable) -> Slice:
    return _trimmed(s, lambda x: _s.TrimFunc(x, f), True, True)


def TrimLeftFunc(s: Slice, f: Callable) -> Slice:
    return _trimmed(s, lambda x: _s.TrimLeftFunc(x, f), True, False)


def TrimRightFunc(s: Slice, f: Callable) -> Slice:
    return _trimmed(s, lambda x: _s.TrimRightFunc(x, f), False, True)


def TrimPrefix(s: Slice, prefix: Slice) -> Slice:
    if HasPrefix(s, prefix):
        return s.slice(len(prefix), None)
    return s


def TrimSuffix(s: Slice, suffix: Slice) -> Slice:
    if HasSuffix(s, suffix):
        return s.slice(None, len(s) - len(suffix))
    return s


def Cut(s: Slice, sep: Slice) -> tuple[Slice, Slice, bool]:
    i = Index(s, sep)
    if i >= 0:
        return s.slice(None, i), s.slice(i + len(sep), None), True
    return s, NIL_SLICE, False


def CutLast(s: Slice, sep: Slice) -> tuple[Slice, Slice, bool]:
    i = LastIndex(s, sep)
    if i >= 0:
        return s.slice(None, i), s.slice(i + len(sep), None), True
    return s, NIL_SLICE, False


def CutPrefix(s: Slice, prefix: Slice) -> tuple[Slice, bool]:
    if not HasPrefix(s, prefix):
        return s, False
    return s.slice(len(prefix), None), True


def CutSuffix(s: Slice, suffix: Slice) -> tuple[Slice, bool]:
    if not HasSuffix(s, suffix):
        return s, False
    return s.slice(None, len(s) - len(suffix)), True


def _split(s: Slice, sep: Slice, after: bool, n: int) -> Slice:
    parts = _s._gen_split(_str(s), _str(sep), after, n)
    return _parts(s, parts, 0 if after else len(sep))


def Split(s: Slice, sep: Slice) -> Slice:
    return _split(s, sep, False, -1)


def SplitN(s: Slice, sep: Slice, n: int) -> Slice:
    return _split(s, sep, False, n)


def SplitAfter(s: Slice, sep: Slice) -> Slice:
    return _split(s, sep, True, -1)


def SplitAfterN(s: Slice, sep: Slice, n: int) -> Slice:
    return _split(s, sep, True, n)


def _fields_of(s: Slice, fields: list[str]) -> Slice:
    text = _str(s)
    out = []
    pos = 0  # characters
    for f in fields:
        i = text.index(f, pos)
        lo = _blen(text[:i])
        n = _blen(f)
        out.append(s.slice(lo, lo + n, lo + n))
        pos = i + len(f)
    return Slice(out)


def Fields(s: Slice) -> Slice:
    return _fields_of(s, _s._fields(_str(s)))


def FieldsFunc(s: Slice, f: Callable) -> Slice:
    return _fields_of(s, _s._fields_func(_str(s), f))


def _seq_of(items: Slice) -> Callable:
    def seq(yield_: Callable) -> None:
        for x in items:
            if not yield_(x):
                return

    return seq


def SplitSeq(s: Slice, sep: Slice) -> Callable:
    return _seq_of(Split(s, sep))


def SplitAfterSeq(s: Slice, sep: Slice) -> Callable:
    return _seq_of(SplitAfter(s, sep))


def FieldsSeq(s: Slice) -> Callable:
    return _seq_of(Fields(s))


def FieldsFuncSeq(s: Slice, f: Callable) -> Callable:
    return _seq_of(FieldsFunc(s, f))


def Lines(s: Slice) -> Callable:
    """The newline-terminated lines of s (the last one may lack its newline)."""
    parts = _split(s, Slice([10]), True, -1) if len(s) else Slice([])
    if len(parts) and not len(parts[len(parts) - 1]):
        parts = parts.slice(0, len(parts) - 1)  # after a final newline: no empty line
    return _seq_of(parts)


# -- Buffer and Reader


def _eof() -> Any:
    from . import io as _io

    return _io.EOF


ErrTooLarge = _GoError("bytes.Buffer: too large")


class Buffer:
    """``bytes.Buffer`` with Go's layout: the unread bytes are ``_buf[_off:_len]`` in a
    bytearray whose size is the buffer's capacity, grown as Go grows it, so ``Cap``,
    ``Available`` and the slices ``Bytes``, ``Next`` and ``AvailableBuffer`` return (which
    share the array, as Go's do) behave as in Go. ``_nil``: no array yet (Go's nil buf).
    ``_last`` remembers the size of a successful ReadRune (or -1 after another read) for
    UnreadRune and UnreadByte."""

    __slots__ = ("_buf", "_len", "_off", "_last", "_nil")

    def __init__(self) -> None:
        self._buf = bytearray()
        self._len = 0
        self._off = 0
        self._last = 0
        self._nil = True

    def _copy(self) -> "Buffer":
        # A copied Buffer shares the array, as a copied Go struct shares its slice's.
        b = Buffer()
        b._buf, b._len, b._off, b._last, b._nil = self._buf, self._len, self._off, self._last, self._nil
        return b

    def _view(self, lo: int, hi: int) -> Slice:
        return Slice(self._buf, lo, hi - lo, len(self._buf) - lo)  # type: ignore[arg-type]

    def _grow(self, n: int) -> int:
        """Room for n more bytes (Go's grow): the index where they go; the length includes them."""
        m = self._len - self._off
        if m == 0 and self._off != 0:
            self._len = self._off = 0
        if n <= len(self._buf) - self._len:
            i = self._len
            self._len += n
            return i
        if self._nil and n <= _SMALL_BUFFER:
            self._buf = bytearray(_SMALL_BUFFER)
            self._nil = False
            self._len = n
            return 0
        c = len(self._buf)
        if n <= c // 2 - m:
            self._buf[:m] = self._buf[self._off:self._len]  # slide the unread bytes down
        else:
            # Go's growSlice: twice the capacity at least, rounded up to a size class.
            want = max(m + self._off + n, 2 * (c - self._off))
            grown = bytearray(_v.roundupsize(want, False))
            grown[:m] = self._buf[self._off:self._len]
            self._buf = grown
        self._nil = False
        self._off = 0
        self._len = m + n
        return m

    def _put(self, data: bytes) -> int:
        i = self._grow(len(data))
        self._buf[i:i + len(data)] = data
        return len(data)

    def Bytes(self) -> Slice:
        if self._nil:
            return NIL_SLICE
        return self._view(self._off, self._len)

    def String(self) -> str:
        if self is None:
            return "<nil>"
        return bytes_str(bytes(self._buf[self._off:self._len]))

    __str__ = String

    def Len(self) -> int:
        return self._len - self._off

    def Cap(self) -> int:
        return len(self._buf)

    def Available(self) -> int:
        return len(self._buf) - self._len

    def AvailableBuffer(self) -> Slice:
        return Slice(self._buf, self._len, 0, len(self._buf) - self._len)  # type: ignore[arg-type]

    def Reset(self) -> None:
        self._len = self._off = 0
        self._last = 0

    def Truncate(self, n: int) -> None:
        if n == 0:
            self.Reset()
            return
        self._last = 0
        if n < 0 or n > self.Len():
            raise _GoPanic(_GoError("bytes.Buffer: truncation out of range"))
        self._len = self._off + n

    def Grow(self, n: int) -> None:
        if n < 0:
            raise _GoPanic(_GoError("bytes.Buffer.Grow: negative count"))
        self._len = self._grow(n)

    def Write(self, p: Slice) -> tuple[int, Any]:
        self._last = 0
        return self._put(bytes(p)), None

    def WriteString(self, s: str) -> tuple[int, Any]:
        self._last = 0
        return self._put(str_bytes(s)), None

    def WriteByte(self, c: int) -> Any:
        self._last = 0
        i = self._grow(1)
        self._buf[i] = c & 0xFF
        return None

    def WriteRune(self, r: int) -> tuple[int, Any]:
        from go2py.runtime.values import rune_str

        return self.WriteString(rune_str(r))

    def _empty(self) -> bool:
        """Go's `b.empty()` check of a read: an emptied buffer starts over."""
        if self._len <= self._off:
            self.Reset()
            return True
        return False

    def Read(self, p: Slice) -> tuple[int, Any]:
        self._last = 0
        if self._empty():
            if len(p) == 0:
                return 0, None
            return 0, _eof()
        n = min(len(p), self.Len())
        p.a[p.off:p.off + n] = self._buf[self._off:self._off + n]
        self._off += n
        if n > 0:
            self._last = -1
        return n, None

    def Next(self, n: int) -> Slice:
        self._last = 0
        m = self.Len()
        if n > m:
            n = m
        data = self._view(self._off, self._off + n)
        self._off += n
        if n > 0:
            self._last = -1
        return data

    def Peek(self, n: int) -> tuple[Slice, Any]:
        if self.Len() < n:
            return self._view(self._off, self._len), _eof()
        return self._view(self._off, self._off + n), None

    def ReadByte(self) -> tuple[int, Any]:
        if self._empty():
            return 0, _eof()
        c = self._buf[self._off]
        self._off += 1
        self._last = -1
        return c, None

    def ReadRune(self) -> tuple[int, int, Any]:
        if self._empty():
            return 0, 0, _eof()
        from .unicode_utf8 import DecodeRune

        c = self._buf[self._off]
        if c < 0x80:
            self._off += 1
            self._last = 1
            return c, 1, None
        r, n = DecodeRune(Slice(list(self._buf[self._off:min(self._off + 4, self._len)])))
        self._off += n
        self._last = n
        return r, n, None

    def UnreadRune(self) -> Any:
        if self._last <= 0:
            return _GoError("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune")
        if self._off >= self._last:
            self._off -= self._last
        self._last = 0
        return None

    def UnreadByte(self) -> Any:
        if self._last == 0:
            return _GoError("bytes.Buffer: UnreadByte: previous operation was not a successful read")
        self._last = 0
        if self._off > 0:
            self._off -= 1
        return None

    def _read_slice(self, delim: int) -> tuple[bytes, Any]:
        i = self._buf.find(bytes([delim & 0xFF]), self._off, self._len)
        end = i + 1 if i >= 0 else self._len
        line = bytes(self._buf[self._off:end])
        self._off = end
        self._last = -1
        return line, (None if i >= 0 else _eof())

    def ReadBytes(self, delim: int) -> tuple[Slice, Any]:
        line, err = self._read_slice(delim)
        return Slice(list(line)), err

    def ReadString(self, delim: int) -> tuple[str, Any]:
        line, err = self._read_slice(delim)
        return bytes_str(line), err

    def ReadFrom(self, r: Any) -> tuple[int, Any]:
        self._last = 0
        total = 0
        while True:
            i = self._grow(MinRead)
            self._len = i
            m, err = r.Read(Slice(self._buf, i, len(self._buf) - i, len(self._buf) - i))  # type: ignore[arg-type]
            if m < 0:
                raise _GoPanic(_GoError("bytes.Buffer: reader returned negative count from Read"))
            self._len = i + m
            total += m
            if err is _eof():
                return total, None
            if err is not None:
                return total, err

    def WriteTo(self, w: Any) -> tuple[int, Any]:
        self._last = 0
        n = self.Len()
        if n == 0:
            return 0, None
        m, err = w.Write(self._view(self._off, self._len))
        if m > n:
            raise _GoPanic(_GoError("bytes.Buffer.WriteTo: invalid Write count"))
        self._off += m
        if err is not None:
            return m, err
        if m != n:
            from . import io as _io

            return m, _io.ErrShortWrite
        self.Reset()
        return m, None


_SMALL_BUFFER = 64  # the first array of a Buffer that had none


def NewBuffer(buf: Slice) -> Buffer:
    """A Buffer starting with buf's bytes and capacity (Go's uses buf's array itself; here
    the bytes are copied into an array of buf's capacity)."""
    b = Buffer()
    if buf is not NIL_SLICE:
        b._buf = bytearray(buf.cap)
        b._buf[:len(buf)] = bytes(buf)
        b._len = len(buf)
        b._nil = False
    return b


def NewBufferString(s: str) -> Buffer:
    data = str_bytes(s)
    b = Buffer()
    # []byte(s)'s capacity: a Buffer that stays in its function gets the compiler's 32-byte
    # temporary for a short s (the usual case; escape analysis decides it in Go).
    b._buf = bytearray(32 if len(data) <= 32 else _v.roundupsize(len(data), False))
    b._buf[:len(data)] = data
    b._len = len(data)
    b._nil = False
    return b


class Reader(_s.Reader):
    """``bytes.Reader``: strings.Reader's implementation over the bytes of a slice."""

    __slots__ = ()
    _pkg, _what = "bytes", "slice"

    def __init__(self, b: Optional[Slice] = None) -> None:
        super().__init__("")
        if b is not None:
            self._b = bytes(b)

    def Reset(self, b: Slice) -> None:  # type: ignore[override]
        super().Reset("")
        self._b = bytes(b)


def NewReader(b: Slice) -> Reader:
    return Reader(b)
