"""Exact Go constant values and constant arithmetic for the type checker.

This module owns everything the checker needs to know about *values* of Go
constants, modelled on Go's ``go/constant`` package and the representability
rules of ``go/types`` (``representableConst``):

* the :class:`Value` type and its six kinds (UNKNOWN, BOOL, STRING, INT, FLOAT,
  COMPLEX) and the factories ``make_*``;
* turning literal tokens into values (:func:`make_from_literal`), with the Go
  compiler's messages for malformed literals;
* arithmetic, shifts, comparisons and unary operators with Go's semantics
  (integer division and remainder truncate toward zero, ``^x`` on unsigned
  types is masked, untyped operands are matched to the larger kind);
* whether a value is representable by a basic type, and the value rounded to
  that type (:func:`representable`);
* how the compiler prints a constant in its messages (:func:`to_string`).

Representation (``Value.val``):

========  ====================================================================
BOOL      ``bool``
STRING    ``bytes`` (Go strings are byte strings; text is stored UTF-8 encoded)
INT       ``int``
FLOAT     ``fractions.Fraction``: exact while numerator and denominator have
          fewer than 4096 bits; beyond that, and for every result computed
          from such a value (``Value.approx``), rounded to 512 significant
          bits, exactly as go/constant switches from big.Rat to 512-bit
          big.Float
COMPLEX   ``(Fraction, Fraction)`` (each part as FLOAT); ``Value.int_parts``
          records which parts Go holds as integers (that only changes how they
          print: ``(1234567 + 1i)`` but ``(1.23457e+06 + 1i)`` for
          ``1234567.0 + 1i``)
UNKNOWN   ``None``
========  ====================================================================

``int_parts`` and ``approx`` take no part in equality or hashing.

A FLOAT value whose number is integral stays of kind FLOAT (as in Go: the
kind records how the value was made, e.g. ``2.0`` or ``4 / 2``); use
:func:`to_int` to turn it into an INT.

Deviations from ``go/constant``: a complex product or quotient of approximate
parts is rounded once rather than after every partial operation; float
literals whose decimal exponent exceeds ``10**6`` in magnitude, and products
and quotients whose binary exponent exceeds ``2**24`` in magnitude, give
UNKNOWN (too large) or zero (too small) where Go still has a 512-bit
approximation (Go's big.Float exponents reach 2**31; beyond that Go also gives
UNKNOWN, which the compiler reports as ``malformed constant: 1e1000000000`` for
a literal and ``constant result is not representable`` for an operation).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TypeAlias

__all__ = [
    "BOOL",
    "COMPLEX",
    "FLOAT",
    "INT",
    "KIND_NAMES",
    "SHIFT_BOUND",
    "STRING",
    "UNKNOWN",
    "UNTYPED_INT_PREC",
    "Value",
    "binary_op",
    "bit_len",
    "bool_val",
    "compare",
    "complex_val",
    "exact_string",
    "float32_val",
    "float64_val",
    "float_val",
    "go_format_float",
    "go_quote",
    "imag",
    "int_val",
    "is_int",
    "make_bool",
    "make_complex",
    "make_float",
    "make_from_literal",
    "make_imag",
    "make_int",
    "make_string",
    "make_unknown",
    "real",
    "representable",
    "round_float",
    "shift",
    "sign",
    "string_val",
    "string_value",
    "to_complex",
    "to_float",
    "to_int",
    "to_string",
    "unary_op",
]

# ---------------------------------------------------------------------------
# Kinds and values

UNKNOWN, BOOL, STRING, INT, FLOAT, COMPLEX = range(6)
KIND_NAMES = ("Unknown", "Bool", "String", "Int", "Float", "Complex")

#: Untyped integer constants may have at most this many bits (``bit_len``); beyond it
#: the compiler reports ``constant shift overflow`` (or ``constant addition overflow``,
#: ``subtraction``, ``multiplication``, ``bitwise XOR``, ``bitwise complement``; plain
#: ``constant overflow`` for other operations) and the value becomes UNKNOWN.
UNTYPED_INT_PREC = 512
#: The largest constant shift count; a larger one is ``invalid operation: invalid shift
#: count N``. An UNKNOWN result of an operation is ``constant result is not representable``.
SHIFT_BOUND = 1023 - 1 + 52

Payload: TypeAlias = None | bool | bytes | int | Fraction | tuple[Fraction, Fraction]


@dataclass(frozen=True, slots=True)
class Value:
    """An immutable, hashable Go constant value: a kind and its exact payload."""

    kind: int
    val: Payload = None
    int_parts: tuple[bool, bool] = field(default=(False, False), compare=False, hash=False)
    approx: bool = field(default=False, compare=False, hash=False)

    def __str__(self) -> str:
        return to_string(self)

    def __repr__(self) -> str:
        return f"Value({KIND_NAMES[self.kind]}, {exact_string(self)})"


_UNKNOWN = Value(UNKNOWN, None)
_ZERO = Fraction(0)


def _flt(q: Fraction, approx: bool = False) -> Value:
    """A FLOAT value; see `_norm` for when it is rounded to 512 bits and marked approximate."""
    r, approx = _norm(q, approx)
    return Value(FLOAT, r, approx=approx)


def _cplx(
    re: Fraction,
    im: Fraction,
    int_parts: tuple[bool, bool] = (False, False),
    approx: bool = False,
) -> Value:
    r, ra = _norm(re, approx)
    i, ia = _norm(im, approx)
    return Value(COMPLEX, (r, i), int_parts, ra or ia)


def make_unknown() -> Value:
    return _UNKNOWN


def make_bool(b: bool) -> Value:
    return Value(BOOL, bool(b))


def make_string(b: bytes | str) -> Value:
    """A STRING value from its bytes (a ``str`` is taken as text and UTF-8 encoded)."""
    if isinstance(b, str):
        b = b.encode("utf-8", "surrogateescape")
    return Value(STRING, bytes(b))


def make_int(i: int) -> Value:
    return Value(INT, int(i))


def make_float(f: Fraction | float) -> Value:
    """A FLOAT value; Python floats are taken exactly, infinities and NaN give UNKNOWN."""
    if isinstance(f, float) and not math.isfinite(f):
        return _UNKNOWN
    return _flt(Fraction(f))


def make_complex(re: Fraction | float, im: Fraction | float) -> Value:
    return _cplx(Fraction(re), Fraction(im))


def make_imag(v: Value) -> Value:
    """The COMPLEX value ``0 + v*i`` (``v`` numeric, not complex)."""
    if v.kind == UNKNOWN:
        return _UNKNOWN
    return _cplx(_ZERO, _real_part(v), (True, v.kind == INT), v.approx)


# ---------------------------------------------------------------------------
# Accessors


def bool_val(v: Value) -> bool:
    if v.kind != BOOL:
        raise TypeError(f"{v!r} not a Bool")
    return bool(v.val)


def string_val(v: Value) -> bytes:
    """The bytes of a STRING value."""
    if v.kind != STRING:
        raise TypeError(f"{v!r} not a String")
    assert isinstance(v.val, bytes)
    return v.val


string_value = string_val


def int_val(v: Value) -> int:
    """The exact integer of an INT value, or of an integral FLOAT/COMPLEX value."""
    i = to_int(v)
    if i.kind != INT:
        raise ValueError(f"{v!r} not an integer")
    assert isinstance(i.val, int)
    return i.val


def float_val(v: Value) -> Fraction:
    """The exact number of an INT or FLOAT value (or a COMPLEX one with zero imaginary part)."""
    f = to_float(v)
    if f.kind != FLOAT:
        raise ValueError(f"{v!r} not a real number")
    assert isinstance(f.val, Fraction)
    return f.val


def complex_val(v: Value) -> tuple[Fraction, Fraction]:
    c = to_complex(v)
    if c.kind != COMPLEX:
        raise ValueError(f"{v!r} not numeric")
    assert isinstance(c.val, tuple)
    return c.val


def float64_val(v: Value) -> float:
    """The nearest float64 (may be ``inf``; underflows to a signed zero)."""
    return _to_py_float(float_val(v), 53, -1022, 1023)


def float32_val(v: Value) -> float:
    """The nearest float32, as a Python float (may be ``inf``)."""
    return _to_py_float(float_val(v), 24, -126, 127)


def _to_py_float(q: Fraction, mbits: int, emin: int, emax: int) -> float:
    r = round_float(q, mbits, emin, emax)
    if r is None:
        return math.copysign(math.inf, q)
    return math.copysign(float(r), q) if r == 0 else float(r)


def _real_part(v: Value) -> Fraction:
    if v.kind == INT:
        assert isinstance(v.val, int)
        return Fraction(v.val)
    if v.kind == FLOAT:
        assert isinstance(v.val, Fraction)
        return v.val
    if v.kind == COMPLEX:
        assert isinstance(v.val, tuple)
        return v.val[0]
    raise TypeError(f"{v!r} not numeric")


def real(v: Value) -> Value:
    """The real part, of the kind Go's ``constant.Real`` gives (INT if Go holds it as one)."""
    if v.kind in (UNKNOWN, INT, FLOAT):
        return v
    if v.kind == COMPLEX:
        assert isinstance(v.val, tuple)
        if v.int_parts[0]:
            return Value(INT, v.val[0].numerator)
        return Value(FLOAT, v.val[0], approx=v.approx)
    raise TypeError(f"{v!r} not numeric")


