"""Go's ``math`` package.

Go's functions never raise: where Python's ``math`` raises ValueError or
OverflowError these return NaN or ±Inf with Go's special cases (signed zeros
included).  Exact operations (Sqrt, Floor, Mod, Remainder, FMA, Frexp, Ldexp,
Nextafter, bit conversions...) give Go's results bit for bit; transcendental
functions use the platform's libm (or, for the Bessel functions and Erfinv,
code here) and may differ from Go's own implementations in the last bits.

float32 values are Python floats holding float32-rounded values.
"""

from __future__ import annotations

import math as _m
import struct as _struct
from decimal import Decimal as _D
from decimal import localcontext as _localcontext

from go2py.runtime import values as _gv

__all__ = [
    "E",
    "Pi",
    "Phi",
    "Sqrt2",
    "SqrtE",
    "SqrtPi",
    "SqrtPhi",
    "Ln2",
    "Log2E",
    "Ln10",
    "Log10E",
    "MaxFloat32",
    "SmallestNonzeroFloat32",
    "MaxFloat64",
    "SmallestNonzeroFloat64",
    "MaxInt",
    "MinInt",
    "MaxInt8",
    "MinInt8",
    "MaxInt16",
    "MinInt16",
    "MaxInt32",
    "MinInt32",
    "MaxInt64",
    "MinInt64",
    "MaxUint",
    "MaxUint8",
    "MaxUint16",
    "MaxUint32",
    "MaxUint64",
    "Abs",
    "Acos",
    "Acosh",
    "Asin",
    "Asinh",
    "Atan",
    "Atan2",
    "Atanh",
    "Cbrt",
    "Ceil",
    "Copysign",
    "Cos",
    "Cosh",
    "Dim",
    "Erf",
    "Erfc",
    "Erfcinv",
    "Erfinv",
    "Exp",
    "Exp2",
    "Expm1",
    "FMA",
    "Float32bits",
    "Float32frombits",
    "Float64bits",
    "Float64frombits",
    "Floor",
    "Frexp",
    "Gamma",
    "Hypot",
    "Ilogb",
    "Inf",
    "IsInf",
    "IsNaN",
    "J0",
    "J1",
    "Jn",
    "Ldexp",
    "Lgamma",
    "Log",
    "Log10",
    "Log1p",
    "Log2",
    "Logb",
    "Max",
    "Min",
    "Mod",
    "Modf",
    "NaN",
    "Nextafter",
    "Nextafter32",
    "Pow",
    "Pow10",
    "Remainder",
    "Round",
    "RoundToEven",
    "Signbit",
    "Sin",
    "Sincos",
    "Sinh",
    "Sqrt",
    "Tan",
    "Tanh",
    "Trunc",
    "Y0",
    "Y1",
    "Yn",
]

E = 2.71828182845904523536028747135266249775724709369995957496696763
Pi = 3.14159265358979323846264338327950288419716939937510582097494459
Phi = 1.61803398874989484820458683436563811772030917980576286213544862
Sqrt2 = 1.41421356237309504880168872420969807856967187537694807317667974
SqrtE = 1.64872127070012814684865078781416357165377610071014801157507931
SqrtPi = 1.77245385090551602729816748334114518279754945612238712821380779
SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038
Ln2 = 0.693147180559945309417232121458176568075500134360255254120680009
Log2E = 1.4426950408889634  # 1 / Ln2 rounded once, as Go's constant arithmetic does
Ln10 = 2.3025850929940456840179914546843642076011014886287729760333279
Log10E = 0.4342944819032518  # 1 / Ln10

MaxFloat32 = float.fromhex("0x1.fffffep+127")
SmallestNonzeroFloat32 = float.fromhex("0x1p-149")
MaxFloat64 = float.fromhex("0x1.fffffffffffffp+1023")
SmallestNonzeroFloat64 = float.fromhex("0x1p-1074")

MaxInt = 9223372036854775807
MinInt = -9223372036854775808
MaxInt8 = 127
MinInt8 = -128
MaxInt16 = 32767
MinInt16 = -32768
MaxInt32 = 2147483647
MinInt32 = -2147483648
MaxInt64 = 9223372036854775807
MinInt64 = -9223372036854775808
MaxUint = 18446744073709551615
MaxUint8 = 255
MaxUint16 = 65535
MaxUint32 = 4294967295
MaxUint64 = 18446744073709551615

