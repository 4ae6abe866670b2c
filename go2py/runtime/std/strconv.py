"""Go's ``strconv`` package.

Strings follow go2py's representation (code points, invalid bytes as lone
surrogates U+DC80..U+DCFF, see ``unicode_utf8``); Go ``byte`` arguments such as
``FormatFloat``'s ``fmt`` and ``UnquoteChar``'s ``quote`` are ints (a
one-character ``str`` is accepted too).  Errors are ``*NumError`` values
(``NumError`` objects with ``Func``, ``Num`` and ``Err``) wrapping
``ErrSyntax``, ``ErrRange`` or an "invalid base"/"invalid bit size" error, with
Go's messages.

``IsPrint`` and ``IsGraphic`` use Unicode 17.0 (Go's ``unicode.Version``), held
below as a range table, not Python's ``unicodedata`` (an older Unicode).

The ``Append*`` functions (``[]byte``) wait for the slice representation.
"""

from __future__ import annotations

import math as _math
import struct as _struct
from bisect import bisect_right as _bisect_right

from go2py.runtime.panic import GoError as _GoError
from go2py.runtime.panic import GoPanic as _GoPanic

from .unicode_utf8 import _to_bytes, normalize as _normalize

__all__ = [
    "IntSize",
    "ErrRange",
    "ErrSyntax",
    "NumError",
    "Itoa",
    "Atoi",
    "ParseInt",
    "ParseUint",
    "ParseFloat",
    "ParseBool",
    "ParseComplex",
    "FormatInt",
    "FormatUint",
    "FormatFloat",
    "FormatBool",
    "FormatComplex",
    "Quote",
    "QuoteToASCII",
    "QuoteToGraphic",
    "QuoteRune",
    "QuoteRuneToASCII",
    "QuoteRuneToGraphic",
    "Unquote",
    "UnquoteChar",
    "CanBackquote",
    "IsPrint",
    "IsGraphic",
    "QuotedPrefix",
    "AppendBool",
    "AppendInt",
    "AppendUint",
    "AppendFloat",
    "AppendQuote",
    "AppendQuoteToASCII",
    "AppendQuoteToGraphic",
    "AppendQuoteRune",
    "AppendQuoteRuneToASCII",
    "AppendQuoteRuneToGraphic",
]

IntSize = 64

ErrRange = _GoError("value out of range")
ErrSyntax = _GoError("invalid syntax")


class NumError:
    """Go's ``*strconv.NumError``."""

    __slots__ = ("Func", "Num", "Err")

    def __init__(self, Func: str = "", Num: str = "", Err=None):
        self.Func = Func
        self.Num = Num
        self.Err = Err

    def Error(self) -> str:
        return "strconv." + self.Func + ": parsing " + Quote(self.Num) + ": " + self.Err.Error()

    def Unwrap(self):
        return self.Err

    __str__ = Error

    def __repr__(self) -> str:
        return f"NumError({self.Func!r}, {self.Num!r}, {self.Err!r})"


def _syntax(fn, s):
    return NumError(fn, s, ErrSyntax)


def _range(fn, s):
    return NumError(fn, s, ErrRange)


def _panic(msg):
    raise _GoPanic(_GoError(msg))


def _byte(c) -> int:
    return ord(c) if isinstance(c, str) else c


# --------------------------------------------------------------------------- Unicode classes