def imag(v: Value) -> Value:
    if v.kind == UNKNOWN:
        return v
    if v.kind == INT:
        return Value(INT, 0)
    if v.kind == FLOAT:
        return Value(FLOAT, _ZERO)
    if v.kind == COMPLEX:
        assert isinstance(v.val, tuple)
        if v.int_parts[1]:
            return Value(INT, v.val[1].numerator)
        return Value(FLOAT, v.val[1], approx=v.approx)
    raise TypeError(f"{v!r} not numeric")


def is_int(v: Value) -> bool:
    """Whether ``v`` is an integer number (of any numeric kind)."""
    return to_int(v).kind == INT


def bit_len(v: Value) -> int:
    """The number of bits of ``abs(int)`` (Go's ``constant.BitLen``); the checker limits
    untyped integer constants to 512 bits ("constant ... overflow")."""
    if v.kind == UNKNOWN:
        return 0
    return abs(int_val(v)).bit_length()


# ---------------------------------------------------------------------------
# Conversions between numeric kinds


def to_int(v: Value) -> Value:
    """INT for an integral numeric value, else UNKNOWN (Go's ``constant.ToInt``)."""
    if v.kind == INT:
        return v
    if v.kind == FLOAT:
        assert isinstance(v.val, Fraction)
        q = v.val
        if not v.approx:
            if q.denominator == 1:
                return Value(INT, q.numerator)
        elif q == 0 or -_MAX_EXP < _log2_exp(q) < _MAX_EXP:
            # A 512-bit float: accept integers off by rounding errors in its last bits.
            for t in (
                q,
                _round_bits(q, _FLOAT_PREC - 4, False),
                _round_bits(q, _FLOAT_PREC - 4, True),
            ):
                if t.denominator == 1:
                    return Value(INT, t.numerator)
    elif v.kind == COMPLEX:
        re = to_float(v)
        if re.kind == FLOAT:
            return to_int(re)
    return _UNKNOWN


def to_float(v: Value) -> Value:
    """FLOAT for a real numeric value (COMPLEX only with zero imaginary part), else UNKNOWN."""
    if v.kind == INT:
        assert isinstance(v.val, int)
        return Value(FLOAT, Fraction(v.val))
    if v.kind == FLOAT:
        return v
    if v.kind == COMPLEX:
        assert isinstance(v.val, tuple)
        if v.val[1] == 0:
            return Value(FLOAT, v.val[0], approx=v.approx)
    return _UNKNOWN


def to_complex(v: Value) -> Value:
    """COMPLEX for any numeric value, else UNKNOWN."""
    if v.kind in (INT, FLOAT):
        return _cplx(_real_part(v), _ZERO, (v.kind == INT, True), v.approx)
    if v.kind == COMPLEX:
        return v
    return _UNKNOWN


def sign(v: Value) -> int:
    """-1, 0 or 1; for COMPLEX 0 iff both parts are zero, else 1 (as ``constant.Sign``);
    UNKNOWN gives 1 (as Go, to avoid follow-up division-by-zero errors)."""
    if v.kind == INT:
        assert isinstance(v.val, int)
        return (v.val > 0) - (v.val < 0)
    if v.kind == FLOAT:
        assert isinstance(v.val, Fraction)
        return (v.val > 0) - (v.val < 0)
    if v.kind == COMPLEX:
        assert isinstance(v.val, tuple)
        return 0 if v.val[0] == 0 and v.val[1] == 0 else 1
    if v.kind == UNKNOWN:
        return 1
    raise TypeError(f"{v!r} not numeric")