_inf = _m.inf
_pack_d = _struct.Struct("<d").pack
_unpack_d = _struct.Struct("<d").unpack
_pack_q = _struct.Struct("<Q").pack
_unpack_q = _struct.Struct("<Q").unpack
_pack_f = _struct.Struct("<f").pack
_unpack_f = _struct.Struct("<f").unpack
_pack_i = _struct.Struct("<I").pack
_unpack_i = _struct.Struct("<I").unpack

_NAN = _unpack_d(_pack_q(0x7FF8000000000001))[0]  # Go's NaN() bits


# A NaN argument: each of Go's functions returns it as it is, quietened (as arithmetic on it
# does), or Go's NaN(), as its special cases are written; programs see the bits.
def _quiet(x: float) -> float:
    return _unpack_d(_pack_q(_unpack_q(_pack_d(x))[0] | 0x0008000000000000))[0]
_isnan = _m.isnan
_isinf = _m.isinf
_isfinite = _m.isfinite
_copysign = _m.copysign


# --------------------------------------------------------------------------- bits and classes


def Float64bits(f: float) -> int:
    return _unpack_q(_pack_d(f))[0]


def Float64frombits(b: int) -> float:
    return _unpack_d(_pack_q(b & 0xFFFFFFFFFFFFFFFF))[0]


def Float32bits(f: float) -> int:
    try:
        return _unpack_i(_pack_f(f))[0]
    except OverflowError:
        return 0xFF800000 if f < 0 else 0x7F800000


def Float32frombits(b: int) -> float:
    return _unpack_f(_pack_i(b & 0xFFFFFFFF))[0]


def NaN() -> float:
    return _NAN


def Inf(sign: int) -> float:
    return _inf if sign >= 0 else -_inf


def IsNaN(f: float) -> bool:
    return f != f


def IsInf(f: float, sign: int) -> bool:
    return (sign >= 0 and f == _inf) or (sign <= 0 and f == -_inf)


def Signbit(x: float) -> bool:
    return Float64bits(x) >> 63 != 0


def Copysign(f: float, sign: float) -> float:
    return Float64frombits((Float64bits(f) & ~(1 << 63)) | (Float64bits(sign) & (1 << 63)))


def Abs(x: float) -> float:
    return Float64frombits(Float64bits(x) & ~(1 << 63))


# --------------------------------------------------------------------------- rounding

_TWO52 = 4503599627370496.0


def Floor(x: float) -> float:
    if not _isfinite(x) or x == 0 or abs(x) >= _TWO52:
        return x
    return _copysign(float(_m.floor(x)), x)


def Ceil(x: float) -> float:
    if not _isfinite(x) or x == 0 or abs(x) >= _TWO52:
        return x
    return _copysign(float(_m.ceil(x)), x)


def Trunc(x: float) -> float:
    if not _isfinite(x) or x == 0 or abs(x) >= _TWO52:
        return x
    return _copysign(float(_m.trunc(x)), x)


def Round(x: float) -> float:
    if not _isfinite(x) or x == 0 or abs(x) >= _TWO52:
        return x
    t = float(_m.trunc(x))
    if abs(x - t) >= 0.5:
        t += _copysign(1.0, x)
    return _copysign(t, x)


def RoundToEven(x: float) -> float:
    if not _isfinite(x) or x == 0 or abs(x) >= _TWO52:
        return x
    return _copysign(float(round(x)), x)


def Modf(f: float):
    # Go's definition: the fraction is f - Trunc(f) with f's sign, so that Modf(±Inf) has the
    # NaN of Inf - Inf (the hardware's), and a NaN keeps its payload.
    i = Trunc(f)
    return i, _copysign(f - i, f)


def Frexp(f: float):
    if f == 0 or not _isfinite(f):
        return f, 0
    return _m.frexp(f)


def Ldexp(frac: float, exp: int) -> float:
    if frac == 0 or not _isfinite(frac):
        return frac
    if exp > 5000:
        exp = 5000
    elif exp < -5000:
        exp = -5000
    try:
        return _m.ldexp(frac, exp)
    except OverflowError:
        return _copysign(_inf, frac)


