"""Formatting primitives of Go's fmt for scalar values.

``Flags`` holds one directive's flags, width and precision (``wid``/``prec``
are ``None`` when absent).  ``format_value(flags, verb, value, kind)`` formats
one scalar operand the way ``fmt.Printf`` does, where ``kind`` is the Go basic
kind of the operand (``"int"``, ``"int8"`` ... ``"uint64"``, ``"uintptr"``,
``"float32"``, ``"float64"``, ``"complex64"``, ``"complex128"``, ``"string"``,
``"bool"``) and ``type_name`` the type's name for the bad-verb form (a named
type prints as e.g. ``main.Celsius``).  Composite values are the caller's
business: it can call the per-kind functions (``fmt_integer``,
``fmt_float``...) for their elements.

``parse_spec("%-08.3f")`` builds the flags of a single directive as Printf
does (``%v`` moves ``#`` and ``+`` to ``sharpV``/``plusV``).

Widths count runes, as in Go.  Strings use go2py's representation (invalid
bytes as lone surrogates U+DC80..U+DCFF).
"""

from __future__ import annotations

from go2py.runtime.std.strconv import (
    CanBackquote,
    IsPrint,
    Quote,
    QuoteRune,
    QuoteRuneToASCII,
    QuoteToASCII,
    format_float,
)
from go2py.runtime.std.unicode_utf8 import _to_bytes
from go2py.runtime.std.unicode_utf8 import normalize as _normalize

__all__ = [
    "Flags",
    "parse_spec",
    "format_value",
    "quote_go",
    "fmt_integer",
    "fmt_float",
    "fmt_complex",
    "fmt_string",
    "fmt_bool",
    "bad_verb",
    "INT_KINDS",
    "FLOAT_KINDS",
    "COMPLEX_KINDS",
]

quote_go = Quote

_M64 = (1 << 64) - 1
_MAX_RUNE = 0x10FFFF

INT_KINDS = {
    "int": True,
    "int8": True,
    "int16": True,
    "int32": True,
    "int64": True,
    "rune": True,
    "uint": False,
    "uint8": False,
    "uint16": False,
    "uint32": False,
    "uint64": False,
    "uintptr": False,
    "byte": False,
}
FLOAT_KINDS = {"float32": 32, "float64": 64}
COMPLEX_KINDS = {"complex64": 64, "complex128": 128}

_LDIGITS = "0123456789abcdefx"
_UDIGITS = "0123456789ABCDEFX"


class Flags:
    """The flags, width and precision of one directive."""

    __slots__ = ("plus", "minus", "sharp", "space", "zero", "wid", "prec", "plusV", "sharpV")

    def __init__(
        self,
        plus=False,
        minus=False,
        sharp=False,
        space=False,
        zero=False,
        wid=None,
        prec=None,
        plusV=False,
        sharpV=False,
    ):
        self.plus = plus
        self.minus = minus
        self.sharp = sharp
        self.space = space
        self.zero = zero
        self.wid = wid
        self.prec = prec
        self.plusV = plusV
        self.sharpV = sharpV

    def copy(self) -> "Flags":
        return Flags(
            self.plus,
            self.minus,
            self.sharp,
            self.space,
            self.zero,
            self.wid,
            self.prec,
            self.plusV,
            self.sharpV,
        )

    def __repr__(self) -> str:
        return "Flags(%s)" % ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__slots__)


def parse_spec(spec: str):
    """``(Flags, verb)`` of a directive such as ``"%+-8.3f"`` (no ``*`` nor
    argument indexes)."""
    i = 1 if spec.startswith("%") else 0
    fl = Flags()
    n = len(spec)
    while i < n and spec[i] in "#0+- ":
        c = spec[i]
        if c == "#":
            fl.sharp = True
        elif c == "0":
            fl.zero = True
        elif c == "+":
            fl.plus = True
        elif c == "-":
            fl.minus = True
        else:
            fl.space = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    if i > j:
        fl.wid = int(spec[j:i])
    if i < n and spec[i] == ".":
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        fl.prec = int(spec[j:i]) if i > j else 0
    verb = spec[i:]
    if verb == "v":
        fl.sharpV, fl.sharp = fl.sharp, False
        fl.plusV, fl.plus = fl.plus, False
    return fl, verb