# ---------------------------------------------------------------------------
# Operators


def _match(x: Value, y: Value) -> tuple[Value, Value]:
    """Bring two numeric operands to the larger of their kinds (INT < FLOAT < COMPLEX)."""
    if (
        x.kind == y.kind
        or x.kind not in (INT, FLOAT, COMPLEX)
        or y.kind
        not in (
            INT,
            FLOAT,
            COMPLEX,
        )
    ):
        return x, y
    conv = {FLOAT: to_float, COMPLEX: to_complex}
    if x.kind < y.kind:
        return conv[y.kind](x), y
    return x, conv[x.kind](y)


_MIN_INT64 = -(1 << 63)
_MAX_EXP = 4096  # go/constant's maxExp: larger fractions become 512-bit floats
_FLOAT_PREC = 512


_EXP_LIMIT = 1 << 24  # binary exponents beyond this overflow (UNKNOWN) or underflow (0)


def _mag(q: Fraction) -> int:
    """About log2 of ``|q|`` (within one); 0 for zero."""
    if not q:
        return 0
    return q.numerator.bit_length() - q.denominator.bit_length()


def _norm(q: Fraction, approx: bool = False) -> tuple[Fraction, bool]:
    """A float result as go/constant holds it, and whether it is approximate.

    Exact (a fraction) while its numerator and denominator have fewer than 4096
    bits and no operand was approximate; otherwise rounded to 512 significant
    bits, as go/constant then computes with big.Floats of that precision (each
    operation correctly rounded, which rounding the exact result once gives too).
    This also keeps huge constants cheap.
    """
    if not approx and (
        q.numerator.bit_length() < _MAX_EXP and q.denominator.bit_length() < _MAX_EXP
    ):
        return q, False
    r = round_float(q, _FLOAT_PREC, None, None)
    assert r is not None
    return r, True


def _round_bits(q: Fraction, bits: int, away: bool) -> Fraction:
    """``q`` rounded to ``bits`` significant bits toward zero or away from zero."""
    if q == 0:
        return q
    n, d = abs(q.numerator), q.denominator
    sh = _log2_exp(q) - bits  # |q| / 2**sh has `bits` integer bits
    num, den = (n, d << sh) if sh >= 0 else (n << -sh, d)
    m, r = divmod(num, den)
    if away and r:
        m += 1
    res = Fraction(m << sh) if sh >= 0 else Fraction(m, 1 << -sh)
    return res if q > 0 else -res


def _literal_float(q: Fraction) -> Fraction:
    """A float literal's value: exact when go/constant's smallFloat holds (binary exponent
    within +-4096), else rounded to 512 bits as go/constant does."""
    if q == 0 or -_MAX_EXP < _log2_exp(q) < _MAX_EXP:
        return q
    r = round_float(q, _FLOAT_PREC, None, None)
    assert r is not None
    return r


def _log2_exp(q: Fraction) -> int:
    """The exponent ``e`` with ``2**(e-1) <= |q| < 2**e`` (as big.Float.MantExp)."""
    n, d = abs(q.numerator), q.denominator
    e = n.bit_length() - d.bit_length()  # 2**(e-1) < |q| < 2**(e+1)
    if e >= 0:
        if n >= d << e:
            e += 1
    elif n << -e >= d:
        e += 1
    return e


