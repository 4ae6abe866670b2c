"""Go's ``math/big``, its ``Int``: a Python int inside, Go's results and texts outside.

Methods set and return their receiver as Go's do (``z.Add(x, y)`` is ``z``). Quo/Rem
truncate like Go's ``/`` and ``%``; Div/Mod/DivMod are Euclidean; bit operations act on
two's complement as Go documents. ``Format`` implements fmt's verbs b, o, O, d, s, v, x, X
with flags, width and precision as Go's does. ``Rat`` keeps two ``Int`` (``Num`` and
``Denom`` return them, as Go returns references) in lowest terms. Both scan with fmt's
``Sscan`` family. Not implemented: ``Rand``, ``GobEncode``/``GobDecode`` (the translator
refuses them), and the type ``Float``.
"""

from __future__ import annotations

from typing import Any, Optional

from go2py.runtime import values as _v
from go2py.runtime.panic import GoError, GoPanic
from go2py.runtime.values import Slice

MaxBase = 62
MaxExp = 2147483647
MinExp = -2147483648
MaxPrec = 4294967295
Below, Exact, Above = -1, 0, 1
ToNearestEven, ToNearestAway, ToZero, AwayFromZero, ToNegativeInf, ToPositiveInf = range(6)
Trunc, Floor, Round, Ceil = ToZero, ToNegativeInf, ToNearestEven, ToPositiveInf

_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_M64 = (1 << 64) - 1


def _panic(msg: str) -> GoPanic:
    return GoPanic(msg)


def _div_zero() -> GoPanic:
    return GoPanic("division by zero")


class Accuracy(int):
    def String(self) -> str:
        return {-1: "Below", 0: "Exact", 1: "Above"}.get(int(self), f"Accuracy({int(self)})")


class RoundingMode(int):
    def String(self) -> str:
        names = ["ToNearestEven", "ToNearestAway", "ToZero", "AwayFromZero", "ToNegativeInf", "ToPositiveInf"]
        return names[self] if 0 <= self < len(names) else f"RoundingMode({int(self)})"


def _text(v: int, base: int) -> str:
    if not 2 <= base <= MaxBase:
        raise _panic("invalid base")
    if base == 10:
        return str(v)
    if base == 16:
        return format(v, "x")
    if base == 2:
        return format(v, "b")
    if base == 8:
        return format(v, "o")
    n, out = abs(v), []
    while n:
        n, d = divmod(n, base)
        out.append(_DIGITS[d])
    return ("-" if v < 0 else "") + ("".join(reversed(out)) or "0")


def _parse(s: str, base: int) -> Optional[int]:
    """Go's Int.SetString: the value of s in base (0: by its prefix, with underscores
    allowed between digits), or None when s is not entirely a number."""
    if not s:
        return None
    neg = s[0] == "-"
    if s[0] in "+-":
        s = s[1:]
    underscores = False
    if base == 0:
        base, underscores = 10, True
        low = s[:2].lower()
        if low in ("0b", "0o", "0x"):
            base, s = {"0b": 2, "0o": 8, "0x": 16}[low], s[2:]
            s = s[1:] if s.startswith("_") else s  # an underscore may follow the prefix
        elif s[:1] == "0" and len(s) > 1:
            base, s = 8, s[1:]
            s = s[1:] if s.startswith("_") else s
    elif not 2 <= base <= MaxBase:
        return None
    if underscores and "_" in s:
        if s.startswith("_") or s.endswith("_") or "__" in s:
            return None
        s = s.replace("_", "")
    if not s:
        return None
    v = 0
    for ch in s:
        if "0" <= ch <= "9":
            d = ord(ch) - 48
        elif "a" <= ch <= "z":
            d = ord(ch) - 87
        elif "A" <= ch <= "Z":
            d = ord(ch) - 55 if base <= 36 else ord(ch) - 29
        else:
            return None
        if d >= base:
            return None
        v = v * base + d
    return -v if neg else v


