"""Go's package io: the sentinel errors, Discard, ReadAll, Copy, CopyN, ReadFull,
ReadAtLeast, WriteString, MultiWriter, MultiReader, LimitReader, TeeReader and
NopCloser over go2py values.

Readers and writers are any objects with ``Read(p Slice) -> (n, err)`` and
``Write(p Slice) -> (n, err)``; ``[]byte`` is a ``Slice`` of ints.  The errors are
``*errors.errorString`` values made once, so programs compare them with ``==``
(identity) as in Go.

``Pipe`` follows Go's synchronous pipe (go2py channels between the reading and
the writing goroutine: a Write returns once readers consumed all its bytes).

Copy, ReadAll and the MultiReader hand their readers the buffer sizes Go's do (a
reader can see them), and use WriteTo and ReadFrom methods where Go does.
"""

from __future__ import annotations

from typing import Any, Optional

import os as _os

from go2py.runtime.blocking import blocking as _blocking
from go2py.runtime.chan import RECV as _RECV
from go2py.runtime.std import errors as _errors
from go2py.runtime.values import Slice, str_bytes

__all__ = ["EOF", "ErrUnexpectedEOF", "ErrShortWrite", "ErrShortBuffer", "ErrNoProgress", "ErrClosedPipe",
           "SeekStart", "SeekCurrent", "SeekEnd", "Discard", "ReadAll", "Copy", "CopyBuffer", "CopyN",
           "ReadFull", "ReadAtLeast", "WriteString", "MultiWriter", "MultiReader", "LimitReader",
           "LimitedReader", "TeeReader", "NopCloser", "Pipe", "PipeReader", "PipeWriter", "SectionReader",
           "NewSectionReader", "OffsetWriter", "NewOffsetWriter"]

EOF = _errors.New("EOF")
ErrUnexpectedEOF = _errors.New("unexpected EOF")
ErrShortWrite = _errors.New("short write")
ErrShortBuffer = _errors.New("short buffer")
ErrNoProgress = _errors.New("multiple Read calls return no data or error")
ErrClosedPipe = _errors.New("io: read/write on closed pipe")
_errInvalidWrite = _errors.New("invalid write result")

SeekStart = 0
SeekCurrent = 1
SeekEnd = 2

_BUF = 32 * 1024


def _buf(n: int) -> Slice:
    return Slice([0] * n)


def _is_os_file(x: Any) -> bool:
    t = type(x)
    return t.__name__ == "File" and t.__module__ == "go2py.runtime.std.os" and hasattr(x, "fd")


def _read_bytes(r: Any, n: int) -> tuple[bytes, Optional[Any]]:
    """One r.Read of at most n bytes, as Python bytes.  Reads of the standard
    streams are handed to a worker thread (go2py.runtime.blocking) so that the
    other goroutines keep running meanwhile."""
    if _is_os_file(r):
        try:
            data = _blocking(_os.read, r.fd, n)
        except OSError as e:
            return b"", _errors.New(f"read {r.name}: {e.strerror.lower() if e.strerror else e}")
        if not data and n > 0:
            return b"", EOF
        return data, None
    b = _buf(n)
    k, err = r.Read(b)
    return bytes(b.a[:k]), err


def _read_into(r: Any, p: Slice) -> tuple[int, Optional[Any]]:
    """r.Read(p); a read of an os file is handed to a worker thread."""
    if _is_os_file(r):
        return _blocking(r.Read, p)
    return r.Read(p)


def _write_bytes(w: Any, data: bytes) -> tuple[int, Optional[Any]]:
    """w.Write of data (bytes)."""
    if _is_os_file(w):
        view = memoryview(data)
        while view:
            k = _os.write(w.fd, view)
            view = view[k:]
        return len(data), None
    return w.Write(Slice(list(data)))