def _trunc_div(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _trunc_rem(a: int, b: int) -> int:
    return a - b * _trunc_div(a, b)


def binary_op(x: Value, op: str, y: Value, *, int_div: bool = False) -> Value:
    """``x op y`` for op in ``+ - * / % & | ^ &^ && ||`` (and ``quo_int``).

    Numeric operands are first matched to the larger kind. ``/`` on two INT
    values is exact rational division giving a FLOAT (as Go's ``token.QUO``),
    unless ``int_div=True`` or ``op == "quo_int"``, which truncate toward zero
    (Go's ``token.QUO_ASSIGN``, used by the checker for integer-typed operands).
    ``%`` truncates (the result has the sign of the dividend). As in Go,
    ``-1<<63 / -1`` with integer division is ``-1<<63`` (go/constant computes
    int64-sized operands in int64 arithmetic). ``+`` also
    concatenates strings. Division or remainder by zero raises
    ``ZeroDivisionError`` (the checker reports ``invalid operation: division by
    zero``). An UNKNOWN operand gives UNKNOWN. Mismatched operands raise
    ``TypeError``.
    """
    if x.kind == UNKNOWN or y.kind == UNKNOWN:
        return _UNKNOWN
    if op == "quo_int":
        op, int_div = "/", True
    x, y = _match(x, y)
    if x.kind != y.kind:
        raise TypeError(f"mismatched operands {x!r} {op} {y!r}")
    k = x.kind
    a, b = x.val, y.val
    if k == BOOL:
        if op == "&&":
            return Value(BOOL, bool(a and b))
        if op == "||":
            return Value(BOOL, bool(a or b))
    elif k == STRING:
        if op == "+":
            assert isinstance(a, bytes) and isinstance(b, bytes)
            return Value(STRING, a + b)
    elif k == INT:
        assert isinstance(a, int) and isinstance(b, int)
        if op == "+":
            return Value(INT, a + b)
        if op == "-":
            return Value(INT, a - b)
        if op == "*":
            return Value(INT, a * b)
        if op == "/":
            if b == 0:
                raise ZeroDivisionError("division by zero")
            if int_div:
                if a == _MIN_INT64 and b == -1:
                    # go/constant divides int64-sized values in int64 arithmetic, which
                    # wraps here; the compiler (and so Go) gives -1<<63, not 1<<63.
                    return Value(INT, a)
                return Value(INT, _trunc_div(a, b))
            return _flt(Fraction(a, b))
        if op == "%":
            if b == 0:
                raise ZeroDivisionError("division by zero")
            return Value(INT, _trunc_rem(a, b))
        if op == "&":
            return Value(INT, a & b)
        if op == "|":
            return Value(INT, a | b)
        if op == "^":
            return Value(INT, a ^ b)
        if op == "&^":
            return Value(INT, a & ~b)
    elif k == FLOAT:
        assert isinstance(a, Fraction) and isinstance(b, Fraction)
        approx = x.approx or y.approx
        if op in ("*", "/") and a and b:
            e = _mag(a) + _mag(b) if op == "*" else _mag(a) - _mag(b)
            if e > _EXP_LIMIT:
                return _UNKNOWN  # Go: overflow to infinity, "constant result is not representable"
            if e < -_EXP_LIMIT:
                return Value(FLOAT, _ZERO, approx=True)  # underflow
        if op == "+":
            return _flt(a + b, approx)
        if op == "-":
            return _flt(a - b, approx)
        if op == "*":
            return _flt(a * b, approx)
        if op == "/":
            if b == 0:
                raise ZeroDivisionError("division by zero")
            return _flt(a / b, approx)
    elif k == COMPLEX:
        assert isinstance(a, tuple) and isinstance(b, tuple)
        (ar, ai), (br, bi) = a, b
        (xr, xi), (yr, yi) = x.int_parts, y.int_parts
        approx = x.approx or y.approx
        if op in ("*", "/"):
            ma = max(_mag(ar), _mag(ai))
            mb = max(_mag(br), _mag(bi))
            if abs(ma) > _EXP_LIMIT // 2 or abs(mb) > _EXP_LIMIT // 2:
                e = ma + mb if op == "*" else ma - mb
                if e > _EXP_LIMIT or ma > _EXP_LIMIT or mb > _EXP_LIMIT:
                    return _UNKNOWN
                if e < -_EXP_LIMIT:
                    return Value(COMPLEX, (_ZERO, _ZERO), approx=True)
        if op == "+":
            return _cplx(ar + br, ai + bi, (xr and yr, xi and yi), approx)
        if op == "-":
            return _cplx(ar - br, ai - bi, (xr and yr, xi and yi), approx)
        if op == "*":
            ints = xr and xi and yr and yi
            return _cplx(ar * br - ai * bi, ar * bi + ai * br, (ints, ints), approx)
        if op == "/":
            d = br * br + bi * bi
            if d == 0:
                raise ZeroDivisionError("division by zero")
            return _cplx((ar * br + ai * bi) / d, (ai * br - ar * bi) / d, approx=approx)
    raise TypeError(f"invalid binary operation {x!r} {op} {y!r}")


def shift(x: Value, op: str, s: int) -> Value:
    """``x << s`` or ``x >> s`` (arithmetic, rounding toward minus infinity) for an INT
    (or integral numeric) ``x`` and a count ``s >= 0``."""
    if x.kind == UNKNOWN:
        return _UNKNOWN
    if s < 0:
        raise ValueError("negative shift count")
    i = int_val(x)
    if op == "<<":
        return Value(INT, i << s)
    if op == ">>":
        return Value(INT, i >> s)
    raise TypeError(f"invalid shift {op}")


_CMP = {
    "==": lambda c: c == 0,
    "!=": lambda c: c != 0,
    "<": lambda c: c < 0,
    "<=": lambda c: c <= 0,
    ">": lambda c: c > 0,
    ">=": lambda c: c >= 0,
}


def compare(x: Value, op: str, y: Value) -> bool:
    """``x op y`` for op in ``== != < <= > >=``. Strings compare bytewise, complex and
    bool values only for (in)equality. An UNKNOWN operand gives False."""
    if x.kind == UNKNOWN or y.kind == UNKNOWN:
        return False
    x, y = _match(x, y)
    if x.kind != y.kind or op not in _CMP:
        raise TypeError(f"invalid comparison {x!r} {op} {y!r}")
    a, b = x.val, y.val
    if x.kind in (BOOL, COMPLEX):
        if op == "==":
            return a == b
        if op == "!=":
            return a != b
        raise TypeError(f"invalid comparison {x!r} {op} {y!r}")
    c = (a > b) - (a < b)  # type: ignore[operator]
    return bool(_CMP[op](c))


def unary_op(op: str, y: Value, prec: int = 0) -> Value:
    """``op y`` for op in ``+ - ^ !``.

    For ``^`` a ``prec > 0`` means the operand has an unsigned type of that many
    bits, and the result is masked to it (``^uint8(1)`` is 254); with ``prec == 0``
    ``^x`` is ``-x - 1``.
    """
    if y.kind == UNKNOWN:
        return _UNKNOWN
    if op == "+" and y.kind in (INT, FLOAT, COMPLEX):
        return y
    if op == "-":
        if y.kind == INT:
            assert isinstance(y.val, int)
            return Value(INT, -y.val)
        if y.kind == FLOAT:
            assert isinstance(y.val, Fraction)
            return Value(FLOAT, -y.val, approx=y.approx)
        if y.kind == COMPLEX:
            assert isinstance(y.val, tuple)
            return _cplx(-y.val[0], -y.val[1], y.int_parts, y.approx)
    if op == "^" and y.kind == INT:
        assert isinstance(y.val, int)
        r = ~y.val
        if prec > 0:
            r &= (1 << prec) - 1
        return Value(INT, r)
    if op == "!" and y.kind == BOOL:
        return Value(BOOL, not y.val)
    raise TypeError(f"invalid unary operation {op}{y!r}")


# ---------------------------------------------------------------------------
# Representability

_INT_RANGES: dict[str, tuple[int, int]] = {
    "int8": (-(1 << 7), (1 << 7) - 1),
    "int16": (-(1 << 15), (1 << 15) - 1),
    "int32": (-(1 << 31), (1 << 31) - 1),
    "rune": (-(1 << 31), (1 << 31) - 1),
    "int64": (-(1 << 63), (1 << 63) - 1),
    "int": (-(1 << 63), (1 << 63) - 1),
    "uint8": (0, (1 << 8) - 1),
    "byte": (0, (1 << 8) - 1),
    "uint16": (0, (1 << 16) - 1),
    "uint32": (0, (1 << 32) - 1),
    "uint64": (0, (1 << 64) - 1),
    "uint": (0, (1 << 64) - 1),
    "uintptr": (0, (1 << 64) - 1),
}
_UNTYPED_INTS = ("untyped int", "untyped rune")
# (mantissa bits including the implicit one, minimum normal exponent, maximum exponent)
_FLOAT_FORMATS: dict[str, tuple[int, int, int]] = {
    "float32": (24, -126, 127),
    "float64": (53, -1022, 1023),
    "complex64": (24, -126, 127),
    "complex128": (53, -1022, 1023),
}
_NUMERIC_TYPES = frozenset(
    [*_INT_RANGES, *_UNTYPED_INTS, *_FLOAT_FORMATS, "untyped float", "untyped complex"]
)


def round_float(q: Fraction, mbits: int, emin: int | None, emax: int | None) -> Fraction | None:
    """``q`` rounded to the nearest binary float with ``mbits`` significant bits, normal
    exponents ``emin..emax`` and gradual underflow (ties to even), as an exact Fraction;
    None if it rounds to infinity. A None bound means an unbounded exponent."""
    if q == 0:
        return _ZERO
    neg = q < 0
    n, d = abs(q.numerator), q.denominator
    e = n.bit_length() - d.bit_length()  # 2**e <= |q| < 2**(e+2)
    if (n << max(0, -e)) < (d << max(0, e)):
        e -= 1  # now 2**e <= |q| < 2**(e+1)
    if emin is not None:
        e = max(e, emin)
    shift_ = e - (mbits - 1)  # |q| / 2**shift_ is the scaled mantissa
    if shift_ >= 0:
        num, den = n, d << shift_
    else:
        num, den = n << -shift_, d
    m, r = divmod(num, den)
    if 2 * r > den or (2 * r == den and m & 1):
        m += 1
    if shift_ >= 0:
        res = Fraction(m << shift_)
    else:
        res = Fraction(m, 1 << -shift_)
    if emax is not None and res >= Fraction(1 << (emax + 1)):
        return None
    return -res if neg else res


def representable(
    v: Value, kind_name: str, *, from_integer: bool | None = None
) -> tuple[bool, Value | None, str | None]:
    """Whether constant ``v`` is representable by the basic type ``kind_name``.

    ``kind_name`` is a Go basic type name (``bool``, ``string``, ``int`` ...
    ``uintptr``, ``byte``, ``rune``, ``float32``, ``float64``, ``complex64``,
    ``complex128``) or an untyped kind (``untyped bool``, ``untyped string``,
    ``untyped int``, ``untyped rune``, ``untyped float``, ``untyped complex``);
    ``int``, ``uint`` and ``uintptr`` have 64 bits.

    Returns ``(ok, rounded, reason)``. ``rounded`` is the value as it is stored
    for that type: INT for integer types, FLOAT rounded to float32/float64 (an
    exact Fraction of the IEEE value) for float types, COMPLEX with both parts
    rounded for complex types, ``v`` itself otherwise; it is None when not ok.
    A float that rounds to infinity is not representable. UNKNOWN is always
    representable (to avoid follow-up errors).

    ``reason`` follows ``go/types``: when both the value and the target are
    numeric, ``"truncated"`` if the value is not of an integer type and the
    target is an integer type, else ``"overflows"``. Whether the value "is of an
    integer type" is taken from its kind (INT) unless ``from_integer`` says
    otherwise (the checker knows the operand's type: ``float64(3)`` used as an
    int is still "truncated"). ``reason`` is None when ok or when the mismatch
    is not numeric (e.g. an int constant for a string).

    How the Go compiler words the failures (``go build``):

    * assignment, variable declaration, argument, return ...:
      ``cannot use 300 (untyped int constant) as byte value in assignment (overflows)``,
      ``cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)``,
      ``cannot use 1 (untyped int constant) as string value in variable declaration``
      (no reason when not numeric);
    * conversion ``T(c)`` of an integer constant to an integer type:
      ``constant 300 overflows byte``; any other failed constant conversion:
      ``cannot convert 1.5 (untyped float constant) to type int`` (also for
      ``float64(1e400)``: ``cannot convert 1e400 (untyped float constant 1e+400) to type float64``);
    * implicit conversion of an untyped operand in a binary operation, index,
      ``make`` size or shift count: ``1.5 (untyped float constant) truncated to uint8``,
      ``300 (untyped int constant) overflows uint8``,
      ``1 << 70 (untyped int constant 1180591620717411303424) overflows int``;
    * a typed constant result out of range:
      ``c + 1 (constant 256 of type uint8) overflows uint8``.
    """
    if v.kind == UNKNOWN:
        return True, v, None
    numeric_value = v.kind in (INT, FLOAT, COMPLEX)
    src_int = (v.kind == INT) if from_integer is None else from_integer

    def fail() -> tuple[bool, Value | None, str | None]:
        if numeric_value and kind_name in _NUMERIC_TYPES:
            target_int = kind_name in _INT_RANGES or kind_name in _UNTYPED_INTS
            return False, None, ("truncated" if not src_int and target_int else "overflows")
        return False, None, None

    if kind_name in _INT_RANGES or kind_name in _UNTYPED_INTS:
        i = to_int(v)
        if i.kind != INT:
            return fail()
        if kind_name in _UNTYPED_INTS:
            return True, i, None
        lo, hi = _INT_RANGES[kind_name]
        assert isinstance(i.val, int)
        if lo <= i.val <= hi:
            return True, i, None
        return fail()
    if kind_name in ("float32", "float64", "untyped float"):
        f = to_float(v)
        if f.kind != FLOAT:
            return fail()
        if kind_name == "untyped float":
            return True, f, None
        assert isinstance(f.val, Fraction)
        r = round_float(f.val, *_FLOAT_FORMATS[kind_name])
        if r is None:
            return fail()
        return True, Value(FLOAT, r), None
    if kind_name in ("complex64", "complex128", "untyped complex"):
        c = to_complex(v)
        if c.kind != COMPLEX:
            return fail()
        if kind_name == "untyped complex":
            return True, c, None
        assert isinstance(c.val, tuple)
        fmt = _FLOAT_FORMATS[kind_name]
        re = round_float(c.val[0], *fmt)
        im = round_float(c.val[1], *fmt)
        if re is None or im is None:
            return fail()
        return True, Value(COMPLEX, (re, im)), None
    if kind_name in ("string", "untyped string"):
        return (True, v, None) if v.kind == STRING else fail()
    if kind_name in ("bool", "untyped bool"):
        return (True, v, None) if v.kind == BOOL else fail()
    raise ValueError(f"unknown basic type {kind_name!r}")


# ---------------------------------------------------------------------------
# Literals

_BASE_NAMES = {2: "binary", 8: "octal", 10: "decimal", 16: "hexadecimal"}
_MAX_EXP10 = 10**6  # larger literal exponents: see the module docstring


def _digit_value(c: str) -> int:
    if "0" <= c <= "9":
        return ord(c) - 48
    c = c.lower()
    if "a" <= c <= "f":
        return ord(c) - 87
    return 99


def _invalid_sep(lit: str) -> int:
    """Index of the first '_' not separating successive digits, else -1 (as Go's scanner)."""
    x1 = " "  # prefix char; ' ' = none yet, '0' = digit or prefix seen
    d = "."  # digit class: '_' underscore, '0' digit, '.' anything else
    i = 0
    if len(lit) >= 2 and lit[0] == "0":
        x1 = lit[1].lower()
        if x1 in "xob":
            d = "0"
            i = 2
    while i < len(lit):
        p = d
        d = lit[i]
        if d == "_":
            if p != "0":
                return i
        elif d.isdigit() or (x1 == "x" and d.lower() in "abcdef"):
            d = "0"
        else:
            if p == "_":
                return i - 1
            d = "."
        i += 1
    if d == "_":
        return len(lit) - 1
    return -1


def _parse_number(lit: str) -> tuple[str, Fraction | int | None]:
    """Scan a numeric literal as Go's scanner does: its token kind and value, or raise
    ValueError with the compiler's message. The value is None when Go gives UNKNOWN."""
    n = len(lit)
    i = 0
    kind = "INT"
    base = 10
    prefix = ""
    has_digit = False
    invalid = -1
    digits = []  # mantissa digits (values), without separators
    frac_digits = 0

    def scan_digits(b: int, frac: bool) -> None:
        nonlocal i, has_digit, invalid, frac_digits
        while i < n:
            c = lit[i]
            if c == "_":
                i += 1
                continue
            dv = _digit_value(c)
            if b <= 10:
                if dv > 9:
                    break
                if dv >= b and invalid < 0:
                    invalid = i
            elif dv >= 16:
                break
            digits.append(dv)
            has_digit = True
            if frac:
                frac_digits += 1
            i += 1

    if n and lit[0] == "0" and n > 1 and lit[1].lower() in "xob":
        prefix = lit[1].lower()
        base = {"x": 16, "o": 8, "b": 2}[prefix]
        i = 2
    elif n and lit[0] == "0":
        prefix, base = "0", 8
    if lit[i : i + 1] != ".":
        scan_digits(base, False)
    seen_point = False
    if i < n and lit[i] == ".":
        if prefix in ("o", "b"):
            raise ValueError(f"invalid radix point in {_BASE_NAMES[base]} literal")
        seen_point = True
        i += 1
        kind = "FLOAT"
        scan_digits(base, True)
    if not has_digit:
        raise ValueError(f"{_BASE_NAMES[base]} literal has no digits")
    exp = 0
    has_exp = False
    if i < n and lit[i].lower() in "ep":
        e = lit[i]
        if e.lower() == "e" and prefix not in ("", "0"):
            raise ValueError(f"'{e}' exponent requires decimal mantissa")
        if e.lower() == "p" and prefix != "x":
            raise ValueError(f"'{e}' exponent requires hexadecimal mantissa")
        i += 1
        kind = "FLOAT"
        has_exp = True
        neg = False
        if i < n and lit[i] in "+-":
            neg = lit[i] == "-"
            i += 1
        j = i
        while i < n and (lit[i].isdigit() or lit[i] == "_"):
            i += 1
        ds = lit[j:i].replace("_", "")
        if not ds:
            raise ValueError("exponent has no digits")
        exp = -int(ds) if neg else int(ds)
    elif prefix == "x" and kind == "FLOAT":
        raise ValueError("hexadecimal mantissa requires a 'p' exponent")
    if i < n and lit[i] == "i":
        kind = "IMAG"
        i += 1
    if i != n:
        raise ValueError(f"invalid character {lit[i]!r} in numeric literal {lit!r}")
    if kind == "INT" and invalid >= 0:
        raise ValueError(f"invalid digit {lit[invalid]!r} in {_BASE_NAMES[base]} literal")
    if "_" in lit and _invalid_sep(lit) >= 0:
        raise ValueError("'_' must separate successive digits")

    # Value. A legacy-octal prefix ("0") only means octal for integers: 0777 is
    # octal, 0777.5 and 0777e1 and 0777i are decimal.
    if kind != "INT" and prefix == "0":
        base = 10
    mant = 0
    for dv in digits:
        mant = mant * base + dv
    if kind == "INT" or (kind == "IMAG" and not seen_point and not has_exp and prefix != "0"):
        if kind == "INT":
            return kind, mant
        return kind, Fraction(mant)
    if base == 16:
        e2 = exp - 4 * frac_digits
        if abs(e2) > 4 * _MAX_EXP10:
            return kind, (None if e2 > 0 and mant else _ZERO)
        return kind, _literal_float(Fraction(mant) * (Fraction(2) ** e2))
    if base in (2, 8):  # 0b/0o imaginary literals: integer mantissa, no point or exponent
        return kind, Fraction(mant)
    e10 = exp - frac_digits
    if abs(e10) > _MAX_EXP10:
        return kind, (None if e10 > 0 and mant else _ZERO)
    return kind, _literal_float(Fraction(mant) * (Fraction(10) ** e10))


_SIMPLE_ESCAPES = {
    "a": 7,
    "b": 8,
    "f": 12,
    "n": 10,
    "r": 13,
    "t": 9,
    "v": 11,
    "\\": 92,
    "'": 39,
    '"': 34,
}


def _unquote_body(body: str, quote: str) -> list[tuple[bool, int]]:
    """Decode the inside of a rune or interpreted string literal into items
    ``(is_byte, value)``: raw bytes from ``\\x``/octal escapes, code points otherwise."""
    out: list[tuple[bool, int]] = []
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c != "\\":
            out.append((False, ord(c)))
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("escape sequence not terminated")
        c = body[i]
        if c in _SIMPLE_ESCAPES and (c not in "'\"" or c == quote):
            out.append((False, _SIMPLE_ESCAPES[c]))
            i += 1
            continue
        if c in "01234567":
            cnt, base, mx = 3, 8, 255
        elif c == "x":
            cnt, base, mx = 2, 16, 255
            i += 1
        elif c == "u":
            cnt, base, mx = 4, 16, 0x10FFFF
            i += 1
        elif c == "U":
            cnt, base, mx = 8, 16, 0x10FFFF
            i += 1
        else:
            raise ValueError("unknown escape")
        x = 0
        for _ in range(cnt):
            if i >= n:
                raise ValueError("escape sequence not terminated")
            dv = _digit_value(body[i])
            if dv >= base:
                raise ValueError(f"invalid character {body[i]!r} in {_BASE_NAMES[base]} escape")
            x = x * base + dv
            i += 1
        if base == 8 and x > mx:
            raise ValueError(f"octal escape value {x} > 255")
        if x > mx or 0xD800 <= x < 0xE000:
            raise ValueError(f"escape is invalid Unicode code point U+{x:04X}")
        out.append((mx == 255, x))
    return out


def _utf8(cp: int) -> bytes:
    if 0xDC80 <= cp <= 0xDCFF:  # a raw source byte (surrogateescape)
        return bytes([cp - 0xDC00])
    if cp > 0x10FFFF or 0xD800 <= cp < 0xE000:
        return "\ufffd".encode()
    return chr(cp).encode("utf-8")


def make_from_literal(lit: str | bytes, kind: str) -> Value:
    """The value of a literal token of kind ``INT``, ``FLOAT``, ``IMAG``, ``CHAR`` or ``STRING``.

    ``lit`` is the literal's source text (a ``str``; raw bytes that are not
    UTF-8 may be given surrogate-escaped, or pass ``bytes``). INT literals give
    INT, FLOAT give FLOAT, IMAG give COMPLEX, CHAR give INT (the code point),
    STRING give STRING (``\\x``/octal escapes make single bytes, ``\\u``/``\\U``
    and source characters are UTF-8 encoded; raw strings lose their carriage
    returns). Malformed literals raise ValueError with the Go compiler's message
    (``invalid digit '9' in octal literal``, ``unknown escape``,
    ``escape is invalid Unicode code point U+D800``, ``octal escape value 256 > 255``,
    ``more than one character in rune literal`` ...). A float literal too large
    for Go gives UNKNOWN (the compiler says ``malformed constant: LIT``).
    """
    if isinstance(lit, bytes):
        lit = lit.decode("utf-8", "surrogateescape")
    if kind in ("INT", "FLOAT", "IMAG"):
        k, val = _parse_number(lit)
        if k != kind:
            raise ValueError(f"{lit!r} is not a {kind} literal")
        if val is None:
            return _UNKNOWN
        if k == "INT":
            assert isinstance(val, int)
            return Value(INT, val)
        q = Fraction(val)
        approx = q != 0 and not -_MAX_EXP < _log2_exp(q) < _MAX_EXP  # a 512-bit float in Go
        if k == "FLOAT":
            return Value(FLOAT, q, approx=approx)
        return Value(COMPLEX, (_ZERO, q), (True, False), approx)
    if kind == "CHAR":
        if len(lit) < 2 or lit[0] != "'" or lit[-1] != "'":
            raise ValueError("rune literal not terminated")
        items = _unquote_body(lit[1:-1], "'")
        if not items:
            raise ValueError("empty rune literal or unescaped '")
        if len(items) > 1:
            raise ValueError("more than one character in rune literal")
        is_byte, cp = items[0]
        if not is_byte and 0xDC80 <= cp <= 0xDCFF:  # a stray non-UTF-8 source byte
            cp = 0xFFFD
        return Value(INT, cp)
    if kind == "STRING":
        if len(lit) >= 2 and lit[0] == lit[-1] == "`":
            return Value(STRING, lit[1:-1].replace("\r", "").encode("utf-8", "surrogateescape"))
        if len(lit) < 2 or lit[0] != '"' or lit[-1] != '"':
            raise ValueError("string literal not terminated")
        buf = bytearray()
        for is_byte, x in _unquote_body(lit[1:-1], '"'):
            if is_byte:
                buf.append(x)
            else:
                buf += _utf8(x)
        return Value(STRING, bytes(buf))
    raise ValueError(f"unknown literal kind {kind!r}")


# ---------------------------------------------------------------------------
# Printing


def _go_printable(c: str) -> bool:
    # Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and U+0020,
    # which is what Python's isprintable() accepts too.
    return c.isprintable()


def go_quote(b: bytes) -> str:
    """``strconv.Quote`` of a byte string."""
    out = ['"']
    text = b.decode("utf-8", "surrogateescape")
    for c in text:
        o = ord(c)
        if 0xDC80 <= o <= 0xDCFF:
            out.append(f"\\x{o - 0xDC00:02x}")
        elif c in ('"', "\\"):
            out.append("\\" + c)
        elif _go_printable(c):
            out.append(c)
        elif c in "\a\b\f\n\r\t\v":
            out.append("\\" + "abfnrtv"["\a\b\f\n\r\t\v".index(c)])
        elif o < 0x20 or o == 0x7F:
            out.append(f"\\x{o:02x}")
        elif o < 0x10000:
            out.append(f"\\u{o:04x}")
        else:
            out.append(f"\\U{o:08x}")
    out.append('"')
    return "".join(out)


def _shortest_digits(x: float) -> tuple[str, int]:
    """Shortest round-trip decimal digits of ``abs(x) > 0`` and the decimal point position
    (value = 0.DIGITS * 10**dp)."""
    s = repr(abs(x))
    mant, _, e = s.partition("e")
    ip, _, fp = mant.partition(".")
    if fp == "0":
        fp = ""
    digits = (ip + fp).lstrip("0")
    lead = len(ip + fp) - len((ip + fp).lstrip("0"))
    dp = len(ip) + (int(e) if e else 0) - lead
    digits = digits.rstrip("0") or "0"
    return digits, dp


def _rounded_digits(x: float, prec: int) -> tuple[str, int]:
    """``prec`` significant digits of ``abs(x) > 0`` (ties to even on the exact binary
    value), trailing zeros removed, and the decimal point position."""
    q = Fraction(abs(x))
    e = math.floor(math.log10(abs(x)))
    # adjust e so that 10**e <= q < 10**(e+1)
    while Fraction(10) ** e > q:
        e -= 1
    while Fraction(10) ** (e + 1) <= q:
        e += 1
    scaled = q / Fraction(10) ** (e + 1 - prec)
    m = math.floor(scaled)
    r = scaled - m
    if r > Fraction(1, 2) or (r == Fraction(1, 2) and m % 2 == 1):
        m += 1
    if m >= 10**prec:
        m //= 10
        e += 1
    digits = str(m).rstrip("0") or "0"
    return digits, e + 1


def go_format_float(f: float, fmt: str = "g", prec: int = -1, bitsize: int = 64) -> str:
    """``strconv.FormatFloat(f, fmt, prec, bitsize)`` for ``fmt`` in ``g``/``e``
    (``bitsize`` 32 means the shortest digits of the float32 value)."""
    if math.isnan(f):
        return "NaN"
    if math.isinf(f):
        return "+Inf" if f > 0 else "-Inf"
    neg = math.copysign(1.0, f) < 0
    sgn = "-" if neg else ""
    if f == 0:
        digits, dp = "0", 1
        nd_is_zero = True
    else:
        nd_is_zero = False
        if prec < 0:
            if bitsize == 32:
                digits, dp = _shortest_digits32(f)
            else:
                digits, dp = _shortest_digits(f)
        else:
            digits, dp = _rounded_digits(f, max(prec, 1) if fmt == "g" else prec + 1)
    nd = len(digits)
    shortest = prec < 0
    if fmt == "e":
        p = nd - 1 if shortest else prec
        return sgn + _fmt_e(digits, dp, p, nd_is_zero)
    if fmt != "g":
        raise ValueError(f"unsupported format {fmt!r}")
    p = nd if shortest else max(prec, 1)
    eprec = p
    if eprec > nd >= dp:
        eprec = nd
    if shortest:
        eprec = 6
    exp = dp - 1
    if nd_is_zero:
        exp = 0
    if exp < -4 or exp >= eprec:
        return sgn + _fmt_e(digits, dp, min(p, nd) - 1, nd_is_zero)
    return sgn + _fmt_f(digits, dp, max(nd - dp, 0))


def _shortest_digits32(f: float) -> tuple[str, int]:
    """Shortest decimal digits that round-trip through float32."""
    import struct

    target = abs(struct.unpack("<f", struct.pack("<f", f))[0])
    for p in range(1, 18):
        digits, dp = _rounded_digits(f, p)
        cand = float(f"0.{digits}e{dp}")
        if struct.unpack("<f", struct.pack("<f", cand))[0] == target:
            return digits, dp
    return _shortest_digits(f)


def _fmt_e(digits: str, dp: int, prec: int, zero: bool) -> str:
    digits = digits.ljust(prec + 1, "0")
    s = digits[0]
    if prec > 0:
        s += "." + digits[1 : prec + 1]
    exp = 0 if zero else dp - 1
    sign_ = "-" if exp < 0 else "+"
    exp = abs(exp)
    return f"{s}e{sign_}{exp:02d}"


def _fmt_f(digits: str, dp: int, prec: int) -> str:
    if dp > 0:
        ip = digits[:dp].ljust(dp, "0")
    else:
        ip = "0"
    s = ip
    if prec > 0:
        frac = []
        for k in range(prec):
            j = dp + k
            frac.append(digits[j] if 0 <= j < len(digits) else "0")
        s += "." + "".join(frac)
    return s


_LOG10_2 = math.log10(2)  # the float64 nearest to log10(2), as Go's Ln2 / Ln10


def _int_str(i: int) -> str:
    """Decimal digits of any int (``str()`` refuses ints with more than 4300 digits)."""
    if i < 0:
        return "-" + _int_str(-i)
    if i.bit_length() < 10000:
        return str(i)
    k = int(i.bit_length() * 0.30103) // 2
    hi, lo = divmod(i, 10**k)
    return _int_str(hi) + _int_str(lo).rjust(k, "0")


def _frac_str(q: Fraction) -> str:
    if q.denominator == 1:
        return _int_str(q.numerator)
    return f"{_int_str(q.numerator)}/{_int_str(q.denominator)}"


def _float_string(q: Fraction) -> str:
    """go/constant's ``String()`` of a float value."""
    if q == 0:
        return "0"
    r = round_float(q, 53, -1022, 1023)
    if r is not None and r != 0:
        x = float(r)
        s = go_format_float(x, "g", 6)
        if q.denominator != 1 and "." not in s:
            s = go_format_float(x, "g", -1)
        return s
    # Out of float64 range: approximate decimal conversion, as go/constant does.
    # |q| = mant * 2**exp with 0.5 <= mant < 1; int true division rounds correctly.
    exp = _log2_exp(q)
    n, d = abs(q.numerator), q.denominator
    m = n / (d << exp) if exp >= 0 else (n << -exp) / d
    if q < 0:
        m = -m
    dexp = float(exp) * _LOG10_2
    e = int(dexp)
    m *= math.pow(10, dexp - float(e))
    am = abs(m)
    if am < 1 - 0.5e-6:
        m *= 10
        e -= 1
    elif am >= 10:
        m /= 10
        e += 1
    return f"{go_format_float(m, 'g', 6)}e{e:+d}"


def to_string(v: Value) -> str:
    """The constant as the Go compiler prints it in messages (go/constant's ``String()``).

    INT in decimal (all digits); FLOAT rounded to 6 significant digits in ``%g``
    form (``1.5``, ``1e+100``, ``0.1``, ``3.14159``), with all digits when 6 would
    hide that it is not an integer (``1.0000005e+06``), and an approximate
    ``%ge%+d`` form beyond the float64 range (``1e+400``, ``1e-400``); COMPLEX as
    ``(re + imi)``; STRING ``strconv.Quote``d and cut to 72 characters ending in
    ``...``; BOOL ``true``/``false``; UNKNOWN ``unknown``.
    """
    k = v.kind
    if k == UNKNOWN:
        return "unknown"
    if k == BOOL:
        return "true" if v.val else "false"
    if k == STRING:
        assert isinstance(v.val, bytes)
        s = go_quote(v.val)
        max_len = 72
        if len(s) > max_len:
            s = s[: max_len - 3] + "..."
        return s
    if k == INT:
        assert isinstance(v.val, int)
        return _int_str(v.val)
    if k == FLOAT:
        assert isinstance(v.val, Fraction)
        return _float_string(v.val)
    assert isinstance(v.val, tuple)
    re, im = (
        _int_str(p.numerator) if is_int_part else _float_string(p)
        for p, is_int_part in zip(v.val, v.int_parts, strict=True)
    )
    return f"({re} + {im}i)"


def exact_string(v: Value) -> str:
    """An exact textual form: integers in decimal, floats as ``num/den`` (or an integer),
    strings fully quoted, complex as ``(re + imi)``."""
    k = v.kind
    if k == FLOAT:
        assert isinstance(v.val, Fraction)
        return _frac_str(v.val)
    if k == COMPLEX:
        assert isinstance(v.val, tuple)
        return f"({_frac_str(v.val[0])} + {_frac_str(v.val[1])}i)"
    if k == STRING:
        assert isinstance(v.val, bytes)
        return go_quote(v.val)
    return to_string(v)