# Runs of code points for which Go's strconv.IsPrint is true (Unicode 17.0):
# pairs "gap.length" in base 36, gap from the end of the previous run + 1,
# length = last - first.
_PRINT_TABLE = """
w.2m y.b 1.jt 2.5 4.6 1.0 1.j 1.b0 1.11 2.1d 2.2 1.1i 8.q 4.5 h.l 1.5b 1.1b
2.1m 2.2s e.1m 2.1c 2.e 1.r 2.0 1.a 5.v 7.22 1.4g 1.7 2.1 2.l 1.6 1.0 3.3
2.8 2.1 2.3 8.0 4.1 1.4 2.o 2.2 1.5 4.1 2.l 1.6 1.1 1.1 1.1 2.0 1.4 4.1 2.2
3.0 7.3 1.0 7.g a.2 1.8 1.2 1.l 1.6 1.1 1.4 2.9 1.2 1.2 2.0 f.3 2.b 7.6 1.2
1.7 2.1 2.l 1.6 1.1 1.4 2.8 2.1 2.2 7.2 4.1 1.4 2.h a.1 1.5 3.2 1.3 3.1 1.0
1.1 3.1 3.2 3.b 4.4 3.2 1.3 2.0 6.0 e.k 5.c 1.2 1.m 1.f 2.8 1.2 1.3 7.1 1.2
1.1 2.3 2.9 7.l 1.2 1.m 1.9 1.4 2.8 1.2 1.3 7.1 5.2 1.3 2.9 1.2 c.c 1.2 1.1e
1.2 1.5 4.f 2.p 1.2 1.h 3.n 1.8 1.0 2.6 3.0 4.5 1.0 1.7 6.9 2.2 c.1l 4.s
11.1 1.0 1.4 1.n 1.0 1.m 2.4 1.0 1.6 1.9 2.3 w.1z 1.z 4.12 1.z 1.e 1.c 11.5h
1.0 5.0 2.ag 1.3 2.6 1.0 1.3 2.14 1.3 2.w 1.3 2.6 1.0 1.3 2.e 1.1k 1.3 2.1u
2.v 3.p 6.2d 2.5 2.hr 1.r 3.2g 7.l 9.n 9.j c.c 1.2 1.1 c.2l 2.9 6.9 6.d 1.a
6.2g 7.16 5.1x a.u 1.b 4.b 4.0 3.15 2.4 b.17 4.p 6.a 3.1p 2.1s 1.s 2.a 6.9
6.d 2.19 2.b k.24 1.4l 8.1n 3.e 3.1p 5.16 2.a 8.16 5.et 2.5 2.11 2.5 2.7 1.0
1.0 1.0 1.u 2.1g 1.e 1.d 2.5 1.i 2.2 1.8 h.n 8.1a h.1 2.q 1.c 3.x e.w f.3v
4.ih m.a l.1eb 2.al 5.18 1.0 5.0 2.1j 7.1 e.n 9.6 1.6 1.6 1.6 1.6 1.6 1.6
1.6 1.3h y.p 1.2g c.5x q.f 1.1q 1.2d 2.2u 5.16 1.2l 1.2d 9.1b 1.mlo 3.1i
9.9n k.53 8.64 k.1n 3.9 6.1j 8.1x 8.b 6.37 b.t 3.25 1.a 4.w 1.1i 9.d 2.9
2.2u o.r a.5 2.5 2.5 9.6 1.6 1.1n 4.3h 2.9 6.8mb c.m 4.1c 6is.a5 2.2x 12.6
c.4 5.p 1.4 1.0 1.1 1.1 1.i1 w.15 6.1e 1.i 1.3 4.4 1.3q 4.59 3.5 2.5 2.5 2.2
3.6 1.6 d.1 2.b 1.p 1.i 1.1 1.e 2.d y.3e 5.2 4.18 3.2f 1.c 3.0 1b.19 3m.s
3.1c f.r 4.z 9.t 5.16 5.t 1.10 4.d 16.4d 2.9 6.z 4.z 4.13 8.1f b.b 1.e 1.6
1.1 1.a 1.e 1.6 1.1 3.1f c.8m 9.l a.7 o.5 1.15 1.8 1x.5 2.0 1.17 1.1 3.0 2.m
1.1z 8.8 1c.i 1.1 5.w 3.q 5.q 12.1j 4.j 2.1d 1.1 5.7 1.2 1.s 2.2 4.9 7.8
7.1r w.12 4.b 9.1h 3.s 2.q 5.p 7.3 c.6 28.20 1j.1e d.1e 7.19 8.9 6.11 3.s
8.1 5s.u 1.15 1.2 2.1 g.5 8.8 x.19 8.15 m.p 12.r k.m 9.25 4.z 9.1p 1.4 d.o
7.9 6.1g 1.h 8.12 9.2n 1.j b.h 1.1a 1q.6 1.0 1.3 1.e 1.a 6.1m 5.9 6.3 1.7
2.1 2.l 1.6 1.1 1.4 1.9 2.1 2.2 2.0 6.0 5.6 2.6 3.4 b.9 1.0 2.0 1.11 1.9 1.0
2.0 1.3 1.9 1.1 8.1 t.2j 1.4 u.1z 8.9 4m.1h 2.11 y.1w b.9 6.c j.1l 6.9 6.j
s.q 2.e 4.m 55.1n 2s.2a c.7 2.0 2.7 1.1 1.t 1.1 2.b 9.9 1y.7 2.19 2.a r.1z
8.2a d.20 7.9 2e.7 2g.x e.9 6.8 1.18 1.d a.s 3.v 2.l 1.d 21.6 1.1 1.17 3.0
1.1 1.8 8.9 6.5 1.1 1.10 1.1 1.5 7.9 6.17 4.9 6u.o 7.g 1.14 3.s 2d.0 f.1d
d.pm 2u.32 1.4 b.5f 218.2q d.tr g.l a.32y 5.g6 5a1.1l 1c6.fs 7.u 1.9 4.28
1.9 6.t 2.5 a.1x a.9 1.6 1.k 5.i c0.1l 5i.2i 5.o 2.o 18.22 4.1k 7.g 1s.4 b.6
9.5p1 15.v 2p.36 6pp.3 1.6 1.1 1.82 f.0 t.2 2.0 e.3 8.az 1s4.2y 5.c 3.8 7.9
2.3 31c.70 3.c3 6.m f.g f.19 2.m 9.37 1o.6t a.12 2.21 8.33 l.1x 3e.j c.j
c.2e 9.o 3r.2c 1.1y 1.1 2.0 2.1 2.3 1.b 1.0 1.6 1.1s 1.3 2.7 1.6 1.r 1.3 1.4
1.0 3.6 1.9f 2.83 2.jh f.4 1.e uo.u 6.5 5x.6 1.g 2.6 1.1 1.4 5.1p x.0 34.18
3.d 2.9 4.1 8w.u h.1l 5.0 cw.15 5y.16 4.0 5c.u 1.l 8.1 68.6 1.3 1.1 1.e 1.5g
2.f 15.23 4.9 4.1 lt.1v 24.1o 5e.3 1.q 1.1 1.0 2.0 1.9 1.3 1.0 1.0 6.0 4.0
1.0 1.0 1.2 1.1 1.0 2.0 1.0 1.0 1.0 1.0 1.1 1.0 2.3 1.6 1.3 1.3 1.0 1.9 1.g
5.2 1.4 1.g 1g.1 7i.17 4.2r c.e 2.e 1.e 1.10 a.4t 1k.s d.17 4.8 7.1 e.5
4a.rc 3.g 3.c 3.61 6.b 4.0 f.b 4.1j 8.9 6.13 8.t 2.b 4.1 e.8 13.9j 8.d 2.c
3.a 3.1k 1.0 4.f 2.b 4.9 7.42 1.2u sl.wyn w.3dp 2.4gd 2.5rk f.h9 1wi.f1
15u.3t6 5.6jt f62u.6n
"""