class _Discard:
    """io.Discard: every write succeeds and does nothing."""

    def Write(self, p: Slice) -> tuple[int, Optional[Any]]:
        return len(p), None

    def WriteString(self, s: str) -> tuple[int, Optional[Any]]:
        return len(str_bytes(s)), None

    def ReadFrom(self, r: Any) -> tuple[int, Optional[Any]]:
        """Reads r to its end through an 8 KiB buffer, as Go's discard.ReadFrom."""
        buf = Slice(bytearray(8192), 0, 8192, 8192)
        n = 0
        while True:
            k, err = _read_into(r, buf)
            n += k
            if err is not None:
                return n, (None if err is EOF else err)


Discard = _Discard()


def _next_cap(n: int) -> int:
    """cap(append([]byte(nil), make([]byte, n)...)): the allocator's size for n bytes."""
    from go2py.runtime.values import roundupsize

    return roundupsize(n, False)


def ReadAll(r: Any) -> tuple[Slice, Optional[Any]]:
    """Reads r until an error or EOF; EOF is not an error.  The reads get the buffers Go's
    ReadAll gives: 512 bytes, then chunks of 256, 384, 576... (rounded to the allocator's
    size classes), each read asking for the rest of the current chunk."""
    out = bytearray()
    cap = 512
    used = 0  # bytes read into the current chunk
    nxt = 256
    os_file = _is_os_file(r)
    while True:
        size = cap - used
        if os_file:
            data, err = _read_bytes(r, size)
            n = len(data)
            out += data
        else:
            p = Slice(bytearray(size), 0, size, size)
            n, err = r.Read(p)
            out += bytes(p.a[:n])
        used += n
        if err is not None:
            if err is EOF:
                err = None
            return Slice(list(out)), err
        if cap - used < cap // 16:
            cap = _next_cap(nxt)
            used = 0
            nxt += nxt // 2


def WriteString(w: Any, s: str) -> tuple[int, Optional[Any]]:
    ws = getattr(w, "WriteString", None)
    if ws is not None:
        return ws(s)
    return w.Write(Slice(list(str_bytes(s))))


def _copy_buffer(dst: Any, src: Any, buf: Optional[Slice]) -> tuple[int, Optional[Any]]:
    """Go's copyBuffer: src's WriteTo, else dst's ReadFrom, else reads into buf (32 KiB, or
    a LimitedReader's N when smaller) and writes what each read got."""
    wt = getattr(src, "WriteTo", None)
    if wt is not None:
        return wt(dst)
    rf = getattr(dst, "ReadFrom", None)
    if rf is not None:
        return rf(src)
    if buf is None:
        size = _BUF
        if isinstance(src, LimitedReader) and size > src.N:
            size = 1 if src.N < 1 else src.N
        buf = Slice(bytearray(size), 0, size, size)
    written = 0
    err = None
    while True:
        nr, er = _read_into(src, buf)
        if nr > 0:
            chunk = buf.slice(0, nr)
            if _is_os_file(dst):
                nw, ew = _write_bytes(dst, bytes(chunk))
            else:
                nw, ew = dst.Write(chunk)
            if nw < 0 or nr < nw:
                nw = 0
                if ew is None:
                    ew = _errInvalidWrite
            written += nw
            if ew is not None:
                err = ew
                break
            if nr != nw:
                err = ErrShortWrite
                break
        if er is not None:
            if er is not EOF:
                err = er
            break
    return written, err


def Copy(dst: Any, src: Any) -> tuple[int, Optional[Any]]:
    """Copies from src to dst until EOF; returns the bytes written and the first error (EOF is none)."""
    return _copy_buffer(dst, src, None)


def CopyBuffer(dst: Any, src: Any, buf: Slice) -> tuple[int, Optional[Any]]:
    """Copy staging through buf; a non-nil empty buf panics."""
    from go2py.runtime.values import NIL_SLICE

    if buf is None or buf is NIL_SLICE:
        return _copy_buffer(dst, src, None)
    if len(buf) == 0:
        from go2py.runtime.panic import GoPanic

        raise GoPanic("empty buffer in CopyBuffer")
    return _copy_buffer(dst, src, buf)


