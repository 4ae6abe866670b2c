"""Go's package bufio over go2py values: Scanner (with ScanLines, ScanWords,
ScanRunes, ScanBytes and user split functions), Reader and Writer.

The buffers are Python ``bytearray``s; ``[]byte`` results are fresh ``Slice``s
(Go's ``Scanner.Bytes`` and ``Reader.ReadSlice`` return views of the internal
buffer that the next call overwrites; a copy behaves the same for programs
that follow the documented rules).  Buffer sizes, ``ErrTooLong``,
``ErrBufferFull`` and the moments a ``Writer`` writes to its destination
follow Go's algorithms, so ``Writer`` output appears only when the buffer is
full or on ``Flush``, as in Go.

Reads of ``os.Stdin`` (and the other ``os`` files) go through
``go2py.runtime.blocking`` so that other goroutines keep running while the
program waits for input.

The built-in split functions are recognised by the Scanner and run on the
Python bytes directly; user split functions get ``Slice`` arguments.
"""

from __future__ import annotations

import codecs as _codecs
import re as _re
from typing import Any, Callable, Optional

from go2py.runtime.panic import GoPanic as _GoPanic
from go2py.runtime.std import errors as _errors
from go2py.runtime.std import io as _io
from go2py.runtime.values import NIL_SLICE, Slice, str_bytes

__all__ = ["MaxScanTokenSize", "ErrTooLong", "ErrNegativeAdvance", "ErrAdvanceTooFar", "ErrBadReadCount",
           "ErrFinalToken", "ErrBufferFull", "ErrNegativeCount", "ErrInvalidUnreadByte", "ErrInvalidUnreadRune",
           "Scanner", "NewScanner", "ScanLines", "ScanWords", "ScanRunes", "ScanBytes",
           "Reader", "NewReader", "NewReaderSize", "Writer", "NewWriter", "NewWriterSize",
           "ReadWriter", "NewReadWriter"]

MaxScanTokenSize = 64 * 1024
_START_BUF = 4096
_MAX_EMPTY = 100
_MAX_INT = (1 << 63) - 1

ErrTooLong = _errors.New("bufio.Scanner: token too long")
ErrNegativeAdvance = _errors.New("bufio.Scanner: SplitFunc returns negative advance count")
ErrAdvanceTooFar = _errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
ErrBadReadCount = _errors.New("bufio.Scanner: Read returned impossible count")
ErrFinalToken = _errors.New("final token")
ErrBufferFull = _errors.New("bufio: buffer full")
ErrNegativeCount = _errors.New("bufio: negative count")
ErrInvalidUnreadByte = _errors.New("bufio: invalid use of UnreadByte")
ErrInvalidUnreadRune = _errors.New("bufio: invalid use of UnreadRune")
_errNegativeRead = _errors.New("bufio: reader returned negative count from Read")
_errNegativeWrite = _errors.New("bufio: writer returned negative count from Write")

_ERROR_RUNE = b"\xef\xbf\xbd"


# ----------------------------------------------------------------------------- UTF-8 helpers


def _decode_rune(p) -> tuple[int, int]:
    """utf8.DecodeRune on bytes: (rune, width); (0xFFFD, 1) for invalid, (0xFFFD, 0) for empty."""
    if not p:
        return 0xFFFD, 0
    c = p[0]
    if c < 0x80:
        return c, 1
    for k in (2, 3, 4):
        try:
            s = bytes(p[:k]).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if len(s) == 1:
            return ord(s), k
    return 0xFFFD, 1


def _full_rune(p) -> bool:
    """utf8.FullRune: p begins with a full (or an invalid) encoding."""
    if not p:
        return False
    if p[0] < 0x80:
        return True
    try:
        out = _codecs.getincrementaldecoder("utf-8")().decode(bytes(p[:4]), final=False)
    except UnicodeDecodeError:
        return True
    return out != ""


def _encode_rune(r: int) -> bytes:
    if r < 0 or r > 0x10FFFF or 0xD800 <= r <= 0xDFFF:
        return _ERROR_RUNE
    return chr(r).encode("utf-8")


# ----------------------------------------------------------------------------- split functions on bytes

_SPACE = rb"(?:[\t\n\v\f\r ]|\xc2[\x85\xa0]|\xe1\x9a\x80|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80)"
_LEADING_SPACE = _re.compile(_SPACE + b"*")
_ONE_SPACE = _re.compile(_SPACE)