def _load_print():
    starts, ends = [], []
    prev = 0
    for part in _PRINT_TABLE.split():
        gap, _, ln = part.partition(".")
        a = prev + int(gap, 36)
        b = a + int(ln, 36)
        starts.append(a)
        ends.append(b)
        prev = b + 1
    return starts, ends


_PRINT_STARTS, _PRINT_ENDS = _load_print()
# Graphic but not printable: the space separators other than U+0020.
_GRAPHIC_EXTRA = frozenset([0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000])


def IsPrint(r: int) -> bool:
    if r < 0x100:
        return 0x20 <= r <= 0x7E or (0xA1 <= r <= 0xFF and r != 0xAD)
    i = _bisect_right(_PRINT_STARTS, r) - 1
    return i >= 0 and r <= _PRINT_ENDS[i]


def IsGraphic(r: int) -> bool:
    return IsPrint(r) or r in _GRAPHIC_EXTRA


# --------------------------------------------------------------------------- integers

_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _format_bits(u: int, base: int) -> str:
    if base == 10:
        return str(u)
    if base == 16:
        return format(u, "x")
    if base == 2:
        return format(u, "b")
    if base == 8:
        return format(u, "o")
    if u == 0:
        return "0"
    out = []
    while u:
        u, d = divmod(u, base)
        out.append(_DIGITS[d])
    return "".join(reversed(out))


def FormatInt(i: int, base: int) -> str:
    if base < 2 or base > 36:
        _panic("strconv: illegal AppendInt/FormatInt base")
    if i < 0:
        return "-" + _format_bits(-i, base)
    return _format_bits(i, base)


def FormatUint(i: int, base: int) -> str:
    if base < 2 or base > 36:
        _panic("strconv: illegal AppendInt/FormatInt base")
    return _format_bits(i, base)


def Itoa(i: int) -> str:
    return str(i)


def _lower(c: str) -> str:
    return chr(ord(c) | 0x20)


def _underscore_ok(s: str) -> bool:
    saw = "^"
    i = 0
    if s and s[0] in "+-":
        s = s[1:]
    hexa = False
    if len(s) >= 2 and s[0] == "0" and s[1] in "bBoOxX":
        i = 2
        saw = "0"
        hexa = s[1] in "xX"
    n = len(s)
    while i < n:
        c = s[i]
        if "0" <= c <= "9" or (hexa and c in "abcdefABCDEF"):
            saw = "0"
        elif c == "_":
            if saw != "0":
                return False
            saw = "_"
        else:
            if saw == "_":
                return False
            saw = "!"
        i += 1
    return saw != "_"


_E_BASE = object()
_E_BITSIZE = object()
_MAXU64 = (1 << 64) - 1


def _parse_uint(s: str, base: int, bit_size: int):
    """(value, err) with err one of None, ErrSyntax, ErrRange, _E_BASE, _E_BITSIZE."""
    if s == "":
        return 0, ErrSyntax
    base0 = base == 0
    s0 = s
    if 2 <= base <= 36:
        pass
    elif base == 0:
        base = 10
        if s[0] == "0":
            if len(s) >= 3 and s[1] in "bB":
                base, s = 2, s[2:]
            elif len(s) >= 3 and s[1] in "oO":
                base, s = 8, s[2:]
            elif len(s) >= 3 and s[1] in "xX":
                base, s = 16, s[2:]
            else:
                base, s = 8, s[1:]
    else:
        return 0, _E_BASE
    if bit_size == 0:
        bit_size = IntSize
    elif bit_size < 0 or bit_size > 64:
        return 0, _E_BITSIZE
    max_val = (1 << bit_size) - 1
    if base == 10 and len(s) < 19 and s.isascii() and s.isdigit():
        n = int(s)
        if n > max_val:
            return max_val, ErrRange
        return n, None
    cutoff = _MAXU64 // base + 1
    underscores = False
    n = 0
    for c in s:
        if c == "_" and base0:
            underscores = True
            continue
        if "0" <= c <= "9":
            d = ord(c) - 48
        elif "a" <= c <= "z" or "A" <= c <= "Z":
            d = (ord(c) | 0x20) - 87
        else:
            return 0, ErrSyntax
        if d >= base:
            return 0, ErrSyntax
        if n >= cutoff:
            return max_val, ErrRange
        n = n * base + d
        if n > max_val:
            return max_val, ErrRange
    if underscores and not _underscore_ok(s0):
        return 0, ErrSyntax
    return n, None


def _num_error(fn, s, base, bit_size, err):
    if err is _E_BASE:
        return NumError(fn, s, _GoError("invalid base " + str(base)))
    if err is _E_BITSIZE:
        return NumError(fn, s, _GoError("invalid bit size " + str(bit_size)))
    return NumError(fn, s, err)


def ParseUint(s: str, base: int, bitSize: int):
    n, err = _parse_uint(s, base, bitSize)
    if err is not None:
        return n, _num_error("ParseUint", s, base, bitSize, err)
    return n, None