def CopyN(dst: Any, src: Any, n: int) -> tuple[int, Optional[Any]]:
    written, err = Copy(dst, LimitReader(src, n))
    if written == n:
        return n, None
    if written < n and err is None:
        err = EOF
    return written, err


def ReadAtLeast(r: Any, buf: Slice, min: int) -> tuple[int, Optional[Any]]:
    if len(buf) < min:
        return 0, ErrShortBuffer
    n = 0
    err = None
    while n < min and err is None:
        nn, err = _read_into(r, buf.slice(n, None))
        n += nn
    if n >= min:
        err = None
    elif n > 0 and err is EOF:
        err = ErrUnexpectedEOF
    return n, err


def ReadFull(r: Any, buf: Slice) -> tuple[int, Optional[Any]]:
    return ReadAtLeast(r, buf, len(buf))


class _MultiWriter:
    def __init__(self, writers: list) -> None:
        self.writers = writers

    def Write(self, p: Slice) -> tuple[int, Optional[Any]]:
        for w in self.writers:
            n, err = w.Write(p)
            if err is not None:
                return n, err
            if n != len(p):
                return n, ErrShortWrite
        return len(p), None

    def WriteString(self, s: str) -> tuple[int, Optional[Any]]:
        p: Optional[Slice] = None
        size = len(str_bytes(s))
        for w in self.writers:
            sw = getattr(w, "WriteString", None)
            if sw is not None:
                n, err = sw(s)
            else:
                if p is None:
                    p = Slice(list(str_bytes(s)))
                n, err = w.Write(p)
            if err is not None:
                return n, err
            if n != size:
                return n, ErrShortWrite
        return size, None


def MultiWriter(*writers: Any) -> _MultiWriter:
    flat: list = []
    for w in writers:
        if isinstance(w, _MultiWriter):
            flat.extend(w.writers)
        else:
            flat.append(w)
    return _MultiWriter(flat)


class _EOFReader:
    def Read(self, p: Slice) -> tuple[int, Optional[Any]]:
        return 0, EOF


class _MultiReader:
    def __init__(self, readers: list) -> None:
        self.readers = readers

    def Read(self, p: Slice) -> tuple[int, Optional[Any]]:
        while self.readers:
            if len(self.readers) == 1 and isinstance(self.readers[0], _MultiReader):
                self.readers = self.readers[0].readers  # flattened, as Go does
                continue
            n, err = _read_into(self.readers[0], p)
            if err is EOF:
                self.readers[0] = _EOFReader()
                self.readers = self.readers[1:]
            if n > 0 or err is not EOF:
                if err is EOF and self.readers:
                    err = None
                return n, err
        return 0, EOF

    def WriteTo(self, w: Any) -> tuple[int, Optional[Any]]:
        return self._write_to(w, Slice(bytearray(_BUF), 0, _BUF, _BUF))

    def _write_to(self, w: Any, buf: Slice) -> tuple[int, Optional[Any]]:
        total = 0
        for i, r in enumerate(self.readers):
            if isinstance(r, _MultiReader):
                n, err = r._write_to(w, buf)
            else:
                n, err = _copy_buffer(w, r, buf)
            total += n
            if err is not None:
                self.readers = self.readers[i:]
                return total, err
            self.readers[i] = None
        self.readers = []
        return total, None


def MultiReader(*readers: Any) -> _MultiReader:
    return _MultiReader(list(readers))


class LimitedReader:
    """*io.LimitedReader: reads from R, at most N bytes."""

    def __init__(self, R: Any = None, N: int = 0) -> None:
        self.R = R
        self.N = N

    def Read(self, p: Slice) -> tuple[int, Optional[Any]]:
        if self.N <= 0:
            return 0, EOF
        if len(p) > self.N:
            p = p.slice(0, self.N)
        n, err = _read_into(self.R, p)
        self.N -= n
        return n, err


def LimitReader(r: Any, n: int) -> LimitedReader:
    return LimitedReader(r, n)


