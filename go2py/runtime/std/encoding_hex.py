"""Go's ``encoding/hex``: lower-case encoding, decoding with Go's errors, ``Dump`` and
``Dumper``, and the streaming ``NewEncoder``/``NewDecoder``."""

from __future__ import annotations

from typing import Any

from go2py.runtime import values as _v
from go2py.runtime.std import errors as _errors
from go2py.runtime.values import Slice as _Slice

ErrLength = _errors.New("encoding/hex: odd length hex string")


class InvalidByteError(int):
    """hex.InvalidByteError: methods take the plain int."""

    def Error(e: int) -> str:  # noqa: N805
        from go2py.runtime.std.strconv import IsPrint, QuoteRune

        # fmt's %#U: the character follows only when it is printable.
        q = " " + QuoteRune(int(e)) if IsPrint(int(e)) else ""
        return f"encoding/hex: invalid byte: U+{int(e):04X}{q}"


_INVALID_T = _v.foreign_named(InvalidByteError, "hex.InvalidByteError", _v.UINT8)


def _bytes(s: _Slice) -> bytes:
    return bytes(s.a[s.off:s.off + s.len])


def EncodeToString(src: _Slice) -> str:
    return _bytes(src).hex()


def Encode(dst: _Slice, src: _Slice) -> int:
    h = _bytes(src).hex().encode()
    _v.copy(dst, _Slice(list(h)))
    return len(h)


def AppendEncode(dst: _Slice, src: _Slice) -> _Slice:
    return _v.append(dst, *_bytes(src).hex().encode())


def EncodedLen(n: int) -> int:
    return n * 2


def DecodedLen(x: int) -> int:
    return x // 2


_HEXVAL = {c: int(chr(c), 16) for c in b"0123456789abcdefABCDEF"}


def _decode(src: bytes) -> tuple[bytes, Any]:
    out = bytearray()
    i = 0
    while i + 1 < len(src):
        a, b = _HEXVAL.get(src[i]), _HEXVAL.get(src[i + 1])
        if a is None:
            return bytes(out), _v.Box(_INVALID_T, src[i])
        if b is None:
            return bytes(out), _v.Box(_INVALID_T, src[i + 1])
        out.append(a << 4 | b)
        i += 2
    if len(src) % 2:
        if _HEXVAL.get(src[i]) is None:
            return bytes(out), _v.Box(_INVALID_T, src[i])
        return bytes(out), ErrLength
    return bytes(out), None


def DecodeString(s: str) -> tuple[_Slice, Any]:
    out, err = _decode(_v.str_bytes(s))
    return _Slice(list(out)), err


def Decode(dst: _Slice, src: _Slice) -> tuple[int, Any]:
    out, err = _decode(_bytes(src))
    _v.copy(dst, _Slice(list(out)))
    return len(out), err


def AppendDecode(dst: _Slice, src: _Slice) -> tuple[_Slice, Any]:
    out, err = _decode(_bytes(src))
    return _v.append(dst, *out), err


def Dump(data: _Slice) -> str:
    out = bytearray()
    d = _Dumper(None, out.extend)
    d.dump(_bytes(data))
    d.Close()
    return out.decode("latin-1")


def _to_char(b: int) -> str:
    return chr(b) if 32 <= b <= 126 else "."


class _Dumper:
    """Dumper's io.WriteCloser: `hexdump -C` lines, written piece by piece as Go writes
    them (the offset, each byte's hex, the text column when a line is full); Close pads
    and ends a partial line."""

    def __init__(self, w: Any, sink: Any = None) -> None:
        self.w = w
        self.sink = sink  # Dump's: bytes go straight into its buffer
        self.right = ""  # the text column of the current line
        self.n = 0  # bytes dumped so far; Go prints it as 32 bits
        self.closed = False

    def _write(self, piece: bytes) -> Any:
        if self.sink is not None:
            self.sink(piece)
            return None
        return self.w.Write(_Slice(list(piece)))[1]

    def dump(self, data: bytes) -> tuple[int, Any]:
        n = 0
        for b in data:
            used = len(self.right)
            if used == 0:
                err = self._write(b"%08x  " % (self.n & 0xFFFFFFFF))
                if err is not None:
                    return n, err
            piece = b"%02x " % b + (b" " if used == 7 else b" |" if used == 15 else b"")
            err = self._write(piece)
            if err is not None:
                return n, err
            n += 1
            self.right += _to_char(b)
            self.n += 1
            if used == 15:
                line, self.right = self.right, ""
                err = self._write(line.encode("latin-1") + b"|\n")
                if err is not None:
                    return n, err
        return n, None

    def Write(self, p: _Slice) -> tuple[int, Any]:
        if self.closed:
            return 0, _errors.New("encoding/hex: dumper closed")
        return self.dump(_bytes(p))

    def Close(self) -> Any:
        if self.closed:
            return None
        self.closed = True
        used = len(self.right)
        if used == 0:
            return None
        for k in range(used, 16):
            err = self._write(b"    " if k == 7 else b"    |" if k == 15 else b"   ")
            if err is not None:
                return err
        return self._write(self.right.encode("latin-1") + b"|\n")


def Dumper(w: Any) -> _Dumper:
    return _Dumper(w)


_BUFFER_SIZE = 1024


class _Encoder:
    """NewEncoder's io.Writer: hex of each 512-byte piece written through at once."""

    def __init__(self, w: Any) -> None:
        self.w = w

    def Write(self, p: _Slice) -> tuple[int, Any]:
        data = _bytes(p)
        n = 0
        for k in range(0, len(data), _BUFFER_SIZE // 2):
            written, err = self.w.Write(_Slice(list(data[k : k + _BUFFER_SIZE // 2].hex().encode())))
            n += written // 2
            if err is not None:
                return n, err
        return n, None


def NewEncoder(w: Any) -> _Encoder:
    return _Encoder(w)


class _Decoder:
    """NewDecoder's io.Reader: reads up to 1024 bytes of hex at a time, and reports an error
    only once the bytes decoded before it are handed out."""

    def __init__(self, r: Any) -> None:
        self.r = r
        self.pending = b""  # hex read and not yet decoded
        self.err: Any = None

    def Read(self, p: _Slice) -> tuple[int, Any]:
        from go2py.runtime.std import io as _io

        if len(self.pending) < 2 and self.err is None:
            buf = _Slice([0] * (_BUFFER_SIZE - len(self.pending)))
            k, self.err = self.r.Read(buf)
            self.pending += bytes(buf.a[:k])
            if self.err is _io.EOF and len(self.pending) % 2:
                last = self.pending[-1]
                self.err = _v.Box(_INVALID_T, last) if last not in _HEXVAL else _io.ErrUnexpectedEOF
        want = min(len(p), len(self.pending) // 2)
        out, err = _decode(self.pending[: 2 * want])
        _v.copy(p, _Slice(list(out)))
        self.pending = self.pending[2 * len(out) :]
        if err is not None:
            self.pending, self.err = b"", err  # a bad byte: the rest of the input is dropped
        if len(self.pending) < 2:
            return len(out), self.err
        return len(out), err


def NewDecoder(r: Any) -> _Decoder:
    return _Decoder(r)