def _parse_int(s: str, base: int, bit_size: int):
    if s == "":
        return 0, ErrSyntax
    t = s
    neg = False
    if t[0] == "+":
        t = t[1:]
    elif t[0] == "-":
        t = t[1:]
        neg = True
    un, err = _parse_uint(t, base, bit_size)
    if err is not None and err is not ErrRange:
        return 0, err
    if bit_size == 0:
        bit_size = IntSize
    cutoff = 1 << (bit_size - 1)
    if not neg and un >= cutoff:
        return cutoff - 1, ErrRange
    if neg and un > cutoff:
        return -cutoff, ErrRange
    return (-un if neg else un), None


def ParseInt(s: str, base: int, bitSize: int):
    n, err = _parse_int(s, base, bitSize)
    if err is not None:
        return n, _num_error("ParseInt", s, base, bitSize, err)
    return n, None


def Atoi(s: str):
    n = len(s)
    if 0 < n < 19 and s.isascii():
        t = s[1:] if s[0] in "+-" else s
        if t.isdigit():
            v = int(t)
            return (-v if s[0] == "-" else v), None
        return 0, _syntax("Atoi", s)
    v, err = _parse_int(s, 10, 0)
    if err is not None:
        return v, _num_error("Atoi", s, 10, 0, err)
    return v, None


# --------------------------------------------------------------------------- bools


def ParseBool(str_: str):
    if str_ in ("1", "t", "T", "true", "TRUE", "True"):
        return True, None
    if str_ in ("0", "f", "F", "false", "FALSE", "False"):
        return False, None
    return False, _syntax("ParseBool", str_)


def FormatBool(b: bool) -> str:
    return "true" if b else "false"


# --------------------------------------------------------------------------- float bits

_pack_d = _struct.Struct("<d").pack
_unpack_d = _struct.Struct("<d").unpack
_pack_q = _struct.Struct("<Q").pack
_unpack_q = _struct.Struct("<Q").unpack
_pack_f = _struct.Struct("<f").pack
_unpack_f = _struct.Struct("<f").unpack
_pack_i = _struct.Struct("<I").pack
_unpack_i = _struct.Struct("<I").unpack


def _f64bits(x: float) -> int:
    return _unpack_q(_pack_d(x))[0]


def _f64frombits(b: int) -> float:
    return _unpack_d(_pack_q(b))[0]


def _f32bits(x: float) -> int:
    return _unpack_i(_pack_f(x))[0]


def _f32frombits(b: int) -> float:
    return _unpack_f(_pack_i(b))[0]


def to_float32(x: float) -> float:
    """Go's ``float32(x)``: ``x`` rounded to the nearest float32 (as a Python float)."""
    try:
        return _unpack_f(_pack_f(x))[0]
    except OverflowError:
        return _math.copysign(_math.inf, x)


def _round_rational(num: int, den: int, mant_bits: int, bias: int, exp_bits: int):
    """The float nearest num/den (> 0), rounding half to even, as (bits, overflow),
    for the IEEE format with ``mant_bits`` fraction bits."""
    min_exp = bias + 1 - mant_bits  # exponent of the smallest denormal's unit
    # choose e so that num/den / 2^e has mant_bits+1 integer bits
    e = num.bit_length() - den.bit_length() - (mant_bits + 1)
    while True:
        if e >= 0:
            n, d = num, den << e
        else:
            n, d = num << -e, den
        if n >= d << (mant_bits + 1):
            e += 1
        elif n < d << mant_bits:
            e -= 1
        else:
            break
    if e < min_exp:
        e = min_exp
    if e >= 0:
        n, d = num, den << e
    else:
        n, d = num << -e, den
    q, r = divmod(n, d)
    if 2 * r > d or (2 * r == d and q & 1):
        q += 1
    if q == 1 << (mant_bits + 1):
        q >>= 1
        e += 1
    if q < 1 << mant_bits:  # denormal or zero
        biased = 0
    else:
        biased = e + mant_bits - bias
        q -= 1 << mant_bits
    if biased >= (1 << exp_bits) - 1:
        return ((1 << exp_bits) - 1) << mant_bits, True
    return (biased << mant_bits) | q, False


# --------------------------------------------------------------------------- FormatFloat


def _digits_shortest64(x: float):
    """Shortest decimal digits (no trailing zeros) and decimal point position of x > 0."""
    r = repr(x)
    mant, _, ex = r.partition("e")
    ip, _, fp = mant.partition(".")
    d = ip + fp
    dp = len(ip) + (int(ex) if ex else 0)
    stripped = d.lstrip("0")
    dp -= len(d) - len(stripped)
    return stripped.rstrip("0"), dp


def _digits_shortest32(x: float):
    """Shortest digits that read back as the float32 x > 0, closest to x
    among those (no trailing zeros), and the decimal point position."""
    bits = _f32bits(x)
    ex = (bits >> 23) & 0xFF
    m = bits & 0x7FFFFF
    if ex == 0:
        e = -149
    else:
        m |= 1 << 23
        e = ex - 150
    # x = m * 2^e; x and the bounds of its rounding interval in units of 2^(e-2)
    X = 4 * m
    U = X + 2
    L = X - (1 if (m == 1 << 23 and ex > 1) else 2)
    inclusive = m % 2 == 0
    if e >= 2:
        mul, den = 1 << (e - 2), 1
    else:
        mul, den = 1, 1 << (2 - e)
    k = int(_math.floor(_math.log10(x))) + 1
    while True:
        if k >= 0:
            scale, dd = mul, den * 10**k
        else:
            scale, dd = mul * 10**-k, den
        lo, r = divmod(L * scale, dd)
        if r or not inclusive:
            lo += 1
        hi, r = divmod(U * scale, dd)
        if r == 0 and not inclusive:
            hi -= 1
        if lo <= hi:
            d, r = divmod(X * scale, dd)
            if 2 * r > dd or (2 * r == dd and d & 1):
                d += 1
            d = min(max(d, lo), hi)
            s = str(d)
            return s.rstrip("0"), len(s) + k
        k -= 1