class _TeeReader:
    def __init__(self, r: Any, w: Any) -> None:
        self.r = r
        self.w = w

    def Read(self, p: Slice) -> tuple[int, Optional[Any]]:
        n, err = _read_into(self.r, p)
        if n > 0:
            nw, ew = self.w.Write(p.slice(0, n))
            if ew is not None:
                return nw, ew
        return n, err


def TeeReader(r: Any, w: Any) -> _TeeReader:
    return _TeeReader(r, w)


class _NopCloser:
    def __init__(self, r: Any) -> None:
        self.r = r

    def Read(self, p: Slice) -> tuple[int, Optional[Any]]:
        return _read_into(self.r, p)

    def Close(self) -> Optional[Any]:
        return None


class _NopCloserWriterTo(_NopCloser):
    """NopCloser of a WriterTo: forwards WriteTo."""

    def WriteTo(self, w: Any) -> tuple[int, Optional[Any]]:
        return self.r.WriteTo(w)


def NopCloser(r: Any) -> _NopCloser:
    if getattr(r, "WriteTo", None) is not None:
        return _NopCloserWriterTo(r)
    return _NopCloser(r)


# ----------------------------------------------------------------------------- Pipe


class _Pipe:
    def __init__(self) -> None:
        from go2py.runtime.chan import Chan
        from go2py.runtime.std import sync

        self.wr_mu = sync.Mutex()
        self.wr_ch = Chan(0)
        self.rd_ch = Chan(0)
        self.done = Chan(0)
        self.closed = False
        self.rerr: Any = None
        self.werr: Any = None

    def read_close_error(self) -> Any:
        if self.rerr is None and self.werr is not None:
            return self.werr
        return ErrClosedPipe

    def write_close_error(self) -> Any:
        if self.werr is None and self.rerr is not None:
            return self.rerr
        return ErrClosedPipe

    def read(self, b: Slice) -> tuple[int, Optional[Any]]:
        from go2py.runtime.chan import RECV
        from go2py.runtime.selectgo import select

        if self.closed:
            return 0, self.read_close_error()
        i, bw, _ = select(((self.wr_ch, RECV), (self.done, RECV)))
        if i == 1:
            return 0, self.read_close_error()
        n = min(len(b), len(bw))
        if n:
            b.a[b.off:b.off + n] = bw.a[bw.off:bw.off + n]
        self.rd_ch.send(n)
        return n, None

    def write(self, b: Slice) -> tuple[int, Optional[Any]]:
        from go2py.runtime.selectgo import select

        if self.closed:
            return 0, self.write_close_error()
        self.wr_mu.Lock()
        try:
            n = 0
            once = True
            while once or len(b) > 0:
                once = False
                i, _, _ = select(((self.wr_ch, b), (self.done, _RECV)))
                if i == 1:
                    return n, self.write_close_error()
                nw = self.rd_ch.recv()
                b = b.slice(nw, None)
                n += nw
            return n, None
        finally:
            self.wr_mu.Unlock()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.done.close()


class PipeReader:
    """*io.PipeReader: the read half of a pipe."""

    def __init__(self, p: _Pipe) -> None:
        self.p = p

    def Read(self, data: Slice) -> tuple[int, Optional[Any]]:
        return self.p.read(data)

    def Close(self) -> Optional[Any]:
        return self.CloseWithError(None)

    def CloseWithError(self, err: Any) -> Optional[Any]:
        if self.p.rerr is None:
            self.p.rerr = ErrClosedPipe if err is None else err
        self.p.close()
        return None


class PipeWriter:
    """*io.PipeWriter: the write half of a pipe."""

    def __init__(self, p: _Pipe) -> None:
        self.p = p

    def Write(self, data: Slice) -> tuple[int, Optional[Any]]:
        return self.p.write(data)

    def WriteString(self, s: str) -> tuple[int, Optional[Any]]:
        return self.p.write(Slice(list(str_bytes(s))))

    def Close(self) -> Optional[Any]:
        return self.CloseWithError(None)

    def CloseWithError(self, err: Any) -> Optional[Any]:
        if self.p.werr is None:
            self.p.werr = EOF if err is None else err
        self.p.close()
        return None