def _drop_cr(b: bytes) -> bytes:
    return b[:-1] if b[-1:] == b"\r" else b


# The split functions on the Scanner's buffer: the data is buf[start:end].


def _lines(buf, start: int, end: int, at_eof: bool):
    if at_eof and start == end:
        return 0, None, None
    i = buf.find(b"\n", start, end)
    if i >= 0:
        return i + 1 - start, _drop_cr(bytes(buf[start:i])), None
    if at_eof:
        return end - start, _drop_cr(bytes(buf[start:end])), None
    return 0, None, None


def _words(buf, start: int, end: int, at_eof: bool):
    first = _LEADING_SPACE.match(buf, start, end).end()
    m = _ONE_SPACE.search(buf, first, end)
    if m is not None:
        return m.end() - start, bytes(buf[first:m.start()]), None
    if at_eof and end > first:
        return end - start, bytes(buf[first:end]), None
    return first - start, None, None


def _runes(buf, start: int, end: int, at_eof: bool):
    if at_eof and start == end:
        return 0, None, None
    c = buf[start]
    if c < 0x80:
        return 1, bytes((c,)), None
    data = bytes(buf[start:min(end, start + 4)])
    _, width = _decode_rune(data)
    if width > 1:
        return width, data[0:width], None
    if not at_eof and not _full_rune(data):
        return 0, None, None
    return 1, _ERROR_RUNE, None


def _bytes(buf, start: int, end: int, at_eof: bool):
    if at_eof and start == end:
        return 0, None, None
    return 1, bytes((buf[start],)), None


def _to_slice(b: Optional[bytes]) -> Slice:
    return NIL_SLICE if b is None else Slice(list(b))


def _from_slice(s: Any) -> Optional[bytes]:
    if s is None or s is NIL_SLICE:
        return None
    if isinstance(s, Slice):
        return bytes(s.a[s.off:s.off + s.len])
    return bytes(s)


def _public(f: Callable) -> Callable:
    """The split function f as a SplitFunc: the token is a part of data, as in Go (the
    error rune of ScanRunes is a slice of its own)."""

    def split(data: Slice, atEOF: bool):
        if data is None:
            data = NIL_SLICE
        n = len(data)
        if n == 0 and not atEOF and f in (_runes, _bytes):
            # Go indexes data[0] (ScanRunes) or slices data[0:1] (ScanBytes)
            if f is _runes:
                data[0]
            return 1, data.slice(0, 1), None
        b = _from_slice(data) or b""
        adv, tok, err = f(b, 0, n, atEOF)
        if tok is None:
            return adv, NIL_SLICE, err
        if tok is _ERROR_RUNE:
            return adv, Slice(list(tok)), err
        lo = _LEADING_SPACE.match(b).end() if f is _words else 0
        return adv, data.slice(lo, lo + len(tok)), err

    split.__name__ = f.__name__
    return split


ScanLines = _public(_lines)
ScanLines.__doc__ = "bufio.ScanLines: lines without the end-of-line marker (\\n, \\r\\n)."
ScanWords = _public(_words)
ScanWords.__doc__ = "bufio.ScanWords: space-separated words (unicode.IsSpace)."
ScanRunes = _public(_runes)
ScanRunes.__doc__ = "bufio.ScanRunes: UTF-8 encoded runes, invalid bytes as U+FFFD."
ScanBytes = _public(_bytes)
ScanBytes.__doc__ = "bufio.ScanBytes: one byte at a time."

_BUILTIN = {id(ScanLines): _lines, id(ScanWords): _words, id(ScanRunes): _runes, id(ScanBytes): _bytes}


def _user_split(f: Callable) -> Callable:
    def split(buf, start: int, end: int, at_eof: bool):
        adv, tok, err = f(Slice(list(buf[start:end])), at_eof)
        return adv, _from_slice(tok), err

    return split


# ----------------------------------------------------------------------------- Scanner


def _read_count(r: Any, n: int) -> tuple[int, bytes, Any]:
    """One r.Read of at most n bytes: the count it returned (which may be impossible), the
    bytes and the error."""
    if _io._is_os_file(r):
        data, err = _io._read_bytes(r, n)
        return len(data), data, err
    b = Slice([0] * n)
    k, err = r.Read(b)
    return k, bytes(b.a[:max(0, min(k, n))]), err