def _digits_prec(ax: float, n: int):
    """ax > 0 rounded to n significant digits: (digits without trailing zeros, dp)."""
    r = format(ax, ".%de" % (n - 1))
    mant, _, ex = r.partition("e")
    d = mant.replace(".", "")
    return d.rstrip("0"), int(ex) + 1


def _fmt_e(neg: bool, d: str, dp: int, prec: int, ch: str) -> str:
    nd = len(d)
    out = ["-" if neg else "", d[0] if nd else "0"]
    if prec > 0:
        out.append(".")
        frac = d[1 : prec + 1]
        out.append(frac)
        out.append("0" * (prec - len(frac)))
    exp = dp - 1 if nd else 0
    out.append(ch)
    if exp < 0:
        out.append("-")
        exp = -exp
    else:
        out.append("+")
    out.append("%02d" % exp)
    return "".join(out)


def _fmt_f(neg: bool, d: str, dp: int, prec: int) -> str:
    nd = len(d)
    out = ["-" if neg else ""]
    if dp > 0:
        m = min(nd, dp)
        out.append(d[:m])
        out.append("0" * (dp - m))
    else:
        out.append("0")
    if prec > 0:
        out.append(".")
        lz = min(prec, max(0, -dp))
        off = dp + lz
        m = min(prec - lz, max(0, nd - off))
        out.append("0" * lz)
        out.append(d[off : off + m])
        out.append("0" * max(0, prec - lz - m))
    return "".join(out)


def _fmt_efg(neg, d, dp, prec, fmt, shortest):
    nd = len(d)
    if fmt in "gG":
        eprec = prec
        if eprec > nd and nd >= dp:
            eprec = nd
        if shortest:
            eprec = 6
        exp = dp - 1
        if exp < -4 or exp >= eprec:
            if prec > nd:
                prec = nd
            return _fmt_e(neg, d, dp, prec - 1, "e" if fmt == "g" else "E")
        if prec > dp:
            prec = nd
        return _fmt_f(neg, d, dp, max(prec - dp, 0))
    if fmt in "eE":
        return _fmt_e(neg, d, dp, prec, fmt)
    return _fmt_f(neg, d, dp, prec)


def _fmt_b(neg: bool, mant: int, exp: int) -> str:
    return ("-" if neg else "") + str(mant) + "p" + ("+" if exp >= 0 else "") + str(exp)


def _fmt_x(prec: int, fmt: str, neg: bool, mant: int, exp: int, mant_bits: int) -> str:
    if mant == 0:
        exp = 0
    mant <<= 60 - mant_bits
    while mant != 0 and mant & (1 << 60) == 0:
        mant <<= 1
        exp -= 1
    if 0 <= prec < 15:
        shift = prec * 4
        extra = (mant << shift) & ((1 << 60) - 1)
        mant >>= 60 - shift
        if extra | (mant & 1) > 1 << 59:
            mant += 1
        mant <<= 60 - shift
        if mant & (1 << 61):
            mant >>= 1
            exp += 1
    hexd = "0123456789ABCDEF" if fmt == "X" else "0123456789abcdef"
    out = ["-" if neg else "", "0", fmt, "1" if (mant >> 60) & 1 else "0"]
    mant = (mant << 4) & ((1 << 64) - 1)
    if prec < 0 and mant != 0:
        out.append(".")
        while mant != 0:
            out.append(hexd[(mant >> 60) & 15])
            mant = (mant << 4) & ((1 << 64) - 1)
    elif prec > 0:
        out.append(".")
        for _ in range(prec):
            out.append(hexd[(mant >> 60) & 15])
            mant = (mant << 4) & ((1 << 64) - 1)
    out.append("P" if fmt == "X" else "p")
    if exp < 0:
        out.append("-")
        exp = -exp
    else:
        out.append("+")
    out.append("%02d" % exp)
    return "".join(out)


def format_float(f: float, fmt: str, prec: int, bit_size: int) -> str:
    """``FormatFloat`` with ``fmt`` as a one-character str."""
    if bit_size == 32:
        f = to_float32(f)
        bits = _f32bits(f)
        exp_bits, mant_bits, bias = 8, 23, -127
    elif bit_size == 64:
        bits = _f64bits(f)
        exp_bits, mant_bits, bias = 11, 52, -1023
    else:
        _panic("strconv: illegal FormatFloat bitSize")
    neg = bits >> (exp_bits + mant_bits) != 0
    exp = (bits >> mant_bits) & ((1 << exp_bits) - 1)
    mant = bits & ((1 << mant_bits) - 1)
    if exp == (1 << exp_bits) - 1:
        if mant:
            return "NaN"
        return "-Inf" if neg else "+Inf"
    if exp == 0:
        exp += 1
    else:
        mant |= 1 << mant_bits
    exp += bias
    if fmt == "b":
        return _fmt_b(neg, mant, exp - mant_bits)
    if fmt == "x" or fmt == "X":
        return _fmt_x(prec, fmt, neg, mant, exp, mant_bits)
    if fmt not in ("e", "E", "f", "g", "G"):
        return "%" + fmt
    ax = -f if neg else f
    if mant == 0:
        return _fmt_efg(neg, "", 0, prec, fmt, prec < 0)
    if prec < 0:
        d, dp = _digits_shortest32(ax) if bit_size == 32 else _digits_shortest64(ax)
        nd = len(d)
        if fmt in "eE":
            prec = max(nd - 1, 0)
        elif fmt == "f":
            prec = max(nd - dp, 0)
        else:
            prec = nd
        return _fmt_efg(neg, d, dp, prec, fmt, True)
    if fmt == "f":
        s = format(ax, ".%df" % prec)
        return "-" + s if neg else s
    if fmt in "eE":
        d, dp = _digits_prec(ax, prec + 1)
        return _fmt_e(neg, d, dp, prec, fmt)
    if prec == 0:
        prec = 1
    d, dp = _digits_prec(ax, prec)
    return _fmt_efg(neg, d, dp, prec, fmt, False)