def Ilogb(x: float) -> int:
    if x == 0:
        return MinInt32
    if x != x or _isinf(x):
        return MaxInt32
    return _m.frexp(x)[1] - 1


def Logb(x: float) -> float:
    if x == 0:
        return -_inf
    if _isinf(x):
        return _inf
    if x != x:
        return x
    return float(_m.frexp(x)[1] - 1)


def Nextafter(x: float, y: float) -> float:
    if x != x or y != y:
        return _NAN
    if x == y:
        return x
    return _m.nextafter(x, y)


def Nextafter32(x: float, y: float) -> float:
    if x != x or y != y:
        return Float32frombits(0x7FC00000)
    if x == y:
        return x
    if x == 0:
        return _copysign(Float32frombits(1), y)
    b = Float32bits(x)
    if (y > x) == (x > 0):
        return Float32frombits(b + 1)
    return Float32frombits(b - 1)


# --------------------------------------------------------------------------- arithmetic


def Max(x: float, y: float) -> float:
    if x == _inf or y == _inf:
        return _inf
    if x != x or y != y:
        return _NAN
    if x == 0 and x == y:
        return y if Signbit(x) else x
    return x if x > y else y


def Min(x: float, y: float) -> float:
    if x == -_inf or y == -_inf:
        return -_inf
    if x != x or y != y:
        return _NAN
    if x == 0 and x == y:
        return x if Signbit(x) else y
    return x if x < y else y


def Dim(x: float, y: float) -> float:
    v = x - y
    if v <= 0:
        return 0.0
    return v


def Mod(x: float, y: float) -> float:
    if y == 0 or _isinf(x) or x != x or y != y:
        return _NAN
    return _m.fmod(x, y)


def Remainder(x: float, y: float) -> float:
    if y == 0 or _isinf(x) or x != x or y != y:
        return _NAN
    if _isinf(y):
        return x
    return _m.remainder(x, y)


def FMA(x: float, y: float, z: float) -> float:
    if x == 0 or y == 0 or not (_isfinite(x) and _isfinite(y)):
        return x * y + z  # a zero, an infinity or a NaN: at most one rounding
    if z == 0:
        # x*y is not zero, so adding a zero of either sign changes nothing: the result is
        # x*y rounded once, a zero with the product's sign if it underflows.
        return x * y
    if not _isfinite(z):
        return z  # the exact product is finite
    from fractions import Fraction

    r = Fraction(x) * Fraction(y) + Fraction(z)
    if r == 0:
        return 0.0
    try:
        return r.numerator / r.denominator
    except OverflowError:
        return _inf if r > 0 else -_inf


# The NaN the hardware's square root gives for a negative operand (x86's default NaN, sign
# set), which Go's Sqrt returns as it is.
_SQRT_NAN = _unpack_d(_pack_q(0xFFF8000000000000))[0]


def sqrt_py(x: float) -> float:
    """Sqrt without the C extension."""
    if x < 0:
        return _SQRT_NAN
    if x == 0 or not _isfinite(x):
        return x
    return _m.sqrt(x)


Sqrt = sqrt_py
if _gv._speedups is not None:
    Sqrt = _gv._speedups.sqrt  # C's sqrt agrees with Go's on every input


def Cbrt(x: float) -> float:
    if x == 0 or not _isfinite(x):
        return x
    return _m.cbrt(x)


def Hypot(p: float, q: float) -> float:
    if _isinf(p) or _isinf(q):
        return _inf
    if p != p or q != q:
        return _NAN
    return _m.hypot(p, q)


def _odd_int(y: float) -> bool:
    if abs(y) >= 2.0**53 or not _isfinite(y):
        return False
    return y == _m.floor(y) and int(y) & 1 == 1