def Pipe() -> tuple[PipeReader, PipeWriter]:
    """A synchronous in-memory pipe: each Write blocks until readers took all its data."""
    p = _Pipe()
    return PipeReader(p), PipeWriter(p)


_errWhence = _errors.New("Seek: invalid whence")
_errOffset = _errors.New("Seek: invalid offset")
_MAXINT64 = (1 << 63) - 1


def _seek(x: Any, offset: int, whence: int, end: Optional[int]) -> tuple[int, Optional[Any]]:
    """Seek of a SectionReader or OffsetWriter: offsets count from x.base."""
    if whence == SeekStart:
        offset += x.base
    elif whence == SeekCurrent:
        offset += x.off
    elif whence == SeekEnd and end is not None:
        offset += end
    else:
        return 0, _errWhence
    offset = ((offset + (1 << 63)) % (1 << 64)) - (1 << 63)  # int64 addition wraps, as in Go
    if offset < x.base:
        return 0, _errOffset
    x.off = offset
    return offset - x.base, None


class SectionReader:
    """*io.SectionReader: Read, Seek and ReadAt within n bytes from off of a ReaderAt."""

    __slots__ = ("r", "base", "off", "limit", "n")

    def __init__(self, r: Any = None, base: int = 0, off: int = 0, limit: int = 0, n: int = 0) -> None:
        self.r, self.base, self.off, self.limit, self.n = r, base, off, limit, n

    def Read(self, p: Slice) -> tuple[int, Optional[Any]]:
        if self.off >= self.limit:
            return 0, EOF
        if len(p) > self.limit - self.off:
            p = p.slice(0, self.limit - self.off)
        n, err = self.r.ReadAt(p, self.off)
        self.off += n
        return n, err

    def Seek(self, offset: int, whence: int) -> tuple[int, Optional[Any]]:
        return _seek(self, offset, whence, self.limit)

    def ReadAt(self, p: Slice, off: int) -> tuple[int, Optional[Any]]:
        if off < 0 or off >= self.Size():
            return 0, EOF
        off += self.base
        if len(p) > self.limit - off:
            n, err = self.r.ReadAt(p.slice(0, self.limit - off), off)
            return n, EOF if err is None else err
        return self.r.ReadAt(p, off)

    def Size(self) -> int:
        return self.limit - self.base

    def Outer(self) -> tuple[Any, int, int]:
        return self.r, self.base, self.n


def NewSectionReader(r: Any, off: int, n: int) -> SectionReader:
    room = ((_MAXINT64 - n + (1 << 63)) % (1 << 64)) - (1 << 63)  # Go's int64 subtraction wraps
    remaining = n + off if off <= room else _MAXINT64  # n past the end: to the end
    return SectionReader(r, off, off, remaining, n)


class OffsetWriter:
    """*io.OffsetWriter: Write, WriteAt and Seek from an offset of a WriterAt."""

    __slots__ = ("w", "base", "off")

    def __init__(self, w: Any = None, base: int = 0, off: int = 0) -> None:
        self.w, self.base, self.off = w, base, off

    def Write(self, p: Slice) -> tuple[int, Optional[Any]]:
        n, err = self.w.WriteAt(p, self.off)
        self.off += n
        return n, err

    def WriteAt(self, p: Slice, off: int) -> tuple[int, Optional[Any]]:
        if off < 0:
            return 0, _errOffset
        return self.w.WriteAt(p, off + self.base)

    def Seek(self, offset: int, whence: int) -> tuple[int, Optional[Any]]:
        return _seek(self, offset, whence, None)  # an OffsetWriter has no end to seek from


def NewOffsetWriter(w: Any, off: int) -> OffsetWriter:
    return OffsetWriter(w, off, off)