def FormatFloat(f: float, fmt, prec: int, bitSize: int) -> str:
    return format_float(f, chr(fmt) if isinstance(fmt, int) else fmt, prec, bitSize)


def FormatComplex(c: complex, fmt, prec: int, bitSize: int) -> str:
    if bitSize != 64 and bitSize != 128:
        _panic("invalid bitSize")
    bitSize >>= 1
    c = complex(c)
    im = FormatFloat(c.imag, fmt, prec, bitSize)
    if im[0] not in "+-":
        im = "+" + im
    return "(" + FormatFloat(c.real, fmt, prec, bitSize) + im + "i)"


# --------------------------------------------------------------------------- ParseFloat

_GO_NAN = _struct.unpack("<d", _struct.pack("<Q", 0x7FF8000000000001))[0]  # Go's math.NaN()


def _special(s: str):
    """(value, n) for an inf/nan prefix of s, or None."""
    if not s:
        return None
    sign = 1.0
    nsign = 0
    c = s[0]
    if c in "+-":
        if c == "-":
            sign = -1.0
        nsign = 1
        t = s[1:]
        kind = "i"
    elif c in "iI":
        t = s
        kind = "i"
    elif c in "nN":
        if s[:3].lower() == "nan":
            return _GO_NAN, 3
        return None
    else:
        return None
    low = t[:8].lower()
    n = 0
    for a, b in zip(low, "infinity"):
        if a != b:
            break
        n += 1
    if 3 < n < 8:
        n = 3
    if n == 3 or n == 8:
        return _math.copysign(_math.inf, sign), nsign + n
    return None


def _read_float(s: str):
    """Go's readFloat: (digits, dp_shift, neg, hexa, n, ok) where the value is
    int(digits, base) * base^exp10 (decimal) or * 2^exp2 (hex); n the length read."""
    i = 0
    ln = len(s)
    neg = False
    underscores = False
    if i < ln and s[i] in "+-":
        neg = s[i] == "-"
        i += 1
    hexa = False
    if i + 2 < ln and s[i] == "0" and s[i + 1] in "xX":
        hexa = True
        i += 2
    sawdot = False
    sawdigits = False
    digits = []
    nd = 0
    dp = 0
    while i < ln:
        c = s[i]
        if c == "_":
            underscores = True
        elif c == ".":
            if sawdot:
                break
            sawdot = True
            dp = nd
        elif "0" <= c <= "9" or (hexa and c in "abcdefABCDEF"):
            sawdigits = True
            if c == "0" and nd == 0:
                dp -= 1
            else:
                nd += 1
                digits.append(c)
        else:
            break
        i += 1
    if not sawdigits:
        return None
    if not sawdot:
        dp = nd
    if hexa:
        dp *= 4
    expc = "pP" if hexa else "eE"
    if i < ln and s[i] in expc:
        i += 1
        if i >= ln:
            return None
        esign = 1
        if s[i] in "+-":
            if s[i] == "-":
                esign = -1
            i += 1
        if i >= ln or not "0" <= s[i] <= "9":
            return None
        e = 0
        while i < ln and ("0" <= s[i] <= "9" or s[i] == "_"):
            if s[i] == "_":
                underscores = True
            elif e < 10000:
                e = e * 10 + ord(s[i]) - 48
            i += 1
        dp += e * esign
    elif hexa:
        return None
    if underscores and not _underscore_ok(s[:i]):
        return None
    return "".join(digits), dp, neg, hexa, i