class Int:
    """*big.Int. ``negz`` marks the "-0" that Go's GCD can leave in a coefficient (its sign
    flag set on a zero magnitude); Go prints it so, and so does this."""

    __slots__ = ("negz", "v")
    __goname__ = "*big.Int"

    def __init__(self, v: int = 0) -> None:
        self.v = v
        self.negz = False

    def _copy(self) -> "Int":
        c = Int(self.v)
        c.negz = self.negz
        return c

    def _set(self, v: int) -> "Int":
        self.v = v
        self.negz = False
        return self

    def _sign_text(self) -> str:
        return "-" if self.v < 0 or self.negz else ""

    # -------------------------------------------------------------- setting

    def Set(self, x: "Int") -> "Int":
        return self._set(x.v)

    def SetInt64(self, x: int) -> "Int":
        return self._set(x)

    def SetUint64(self, x: int) -> "Int":
        return self._set(x)

    def SetBit(self, x: "Int", i: int, b: int) -> "Int":
        if i < 0:
            raise _panic("negative bit index")
        if b == 0:
            return self._set(x.v & ~(1 << i))
        if b == 1:
            return self._set(x.v | (1 << i))
        raise _panic("set bit is not 0 or 1")

    def SetBytes(self, buf: Slice) -> "Int":
        return self._set(int.from_bytes(bytes(buf), "big"))

    def SetBits(self, abs_: Slice) -> "Int":
        return self._set(sum(w << (64 * i) for i, w in enumerate(abs_)))

    def SetString(self, s: str, base: int) -> tuple[Optional["Int"], bool]:
        v = _parse(s, base)
        if v is None:
            return None, False
        return self._set(v), True

    # -------------------------------------------------------------- arithmetic

    def Abs(self, x: "Int") -> "Int":
        return self._set(abs(x.v))

    def Neg(self, x: "Int") -> "Int":
        return self._set(-x.v)

    def Add(self, x: "Int", y: "Int") -> "Int":
        return self._set(x.v + y.v)

    def Sub(self, x: "Int", y: "Int") -> "Int":
        return self._set(x.v - y.v)

    def Mul(self, x: "Int", y: "Int") -> "Int":
        return self._set(x.v * y.v)

    def Quo(self, x: "Int", y: "Int") -> "Int":
        return self._set(_quo(x.v, y.v))

    def Rem(self, x: "Int", y: "Int") -> "Int":
        return self._set(x.v - y.v * _quo(x.v, y.v))

    def QuoRem(self, x: "Int", y: "Int", r: "Int") -> tuple["Int", "Int"]:
        q = _quo(x.v, y.v)
        rv = x.v - y.v * q
        self._set(q)
        r._set(rv)
        return self, r

    def Div(self, x: "Int", y: "Int") -> "Int":
        return self._set(_euclid(x.v, y.v)[0])

    def Mod(self, x: "Int", y: "Int") -> "Int":
        return self._set(_euclid(x.v, y.v)[1])

    def DivMod(self, x: "Int", y: "Int", m: "Int") -> tuple["Int", "Int"]:
        q, r = _euclid(x.v, y.v)
        self._set(q)
        m._set(r)
        return self, m

    def Divide(self, x: "Int", y: "Int", r: Optional["Int"], mode: int) -> tuple[Optional["Int"], Optional["Int"]]:
        if y.v == 0:
            raise _div_zero()
        q = _quo(x.v, y.v)
        rem = x.v - y.v * q
        if rem:
            if mode == Floor:
                if (rem < 0) != (y.v < 0):
                    q -= 1
            elif mode == Ceil:
                if (rem < 0) == (y.v < 0):
                    q += 1
            elif mode == Round:
                twice, ay = 2 * abs(rem), abs(y.v)
                if twice > ay or twice == ay and q % 2:
                    q += 1 if (rem < 0) == (y.v < 0) else -1
            elif mode != Trunc:
                raise _panic("big: invalid rounding mode for Divide")
        rem = x.v - y.v * q
        if self is not None:
            self._set(q)
        if r is not None:
            r._set(rem)
        return self, r

    def Exp(self, x: "Int", y: "Int", m: Optional["Int"]) -> Optional["Int"]:
        mod = abs(m.v) if m is not None else 0
        if mod == 0:
            return self._set(x.v ** y.v if y.v > 0 else 1)
        if y.v < 0:
            try:
                inv = pow(x.v, -1, mod)
            except ValueError:
                return None
            return self._set(pow(inv, -y.v, mod))
        return self._set(pow(x.v, y.v, mod))

    def Sqrt(self, x: "Int") -> "Int":
        if x.v < 0:
            raise _panic("square root of negative number")
        from math import isqrt

        return self._set(isqrt(x.v))

    def MulRange(self, a: int, b: int) -> "Int":
        if a > b:
            return self._set(1)
        if a <= 0 <= b:
            return self._set(0)
        p = 1
        for k in range(a, b + 1):
            p *= k
        return self._set(p)

    def Binomial(self, n: int, k: int) -> "Int":
        if k > n:
            return self._set(0)
        if k > n - k:
            k = n - k
        from math import comb

        return self._set(comb(n, k) if n >= 0 and k >= 0 else 0)

    def GCD(self, x: Optional["Int"], y: Optional["Int"], a: "Int", b: "Int") -> "Int":
        g, ca, cb = _ext_gcd(a.v, b.v)
        if x is not None:
            x._set(ca)
            x.negz = ca == 0 and a.v < 0 and b.v != 0  # Go negates a zero cosequence
        if y is not None:
            y._set(cb)
        return self._set(g)

    def ModInverse(self, g: "Int", n: "Int") -> Optional["Int"]:
        if n.v == 0:
            raise _div_zero()
        mod = abs(n.v)
        try:
            return self._set(pow(g.v, -1, mod))
        except ValueError:
            return None

    def ModSqrt(self, x: "Int", p: "Int") -> Optional["Int"]:
        r = _mod_sqrt(x.v % p.v, p.v)
        return None if r is None else self._set(r)

    # -------------------------------------------------------------- bits

    def Lsh(self, x: "Int", n: int) -> "Int":
        return self._set(x.v << n)

    def Rsh(self, x: "Int", n: int) -> "Int":
        return self._set(x.v >> n)

    def And(self, x: "Int", y: "Int") -> "Int":
        return self._set(x.v & y.v)

    def AndNot(self, x: "Int", y: "Int") -> "Int":
        return self._set(x.v & ~y.v)

    def Or(self, x: "Int", y: "Int") -> "Int":
        return self._set(x.v | y.v)

    def Xor(self, x: "Int", y: "Int") -> "Int":
        return self._set(x.v ^ y.v)

    def Not(self, x: "Int") -> "Int":
        return self._set(~x.v)

    def Bit(self, i: int) -> int:
        if i < 0:
            raise _panic("negative bit index")
        return (self.v >> i) & 1

    def BitLen(self) -> int:
        return abs(self.v).bit_length()

    def TrailingZeroBits(self) -> int:
        a = abs(self.v)
        return (a & -a).bit_length() - 1 if a else 0

    def Bits(self) -> Slice:
        a, words = abs(self.v), []
        while a:
            words.append(a & _M64)
            a >>= 64
        return Slice(words)

    def Bytes(self) -> Slice:
        a = abs(self.v)
        return Slice(list(a.to_bytes((a.bit_length() + 7) // 8, "big")))

    def FillBytes(self, buf: Slice) -> Slice:
        a = abs(self.v)
        if (a.bit_length() + 7) // 8 > len(buf):
            raise _panic("math/big: buffer too small to fit value")
        buf.a[buf.off : buf.off + buf.len] = list(a.to_bytes(buf.len, "big"))
        return buf

    # -------------------------------------------------------------- comparing and converting

    def Cmp(self, y: "Int") -> int:
        return (self.v > y.v) - (self.v < y.v)

    def CmpAbs(self, y: "Int") -> int:
        a, b = abs(self.v), abs(y.v)
        return (a > b) - (a < b)

    def Sign(self) -> int:
        return (self.v > 0) - (self.v < 0)

    def Int64(self) -> int:
        low = abs(self.v) & _M64
        v = -low if self.v < 0 else low
        return _v.wrap_int64(v)

    def Uint64(self) -> int:
        return abs(self.v) & _M64

    def IsInt64(self) -> bool:
        return -(1 << 63) <= self.v < (1 << 63)

    def IsUint64(self) -> bool:
        return 0 <= self.v <= _M64

    def Float64(self) -> tuple[float, int]:
        try:
            f = float(self.v)
        except OverflowError:
            return (float("-inf"), Above) if self.v < 0 else (float("inf"), Below)
        back = int(f)
        return f, Accuracy(Exact if back == self.v else Below if back < self.v else Above)

    def ProbablyPrime(self, n: int) -> bool:
        if n < 0:
            raise _panic("negative n for ProbablyPrime")
        return _is_prime(self.v)

    # -------------------------------------------------------------- text

    def String(self) -> str:
        return "<nil>" if self is None else "-0" if self.negz else str(self.v)

    def Text(self, base: int) -> str:
        return "<nil>" if self is None else "-0" if self.negz else _text(self.v, base)

    def Append(self, buf: Slice, base: int) -> Slice:
        text = "<nil>" if self is None else "-0" if self.negz else _text(self.v, base)
        return _v.append(buf, *text.encode())

    def MarshalText(self) -> tuple[Slice, Any]:
        return Slice(list((self.String()).encode())), None

    def AppendText(self, b: Slice) -> tuple[Slice, Any]:
        return _v.append(b, *self.String().encode()), None

    def MarshalJSON(self) -> tuple[Slice, Any]:
        return Slice(list(("null" if self is None else str(self.v)).encode())), None

    def UnmarshalText(self, text: Slice) -> Any:
        s = bytes(text).decode("utf-8", "replace")
        v = _parse(s, 0)
        if v is None:
            return GoError(f"math/big: cannot unmarshal {_quote(s)} into a *big.Int")
        self._set(v)
        return None

    def UnmarshalJSON(self, text: Slice) -> Any:
        return None if bytes(text) == b"null" else self.UnmarshalText(text)

    def Scan(self, s: Any, ch: int) -> Any:
        """fmt.Scanner: a number in the verb's base (by its prefix for %v and %s)."""
        base = {"b": 2, "o": 8, "d": 10, "x": 16, "X": 16, "s": 0, "v": 0}.get(chr(ch))
        if base is None:
            return GoError("Int.Scan: invalid verb")
        tok, _ = s.Token(True, lambda r: chr(r) in "+-_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
        v = _parse(bytes(tok).decode(), base)
        if v is None:
            return GoError("math/big: cannot unmarshal into a *big.Int")
        self._set(v)
        return None

    def Format(self, s: Any, ch: int) -> None:
        verb = chr(ch)
        base = {"b": 2, "o": 8, "O": 8, "d": 10, "s": 10, "v": 10, "x": 16, "X": 16}.get(verb)
        if base is None:
            from go2py.runtime.std import fmt as _fmt

            _fmt.Fprintf(s, "%%!%c(big.Int=%s)", ch, self.String())
            return
        if self is None:
            s.WriteString("<nil>")
            return
        sign = "-" if self._sign_text() else "+" if s.Flag(ord("+")) else " " if s.Flag(ord(" ")) else ""
        prefix = ""
        if s.Flag(ord("#")):
            prefix = {"b": "0b", "o": "0", "x": "0x", "X": "0X"}.get(verb, "")
        if verb == "O":
            prefix = "0o"
        digits = _text(abs(self.v), base)
        if verb == "X":
            digits = digits.upper()
        left = zeros = right = 0
        prec, prec_set = s.Precision()
        if prec_set:
            if len(digits) < prec:
                zeros = prec - len(digits)
            elif digits == "0" and prec == 0:
                return
        length = len(sign) + len(prefix) + zeros + len(digits)
        width, width_set = s.Width()
        if width_set and length < width:
            d = width - length
            if s.Flag(ord("-")):
                right = d
            elif s.Flag(ord("0")) and not prec_set:
                zeros = d
            else:
                left = d
        s.WriteString(" " * left + sign + prefix + "0" * zeros + digits + " " * right)


def _quote(s: str) -> str:
    from go2py.runtime.std import strconv

    return strconv.Quote(s)


def _quo(a: int, b: int) -> int:
    if b == 0:
        raise _div_zero()
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def _euclid(a: int, b: int) -> tuple[int, int]:
    if b == 0:
        raise _div_zero()
    q, r = divmod(a, b)
    if r < 0:  # Python's remainder has b's sign; Euclid's is never negative
        q, r = q + 1, r - b
    return q, r


def _ext_gcd(a: int, b: int) -> tuple[int, int, int]:
    """gcd(|a|, |b|) >= 0 and x, y with a*x + b*y = gcd, the coefficients Go's lehmerGCD
    gives: the cosequence of |a| (x takes a's sign), y from the equation."""
    if a == 0 or b == 0:
        # Go: GCD(0, b) = |b| with x = 0, y = sign(b); GCD(a, 0) = |a|, x = sign(a), y = 0.
        if a == 0 and b == 0:
            return 0, 0, 0
        if a == 0:
            return abs(b), 0, (1 if b > 0 else -1)
        return abs(a), (1 if a > 0 else -1), 0
    A, B = abs(a), abs(b)
    # Euclid with the cosequence of A: ua*A = g (mod B)
    ua, ub = 1, 0
    x, y = A, B
    if x < y:
        x, y = y, x
        ua, ub = ub, ua
    while y:
        q, r = divmod(x, y)
        x, y = y, r
        ua, ub = ub, ua - q * ub
    g = x
    if a < 0:
        ua = -ua
    cy = (g - a * ua) // b
    return g, ua, cy


def _mod_sqrt(x: int, p: int) -> Optional[int]:
    """A square root of x mod the odd prime p, by Go's choice of method."""
    if _jacobi(x, p) == -1:
        return None
    if _jacobi(x, p) == 0:
        return 0
    if p % 4 == 3:
        return pow(x, (p + 1) // 4, p)
    if p % 8 == 5:
        e = (p - 5) // 8
        tx = (2 * x) % p
        alpha = pow(tx, e, p)
        beta = (alpha * alpha) % p
        beta = (beta * tx) % p
        beta = (beta - 1) % p
        beta = (beta * x) % p
        beta = (beta * alpha) % p
        return beta
    # Tonelli-Shanks
    s, e = p - 1, 0
    while s % 2 == 0:
        s //= 2
        e += 1
    n = 2
    while _jacobi(n, p) != -1:
        n += 1
    y = pow(x, (s + 1) // 2, p)
    b = pow(x, s, p)
    g = pow(n, s, p)
    r = e
    while True:
        m, t = 0, b
        while t != 1:
            t = (t * t) % p
            m += 1
        if m == 0:
            return y
        t = pow(g, 1 << (r - m - 1), p)
        g = (t * t) % p
        y = (y * t) % p
        b = (b * g) % p
        r = m


def _jacobi(x: int, y: int) -> int:
    if y % 2 == 0:
        raise _panic(f"big: invalid 2nd argument to Int.Jacobi: need odd integer but got {y}")
    a, b, j = x, y, 1
    if b < 0:
        if a < 0:
            j = -1
        b = -b
    while True:
        if b == 1:
            return j
        if a == 0:
            return 0
        a %= b
        if a == 0:
            return 0
        s = (a & -a).bit_length() - 1
        if s & 1:
            bmod8 = b & 7
            if bmod8 in (3, 5):
                j = -j
        c = a >> s
        if b & 3 == 3 and c & 3 == 3:
            j = -j
        a, b = b, c


def Jacobi(x: Int, y: Int) -> int:
    return _jacobi(x.v, y.v)


def _is_prime(n: int) -> bool:
    """Go's ProbablyPrime answers are exact below 2**64 and right with overwhelming
    probability above: Miller-Rabin on fixed bases (exact below 3.3e24) and on random
    bases above."""
    if n < 2:
        return False
    small = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41)
    for p in small:
        if n % p == 0:
            return n == p
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    bases = list(small)
    if n >= 3317044064679887385961981:
        import random

        rnd = random.Random(n)
        bases += [rnd.randrange(2, n - 1) for _ in range(20)]
    for a in bases:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True


def NewInt(x: int) -> Int:
    return Int(x)


class Word(int):
    pass


# ---------------------------------------------------------------- Rat


def _parse_rat(s: str) -> Optional[tuple[int, int]]:
    """Go's Rat.SetString: "a/b" (each part with Int's prefixes), or a floating-point
    number in decimal (with an e exponent) or with a 0b/0o/0x prefix (a p exponent)."""
    from fractions import Fraction

    if not s:
        return None
    if "/" in s:
        a_txt, b_txt = s.split("/", 1)
        a, b = _parse(a_txt, 0), _parse(b_txt, 0)
        if a is None or b is None or b == 0 or b_txt[:1] in "+-":
            return None
        return a, b
    neg = s[0] == "-"
    body = s[1:] if s[0] in "+-" else s
    low = body[:2].lower()
    if low in ("0x", "0b", "0o"):
        base = {"0x": 16, "0b": 2, "0o": 8}[low]
        mant, _, exp = body[2:].lower().partition("p")
        whole, _, frac = mant.partition(".")
        digits = (whole + frac).replace("_", "")
        v = _parse(digits, base) if digits else None
        if v is None or not exp and "p" in body.lower():
            return None
        e = int(exp) if exp else 0
        r = Fraction(v, base ** len(frac.replace("_", ""))) * Fraction(2) ** e
    else:
        if not body or not (body[0].isdigit() or body[0] == ".") or any(c in body for c in " _\t\n"):
            return None
        try:
            r = Fraction(body)
        except (ValueError, ZeroDivisionError):
            return None
    if neg:
        r = -r
    return r.numerator, r.denominator


class Rat:
    """*big.Rat: numerator and denominator as Int, normalized after every operation."""

    __slots__ = ("a", "b")
    __goname__ = "*big.Rat"

    def __init__(self, a: int = 0, b: int = 1) -> None:
        self.a = Int(a)
        self.b = Int(b)

    def _copy(self) -> "Rat":
        return Rat(self.a.v, self.b.v)

    def _set(self, a: int, b: int) -> "Rat":
        from math import gcd

        if b == 0:
            raise _div_zero()
        if b < 0:
            a, b = -a, -b
        g = gcd(a, b) or 1
        self.a._set(a // g)
        self.b._set(b // g)
        return self

    def _frac(self) -> tuple[int, int]:
        return self.a.v, self.b.v or 1

    def Set(self, x: "Rat") -> "Rat":
        return self._set(*x._frac())

    def SetInt(self, x: Int) -> "Rat":
        return self._set(x.v, 1)

    def SetInt64(self, x: int) -> "Rat":
        return self._set(x, 1)

    def SetUint64(self, x: int) -> "Rat":
        return self._set(x, 1)

    def SetFrac(self, a: Int, b: Int) -> "Rat":
        return self._set(a.v, b.v)

    def SetFrac64(self, a: int, b: int) -> "Rat":
        return self._set(a, b)

    def SetFloat64(self, f: float) -> Optional["Rat"]:
        if f != f or f in (float("inf"), float("-inf")):
            return None
        a, b = f.as_integer_ratio()
        return self._set(a, b)

    def SetString(self, s: str) -> tuple[Optional["Rat"], bool]:
        r = _parse_rat(s)
        if r is None:
            return None, False
        return self._set(*r), True

    def Num(self) -> Int:
        return self.a

    def Denom(self) -> Int:
        if self.b.v == 0:
            self.b._set(1)
        return self.b

    def Add(self, x: "Rat", y: "Rat") -> "Rat":
        (a, b), (c, d) = x._frac(), y._frac()
        return self._set(a * d + c * b, b * d)

    def Sub(self, x: "Rat", y: "Rat") -> "Rat":
        (a, b), (c, d) = x._frac(), y._frac()
        return self._set(a * d - c * b, b * d)

    def Mul(self, x: "Rat", y: "Rat") -> "Rat":
        (a, b), (c, d) = x._frac(), y._frac()
        return self._set(a * c, b * d)

    def Quo(self, x: "Rat", y: "Rat") -> "Rat":
        (a, b), (c, d) = x._frac(), y._frac()
        if c == 0:
            raise _div_zero()
        return self._set(a * d, b * c)

    def Inv(self, x: "Rat") -> "Rat":
        a, b = x._frac()
        if a == 0:
            raise _div_zero()
        return self._set(b, a)

    def Neg(self, x: "Rat") -> "Rat":
        a, b = x._frac()
        return self._set(-a, b)

    def Abs(self, x: "Rat") -> "Rat":
        a, b = x._frac()
        return self._set(abs(a), b)

    def Cmp(self, y: "Rat") -> int:
        (a, b), (c, d) = self._frac(), y._frac()
        return (a * d > c * b) - (a * d < c * b)

    def Sign(self) -> int:
        return self.a.Sign()

    def IsInt(self) -> bool:
        return self._frac()[1] == 1

    def Float64(self) -> tuple[float, bool]:
        from fractions import Fraction

        a, b = self._frac()
        try:
            f = a / b
        except OverflowError:
            f = float("inf") if a > 0 else float("-inf")
        return f, f not in (float("inf"), float("-inf")) and Fraction(f) == Fraction(a, b)

    def Float32(self) -> tuple[float, bool]:
        from fractions import Fraction

        f = _v.f32(self.Float64()[0])
        a, b = self._frac()
        return f, f not in (float("inf"), float("-inf")) and Fraction(f) == Fraction(a, b)

    def FloatPrec(self) -> tuple[int, bool]:
        b = self._frac()[1]
        p = q = 0
        while b % 2 == 0:
            b //= 2
            p += 1
        while b % 5 == 0:
            b //= 5
            q += 1
        return max(p, q), b == 1

    def String(self) -> str:
        if self is None:
            return "<nil>"
        a, b = self._frac()
        return f"{a}/{b}"

    def RatString(self) -> str:
        a, b = self._frac()
        return str(a) if b == 1 else f"{a}/{b}"

    def FloatString(self, prec: int) -> str:
        a, b = self._frac()
        if b == 1:
            return str(a) + ("." + "0" * prec if prec > 0 else "")
        q, r = divmod(abs(a), b)
        p = 10 ** max(prec, 0)
        frac, r2 = divmod(r * p, b)
        if 2 * r2 >= b:  # halves round away from zero
            frac += 1
            if frac >= p:
                q += 1
                frac -= p
        text = str(q) + (f".{frac:0{prec}d}" if prec > 0 else "")
        return ("-" if a < 0 else "") + text

    def Scan(self, s: Any, ch: int) -> Any:
        """fmt.Scanner: a fraction or a floating-point number."""
        if chr(ch) not in "efgEFGv":
            return GoError("Rat.Scan: invalid verb")
        tok, _ = s.Token(True, lambda r: chr(r) in "+-/0123456789.eE")
        r = _parse_rat(bytes(tok).decode())
        if r is None:
            return GoError("Rat.Scan: invalid syntax")
        self._set(*r)
        return None

    def MarshalText(self) -> tuple[Slice, Any]:
        return Slice(list(self.RatString().encode())), None

    def AppendText(self, b: Slice) -> tuple[Slice, Any]:
        return _v.append(b, *self.RatString().encode()), None

    def UnmarshalText(self, text: Slice) -> Any:
        s = bytes(text).decode("utf-8", "replace")
        r = _parse_rat(s)
        if r is None:
            return GoError(f"math/big: cannot unmarshal {_quote(s)} into a *big.Rat")
        self._set(*r)
        return None


def NewRat(a: int, b: int) -> Rat:
    return Rat()._set(a, b)