# --------------------------------------------------------------------------- padding


def _padding(fl: Flags, n: int, zero: bool) -> str:
    if n <= 0:
        return ""
    return ("0" if zero and not fl.minus else " ") * n


def _rune_count(s: str) -> int:
    if s.isascii():
        return len(s)
    return len(_normalize(s))


def _pad(fl: Flags, s: str, zero: bool | None = None) -> str:
    if not fl.wid:
        return s
    if zero is None:
        zero = fl.zero
    n = fl.wid - _rune_count(s)
    if n <= 0:
        return s
    p = _padding(fl, n, zero)
    return s + p if fl.minus else p + s


# --------------------------------------------------------------------------- integers


def _fmt_int_digits(fl: Flags, u: int, negative: bool, base: int, verb: str, digits: str) -> str:
    prec = 0
    if fl.prec is not None:
        prec = fl.prec
        if prec == 0 and u == 0:
            return _padding(fl, fl.wid or 0, False)
    elif fl.zero and not fl.minus and fl.wid is not None:
        prec = fl.wid
        if negative or fl.plus or fl.space:
            prec -= 1
    if base == 10:
        s = str(u)
    elif base == 16:
        s = format(u, "x" if digits is _LDIGITS else "X")
    elif base == 8:
        s = format(u, "o")
    else:
        s = format(u, "b")
    if prec > len(s):
        s = "0" * (prec - len(s)) + s
    if fl.sharp:
        if base == 2:
            s = "0b" + s
        elif base == 8:
            if s[0] != "0":
                s = "0" + s
        elif base == 16:
            s = "0" + digits[16] + s
    if verb == "O":
        s = "0o" + s
    if negative:
        s = "-" + s
    elif fl.plus:
        s = "+" + s
    elif fl.space:
        s = " " + s
    return _pad(fl, s, False)


def _fmt_c(fl: Flags, c: int) -> str:
    if c > _MAX_RUNE or 0xD800 <= c <= 0xDFFF:
        c = 0xFFFD
    return _pad(fl, chr(c))


def _fmt_qc(fl: Flags, c: int) -> str:
    if c > _MAX_RUNE:
        c = 0xFFFD
    return _pad(fl, QuoteRuneToASCII(c) if fl.plus else QuoteRune(c))


def _fmt_unicode(fl: Flags, u: int) -> str:
    prec = 4
    if fl.prec is not None and fl.prec > 4:
        prec = fl.prec
    s = format(u, "X")
    if len(s) < prec:
        s = "0" * (prec - len(s)) + s
    s = "U+" + s
    if fl.sharp and u <= _MAX_RUNE and IsPrint(u):
        s += " '" + chr(u) + "'"
    return _pad(fl, s, False)


def fmt_integer(fl: Flags, v: int, signed: bool, verb: str, type_name: str = "int") -> str:
    """An integer operand (``v`` within its type's range)."""
    u = v & _M64
    negative = signed and v < 0
    if verb == "v":
        if fl.sharpV and not signed:
            sub = fl.copy()
            sub.sharp = True
            return _fmt_int_digits(sub, u, False, 16, "v", _LDIGITS)
        return _fmt_int_digits(fl, -v if negative else u, negative, 10, verb, _LDIGITS)
    mag = -v if negative else u
    if verb == "d":
        return _fmt_int_digits(fl, mag, negative, 10, verb, _LDIGITS)
    if verb == "b":
        return _fmt_int_digits(fl, mag, negative, 2, verb, _LDIGITS)
    if verb == "o" or verb == "O":
        return _fmt_int_digits(fl, mag, negative, 8, verb, _LDIGITS)
    if verb == "x":
        return _fmt_int_digits(fl, mag, negative, 16, verb, _LDIGITS)
    if verb == "X":
        return _fmt_int_digits(fl, mag, negative, 16, verb, _UDIGITS)
    if verb == "c":
        return _fmt_c(fl, u)
    if verb == "q":
        return _fmt_qc(fl, u)
    if verb == "U":
        return _fmt_unicode(fl, u)
    return bad_verb(fl, verb, v, "int64" if signed else "uint64", type_name)