def _parse_float_prefix(s: str, bit_size: int):
    """(value, n, err) like Go's parseFloatPrefix (err ErrSyntax or ErrRange)."""
    sp = _special(s)
    if sp is not None:
        if bit_size == 32 and sp[0] != sp[0]:
            return _math.nan, sp[1], None
        return sp[0], sp[1], None
    r = _read_float(s)
    if r is None:
        return 0.0, 0, ErrSyntax
    digits, dp, neg, hexa, n = r
    sign = -1.0 if neg else 1.0
    if not digits:
        return _math.copysign(0.0, sign), n, None
    if hexa:
        mant = int(digits, 16)
        e2 = dp - 4 * len(digits)
        if e2 >= 0:
            num, den = mant << e2, 1
        else:
            num, den = mant, 1 << -e2
    else:
        nd = len(digits)
        if bit_size == 64:
            v = float(digits + "e" + str(dp - nd))
            if v == _math.inf:
                return sign * _math.inf, n, ErrRange
            return sign * v, n, None
        if dp > 40:
            return sign * _math.inf, n, ErrRange
        if dp < -50:
            return sign * 0.0, n, None
        if nd > 800:  # enough for exact rounding; a sticky digit keeps the rest
            digits = digits[:800] + ("1" if digits[800:].strip("0") else "")
            nd = len(digits)
        mant = int(digits)
        e10 = dp - nd
        if e10 >= 0:
            num, den = mant * 10**e10, 1
        else:
            num, den = mant, 10**-e10
    if bit_size == 32:
        if num.bit_length() - den.bit_length() > 200:
            return sign * _math.inf, n, ErrRange
        if den.bit_length() - num.bit_length() > 200:
            return sign * 0.0, n, None
        bits, ovf = _round_rational(num, den, 23, -127, 8)
        v = _f32frombits(bits)
    else:
        if num.bit_length() - den.bit_length() > 1100:
            return sign * _math.inf, n, ErrRange
        if den.bit_length() - num.bit_length() > 1100:
            return sign * 0.0, n, None
        bits, ovf = _round_rational(num, den, 52, -1023, 11)
        v = _f64frombits(bits)
    return sign * v, n, (ErrRange if ovf else None)


def ParseFloat(s: str, bitSize: int):
    size = 32 if bitSize == 32 else 64
    v, n, err = _parse_float_prefix(s, size)
    if n != len(s) and (err is None or err is not ErrSyntax):
        return 0.0, _syntax("ParseFloat", s)
    if err is not None:
        return v, NumError("ParseFloat", s, err)
    return v, None


def ParseComplex(s: str, bitSize: int):
    orig = s
    size = 32 if bitSize == 64 else 64
    if len(s) >= 2 and s[0] == "(" and s[-1] == ")":
        s = s[1:-1]
    pending = None
    re_, n, err = _parse_float_prefix(s, size)
    if err is not None:
        if err is not ErrRange:
            return 0j, _syntax("ParseComplex", orig)
        pending = err
    s = s[n:]
    if not s:
        return complex(re_, 0.0), (NumError("ParseComplex", orig, pending) if pending else None)
    c = s[0]
    if c == "+":
        if len(s) > 1 and s[1] != "+":
            s = s[1:]
    elif c == "-":
        pass
    elif c == "i" and len(s) == 1:
        return complex(0.0, re_), (NumError("ParseComplex", orig, pending) if pending else None)
    else:
        return 0j, _syntax("ParseComplex", orig)
    im, n, err = _parse_float_prefix(s, size)
    if err is not None:
        if err is not ErrRange:
            return 0j, _syntax("ParseComplex", orig)
        pending = err
    s = s[n:]
    if s != "i":
        return 0j, _syntax("ParseComplex", orig)
    return complex(re_, im), (NumError("ParseComplex", orig, pending) if pending else None)


# --------------------------------------------------------------------------- quoting

_ESC = {7: "\\a", 8: "\\b", 12: "\\f", 10: "\\n", 13: "\\r", 9: "\\t", 11: "\\v"}


def _escape_rune(r: int, quote: int, mode: int) -> str:
    """Go's appendEscapedRune; mode 0 = IsPrint, 1 = ASCII only, 2 = IsGraphic."""
    if r == quote or r == 0x5C:
        return "\\" + chr(r)
    if mode == 1:
        if r < 0x80 and IsPrint(r):
            return chr(r)
    elif mode == 2:
        if IsGraphic(r):
            return chr(r)
    elif IsPrint(r):
        return chr(r)
    e = _ESC.get(r)
    if e is not None:
        return e
    if r < 0x20 or r == 0x7F:
        return "\\x%02x" % r
    if not (0 <= r < 0xD800 or 0xDFFF < r <= 0x10FFFF):
        r = 0xFFFD
    if r < 0x10000:
        return "\\u%04x" % r
    return "\\U%08x" % r


def _quote_with(s: str, quote: int, mode: int) -> str:
    q = chr(quote)
    if s.isascii() and s.isprintable() and q not in s and "\\" not in s:
        return q + s + q
    s = _normalize(s)
    out = [q]
    for ch in s:
        r = ord(ch)
        if 0x20 <= r < 0x7F and r != quote and r != 0x5C:
            out.append(ch)
        elif 0xD800 <= r <= 0xDFFF:
            out.append("\\x%02x" % (r - 0xDC00 if r >= 0xDC80 else 0xFF))
        else:
            out.append(_escape_rune(r, quote, mode))
    out.append(q)
    return "".join(out)


def _quote_rune_with(r: int, quote: int, mode: int) -> str:
    if not (0 <= r < 0xD800 or 0xDFFF < r <= 0x10FFFF):
        r = 0xFFFD
    q = chr(quote)
    return q + _escape_rune(r, quote, mode) + q


def Quote(s: str) -> str:
    return _quote_with(s, 0x22, 0)


def QuoteToASCII(s: str) -> str:
    return _quote_with(s, 0x22, 1)


def QuoteToGraphic(s: str) -> str:
    return _quote_with(s, 0x22, 2)


def QuoteRune(r: int) -> str:
    return _quote_rune_with(r, 0x27, 0)


def QuoteRuneToASCII(r: int) -> str:
    return _quote_rune_with(r, 0x27, 1)


def QuoteRuneToGraphic(r: int) -> str:
    return _quote_rune_with(r, 0x27, 2)