def Pow(x: float, y: float) -> float:
    # Special cases as documented by Go, then Go's evaluation order: the
    # fractional part of y through Exp(yf*Log(x)), the integer part by
    # squaring the mantissa of x with the binary exponent kept apart, so
    # that integer powers round exactly as in Go.
    if y == 0 or x == 1:
        return 1.0
    if y == 1:
        return x
    if x != x or y != y:
        return _NAN
    if x == 0:
        if y < 0:
            return -_inf if (Signbit(x) and _odd_int(y)) else _inf
        return x if (Signbit(x) and _odd_int(y)) else 0.0
    if _isinf(y):
        if x == -1:
            return 1.0
        return 0.0 if (abs(x) < 1) == (y > 0) else _inf
    if _isinf(x):
        if x < 0:
            return Pow(1 / x, -y)
        return 0.0 if y < 0 else _inf
    if y == 0.5:
        return Sqrt(x)
    if y == -0.5:
        return 1 / Sqrt(x)
    yf, yi = _m.modf(abs(y))
    if yf != 0 and x < 0:
        return _NAN
    if yi >= 9.223372036854775808e18:
        if x == -1:
            return 1.0
        return 0.0 if (abs(x) < 1) == (y > 0) else _inf
    a1 = 1.0
    ae = 0
    if yf != 0:
        if yf > 0.5:
            yf -= 1
            yi += 1
        a1 = Exp(yf * Log(x))
    x1, xe = _m.frexp(x)
    i = int(yi)
    while i != 0:
        if xe < -4096 or xe > 4096:
            ae += xe
            break
        if i & 1:
            a1 *= x1
            ae += xe
        x1 *= x1
        xe <<= 1
        if x1 < 0.5:
            x1 += x1
            xe -= 1
        i >>= 1
    if y < 0:
        a1 = 1 / a1
        ae = -ae
    return Ldexp(a1, ae)


_P10 = [float("1e%d" % i) for i in range(32)]
_P10_POS32 = [float("1e%d" % (32 * i)) for i in range(10)]
_P10_NEG32 = [float("1e-%d" % (32 * i)) for i in range(11)]


def Pow10(n: int) -> float:
    # Go multiplies (divides) two table entries, 10**(32*q) and 10**r; the
    # product is not always the correctly rounded 10**n.
    if 0 <= n <= 308:
        return _P10_POS32[n >> 5] * _P10[n & 31]
    if -323 <= n <= 0:
        return _P10_NEG32[(-n) >> 5] / _P10[(-n) & 31]
    if n > 0:
        return _inf
    return 0.0


# --------------------------------------------------------------------------- exp / log

_EXP_OVERFLOW = 7.09782712893384e02


def Exp(x: float) -> float:
    # Go's amd64 Exp scales by 2**k with k = x*log2(e) rounded to nearest and
    # returns +Inf as soon as k reaches 1024 (x > ~709.44), before the
    # mathematical overflow threshold.
    if x != x:
        return x
    if x > _EXP_OVERFLOW or (x > 709.0 and round(x * Log2E) >= 1024):
        return _inf
    try:
        return _m.exp(x)
    except OverflowError:
        return _inf


def Exp2(x: float) -> float:
    if x != x:
        return x
    try:
        return _m.exp2(x)
    except OverflowError:
        return _inf


def Expm1(x: float) -> float:
    if x != x:
        return x
    if x >= 7.09782712893383973096e02:
        return _inf  # Go's threshold, from which it returns +Inf whatever libm would give
    try:
        return _m.expm1(x)
    except OverflowError:
        return _inf


_TINY_NORMAL = 2.2250738585072014e-308


def Log(x: float) -> float:
    if x != x:
        return _NAN if _copysign(1.0, x) < 0 else x  # Go's amd64 Log tests the sign first
    if x == _inf:
        return x
    if x < 0:
        return _NAN
    if x == 0:
        return -_inf
    if x < _TINY_NORMAL:
        # Go's amd64 Log reads a subnormal's bits as if its exponent were that
        # of the smallest normal: log((1 + m/2**52) * 2**-1023).
        m = Float64bits(x) & 0xFFFFFFFFFFFFF
        return _m.log1p(m / 4503599627370496.0) - 1023 * Ln2
    return _m.log(x)


def Log10(x: float) -> float:
    return Log(x) * (1 / Ln10)


def Log2(x: float) -> float:
    frac, exp = Frexp(x)
    if frac == 0.5:  # exact powers of two
        return float(exp - 1)
    return Log(frac) * (1 / Ln2) + float(exp)


