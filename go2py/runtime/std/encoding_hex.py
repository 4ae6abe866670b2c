"""Go's ``encoding/hex``: lower-case encoding, decoding with Go's errors, ``Dump``."""

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
    b = _bytes(data)
    lines = []
    for off in range(0, len(b), 16):
        chunk = b[off:off + 16]
        hexpart = ""
        for i in range(16):
            hexpart += f"{chunk[i]:02x} " if i < len(chunk) else "   "
            if i == 7:
                hexpart += " "
        text = "".join(chr(c) if 32 <= c <= 126 else "." for c in chunk)
        lines.append(f"{off:08x}  {hexpart} |{text}|\n")
    return "".join(lines)