# --------------------------------------------------------------------------- floats


def _fast_float(x: float, verb: str, prec: int):
    """FormatFloat(x, verb, prec, 64) for the common cases (finite x: shortest
    %g, fixed-precision %f and %e), else None."""
    if x != x or x in (_FLOAT_INF, _FLOAT_NINF):
        return None
    if prec >= 0:
        if verb == "f" or verb == "e":
            return format(x, "." + str(prec) + verb)
        return None
    if verb != "g":
        return None
    if x == 0:
        return "-0" if str(x)[0] == "-" else "0"
    r = repr(x)
    sign = ""
    if r[0] == "-":
        sign, r = "-", r[1:]
    e = 0
    if "e" in r:
        r, es = r.split("e")
        e = int(es)
    ip, _, fp = r.partition(".")
    if fp == "0":
        fp = ""
    allds = ip + fp
    d = allds.lstrip("0")
    dp = len(ip) + e - (len(allds) - len(d))
    d = d.rstrip("0")
    nd = len(d)
    exp = dp - 1
    if exp < -4 or exp >= 6:
        m = d[0] + "." + d[1:] if nd > 1 else d
        return f"{sign}{m}e{'-' if exp < 0 else '+'}{abs(exp):02d}"
    if dp <= 0:
        return sign + "0." + "0" * (-dp) + d
    if dp >= nd:
        return sign + d + "0" * (dp - nd)
    return sign + d[:dp] + "." + d[dp:]




_FLOAT_INF = float("inf")
_FLOAT_NINF = float("-inf")


def fmt_float_prec(fl: Flags, v: float, size: int, verb: str, prec: int) -> str:
    """FormatFloat(v, verb, prec, size) with the flags, width and precision applied,
    as fmt's fmtFloat; shared by fmt's printer."""
    if fl.prec is not None:
        prec = fl.prec
    num = _fast_float(v, verb, prec) if size == 64 else None
    if num is None:
        num = format_float(v, verb, prec, size)
    if num[0] in "+-":
        sign = num[0]
        num = num[1:]
    else:
        sign = "+"
    if fl.space and sign == "+" and not fl.plus:
        sign = " "
    if num[0] == "I" or num[0] == "N":
        if num[0] == "N" and not fl.space and not fl.plus:
            return _pad(fl, num, False)
        return _pad(fl, sign + num, False)
    if fl.sharp and verb != "b":
        digits = 0
        if verb in ("v", "g", "G", "x"):
            digits = prec
            if digits == -1:
                digits = 6
        tail = ""
        has_point = False
        saw_nonzero = False
        i = 0
        n = len(num)
        while i < n:
            c = num[i]
            if c == ".":
                has_point = True
            elif c in "pP":
                tail = num[i:]
                num = num[:i]
                break
            elif c in "eE" and verb not in ("x", "X"):
                tail = num[i:]
                num = num[:i]
                break
            else:
                if c != "0":
                    saw_nonzero = True
                if saw_nonzero:
                    digits -= 1
            i += 1
        if not has_point:
            if num == "0":
                digits -= 1
            num += "."
        if digits > 0:
            num += "0" * digits
        num += tail
    if fl.plus or sign != "+":
        full = sign + num
        if fl.zero and not fl.minus and fl.wid is not None and fl.wid > len(full):
            return sign + "0" * (fl.wid - len(full)) + num
        return _pad(fl, full)
    return _pad(fl, num)


def fmt_float(fl: Flags, v: float, size: int, verb: str, type_name: str | None = None) -> str:
    """A float operand; ``size`` 32 or 64."""
    if verb == "v":
        return fmt_float_prec(fl, v, size, "g", -1)
    if verb in ("b", "g", "G", "x", "X"):
        return fmt_float_prec(fl, v, size, verb, -1)
    if verb in ("f", "e", "E"):
        return fmt_float_prec(fl, v, size, verb, 6)
    if verb == "F":
        return fmt_float_prec(fl, v, size, "f", 6)
    return bad_verb(fl, verb, v, "float%d" % size, type_name)