def CanBackquote(s: str) -> bool:
    if s.isascii():
        for ch in s:
            if (ch < " " and ch != "\t") or ch == "`" or ch == "\x7f":
                return False
        return True
    for ch in _normalize(s):
        r = ord(ch)
        if r >= 0x80:
            if r == 0xFEFF or 0xD800 <= r <= 0xDFFF:
                return False
            continue
        if (r < 0x20 and r != 9) or r == 0x60 or r == 0x7F:
            return False
    return True


def _unhex(c: str) -> int:
    if "0" <= c <= "9":
        return ord(c) - 48
    if "a" <= c <= "f":
        return ord(c) - 87
    if "A" <= c <= "F":
        return ord(c) - 55
    return -1


_SIMPLE_ESC = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 0x5C}


def _unquote_char(s: str, quote: int):
    """(value, multibyte, tail) or None for a syntax error; s normalized."""
    if not s:
        return None
    c = s[0]
    r = ord(c)
    if r == quote and (quote == 0x27 or quote == 0x22):
        return None
    if r >= 0x80:
        if 0xD800 <= r <= 0xDFFF:
            return 0xFFFD, True, s[1:]
        return r, True, s[1:]
    if c != "\\":
        return r, False, s[1:]
    if len(s) <= 1:
        return None
    c = s[1]
    s = s[2:]
    v = _SIMPLE_ESC.get(c)
    if v is not None:
        return v, False, s
    if c in "xuU":
        n = 2 if c == "x" else 4 if c == "u" else 8
        if len(s) < n:
            return None
        v = 0
        for j in range(n):
            x = _unhex(s[j])
            if x < 0:
                return None
            v = v << 4 | x
        s = s[n:]
        if c == "x":
            return v, False, s
        if not (0 <= v < 0xD800 or 0xDFFF < v <= 0x10FFFF):
            return None
        return v, True, s
    if "0" <= c <= "7":
        v = ord(c) - 48
        if len(s) < 2:
            return None
        for j in range(2):
            x = ord(s[j]) - 48
            if x < 0 or x > 7:
                return None
            v = (v << 3) | x
        s = s[2:]
        if v > 255:
            return None
        return v, False, s
    if c == "'" or c == '"':
        if ord(c) != quote:
            return None
        return ord(c), False, s
    return None


def UnquoteChar(s: str, quote):
    quote = _byte(quote)
    r = _unquote_char(_normalize(s), quote)
    if r is None:
        return 0, False, "", ErrSyntax
    v, mb, tail = r
    return v, mb, tail, None


def _unquote(s: str, unescape: bool):
    """(out, rest) or None for a syntax error; s normalized."""
    n = len(s)
    if n < 2:
        return None
    q = s[0]
    end = s.find(q, 1)
    if end < 0:
        return None
    end += 1
    if q == "`":
        if not unescape:
            out = s[:end]
        elif "\r" not in s[:end]:
            out = s[1 : end - 1]
        else:
            out = s[1 : end - 1].replace("\r", "")
        return out, s[end:]
    if q != '"' and q != "'":
        return None
    body = s[:end]
    if "\\" not in body and "\n" not in body:
        inner = s[1 : end - 1]
        if q == '"':
            valid = (
                not any(0xD800 <= ord(ch) <= 0xDFFF for ch in inner)
                if not inner.isascii()
                else True
            )
        else:
            valid = len(inner) == 1 and not 0xD800 <= ord(inner) <= 0xDFFF
        if valid:
            return (body if not unescape else inner), s[end:]
    quote = ord(q)
    rest = s[1:]
    buf = []
    while rest and rest[0] != q:
        if rest[0] == "\n":
            return None
        r = _unquote_char(rest, quote)
        if r is None:
            return None
        v, mb, rest2 = r
        if unescape:
            if v < 0x80 or not mb:
                buf.append(chr(v) if v < 0x80 else chr(0xDC00 + v))
            else:
                buf.append(chr(v))
        rest = rest2
        if q == "'":
            break
    if not (rest and rest[0] == q):
        return None
    rest = rest[1:]
    if not unescape:
        return s[: len(s) - len(rest)], rest
    return _normalize("".join(buf)), rest


def Unquote(s: str):
    r = _unquote(_normalize(s), True)
    if r is None or r[1]:
        return "", ErrSyntax
    return r[0], None


def QuotedPrefix(s: str):
    r = _unquote(_normalize(s), False)
    if r is None:
        return "", ErrSyntax
    return r[0], None


# -- Append*: the Format/Quote functions appending their bytes to a []byte


def _append(dst, s: str):
    from go2py.runtime.values import append_slice

    return append_slice(dst, s)


def AppendBool(dst, b: bool):
    return _append(dst, FormatBool(b))


def AppendInt(dst, i: int, base: int):
    return _append(dst, FormatInt(i, base))


def AppendUint(dst, i: int, base: int):
    return _append(dst, FormatUint(i, base))


def AppendFloat(dst, f: float, fmt, prec: int, bitSize: int):
    return _append(dst, FormatFloat(f, fmt, prec, bitSize))


def AppendQuote(dst, s: str):
    return _append(dst, Quote(s))


def AppendQuoteToASCII(dst, s: str):
    return _append(dst, QuoteToASCII(s))


def AppendQuoteToGraphic(dst, s: str):
    return _append(dst, QuoteToGraphic(s))


def AppendQuoteRune(dst, r: int):
    return _append(dst, QuoteRune(r))


def AppendQuoteRuneToASCII(dst, r: int):
    return _append(dst, QuoteRuneToASCII(r))


def AppendQuoteRuneToGraphic(dst, r: int):
    return _append(dst, QuoteRuneToGraphic(r))