def Log1p(x: float) -> float:
    if x != x:
        return _NAN
    if x == _inf:
        return x
    if x < -1:
        return _NAN
    if x == -1:
        return -_inf
    return _m.log1p(x)


# --------------------------------------------------------------------------- trigonometric


def _trig(f, nan_is_nan: bool):
    def g(x: float) -> float:
        if x != x:
            return _NAN if nan_is_nan else x
        if _isinf(x):
            return _NAN
        return f(x)

    return g


Sin = _trig(_m.sin, False)
Cos = _trig(_m.cos, True)
Tan = _trig(_m.tan, False)


def Sincos(x: float):
    if x != x or _isinf(x):
        return _NAN, _NAN
    return _m.sin(x), _m.cos(x)


def Asin(x: float) -> float:
    # Go's formulas (through Sqrt(1-x*x) and Atan), whose rounding near ±1
    # programs observe.
    if x != x:
        return _quiet(x)
    if x == 0:
        return x
    ax = abs(x)
    if ax > 1:
        return _NAN
    t = _m.sqrt(1 - ax * ax)
    if ax > 0.7:
        r = Pi / 2 - _m.atan(t / ax)
    else:
        r = _m.atan(ax / t) if t != 0 else Pi / 2
    return -r if x < 0 else r


def Acos(x: float) -> float:
    return Pi / 2 - Asin(x)


Atan = _m.atan


def Atan2(y: float, x: float) -> float:
    if y != y or x != x:
        return _NAN
    if y == 0 or x == 0 or _isinf(x) or _isinf(y):
        return _m.atan2(y, x)
    q = _m.atan(y / x)
    if x < 0:
        return q + Pi if q <= 0 else q - Pi
    return q


def Sinh(x: float) -> float:
    if abs(x) > 21:  # Go: Exp(|x|)/2, which overflows with Exp
        return _copysign(Exp(abs(x)) * 0.5, x)
    return _m.sinh(x)


def Cosh(x: float) -> float:
    if x != x:
        return _quiet(abs(x))
    if abs(x) > 21:
        return Exp(abs(x)) * 0.5
    return _m.cosh(x)


Tanh = _m.tanh


def Asinh(x: float) -> float:
    if x != x:
        return x
    return _m.asinh(x)


def Acosh(x: float) -> float:
    if x < 1 or x != x:
        return _NAN
    return _m.acosh(x)


def Atanh(x: float) -> float:
    if x < -1 or x > 1 or x != x:
        return _NAN
    if x == 1:
        return _inf
    if x == -1:
        return -_inf
    return _m.atanh(x)


# --------------------------------------------------------------------------- special functions

def Erf(x: float) -> float:
    if x != x:
        return _NAN
    return _m.erf(x)


def Erfc(x: float) -> float:
    if x != x:
        return _NAN
    return _m.erfc(x)


def Erfinv(x: float) -> float:
    if x != x or x < -1 or x > 1:
        return _NAN
    if x == 1:
        return _inf
    if x == -1:
        return -_inf
    if x == 0:
        return x
    ax = abs(x)
    # initial guess (Giles' single precision approximation), then Newton steps
    w = -_m.log((1.0 - ax) * (1.0 + ax))
    if w < 5.0:
        w -= 2.5
        p = 2.81022636e-08
        for c in (
            3.43273939e-07,
            -3.5233877e-06,
            -4.39150654e-06,
            0.00021858087,
            -0.00125372503,
            -0.00417768164,
            0.246640727,
            1.50140941,
        ):
            p = c + p * w
    else:
        w = _m.sqrt(w) - 3.0
        p = -0.000200214257
        for c in (
            0.000100950558,
            0.00134934322,
            -0.00367342844,
            0.00573950773,
            -0.0076224613,
            0.00943887047,
            1.00167406,
            2.83297682,
        ):
            p = c + p * w
    y = p * ax
    k = 2.0 / _m.sqrt(_m.pi)
    for _ in range(100):
        if ax > 0.5:
            err = _m.erfc(y) - (1.0 - ax)
            err = -err
        else:
            err = _m.erf(y) - ax
        d = k * _m.exp(-y * y)
        if d == 0:
            break
        step = err / d
        y -= step / (1.0 + y * step)  # Halley
        if abs(step) <= 1e-17 * abs(y):
            break
    return _copysign(y, x)


