"""Go's ``math/bits`` package.

Unsigned values are non-negative Python ints within their width; results are
within the width too.  ``Div*``/``Rem*`` panic like Go with the runtime errors
"integer divide by zero" and "integer overflow".
"""

from __future__ import annotations

from go2py.runtime.panic import GoPanic as _GoPanic
from go2py.runtime.panic import RuntimeError_ as _RuntimeError

__all__ = [
    "UintSize",
    "LeadingZeros",
    "LeadingZeros8",
    "LeadingZeros16",
    "LeadingZeros32",
    "LeadingZeros64",
    "TrailingZeros",
    "TrailingZeros8",
    "TrailingZeros16",
    "TrailingZeros32",
    "TrailingZeros64",
    "OnesCount",
    "OnesCount8",
    "OnesCount16",
    "OnesCount32",
    "OnesCount64",
    "RotateLeft",
    "RotateLeft8",
    "RotateLeft16",
    "RotateLeft32",
    "RotateLeft64",
    "Reverse",
    "Reverse8",
    "Reverse16",
    "Reverse32",
    "Reverse64",
    "ReverseBytes",
    "ReverseBytes16",
    "ReverseBytes32",
    "ReverseBytes64",
    "Len",
    "Len8",
    "Len16",
    "Len32",
    "Len64",
    "Add",
    "Add32",
    "Add64",
    "Sub",
    "Sub32",
    "Sub64",
    "Mul",
    "Mul32",
    "Mul64",
    "Div",
    "Div32",
    "Div64",
    "Rem",
    "Rem32",
    "Rem64",
]

UintSize = 64

_M8 = 0xFF
_M16 = 0xFFFF
_M32 = 0xFFFFFFFF
_M64 = 0xFFFFFFFFFFFFFFFF


def _divide_error():
    raise _GoPanic(_RuntimeError("integer divide by zero"))


def _overflow_error():
    raise _GoPanic(_RuntimeError("integer overflow"))


# --- leading / trailing zeros, length, population count


def Len(x: int) -> int:
    return (x & _M64).bit_length()


def Len8(x: int) -> int:
    return (x & _M8).bit_length()


def Len16(x: int) -> int:
    return (x & _M16).bit_length()


def Len32(x: int) -> int:
    return (x & _M32).bit_length()


Len64 = Len


def LeadingZeros(x: int) -> int:
    return 64 - (x & _M64).bit_length()


LeadingZeros64 = LeadingZeros


def LeadingZeros8(x: int) -> int:
    return 8 - (x & _M8).bit_length()


def LeadingZeros16(x: int) -> int:
    return 16 - (x & _M16).bit_length()


def LeadingZeros32(x: int) -> int:
    return 32 - (x & _M32).bit_length()


def _tz(x: int, n: int) -> int:
    if x == 0:
        return n
    return (x & -x).bit_length() - 1


def TrailingZeros(x: int) -> int:
    return _tz(x & _M64, 64)


TrailingZeros64 = TrailingZeros


def TrailingZeros8(x: int) -> int:
    return _tz(x & _M8, 8)


def TrailingZeros16(x: int) -> int:
    return _tz(x & _M16, 16)


def TrailingZeros32(x: int) -> int:
    return _tz(x & _M32, 32)


def OnesCount(x: int) -> int:
    return bin(x & _M64).count("1")


OnesCount64 = OnesCount


def OnesCount8(x: int) -> int:
    return bin(x & _M8).count("1")


def OnesCount16(x: int) -> int:
    return bin(x & _M16).count("1")


def OnesCount32(x: int) -> int:
    return bin(x & _M32).count("1")


# --- rotation and reversal


def _rot(x: int, k: int, n: int, m: int) -> int:
    x &= m
    s = k % n  # Python's % is non-negative: a negative k rotates right
    return ((x << s) | (x >> (n - s))) & m


def RotateLeft(x: int, k: int) -> int:
    return _rot(x, k, 64, _M64)


RotateLeft64 = RotateLeft


def RotateLeft8(x: int, k: int) -> int:
    return _rot(x, k, 8, _M8)


def RotateLeft16(x: int, k: int) -> int:
    return _rot(x, k, 16, _M16)


def RotateLeft32(x: int, k: int) -> int:
    return _rot(x, k, 32, _M32)


_REV8 = [int(format(i, "08b")[::-1], 2) for i in range(256)]


def Reverse8(x: int) -> int:
    return _REV8[x & _M8]


def Reverse16(x: int) -> int:
    return int(format(x & _M16, "016b")[::-1], 2)


def Reverse32(x: int) -> int:
    return int(format(x & _M32, "032b")[::-1], 2)


def Reverse(x: int) -> int:
    return int(format(x & _M64, "064b")[::-1], 2)


Reverse64 = Reverse


def ReverseBytes16(x: int) -> int:
    return int.from_bytes((x & _M16).to_bytes(2, "little"), "big")


def ReverseBytes32(x: int) -> int:
    return int.from_bytes((x & _M32).to_bytes(4, "little"), "big")


def ReverseBytes(x: int) -> int:
    return int.from_bytes((x & _M64).to_bytes(8, "little"), "big")


ReverseBytes64 = ReverseBytes


# --- arithmetic with carries


def Add32(x: int, y: int, carry: int):
    s = (x & _M32) + (y & _M32) + (carry & _M32)
    return s & _M32, s >> 32


def Add64(x: int, y: int, carry: int):
    x &= _M64
    y &= _M64
    sum_ = (x + y + (carry & _M64)) & _M64
    return sum_, ((x & y) | ((x | y) & ~sum_ & _M64)) >> 63


Add = Add64


def Sub32(x: int, y: int, borrow: int):
    x &= _M32
    y &= _M32
    diff = (x - y - (borrow & _M32)) & _M32
    return diff, (((~x & y) | (~(x ^ y) & diff)) & _M32) >> 31


def Sub64(x: int, y: int, borrow: int):
    x &= _M64
    y &= _M64
    diff = (x - y - (borrow & _M64)) & _M64
    return diff, (((~x & y) | (~(x ^ y) & diff)) & _M64) >> 63


Sub = Sub64


def Mul32(x: int, y: int):
    p = (x & _M32) * (y & _M32)
    return p >> 32, p & _M32


def Mul64(x: int, y: int):
    p = (x & _M64) * (y & _M64)
    return p >> 64, p & _M64


Mul = Mul64


def Div32(hi: int, lo: int, y: int):
    hi &= _M32
    y &= _M32
    if y != 0 and y <= hi:
        _overflow_error()
    if y == 0:
        _divide_error()
    q, r = divmod((hi << 32) | (lo & _M32), y)
    return q, r


def Div64(hi: int, lo: int, y: int):
    hi &= _M64
    y &= _M64
    if y == 0:
        _divide_error()
    if y <= hi:
        _overflow_error()
    q, r = divmod((hi << 64) | (lo & _M64), y)
    return q, r


Div = Div64


def Rem32(hi: int, lo: int, y: int) -> int:
    y &= _M32
    if y == 0:
        _divide_error()
    return (((hi & _M32) << 32) | (lo & _M32)) % y


def Rem64(hi: int, lo: int, y: int) -> int:
    y &= _M64
    if y == 0:
        _divide_error()
    return (((hi & _M64) << 64) | (lo & _M64)) % y


Rem = Rem64