def fmt_complex(fl: Flags, v: complex, size: int, verb: str, type_name: str | None = None) -> str:
    """A complex operand; ``size`` 64 or 128."""
    if verb in ("v", "b", "g", "G", "x", "X", "f", "F", "e", "E"):
        v = complex(v)
        re_ = fmt_float(fl, v.real, size // 2, verb)
        sub = fl.copy()
        sub.plus = True
        return "(" + re_ + fmt_float(sub, v.imag, size // 2, verb) + "i)"
    return bad_verb(fl, verb, v, "complex%d" % size, type_name)


# --------------------------------------------------------------------------- strings, bools


def _truncate(fl: Flags, s: str) -> str:
    if fl.prec is not None:
        if not s.isascii():
            s = _normalize(s)
        return s[: fl.prec]
    return s


def _fmt_sx(fl: Flags, s: str, digits: str) -> str:
    b = _to_bytes(s) if not s.isascii() else s.encode("ascii")
    length = len(b)
    if fl.prec is not None and fl.prec < length:
        length = fl.prec
    width = 2 * length
    if width > 0:
        if fl.space:
            if fl.sharp:
                width *= 2
            width += length - 1
        elif fl.sharp:
            width += 2
    else:
        return _padding(fl, fl.wid, fl.zero) if fl.wid is not None else ""
    out = []
    if fl.wid is not None and fl.wid > width and not fl.minus:
        out.append(_padding(fl, fl.wid - width, fl.zero))
    pre = "0" + digits[16]
    if fl.sharp:
        out.append(pre)
    for i in range(length):
        if fl.space and i > 0:
            out.append(" ")
            if fl.sharp:
                out.append(pre)
        c = b[i]
        out.append(digits[c >> 4] + digits[c & 15])
    if fl.wid is not None and fl.wid > width and fl.minus:
        out.append(_padding(fl, fl.wid - width, fl.zero))
    return "".join(out)


def _fmt_q(fl: Flags, s: str) -> str:
    s = _truncate(fl, s)
    if fl.sharp and CanBackquote(s):
        return _pad(fl, "`" + s + "`")
    return _pad(fl, QuoteToASCII(s) if fl.plus else Quote(s))


def fmt_string(fl: Flags, v: str, verb: str, type_name: str = "string") -> str:
    if verb == "v":
        if fl.sharpV:
            return _fmt_q(fl, v)
        return _pad(fl, _truncate(fl, v))
    if verb == "s":
        return _pad(fl, _truncate(fl, v))
    if verb == "x":
        return _fmt_sx(fl, v, _LDIGITS)
    if verb == "X":
        return _fmt_sx(fl, v, _UDIGITS)
    if verb == "q":
        return _fmt_q(fl, v)
    return bad_verb(fl, verb, v, "string", type_name)


def fmt_bool(fl: Flags, v: bool, verb: str, type_name: str = "bool") -> str:
    if verb == "t" or verb == "v":
        return _pad(fl, "true" if v else "false")
    return bad_verb(fl, verb, v, "bool", type_name)


def bad_verb(fl: Flags, verb: str, v, kind: str, type_name: str | None = None) -> str:
    """``%!verb(type=value)``, the value printed with ``%v`` and the same flags."""
    return "%!" + verb + "(" + (type_name or kind) + "=" + format_value(fl, "v", v, kind) + ")"


# --------------------------------------------------------------------------- dispatch


def format_value(fl: Flags, verb: str, v, kind: str, type_name: str | None = None) -> str:
    """One scalar operand of Go basic kind ``kind`` formatted with ``%<flags><verb>``."""
    signed = INT_KINDS.get(kind)
    if signed is not None:
        return fmt_integer(fl, v, signed, verb, type_name or kind)
    size = FLOAT_KINDS.get(kind)
    if size is not None:
        return fmt_float(fl, v, size, verb, type_name or kind)
    size = COMPLEX_KINDS.get(kind)
    if size is not None:
        return fmt_complex(fl, v, size, verb, type_name or kind)
    if kind == "string":
        return fmt_string(fl, v, verb, type_name or kind)
    if kind == "bool":
        return fmt_bool(fl, v, verb, type_name or kind)
    raise TypeError("fmtcore: not a basic kind: %r" % kind)
