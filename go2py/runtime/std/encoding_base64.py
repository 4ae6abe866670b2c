"""Go's ``encoding/base64``: the four standard encodings, custom alphabets and padding.

Encoding and decoding go through Python's ``base64`` after mapping the alphabet; decoding
reports Go's ``CorruptInputError`` (``illegal base64 data at input byte N``) at the byte
Go reports, found by a scan of the input.  ``NewEncoder``/``NewDecoder`` are not here.
"""

from __future__ import annotations

import base64 as _b64
from typing import Any

from go2py.runtime import values as _v
from go2py.runtime.values import Slice as _Slice

NoPadding = -1
StdPadding = 61

_STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


class CorruptInputError(int):
    """base64.CorruptInputError: methods take the plain int."""

    def Error(e: int) -> str:  # noqa: N805
        return f"illegal base64 data at input byte {int(e)}"


_CORRUPT_T = _v.foreign_named(CorruptInputError, "base64.CorruptInputError", _v.INT64)


def _bytes(s: _Slice) -> bytes:
    return bytes(s.a[s.off:s.off + s.len])


class Encoding:
    """*base64.Encoding: an alphabet, a padding rune (or -1) and strictness."""

    def __init__(self, alphabet: str = _STD, pad: int = StdPadding, strict: bool = False) -> None:
        self.alphabet = alphabet
        self.pad = pad
        self.strict = strict
        self.to_std = bytes.maketrans(alphabet.encode("latin-1"), _STD.encode())
        self.from_std = bytes.maketrans(_STD.encode(), alphabet.encode("latin-1"))
        self.index = {c: i for i, c in enumerate(alphabet.encode("latin-1"))}

    def _copy(self) -> "Encoding":
        return Encoding(self.alphabet, self.pad, self.strict)

    def WithPadding(self, padding: int) -> "Encoding":
        return Encoding(self.alphabet, padding, self.strict)

    def Strict(self) -> "Encoding":
        return Encoding(self.alphabet, self.pad, True)

    def _encode(self, src: bytes) -> bytes:
        out = _b64.b64encode(src).translate(self.from_std)
        if self.pad == NoPadding:
            return out.rstrip(b"=")
        if self.pad != StdPadding:
            return out.replace(b"=", bytes([self.pad]))
        return out

    def EncodeToString(self, src: _Slice) -> str:
        return self._encode(_bytes(src)).decode("latin-1")

    def Encode(self, dst: _Slice, src: _Slice) -> None:
        out = self._encode(_bytes(src))
        _v.copy(dst, _Slice(list(out)))

    def AppendEncode(self, dst: _Slice, src: _Slice) -> _Slice:
        return _v.append(dst, *self._encode(_bytes(src)))

    def EncodedLen(self, n: int) -> int:
        if self.pad == NoPadding:
            return n // 3 * 4 + (n % 3 * 8 + 5) // 6
        return (n + 2) // 3 * 4

    def DecodedLen(self, n: int) -> int:
        if self.pad == NoPadding:
            return n // 4 * 3 + n % 4 * 6 // 8
        return n // 4 * 3

    def _decode(self, src: bytes) -> tuple[bytes, Any]:
        """The decoded bytes of src (newlines ignored), and the error at the byte Go reports."""
        out = bytearray()
        quantum: list[int] = []
        i, n = 0, len(src)
        pad = self.pad
        while i < n:
            c = src[i]
            if c in (0x0A, 0x0D):
                i += 1
                continue
            if pad != NoPadding and c == pad:
                # Padding: only after 2 or 3 symbols of a quantum, then nothing but newlines.
                j = len(quantum)
                if j < 2:
                    return bytes(out), CorruptInputError(i)
                need = 4 - j
                k = i
                while need:
                    while k < n and src[k] in (0x0A, 0x0D):
                        k += 1
                    if k >= n:
                        return bytes(out), CorruptInputError(n)
                    if src[k] != pad:
                        return bytes(out), CorruptInputError(k - 1)
                    k += 1
                    need -= 1
                if self._flush(quantum, out, i):
                    return bytes(out), CorruptInputError(i)
                while k < n and src[k] in (0x0A, 0x0D):
                    k += 1
                if k < n:
                    return bytes(out), CorruptInputError(k)
                return bytes(out), None
            v = self.index.get(c)
            if v is None:
                return bytes(out), CorruptInputError(i)
            quantum.append(v)
            if len(quantum) == 4:
                x = (quantum[0] << 18) | (quantum[1] << 12) | (quantum[2] << 6) | quantum[3]
                out += bytes([x >> 16, (x >> 8) & 0xFF, x & 0xFF])
                quantum = []
            i += 1
        if quantum:
            if pad != NoPadding or len(quantum) == 1:
                return bytes(out), CorruptInputError(n - len(quantum))
            if self._flush(quantum, out, n):
                # Go names the byte 2 or 1 before the end, for 2 or 3 symbols.
                return bytes(out), CorruptInputError(n - (4 - len(quantum)))
        return bytes(out), None

    def _flush(self, q: list[int], out: bytearray, at: int) -> bool:
        """Append the bytes of a final partial quantum; whether strict decoding rejects it."""
        if len(q) == 2:
            if self.strict and q[1] & 0xF:
                return True
            out.append(((q[0] << 18) | (q[1] << 12)) >> 16)
        elif len(q) == 3:
            if self.strict and q[2] & 0x3:
                return True
            x = (q[0] << 18) | (q[1] << 12) | (q[2] << 6)
            out += bytes([x >> 16, (x >> 8) & 0xFF])
        return False

    def DecodeString(self, s: str) -> tuple[_Slice, Any]:
        out, err = self._decode(_v.str_bytes(s))
        return _Slice(list(out)), _box_err(err)

    def Decode(self, dst: _Slice, src: _Slice) -> tuple[int, Any]:
        out, err = self._decode(_bytes(src))
        _v.copy(dst, _Slice(list(out)))
        return len(out), _box_err(err)

    def AppendDecode(self, dst: _Slice, src: _Slice) -> tuple[_Slice, Any]:
        out, err = self._decode(_bytes(src))
        return _v.append(dst, *out), _box_err(err)