def Erfcinv(x: float) -> float:
    return Erfinv(1 - x)


def _is_neg_int(x: float) -> bool:
    return x < 0 and _isfinite(x) and x == _m.floor(x)


def Gamma(x: float) -> float:
    if _is_neg_int(x) or x == -_inf or x != x:
        return _NAN
    if x == _inf:
        return _inf
    if x == 0:
        return _copysign(_inf, x)
    try:
        return _m.gamma(x)
    except OverflowError:
        if x > 0:
            return _inf
        return _copysign(_inf, -1.0 if _m.floor(x) % 2 else 1.0)
    except ValueError:
        return _NAN


def Lgamma(x: float):
    if x != x or _isinf(x):
        return x, 1
    if x == 0:
        return _inf, 1
    if x < 0 and (x <= -_TWO52 or x == _m.floor(x)):
        return _inf, 1
    sign = 1
    if x < 0 and int(_m.floor(x)) % 2:
        sign = -1
    if abs(x) < 8.470329472543003e-22:  # 2**-70: Go returns -Log(|x|)
        return -Log(abs(x)), sign
    try:
        return _m.lgamma(x), sign
    except (ValueError, OverflowError):
        return _inf, sign


# --------------------------------------------------------------------------- Bessel functions

_EULER = _D("0.5772156649015328606065120900824024310421593359399235988057672348848677")
_PI_D = _D("3.141592653589793238462643383279502884197169399375105820974944592307816406")


def _series_prec(x: float) -> int:
    return 40 + int(abs(x) * 0.45)


def _bessel_j_series(n: int, x: float) -> float:
    """J_n(x) for n >= 0 by its power series in decimal arithmetic."""
    with _localcontext() as ctx:
        ctx.prec = _series_prec(x)
        h = _D(x) / 2
        h2 = -(h * h)
        term = _D(1)
        for k in range(1, n + 1):
            term = term * h / k
        total = term
        k = 0
        eps = _D(10) ** (-ctx.prec)
        while True:
            k += 1
            term = term * h2 / (k * (k + n))
            total += term
            if term == 0 or (abs(term) < eps * abs(total) and k > abs(x)):
                break
        return float(total)


def _bessel_y01_series(x: float):
    """(Y0(x), Y1(x)) for 0 < x by their power series in decimal arithmetic."""
    with _localcontext() as ctx:
        ctx.prec = _series_prec(x) + 10
        xd = _D(x)
        h = xd / 2
        h2 = h * h
        lg = h.ln() + _EULER
        # J0, J1 and the harmonic-weighted sums
        t0 = _D(1)  # (-h2)^k / (k!)^2
        j0 = t0
        s0 = _D(0)  # sum (-1)^(k+1) H_k h^(2k)/(k!)^2
        t1 = h  # (-1)^k h^(2k+1) / (k!(k+1)!)
        j1 = t1
        s1 = -(t1 * (2 * _D(0) + 1))  # uses H_k + H_{k+1} with k = 0: H_1 = 1
        hk = _D(0)
        eps = _D(10) ** (-ctx.prec)
        k = 0
        while True:
            k += 1
            hk = hk + _D(1) / k
            t0 = -t0 * h2 / (k * k)
            j0 += t0
            s0 -= t0 * hk
            t1 = -t1 * h2 / (k * (k + 1))
            j1 += t1
            s1 -= t1 * (hk + hk + _D(1) / (k + 1))
            if (abs(t0) + abs(t1)) * (hk + 2) < eps * (abs(j0) + abs(j1) + 1) and k > abs(x):
                break
        two_pi = 2 / _PI_D
        y0 = two_pi * (lg * j0 + s0)
        y1 = two_pi * lg * j1 - 2 / (_PI_D * xd) + s1 / _PI_D
        return float(y0), float(y1)