class Scanner:
    """*bufio.Scanner."""

    def __init__(self, r: Any = None) -> None:
        self.r = r
        self.split = _lines
        self.max_token = MaxScanTokenSize
        self.token: Optional[bytes] = None
        self.buf = bytearray()
        self.cap = 0
        self.start = 0
        self.end = 0
        self.err: Any = None
        self.empties = 0
        self.scan_called = False
        self.done = False

    def Err(self) -> Any:
        return None if self.err is _io.EOF else self.err

    def Bytes(self) -> Slice:
        return _to_slice(self.token)

    def Text(self) -> str:
        t = self.token
        return t.decode("utf-8", "surrogateescape") if t else ""

    def _set_err(self, err: Any) -> None:
        if self.err is None or self.err is _io.EOF:
            self.err = err

    def _advance(self, n: int) -> bool:
        if n < 0:
            self._set_err(ErrNegativeAdvance)
            return False
        if n > self.end - self.start:
            self._set_err(ErrAdvanceTooFar)
            return False
        self.start += n
        return True

    def Scan(self) -> bool:
        if self.done:
            return False
        self.scan_called = True
        split = self.split
        while True:
            if self.end > self.start or self.err is not None:
                advance, token, err = split(self.buf, self.start, self.end, self.err is not None)
                if err is not None:
                    if err is ErrFinalToken:
                        self.token = token
                        self.done = True
                        return token is not None
                    self._set_err(err)
                    return False
                if not self._advance(advance):
                    return False
                self.token = token
                if token is not None:
                    if self.err is None or advance > 0:
                        self.empties = 0
                    else:
                        self.empties += 1
                        if self.empties > _MAX_EMPTY:
                            raise _GoPanic("bufio.Scan: too many empty tokens without progressing")
                    return True
            if self.err is not None:
                self.start = 0
                self.end = 0
                return False
            # Make room: shift the data down, then grow the buffer when full.
            if self.start > 0 and (self.end == self.cap or self.start > self.cap // 2):
                del self.buf[:self.start]
                self.end -= self.start
                self.start = 0
            if self.end == self.cap:
                if self.cap >= self.max_token or self.cap > _MAX_INT // 2:
                    self._set_err(ErrTooLong)
                    return False
                new_size = self.cap * 2
                if new_size == 0:
                    new_size = _START_BUF
                self.cap = min(new_size, self.max_token)
            loop = 0
            while True:
                n, data, err = _read_count(self.r, self.cap - self.end)
                if n < 0 or n > self.cap - self.end:
                    self._set_err(ErrBadReadCount)
                    break
                del self.buf[self.end:]
                self.buf += data
                self.end += n
                if err is not None:
                    self._set_err(err)
                    break
                if n > 0:
                    self.empties = 0
                    break
                loop += 1
                if loop > _MAX_EMPTY:
                    self._set_err(_io.ErrNoProgress)
                    break

    def Buffer(self, buf: Slice, max: int) -> None:
        if self.scan_called:
            raise _GoPanic("Buffer called after Scan")
        self.cap = buf.cap if isinstance(buf, Slice) else len(buf)
        self.max_token = max

    def Split(self, split: Callable) -> None:
        if self.scan_called:
            raise _GoPanic("Split called after Scan")
        self.split = _BUILTIN.get(id(split)) or _user_split(split)


def NewScanner(r: Any) -> Scanner:
    return Scanner(r)


# ----------------------------------------------------------------------------- Reader

_DEFAULT_SIZE = 4096
_MIN_READ_SIZE = 16


class Reader:
    """*bufio.Reader: buffered reads of an io.Reader, Go's algorithm step for step (the
    buffer with its read and write positions r and w, the stored error, the last byte and
    rune size for the unread calls)."""

    def __init__(self, rd: Any = None, size: int = _DEFAULT_SIZE) -> None:
        self._reset(bytearray(max(size, _MIN_READ_SIZE)), rd)

    def _reset(self, buf: bytearray, rd: Any) -> None:
        self.buf = buf
        self.rd = rd
        self.r = 0
        self.w = 0
        self.err: Any = None
        self.last_byte = -1
        self.last_rune_size = -1

    def Size(self) -> int:
        return len(self.buf)

    def Reset(self, r: Any) -> None:
        if r is self:
            return
        self._reset(self.buf, r)

    def Buffered(self) -> int:
        return self.w - self.r

    def _read_err(self) -> Any:
        err = self.err
        self.err = None
        return err

    def _read_into_buf(self, keep_err: bool) -> tuple[int, Any]:
        """One Read of the reader into buf[w:], returning the count and the error. keep_err (fill): an error
        is stored when there is one, so a stored error stays after a Read without one; else
        (Read) the Read's error is stored, before a negative count panics."""
        n, data, err = _read_count(self.rd, len(self.buf) - self.w)
        if not keep_err:
            self.err = err
        if n < 0:
            raise _GoPanic(_errNegativeRead)
        self.buf[self.w:self.w + len(data)] = data
        self.w += len(data)
        if keep_err and err is not None:
            self.err = err
        return n, err

    def _fill(self) -> None:
        """Reads new data into the buffer: up to 100 empty reads, then io.ErrNoProgress."""
        if self.r > 0:
            self.buf[0:self.w - self.r] = self.buf[self.r:self.w]
            self.w -= self.r
            self.r = 0
        if self.w >= len(self.buf):
            raise _GoPanic("bufio: tried to fill full buffer")
        for _ in range(_MAX_EMPTY):
            n, err = self._read_into_buf(True)
            if err is not None or n > 0:
                return
        self.err = _io.ErrNoProgress

    def Read(self, p: Slice) -> tuple[int, Any]:
        n = len(p)
        if n == 0:
            if self.w > self.r:
                return 0, None
            return 0, self._read_err()
        if self.r == self.w:
            if self.err is not None:
                return 0, self._read_err()
            if n >= len(self.buf):
                # a large read goes straight into p
                n, self.err = _io._read_into(self.rd, p)
                if n < 0:
                    raise _GoPanic(_errNegativeRead)
                if n > 0:
                    self.last_byte = p[n - 1]
                    self.last_rune_size = -1
                return n, self._read_err()
            self.r = 0
            self.w = 0
            if self._read_into_buf(False)[0] == 0:
                return 0, self._read_err()
        k = min(n, self.w - self.r)
        p.a[p.off:p.off + k] = list(self.buf[self.r:self.r + k])
        self.r += k
        self.last_byte = self.buf[self.r - 1]
        self.last_rune_size = -1
        return k, None

    def ReadByte(self) -> tuple[int, Any]:
        self.last_rune_size = -1
        while self.r == self.w:
            if self.err is not None:
                return 0, self._read_err()
            self._fill()
        c = self.buf[self.r]
        self.r += 1
        self.last_byte = c
        return c, None

    def UnreadByte(self) -> Any:
        if self.last_byte < 0 or self.r == 0 and self.w > 0:
            return ErrInvalidUnreadByte
        if self.r > 0:
            self.r -= 1
        else:
            self.w = 1
        self.buf[self.r] = self.last_byte
        self.last_byte = -1
        self.last_rune_size = -1
        return None

    def ReadRune(self) -> tuple[int, int, Any]:
        while (self.r + 4 > self.w and not _full_rune(self.buf[self.r:self.w]) and self.err is None
               and self.w - self.r < len(self.buf)):
            self._fill()
        self.last_rune_size = -1
        if self.r == self.w:
            return 0, 0, self._read_err()
        c = self.buf[self.r]
        if c < 0x80:
            r, size = c, 1
        else:
            r, size = _decode_rune(self.buf[self.r:min(self.w, self.r + 4)])
        self.r += size
        self.last_byte = self.buf[self.r - 1]
        self.last_rune_size = size
        return r, size, None

    def UnreadRune(self) -> Any:
        if self.last_rune_size < 0 or self.r < self.last_rune_size:
            return ErrInvalidUnreadRune
        self.r -= self.last_rune_size
        self.last_byte = -1
        self.last_rune_size = -1
        return None

    def Peek(self, n: int) -> tuple[Slice, Any]:
        if n < 0:
            return NIL_SLICE, ErrNegativeCount
        self.last_byte = -1
        self.last_rune_size = -1
        while self.w - self.r < n and self.w - self.r < len(self.buf) and self.err is None:
            self._fill()
        if n > len(self.buf):
            return Slice(list(self.buf[self.r:self.w])), ErrBufferFull
        err = None
        avail = self.w - self.r
        if avail < n:
            n = avail
            err = self._read_err()
            if err is None:
                err = ErrBufferFull
        return Slice(list(self.buf[self.r:self.r + n])), err

    def Discard(self, n: int) -> tuple[int, Any]:
        if n < 0:
            return 0, ErrNegativeCount
        if n == 0:
            return 0, None
        self.last_byte = -1
        self.last_rune_size = -1
        remain = n
        while True:
            skip = self.w - self.r
            if skip == 0:
                self._fill()
                skip = self.w - self.r
            skip = min(skip, remain)
            self.r += skip
            remain -= skip
            if remain == 0:
                return n, None
            if self.err is not None:
                return n - remain, self._read_err()

    def _read_slice(self, delim: int) -> tuple[bytes, Any]:
        s = 0  # where the search starts: the bytes before were searched already
        while True:
            i = self.buf.find(delim, self.r + s, self.w)
            if i >= 0:
                line = bytes(self.buf[self.r:i + 1])
                self.r = i + 1
                err = None
                break
            if self.err is not None:
                line = bytes(self.buf[self.r:self.w])
                self.r = self.w
                err = self._read_err()
                break
            if self.w - self.r >= len(self.buf):
                self.r = self.w
                line = bytes(self.buf)
                err = ErrBufferFull
                break
            s = self.w - self.r
            self._fill()
        if line:
            self.last_byte = line[-1]
            self.last_rune_size = -1
        return line, err

    def ReadSlice(self, delim: int) -> tuple[Slice, Any]:
        line, err = self._read_slice(delim)
        return Slice(list(line)), err

    def _collect(self, delim: int) -> tuple[bytes, Any]:
        parts = []
        while True:
            frag, err = self._read_slice(delim)
            parts.append(frag)
            if err is not ErrBufferFull:
                return b"".join(parts), err

    def ReadBytes(self, delim: int) -> tuple[Slice, Any]:
        data, err = self._collect(delim)
        return Slice(list(data)), err

    def ReadString(self, delim: int) -> tuple[str, Any]:
        data, err = self._collect(delim)
        return data.decode("utf-8", "surrogateescape"), err

    def ReadLine(self) -> tuple[Slice, bool, Any]:
        line, err = self._read_slice(10)
        if err is ErrBufferFull:
            if line[-1:] == b"\r":
                # the \r goes back so that a following \n is seen as the line's end
                if self.r == 0:
                    raise _GoPanic("bufio: tried to rewind past start of buffer")
                self.r -= 1
                line = line[:-1]
            return Slice(list(line)), True, None
        if not line:
            return (NIL_SLICE if err is not None else Slice([])), False, err
        if line[-1:] == b"\n":
            drop = 2 if line[-2:] == b"\r\n" else 1
            line = line[:-drop]
        return Slice(list(line)), False, None

    def _write_buf(self, w: Any) -> tuple[int, Any]:
        n, err = _io._write_bytes(w, bytes(self.buf[self.r:self.w]))
        if n < 0:
            raise _GoPanic(_errNegativeWrite)
        self.r += n
        return n, err

    def WriteTo(self, w: Any) -> tuple[int, Any]:
        self.last_byte = -1
        self.last_rune_size = -1
        n = 0
        if self.r < self.w:
            n, err = self._write_buf(w)
            if err is not None:
                return n, err
        write_to = getattr(self.rd, "WriteTo", None)
        if write_to is not None:
            m, err = write_to(w)
            return n + m, err
        read_from = getattr(w, "ReadFrom", None)
        if read_from is not None:
            m, err = read_from(self.rd)
            return n + m, err
        if self.w - self.r < len(self.buf):
            self._fill()
        while self.r < self.w:
            m, err = self._write_buf(w)
            n += m
            if err is not None:
                return n, err
            self._fill()
        if self.err is _io.EOF:
            self.err = None
        return n, self._read_err()


def NewReaderSize(rd: Any, size: int) -> Reader:
    if isinstance(rd, Reader) and len(rd.buf) >= size:
        return rd
    return Reader(rd, size)


def NewReader(rd: Any) -> Reader:
    return NewReaderSize(rd, _DEFAULT_SIZE)


# ----------------------------------------------------------------------------- Writer


class Writer:
    """*bufio.Writer: writes reach the underlying writer when the buffer fills and on Flush."""

    def __init__(self, w: Any = None, size: int = _DEFAULT_SIZE) -> None:
        self.size = size if size > 0 else _DEFAULT_SIZE
        self.wr = w
        self.buf = bytearray()
        self.err: Any = None

    def Size(self) -> int:
        return self.size

    def Reset(self, w: Any) -> None:
        if w is self:
            return
        self.wr = w
        self.buf = bytearray()
        self.err = None

    def Available(self) -> int:
        return self.size - len(self.buf)

    def AvailableBuffer(self) -> Slice:
        return Slice([0] * self.Available(), 0, 0)

    def Buffered(self) -> int:
        return len(self.buf)

    def Flush(self) -> Any:
        if self.err is not None:
            return self.err
        if not self.buf:
            return None
        n, err = _io._write_bytes(self.wr, bytes(self.buf))
        if n < len(self.buf) and err is None:
            err = _io.ErrShortWrite
        if err is not None:
            if n >= len(self.buf):
                self.buf = bytearray()
            elif n > 0:
                del self.buf[:n]
            self.err = err
            return err
        self.buf = bytearray()
        return None

    def _write(self, p: bytes, string_writer: bool = False) -> tuple[int, Any]:
        """Write, or (string_writer) WriteString, which hands a large write with an empty
        buffer to the writer's WriteString when it has one."""
        nn = 0
        sw = None
        while len(p) > self.size - len(self.buf) and self.err is None:
            if string_writer and not self.buf and sw is None:
                sw = getattr(self.wr, "WriteString", None) or False
            if not self.buf and (sw or not string_writer):
                # a large write with an empty buffer goes straight to the writer (WriteString
                # only to a writer's WriteString)
                if sw:
                    n, self.err = sw(p.decode("utf-8", "surrogateescape"))
                else:
                    n, self.err = _io._write_bytes(self.wr, p)
            else:
                n = self.size - len(self.buf)
                self.buf += p[:n]
                self.Flush()
            nn += n
            p = p[n:]
        if self.err is not None:
            return nn, self.err
        self.buf += p
        return nn + len(p), None

    def Write(self, p: Slice) -> tuple[int, Any]:
        return self._write(bytes(p.a[p.off:p.off + p.len]) if isinstance(p, Slice) else bytes(p))

    def WriteString(self, s: str) -> tuple[int, Any]:
        return self._write(str_bytes(s), True)

    def WriteByte(self, c: int) -> Any:
        if self.err is not None:
            return self.err
        if len(self.buf) >= self.size and self.Flush() is not None:
            return self.err
        self.buf.append(c & 0xFF)
        return None

    def WriteRune(self, r: int) -> tuple[int, Any]:
        if 0 <= r < 0x80:
            err = self.WriteByte(r)
            return (0, err) if err is not None else (1, None)
        if self.err is not None:
            return 0, self.err
        b = _encode_rune(r)
        if self.size - len(self.buf) < 4:  # Go flushes below utf8.UTFMax free bytes
            self.Flush()
            if self.err is not None:
                return 0, self.err
            if self.size - len(self.buf) < 4:
                return self._write(b, True)
        self.buf += b
        return len(b), None

    def ReadFrom(self, r: Any) -> tuple[int, Any]:
        if self.err is not None:
            return 0, self.err
        read_from = getattr(self.wr, "ReadFrom", None)
        n = 0
        err = None
        while True:
            if self.size - len(self.buf) == 0:
                err1 = self.Flush()
                if err1 is not None:
                    return n, err1
            if read_from is not None and not self.buf:
                m, err = read_from(r)
                self.err = err
                return n + m, err
            for _ in range(_MAX_EMPTY):
                m, data, err = _read_count(r, self.size - len(self.buf))
                if m != 0 or err is not None:
                    break
            else:
                return n, _io.ErrNoProgress
            self.buf += data
            n += len(data)
            if err is not None:
                break
        if err is _io.EOF:
            err = self.Flush() if self.size - len(self.buf) == 0 else None
        return n, err


def NewWriterSize(w: Any, size: int) -> Writer:
    if isinstance(w, Writer) and w.size >= size:
        return w
    return Writer(w, size)


def NewWriter(w: Any) -> Writer:
    return NewWriterSize(w, _DEFAULT_SIZE)


class ReadWriter:
    """bufio.ReadWriter: a *Reader and a *Writer."""

    def __init__(self, Reader: Optional[Reader] = None, Writer: Optional[Writer] = None) -> None:
        self.Reader = Reader
        self.Writer = Writer

    def __getattr__(self, name: str) -> Any:
        for part in (self.__dict__.get("Reader"), self.__dict__.get("Writer")):
            if part is not None and hasattr(type(part), name):
                return getattr(part, name)
        raise AttributeError(name)


def NewReadWriter(r: Reader, w: Writer) -> ReadWriter:
    return ReadWriter(r, w)