def _box_err(err: Any) -> Any:
    return None if err is None else _v.Box(_CORRUPT_T, int(err))


def NewEncoding(encoder: str) -> Encoding:
    return Encoding(encoder)


class _Encoder:
    """NewEncoder's io.WriteCloser: whole 3-byte groups are written through at once, the
    rest when more comes or at Close (which writes the padding)."""

    def __init__(self, enc: Encoding, w: Any) -> None:
        self.enc, self.w, self.part, self.err = enc, w, b"", None

    def Write(self, p: _Slice) -> tuple[int, Any]:
        if self.err is not None:
            return 0, self.err
        data = self.part + _bytes(p)
        k = len(data) // 3 * 3
        self.part = data[k:]
        if k:
            _, self.err = self.w.Write(_Slice(list(self.enc._encode(data[:k]))))
            if self.err is not None:
                return 0, self.err
        return len(p), None

    def Close(self) -> Any:
        if self.err is None and self.part:
            _, self.err = self.w.Write(_Slice(list(self.enc._encode(self.part))))
            self.part = b""
        return self.err


class _Decoder:
    """NewDecoder's io.Reader: decodes what the source holds (read to its end first), then
    hands it out, and reports a corrupt input after the bytes decoded before it."""

    def __init__(self, enc: Encoding, r: Any) -> None:
        self.enc, self.r, self.out, self.err, self.done = enc, r, b"", None, False

    def Read(self, p: _Slice) -> tuple[int, Any]:
        from . import io as _io

        if not self.done:
            buf, chunk = bytearray(), _Slice([0] * 4096)
            while True:
                n, err = self.r.Read(chunk)
                buf += bytes(chunk.a[:n])
                if err is not None:
                    break
            self.done = True
            self.out, derr = self.enc._decode(bytes(buf))
            self.err = _box_err(derr) if derr is not None else (None if err is _io.EOF else err)
        if not self.out:
            if len(p) == 0:
                return 0, None
            return 0, self.err if self.err is not None else _io.EOF
        n = min(len(p), len(self.out))
        p.a[p.off:p.off + n] = self.out[:n]
        self.out = self.out[n:]
        return n, None


def NewEncoder(enc: Encoding, w: Any) -> _Encoder:
    return _Encoder(enc, w)


def NewDecoder(enc: Encoding, r: Any) -> _Decoder:
    return _Decoder(enc, r)


StdEncoding = Encoding(_STD)
URLEncoding = Encoding(_URL)
RawStdEncoding = Encoding(_STD, NoPadding)
RawURLEncoding = Encoding(_URL, NoPadding)