def _hankel(nu: int, x: float):
    """(J_nu(x), Y_nu(x)) for large x by the asymptotic expansion."""
    mu = 4.0 * nu * nu
    p = 1.0
    q = 0.0
    term = 1.0
    k = 1
    best = _inf
    while k < 200:
        term *= (mu - (2 * k - 1) ** 2) / (k * 8.0 * x)
        if abs(term) >= best and k > 2:
            break
        best = abs(term)
        if k % 2 == 1:
            q += term if (k // 2) % 2 == 0 else -term
        else:
            p += -term if (k // 2) % 2 == 1 else term
        if abs(term) < 1e-18:
            break
        k += 1
    # chi = x - (nu/2 + 1/4) pi ; use sin/cos of x for an accurate reduction
    s, c = _m.sin(x), _m.cos(x)
    # cos(x - pi/4 - nu pi/2), sin(x - pi/4 - nu pi/2)
    cc = (c + s) / _m.sqrt(2.0)
    ss = (s - c) / _m.sqrt(2.0)
    for _ in range(nu % 4):
        cc, ss = ss, -cc
    f = _m.sqrt(2.0 / _m.pi) / _m.sqrt(x)
    return f * (p * cc - q * ss), f * (p * ss + q * cc)


_BIG = 30.0


def J0(x: float) -> float:
    if x != x:
        return x
    if _isinf(x):
        return 0.0
    x = abs(x)
    if x == 0:
        return 1.0
    if x >= _BIG:
        return _hankel(0, x)[0]
    return _bessel_j_series(0, x)


def J1(x: float) -> float:
    if x != x:
        return x
    if _isinf(x) or x == 0:
        return 0.0  # +0 for -0 too
    if abs(x) < 7.450580596923828e-09:
        return 0.5 * abs(x)  # Go returns x/2 without the sign below 2**-27
    if abs(x) >= _BIG:
        v = _hankel(1, abs(x))[0]
        return v if x > 0 else -v
    return _bessel_j_series(1, x)


def Jn(n: int, x: float) -> float:
    if x != x:
        return x
    if _isinf(x):
        return 0.0
    if n < 0:
        n, x = -n, -x
    if n == 0:
        return J0(x)
    if n == 1:
        return J1(x)
    if x == 0:
        return 0.0 if n % 2 == 0 or not Signbit(x) else -0.0
    neg = x < 0
    ax = abs(x)
    if n > 50 and n * _m.log10(ax / 2) - _m.lgamma(n + 1) / _m.log(10) < -340:
        v = 0.0  # below the smallest float64: |Jn(x)| <= (x/2)**n / n!
    elif ax >= max(_BIG, n * n):
        v = _hankel(n, ax)[0]
    elif ax > n and ax >= _BIG:
        # forward recurrence is stable while the order stays below x
        a, b = J0(ax), J1(ax)
        for i in range(1, n):
            a, b = b, (2.0 * i / ax) * b - a
        v = b
    else:
        v = _bessel_j_series(n, ax)
    if neg and n % 2 == 1:
        return -v
    return v


def Y0(x: float) -> float:
    if x < 0 or x != x:
        return _NAN
    if x == _inf:
        return 0.0
    if x == 0:
        return -_inf
    if x < 7.450580596923828e-09:  # Go's leading terms below 2**-27
        return -7.380429510868722e-02 + (2 / Pi) * Log(x)
    if x >= _BIG:
        return _hankel(0, x)[1]
    return _bessel_y01_series(x)[0]


def Y1(x: float) -> float:
    if x < 0 or x != x:
        return _NAN
    if x == _inf:
        return 0.0
    if x == 0:
        return -_inf
    if x >= _BIG:
        return _hankel(1, x)[1]
    return _bessel_y01_series(x)[1]


def Yn(n: int, x: float) -> float:
    if x < 0 or x != x:
        return _NAN
    if x == _inf:
        return 0.0
    sign = 1.0
    if n < 0:
        n = -n
        if n % 2 == 1:
            sign = -1.0
    if x == 0:
        return -sign * _inf
    if n == 0:
        return Y0(x)
    if n == 1:
        return sign * Y1(x)
    if x >= max(_BIG, n * n) and n < 30:
        return sign * _hankel(n, x)[1]
    if x >= _BIG:
        a, b = _hankel(0, x)[1], _hankel(1, x)[1]
    else:
        a, b = _bessel_y01_series(x)
    # upward recurrence is stable for Y
    for i in range(1, n):
        a, b = b, (2.0 * i / x) * b - a
        if _isinf(b):
            break
    return sign * b
