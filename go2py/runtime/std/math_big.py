"""Go's ``math/big``, its ``Int``: a Python int inside, Go's results and texts outside.

Methods set and return their receiver as Go's do (``z.Add(x, y)`` is ``z``). Quo/Rem
truncate like Go's ``/`` and ``%``; Div/Mod/DivMod are Euclidean; bit operations act on
two's complement as Go documents. ``Format`` implements fmt's verbs b, o, O, d, s, v, x, X
with flags, width and precision as Go's does. ``Rat`` keeps two ``Int`` (``Num`` and
``Denom`` return them, as Go returns references) in lowest terms. Both scan with fmt's
``Sscan`` family. ``Float`` is Go's arbitrary precision binary floating point: a Python int
mantissa and a binary exponent, rounded after every operation by the six rounding modes with
Go's accuracy reports; ``Sqrt``, decimal parsing with large exponents and the shortest
decimal text follow Go's own methods, so their results agree to the bit and to the digit.
``Int.Rand`` draws as Go's ``nat.random`` does (two ``Uint32`` per 64-bit word, low half
first, the top word masked to the limit's bit length, drawn again while not below the limit).
``Rat``'s gob form is Go's, and ``GobDecode`` keeps the decoded fraction unreduced as Go does
(``Set``, ``Neg``, ``Abs`` and ``Inv`` copy it so); the zero ``Rat`` has an empty denominator
(``Int`` 0 here) that reads as 1. Float's gob methods are not declared.
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


def _partial(s: str, base: int) -> Optional[tuple[int, bool]]:
    """What a failed Int.SetString or UnmarshalText leaves (Go calls it undefined), as
    (value, whether the scan itself failed): the scan keeps the digits it read before the first
    that is not one of the base's; when it failed (no digits, a misplaced separator) the old
    sign stays, so a zero can be -0. With nothing to read the value is kept (None)."""
    if not s or not (base == 0 or 2 <= base <= MaxBase):
        return None
    neg = s[0] == "-"
    if s[0] in "+-":
        s = s[1:]
    sep, prev, octal_zero = base == 0, "", False
    if base == 0:
        base = 10
        low = s[:2].lower()
        if low in ("0b", "0o", "0x"):
            base, s, prev = {"0b": 2, "0o": 8, "0x": 16}[low], s[2:], "0"
        elif s[:1] == "0":
            base, s, prev, octal_zero = 8, s[1:], "0", True
    v, digits, bad_sep = 0, 0, False
    for ch in s:
        if ch == "_" and sep:
            bad_sep = bad_sep or prev != "0"
            prev = ch
            continue
        d = _DIGITS.find(ch.lower()) if base <= 36 else _DIGITS.find(ch)
        if d < 0 or d >= base:
            break
        v, digits, prev = v * base + d, digits + 1, "0"
    bad_sep = bad_sep or prev == "_"
    if not digits and not octal_zero:
        return 0, True
    if bad_sep:
        return v, True
    return (-v if neg else v), False


class Int:
    """*big.Int. ``negz`` marks the "-0" that Go's GCD can leave in a coefficient (its sign
    flag set on a zero magnitude word); Go prints it so, and so does this. ``negz == 2`` is a
    sign flag on an empty magnitude (a Rat's gob-decoded "-0" numerator): fmt's verbs print its
    sign, String does not."""

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

    def _scan_left(self, left: Optional[tuple[int, bool]]) -> None:
        """Take what a failed scan leaves (_partial): a failed scan keeps the sign."""
        if left is None:
            return
        v, keep_sign = left
        negative = self.v < 0 or self.negz
        if keep_sign and negative:
            self._set(-v)
            self.negz = v == 0
        else:
            self._set(v)

    def _sign_text(self) -> str:
        return "-" if self.v < 0 or self.negz else ""

    # -------------------------------------------------------------- setting

    def Set(self, x: "Int") -> "Int":
        return self._set(x.v)

    def Rand(self, rnd: Any, n: "Int") -> "Int":
        """A uniform draw in [0, n) from rnd as Go's nat.random makes it; 0 when n <= 0."""
        limit = n.v
        if limit <= 0:
            return self._set(0)
        bits = limit.bit_length()
        words = (bits + 63) // 64
        mask = (1 << bits) - 1
        while True:
            z = 0
            for i in range(words):
                lo = rnd.Uint32()
                z |= (lo | rnd.Uint32() << 32) << (64 * i)
            z &= mask
            if z < limit:
                return self._set(z)

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
            self._scan_left(_partial(s, base))
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
        return "<nil>" if self is None else "-0" if self.negz == 1 else str(self.v)

    def Text(self, base: int) -> str:
        return "<nil>" if self is None else "-0" if self.negz == 1 else _text(self.v, base)

    def Append(self, buf: Slice, base: int) -> Slice:
        text = "<nil>" if self is None else "-0" if self.negz == 1 else _text(self.v, base)
        return _v.append(buf, *text.encode())

    def MarshalText(self) -> tuple[Slice, Any]:
        return Slice(list((self.String()).encode())), None

    def GobEncode(self) -> tuple[Slice, Any]:
        """Go's gob form: a byte of version 1 and the sign, then the magnitude's bytes."""
        m = abs(self.v)
        head = 2 | (1 if self.v < 0 or self.negz else 0)
        return Slice(bytearray([head]) + m.to_bytes((m.bit_length() + 7) // 8, "big")), None

    def GobDecode(self, buf: Slice) -> Any:
        data = bytes(buf)
        if not data:
            self.v, self.negz = 0, False
            return None
        if data[0] >> 1 != 1:
            from go2py.runtime.std import fmt

            return fmt.Errorf("Int.GobDecode: encoding version %d not supported", data[0] >> 1)
        m = int.from_bytes(data[1:], "big")
        self.v, self.negz = (-m if data[0] & 1 else m), False
        return None

    def AppendText(self, b: Slice) -> tuple[Slice, Any]:
        return _v.append(b, *self.String().encode()), None

    def MarshalJSON(self) -> tuple[Slice, Any]:
        return Slice(list(("null" if self is None else str(self.v)).encode())), None

    def UnmarshalText(self, text: Slice) -> Any:
        s = bytes(text).decode("utf-8", "replace")
        v = _parse(s, 0)
        if v is None:
            self._scan_left(_partial(s, 0))
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
    __gonil__ = True  # GobEncode takes a nil receiver

    def __init__(self, a: int = 0, b: int = 0) -> None:
        self.a = Int(a)
        self.b = Int(b)  # 0: Go's empty denominator of the zero Rat, read as 1

    def _copy(self) -> "Rat":
        c = Rat(self.a.v, self.b.v)
        c.a.negz = self.a.negz
        return c

    def _raw(self, x: "Rat") -> "Rat":
        """Go's Set: x's numerator and denominator as they are (GobDecode leaves them
        unreduced), an empty denominator made 1."""
        if x is not self:
            self.a.v, self.a.negz = x.a.v, x.a.negz
            self.b.v = x.b.v
        if self.b.v == 0:
            self.b.v = 1
        return self

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
        return self._raw(x)

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
            return Int(1)  # as Go's: a new Int for the zero Rat's empty denominator
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
        if x.a.v == 0:
            raise _div_zero()
        self._raw(x)
        a, b = self.a.v, self.b.v
        self.a.v, self.b.v = (-b if a < 0 else b), abs(a)
        return self

    def Neg(self, x: "Rat") -> "Rat":
        self._raw(x)
        self.a.v, self.a.negz = -self.a.v, False
        return self

    def Abs(self, x: "Rat") -> "Rat":
        self._raw(x)
        self.a.v, self.a.negz = abs(self.a.v), False
        return self

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
        return ("-" if a < 0 or self.a.negz else "") + text

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

    def GobEncode(self) -> tuple[Slice, Any]:
        """Go's gob form: a byte of version 1 and the sign, the numerator's length as four
        big-endian bytes, the numerator's then the denominator's bytes (none for an empty
        denominator)."""
        if self is None:
            return _v.NIL_SLICE, None
        a, b = abs(self.a.v), self.b.v
        num = a.to_bytes((a.bit_length() + 7) // 8, "big")
        den = b.to_bytes((b.bit_length() + 7) // 8, "big")
        head = 2 | (1 if self.a.v < 0 or self.a.negz else 0)
        return Slice(bytearray([head]) + len(num).to_bytes(4, "big") + num + den), None

    def GobDecode(self, buf: Slice) -> Any:
        """As Go's: the fraction is taken as it is encoded, not reduced."""
        data = bytes(buf)
        if not data:
            self.a._set(0)
            self.b._set(0)
            return None
        if len(data) < 5:
            return GoError("Rat.GobDecode: buffer too small")
        if data[0] >> 1 != 1:
            from go2py.runtime.std import fmt

            return fmt.Errorf("Rat.GobDecode: encoding version %d not supported", data[0] >> 1)
        i = 5 + int.from_bytes(data[1:5], "big")
        if len(data) < i:
            return GoError("Rat.GobDecode: buffer too small")
        m = int.from_bytes(data[5:i], "big")
        neg = bool(data[0] & 1)
        self.a.v, self.a.negz = (-m if neg else m), (2 if neg and m == 0 else False)
        self.b._set(int.from_bytes(data[i:], "big"))
        return None

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


# ---------------------------------------------------------------- Float
#
# A finite Float is (-1)**neg * mant * 2**(exp - mant.bit_length()): mant is a positive
# Python int of at most prec bits (its most significant bit stands just below the binary
# point), exp the binary exponent Go reports through MantExp. Zero and infinity are forms
# with a sign and no mantissa. Every result is rounded to the receiver's precision by its
# mode, and acc records on which side of the exact result the rounded one lies.

_ZERO, _FINITE, _INF = 0, 1, 2


class ErrNaN:
    """big.ErrNaN: the value Float operations panic with where IEEE 754 gives a NaN."""

    __slots__ = ("msg",)
    __goname__ = "big.ErrNaN"

    def __init__(self, msg: str = "") -> None:
        self.msg = msg

    def Error(self) -> str:
        return self.msg

    def _copy(self) -> ErrNaN:
        return ErrNaN(self.msg)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ErrNaN) and other.msg == self.msg

    def __hash__(self) -> int:
        return hash(self.msg)


def _isnan(x: float) -> bool:
    import math

    return math.isnan(x)


ErrNaN.__gotype__ = _v.foreign_type(ErrNaN, "big.ErrNaN", path="math/big")  # type: ignore[attr-defined]
ErrNaN.__gotype__.fields = [("msg", _v.STRING, "", False)]  # type: ignore[attr-defined]


def _nan(msg: str) -> GoPanic:
    """A panic with an ErrNaN value (a struct value in an interface is boxed)."""
    return GoPanic(_v.Box(ErrNaN.__gotype__, ErrNaN(msg)))  # type: ignore[attr-defined]


def _acc_for(above: bool) -> int:
    return Above if above else Below


def _dstr(n: int) -> str:
    """str(n) for n >= 0 of any size (Python limits str() of huge ints)."""
    if n.bit_length() < 12000:
        return str(n)
    half = int(n.bit_length() * 0.30102999566398) // 2
    hi, lo = divmod(n, 10**half)
    return _dstr(hi) + _dstr(lo).rjust(half, "0")


def _dparse(s: str) -> int:
    """int(s) for a string of decimal digits of any length."""
    if len(s) < 3000:
        return int(s)
    half = len(s) // 2
    return _dparse(s[:-half]) * 10**half + _dparse(s[-half:])


class _Dec:
    """An exact decimal 0.mant * 10**exp (mant: digits without trailing zeros; "" is 0),
    with Go's rounding of a digit string: half to even on the exact digits."""

    __slots__ = ("exp", "mant")

    def __init__(self, m: int = 0, shift: int = 0) -> None:
        # the value m * 2**shift, m >= 0
        if m == 0:
            self.mant, self.exp = "", 0
            return
        if shift < 0:
            tz = (m & -m).bit_length() - 1
            k = min(-shift, tz)
            m >>= k
            shift += k
        if shift >= 0:
            s = _dstr(m << shift)
            self.exp = len(s)
        else:
            s = _dstr(m * 5 ** (-shift))
            self.exp = len(s) + shift
        self.mant = s.rstrip("0")

    def at(self, i: int) -> str:
        return self.mant[i] if 0 <= i < len(self.mant) else "0"

    def _trim(self) -> None:
        self.mant = self.mant.rstrip("0")
        if not self.mant:
            self.exp = 0

    def round(self, n: int) -> None:
        if n < 0 or n >= len(self.mant):
            return
        d = self.mant[n]
        if d == "5" and n + 1 == len(self.mant):
            up = n > 0 and (ord(self.mant[n - 1]) - 48) & 1 == 1
        else:
            up = d >= "5"
        if up:
            self.round_up(n)
        else:
            self.round_down(n)

    def round_up(self, n: int) -> None:
        if n < 0 or n >= len(self.mant):
            return
        while n > 0 and self.mant[n - 1] >= "9":
            n -= 1
        if n == 0:
            self.mant = "1"
            self.exp += 1
            return
        self.mant = self.mant[: n - 1] + chr(ord(self.mant[n - 1]) + 1)

    def round_down(self, n: int) -> None:
        if n < 0 or n >= len(self.mant):
            return
        self.mant = self.mant[:n]
        self._trim()


class _StrReader:
    """An io.ByteScanner over a string's bytes, for Parse."""

    def __init__(self, s: str) -> None:
        self.b = _v.str_bytes(s)
        self.i = 0

    def read(self) -> tuple[int, Any]:
        if self.i >= len(self.b):
            from go2py.runtime.std import io as _io

            return 0, _io.EOF
        c = self.b[self.i]
        self.i += 1
        return c, None

    def unread(self) -> None:
        self.i -= 1


class _StateReader:
    """Bytes read through a fmt.ScanState, one single-byte rune at a time, for Scan."""

    def __init__(self, s: Any) -> None:
        self.s = s

    def read(self) -> tuple[int, Any]:
        r, size, err = self.s.ReadRune()
        if size != 1 and err is None:
            from go2py.runtime.std import fmt as _fmt

            err = _fmt.Errorf("invalid rune %#U", r)
        return r & 0xFF, err

    def unread(self) -> None:
        self.s.UnreadRune()


def _is_eof(err: Any) -> bool:
    from go2py.runtime.std import io as _io

    return err is _io.EOF


_ERR_NO_DIGITS = GoError("number has no digits")
_ERR_INVAL_SEP = GoError("'_' must separate successive digits")


def _scan_mant(r: Any, base: int) -> tuple[int, int, int, Any]:
    """A mantissa with an optional point: its digits as an int, the base it was read in,
    minus the number of digits after the point (or the digit count without a point), and
    an error. Base 0 takes a 0b/0o/0x prefix and underscores between digits."""
    if base not in (0, 2, 8, 10, 16):
        raise _panic(f"invalid number base {base}")
    prev, inval_sep, frac_ok = ".", False, True
    ch, err = r.read()
    b, count, prefix = base, 0, ""
    if base == 0:
        b = 10
        if err is None and ch == 0x30:
            prev, count = "0", 1
            ch, err = r.read()
            if err is None:
                prefix = {0x62: "b", 0x6F: "o", 0x78: "x"}.get(ch | 0x20, "")
                if prefix:
                    b = {"b": 2, "o": 8, "x": 16}[prefix]
                    count = 0
                    ch, err = r.read()
    digits: list[str] = []
    dp = -1
    while err is None:
        if ch == 0x2E and frac_ok:
            frac_ok = False
            if prev == "_":
                inval_sep = True
            prev, dp = ".", count
        elif ch == 0x5F and base == 0:
            if prev != "0":
                inval_sep = True
            prev = "_"
        else:
            if 0x30 <= ch <= 0x39:
                d = ch - 0x30
            elif 0x61 <= ch <= 0x7A:
                d = ch - 0x61 + 10
            elif 0x41 <= ch <= 0x5A:
                d = ch - 0x41 + (10 if b <= 36 else 36)
            else:
                d = MaxBase + 1
            if d >= b:
                r.unread()
                break
            prev = "0"
            count += 1
            digits.append("0123456789abcdef"[d])
        ch, err = r.read()
    if _is_eof(err):
        err = None
    if err is None and (inval_sep or prev == "_"):
        err = _ERR_INVAL_SEP
    if count == 0:
        err = _ERR_NO_DIGITS
    text = "".join(digits)
    value = 0 if not text else _dparse(text) if b == 10 else int(text, b)
    if dp >= 0:
        count = dp - count
    return value, b, count, err


def _scan_exponent(r: Any, sep_ok: bool) -> tuple[int, int, Any]:
    """An optional exponent: 'e' (a power of ten) or 'p' (of two), signed decimal digits."""
    ch, err = r.read()
    if err is not None:
        return 0, 10, None if _is_eof(err) else err
    if ch in (0x65, 0x45):
        base = 10
    elif ch in (0x70, 0x50):
        base = 2
    else:
        r.unread()
        return 0, 10, None
    digits = ""
    ch, err = r.read()
    if err is None and ch in (0x2B, 0x2D):
        if ch == 0x2D:
            digits = "-"
        ch, err = r.read()
    prev, inval_sep, has_digits = ".", False, False
    while err is None:
        if 0x30 <= ch <= 0x39:
            digits += chr(ch)
            prev, has_digits = "0", True
        elif ch == 0x5F and sep_ok:
            if prev != "0":
                inval_sep = True
            prev = "_"
        else:
            r.unread()
            break
        ch, err = r.read()
    if _is_eof(err):
        err = None
    if err is None and not has_digits:
        err = _ERR_NO_DIGITS
    exp = 0
    if err is None:
        from go2py.runtime.std import strconv

        exp, err = strconv.ParseInt(digits, 10, 64)
    if err is None and (inval_sep or prev == "_"):
        err = _ERR_INVAL_SEP
    return exp, base, err


_POW5_MAX = 27  # 5**27 is the largest power of five below 2**64


class Float:
    """*big.Float (see the comment above)."""

    __slots__ = ("acc", "exp", "form", "mant", "mode", "neg", "prec")
    __goname__ = "*big.Float"
    __gonil__ = True  # MarshalText and AppendText take a nil receiver

    def __init__(self) -> None:
        self.prec = 0
        self.mode = 0
        self.acc = 0
        self.form = _ZERO
        self.neg = False
        self.mant = 0
        self.exp = 0

    def _copy(self) -> Float:
        c = Float()
        c.prec, c.mode, c.acc, c.form, c.neg, c.mant, c.exp = (
            self.prec, self.mode, self.acc, self.form, self.neg, self.mant, self.exp)
        return c

    # -------------------------------------------------------------- rounding

    def _round(self, sbit: int = 0) -> None:
        """Round the mantissa to prec bits by the mode; sbit says whether nonzero bits were
        already dropped below the mantissa."""
        self.acc = Exact
        if self.form != _FINITE:
            return
        m, p = self.mant, self.prec
        n = m.bit_length()
        if n <= p:
            return
        r = n - p
        rbit = (m >> (r - 1)) & 1
        sticky = 1 if sbit or m & ((1 << (r - 1)) - 1) else 0
        m >>= r
        if rbit or sticky:
            mode = self.mode
            if mode == ToNegativeInf:
                inc = self.neg
            elif mode == ToZero:
                inc = False
            elif mode == ToNearestEven:
                inc = bool(rbit) and (bool(sticky) or bool(m & 1))
            elif mode == ToNearestAway:
                inc = bool(rbit)
            elif mode == AwayFromZero:
                inc = True
            elif mode == ToPositiveInf:
                inc = not self.neg
            else:
                raise _panic("unreachable")
            self.acc = _acc_for(inc != self.neg)
            if inc:
                m += 1
                if m.bit_length() > p:
                    if self.exp >= MaxExp:
                        self.form = _INF
                        return
                    self.exp += 1
                    m >>= 1
        self.mant = m

    def _set_exp_and_round(self, exp: int, sbit: int) -> None:
        if exp < MinExp:
            self.acc = _acc_for(self.neg)
            self.form = _ZERO
            return
        if exp > MaxExp:
            self.acc = _acc_for(not self.neg)
            self.form = _INF
            return
        self.form = _FINITE
        self.exp = exp
        self._round(sbit)

    def _set_mant(self, m: int, low: int, sbit: int = 0) -> None:
        """The finite value m * 2**low (m > 0), rounded."""
        self.mant = m
        self._set_exp_and_round(low + m.bit_length(), sbit)

    def _low(self) -> int:
        return self.exp - self.mant.bit_length()

    # -------------------------------------------------------------- precision, mode, accuracy

    def SetPrec(self, prec: int) -> Float:
        self.acc = Exact
        if prec == 0:
            self.prec = 0
            if self.form == _FINITE:
                self.acc = _acc_for(self.neg)
                self.form = _ZERO
            return self
        prec = min(prec, MaxPrec)
        old, self.prec = self.prec, prec
        if prec < old:
            self._round(0)
        return self

    def SetMode(self, mode: int) -> Float:
        self.mode = int(mode)
        self.acc = Exact
        return self

    def Prec(self) -> int:
        return self.prec

    def MinPrec(self) -> int:
        if self.form != _FINITE:
            return 0
        m = self.mant
        return m.bit_length() - ((m & -m).bit_length() - 1)

    def Mode(self) -> RoundingMode:
        return RoundingMode(self.mode)

    def Acc(self) -> Accuracy:
        return Accuracy(self.acc)

    def Sign(self) -> int:
        if self.form == _ZERO:
            return 0
        return -1 if self.neg else 1

    def Signbit(self) -> bool:
        return self.neg

    def IsInf(self) -> bool:
        return self.form == _INF

    def IsInt(self) -> bool:
        if self.form != _FINITE:
            return self.form == _ZERO
        if self.exp <= 0:
            return False
        return self.prec <= self.exp or self.MinPrec() <= self.exp

    def MantExp(self, mant: Float | None) -> int:
        exp = self.exp if self.form == _FINITE else 0
        if mant is not None:
            mant.Copy(self)
            if mant.form == _FINITE:
                mant.exp = 0
        return exp

    def SetMantExp(self, mant: Float, exp: int) -> Float:
        self.Copy(mant)
        if self.form == _FINITE:
            self._set_exp_and_round(self.exp + exp, 0)
        return self

    # -------------------------------------------------------------- setting

    def _set_bits64(self, neg: bool, x: int) -> Float:
        if self.prec == 0:
            self.prec = 64
        self.acc = Exact
        self.neg = neg
        if x == 0:
            self.form = _ZERO
            return self
        self.form = _FINITE
        self.mant = x
        self.exp = x.bit_length()
        if self.prec < 64:
            self._round(0)
        return self

    def SetUint64(self, x: int) -> Float:
        return self._set_bits64(False, x)

    def SetInt64(self, x: int) -> Float:
        return self._set_bits64(x < 0, abs(x))

    def SetFloat64(self, x: float) -> Float:
        import math

        if self.prec == 0:
            self.prec = 53
        if _isnan(x):
            raise _nan("Float.SetFloat64(NaN)")
        self.acc = Exact
        self.neg = math.copysign(1.0, x) < 0
        if x == 0:
            self.form = _ZERO
            return self
        if math.isinf(x):
            self.form = _INF
            return self
        self.form = _FINITE
        fm, e = math.frexp(abs(x))
        self.mant = int(fm * (1 << 53))
        self.exp = e
        if self.prec < 53:
            self._round(0)
        return self

    def SetInt(self, x: Int) -> Float:
        bits = abs(x.v).bit_length()
        if self.prec == 0:
            self.prec = max(bits, 64)
        self.acc = Exact
        self.neg = x.v < 0
        if x.v == 0:
            self.form = _ZERO
            return self
        self.mant = abs(x.v)
        self._set_exp_and_round(bits, 0)
        return self

    def SetRat(self, x: Rat) -> Float:
        if x.IsInt():
            return self.SetInt(x.Num())
        a, b = Float(), Float()
        a.SetInt(x.Num())
        b.SetInt(x.Denom())
        if self.prec == 0:
            self.prec = max(a.prec, b.prec)
        return self.Quo(a, b)

    def SetInf(self, signbit: bool) -> Float:
        self.acc = Exact
        self.form = _INF
        self.neg = signbit
        return self

    def Set(self, x: Float) -> Float:
        self.acc = Exact
        if self is not x:
            self.form = x.form
            self.neg = x.neg
            if x.form == _FINITE:
                self.exp = x.exp
                self.mant = x.mant
            if self.prec == 0:
                self.prec = x.prec
            elif self.prec < x.prec:
                self._round(0)
        return self

    def Copy(self, x: Float) -> Float:
        if self is not x:
            self.prec, self.mode, self.acc = x.prec, x.mode, x.acc
            self.form, self.neg = x.form, x.neg
            if x.form == _FINITE:
                self.mant, self.exp = x.mant, x.exp
        return self

    # -------------------------------------------------------------- converting

    def Uint64(self) -> tuple[int, Accuracy]:
        if self.form == _FINITE:
            if self.neg:
                return 0, Accuracy(Above)
            if self.exp <= 0:
                return 0, Accuracy(Below)
            if self.exp <= 64:
                u = self._trunc()
                return u, Accuracy(Exact if self.MinPrec() <= 64 else Below)
            return _M64, Accuracy(Below)
        if self.form == _ZERO:
            return 0, Accuracy(Exact)
        return (0, Accuracy(Above)) if self.neg else (_M64, Accuracy(Below))

    def _trunc(self) -> int:
        """|x| truncated to an integer, for a finite x."""
        shift = self.exp - self.mant.bit_length()
        return self.mant << shift if shift >= 0 else self.mant >> -shift

    def Int64(self) -> tuple[int, Accuracy]:
        if self.form == _FINITE:
            acc = _acc_for(self.neg)
            if self.exp <= 0:
                return 0, Accuracy(acc)
            if self.exp <= 63:
                i = self._trunc()
                i = -i if self.neg else i
                return i, Accuracy(Exact if self.MinPrec() <= self.exp else acc)
            if self.neg:
                if self.exp == 64 and self.MinPrec() == 1:
                    acc = Exact
                return -(1 << 63), Accuracy(acc)
            return (1 << 63) - 1, Accuracy(Below)
        if self.form == _ZERO:
            return 0, Accuracy(Exact)
        return (-(1 << 63), Accuracy(Above)) if self.neg else ((1 << 63) - 1, Accuracy(Below))

    def _ieee(self, fbits: int, mbits: int) -> tuple[int, int]:
        """The bits of the nearest IEEE float of fbits bits (mbits of mantissa), and the
        accuracy, with Go's handling of the subnormal range."""
        sign = (1 << (fbits - 1)) if self.neg else 0
        inf_bits = ((1 << (fbits - mbits - 1)) - 1) << mbits
        if self.form == _ZERO:
            return sign, Exact
        if self.form == _INF:
            return sign | inf_bits, Exact
        ebits = fbits - mbits - 1
        bias = (1 << (ebits - 1)) - 1
        emin, emax = 1 - bias, bias
        e = self.exp - 1
        p = mbits + 1
        if e < emin:
            p = mbits + 1 - emin + e
            m = self.mant
            half = m & (m - 1) == 0  # the mantissa is exactly 0.5
            if p < 0 or p == 0 and half:
                return sign, _acc_for(self.neg)
            if p == 0:
                return sign | 1, _acc_for(not self.neg)
        r = Float()
        r.prec = p
        r.Set(self)
        e = r.exp - 1
        if r.form == _INF or e > emax:
            return sign | inf_bits, _acc_for(not self.neg)
        # the mantissa's first fbits bits (r may hold more bits than its precision: Sqrt
        # narrows its operand's precision without rounding it)
        shift = fbits - r.mant.bit_length()
        top = r.mant << shift if shift >= 0 else r.mant >> -shift
        if e < emin:
            p = mbits + 1 - emin + e
            return sign | (top >> (fbits - p)), r.acc
        bexp = (e + bias) << mbits
        mant = (top >> ebits) & ((1 << mbits) - 1)
        return sign | bexp | mant, r.acc

    def Float64(self) -> tuple[float, Accuracy]:
        import struct

        bits, acc = self._ieee(64, 52)
        return struct.unpack(">d", bits.to_bytes(8, "big"))[0], Accuracy(acc)

    def Float32(self) -> tuple[float, Accuracy]:
        import struct

        bits, acc = self._ieee(32, 23)
        return struct.unpack(">f", bits.to_bytes(4, "big"))[0], Accuracy(acc)

    def Int(self, z: Int | None) -> tuple[Int | None, Accuracy]:
        if z is None and self.form != _INF:
            z = Int()
        if self.form == _FINITE:
            acc = _acc_for(self.neg)
            if self.exp <= 0:
                return z.SetInt64(0), Accuracy(acc)
            if self.MinPrec() <= self.exp:
                acc = Exact
            i = self._trunc()
            return z._set(-i if self.neg else i), Accuracy(acc)
        if self.form == _ZERO:
            return z.SetInt64(0), Accuracy(Exact)
        return None, Accuracy(_acc_for(self.neg))

    def Rat(self, z: Rat | None) -> tuple[Rat | None, Accuracy]:
        if z is None and self.form != _INF:
            z = Rat()
        if self.form == _FINITE:
            low = self._low()
            m = -self.mant if self.neg else self.mant
            if low >= 0:
                return z._set(m << low, 1), Accuracy(Exact)
            return z._set(m, 1 << -low), Accuracy(Exact)
        if self.form == _ZERO:
            return z.SetInt64(0), Accuracy(Exact)
        return None, Accuracy(_acc_for(self.neg))

    # -------------------------------------------------------------- arithmetic

    def Abs(self, x: Float) -> Float:
        self.Set(x)
        self.neg = False
        return self

    def Neg(self, x: Float) -> Float:
        self.Set(x)
        self.neg = not self.neg
        return self

    def _uadd(self, x: Float, y: Float) -> None:
        ex, ey = x._low(), y._low()
        if ex < ey:
            self._set_mant(x.mant + (y.mant << (ey - ex)), ex)
        else:
            self._set_mant((x.mant << (ex - ey)) + y.mant, ey)

    def _usub(self, x: Float, y: Float) -> None:
        # |x| > |y|
        ex, ey = x._low(), y._low()
        if ex < ey:
            m, low = x.mant - (y.mant << (ey - ex)), ex
        else:
            m, low = (x.mant << (ex - ey)) - y.mant, ey
        if m == 0:
            self.acc = Exact
            self.form = _ZERO
            self.neg = False
            return
        self._set_mant(m, low)

    def _umul(self, x: Float, y: Float) -> None:
        self._set_mant(x.mant * y.mant, x._low() + y._low())

    def _uquo(self, x: Float, y: Float) -> None:
        # enough quotient bits for the rounding bit, the remainder as sticky bit
        k = max(0, self.prec + 2 - (x.mant.bit_length() - y.mant.bit_length()))
        q, r = divmod(x.mant << k, y.mant)
        self._set_mant(q, x._low() - y._low() - k, 1 if r else 0)

    def _ucmp(self, y: Float) -> int:
        if self.exp != y.exp:
            return -1 if self.exp < y.exp else 1
        a, b = self.mant, y.mant
        la, lb = a.bit_length(), b.bit_length()
        if la < lb:
            a <<= lb - la
        else:
            b <<= la - lb
        return (a > b) - (a < b)

    def _add_sub(self, x: Float, y: Float, yneg: bool) -> None:
        self.neg = x.neg
        if x.neg == yneg:
            self._uadd(x, y)
        elif x._ucmp(y) > 0:
            self._usub(x, y)
        else:
            self.neg = not self.neg
            self._usub(y, x)
        if self.form == _ZERO and self.mode == ToNegativeInf and self.acc == Exact:
            self.neg = True

    def Add(self, x: Float, y: Float) -> Float:
        if self.prec == 0:
            self.prec = max(x.prec, y.prec)
        if x.form == _FINITE and y.form == _FINITE:
            self._add_sub(x, y, y.neg)
            return self
        if x.form == _INF and y.form == _INF and x.neg != y.neg:
            self.acc, self.form, self.neg = Exact, _ZERO, False
            raise _nan("addition of infinities with opposite signs")
        if x.form == _ZERO and y.form == _ZERO:
            self.acc, self.form, self.neg = Exact, _ZERO, x.neg and y.neg
            return self
        if x.form == _INF or y.form == _ZERO:
            return self.Set(x)
        return self.Set(y)

    def Sub(self, x: Float, y: Float) -> Float:
        if self.prec == 0:
            self.prec = max(x.prec, y.prec)
        if x.form == _FINITE and y.form == _FINITE:
            self._add_sub(x, y, not y.neg)
            return self
        if x.form == _INF and y.form == _INF and x.neg == y.neg:
            self.acc, self.form, self.neg = Exact, _ZERO, False
            raise _nan("subtraction of infinities with equal signs")
        if x.form == _ZERO and y.form == _ZERO:
            self.acc, self.form, self.neg = Exact, _ZERO, x.neg and not y.neg
            return self
        if x.form == _INF or y.form == _ZERO:
            return self.Set(x)
        return self.Neg(y)

    def Mul(self, x: Float, y: Float) -> Float:
        if self.prec == 0:
            self.prec = max(x.prec, y.prec)
        self.neg = x.neg != y.neg
        if x.form == _FINITE and y.form == _FINITE:
            self._umul(x, y)
            return self
        self.acc = Exact
        if x.form == _ZERO and y.form == _INF or x.form == _INF and y.form == _ZERO:
            self.form, self.neg = _ZERO, False
            raise _nan("multiplication of zero with infinity")
        self.form = _INF if x.form == _INF or y.form == _INF else _ZERO
        return self

    def Quo(self, x: Float, y: Float) -> Float:
        if self.prec == 0:
            self.prec = max(x.prec, y.prec)
        self.neg = x.neg != y.neg
        if x.form == _FINITE and y.form == _FINITE:
            self._uquo(x, y)
            return self
        self.acc = Exact
        if x.form == _ZERO and y.form == _ZERO or x.form == _INF and y.form == _INF:
            self.form, self.neg = _ZERO, False
            raise _nan("division of zero by zero or infinity by infinity")
        self.form = _ZERO if x.form == _ZERO or y.form == _INF else _INF
        return self

    def _ord(self) -> int:
        if self.form == _ZERO:
            return 0
        m = 1 if self.form == _FINITE else 2
        return -m if self.neg else m

    def Cmp(self, y: Float) -> int:
        mx, my = self._ord(), y._ord()
        if mx != my:
            return -1 if mx < my else 1
        if mx == -1:
            return y._ucmp(self)
        if mx == 1:
            return self._ucmp(y)
        return 0

    def Sqrt(self, x: Float) -> Float:
        """Go's method, so its roundings too: Newton's iteration for 1/sqrt(x) from the
        float64 estimate, doubling the precision up to 32 bits more than z's, then x times
        that."""
        import math

        if self.prec == 0:
            self.prec = x.prec
        if x.Sign() == -1:
            raise _nan("square root of negative operand")
        if x.form != _FINITE:
            self.acc, self.form, self.neg = Exact, x.form, x.neg
            return self
        prec = self.prec
        b = x.MantExp(self)
        self.prec = prec
        if b % 2:  # an odd exponent: keep one factor of two in the mantissa
            self.exp += 1 if b > 0 else -1
        z = self
        u, v, three = Float(), Float(), NewFloat(3.0)

        def newton(t: Float) -> Float:
            u.prec = v.prec = t.prec
            u.Mul(t, t)
            u.Mul(z, u)
            v.Sub(three, u)
            u.Mul(t, v)
            u.exp -= 1
            return t.Set(u)

        xf = z.Float64()[0]
        inv = Float()
        inv.SetFloat64(1 / math.sqrt(xf))
        while inv.prec < z.prec + 32:
            inv.prec *= 2
            inv = newton(inv)
        z.Mul(z, inv)
        half = abs(b) // 2
        return z.SetMantExp(z, -half if b < 0 else half)

    # -------------------------------------------------------------- text

    def _pow5(self, n: int) -> Float:
        if n <= _POW5_MAX:
            return self.SetUint64(5**n)
        self.SetUint64(5**_POW5_MAX)
        n -= _POW5_MAX
        f = Float().SetPrec(self.prec + 64).SetUint64(5)
        while n > 0:
            if n & 1:
                self.Mul(self, f)
            f.Mul(f, f)
            n >>= 1
        return self

    def _scan(self, r: Any, base: int) -> tuple[Float | None, int, Any]:
        prec = self.prec or 64
        self.form = _ZERO
        ch, err = r.read()
        if err is not None:
            return None, 0, err
        self.neg = ch == 0x2D
        if ch not in (0x2B, 0x2D):
            r.unread()
        mant, b, fcount, err = _scan_mant(r, base)
        if err is not None:
            return None, b, err
        exp, ebase, err = _scan_exponent(r, base == 0)
        if err is not None:
            return None, b, err
        if mant == 0:
            self.prec, self.acc, self.form = prec, Exact, _ZERO
            return self, b, None
        exp2, exp5 = mant.bit_length(), 0
        if fcount < 0:
            if b == 10:
                exp5 = fcount
            exp2 += fcount * {2: 1, 8: 3, 10: 1, 16: 4}[b]
        if ebase == 10:
            exp5 += exp
        exp2 += exp
        if not MinExp <= exp2 <= MaxExp:
            from go2py.runtime.std import errors

            return None, b, errors.New("exponent overflow")
        self.prec, self.form, self.mant, self.exp = prec, _FINITE, mant, exp2
        if exp5 == 0:
            self._round(0)
            return self, b, None
        p = Float().SetPrec(self.prec + 64)._pow5(abs(exp5))
        if exp5 < 0:
            self.Quo(self, p)
        else:
            self.Mul(self, p)
        return self, b, None

    def Parse(self, s: str, base: int) -> tuple[Float | None, int, Any]:
        if s in ("Inf", "inf"):
            return self.SetInf(False), 0, None
        if len(s) == 4 and s[0] in "+-" and s[1:] in ("Inf", "inf"):
            return self.SetInf(s[0] == "-"), 0, None
        r = _StrReader(s)
        f, b, err = self._scan(r, base)
        if err is not None:
            return f, b, err
        ch, err2 = r.read()
        if err2 is None:
            from go2py.runtime.std import fmt as _fmt

            err = _fmt.Errorf("expected end of string, found %q", ch)
        return f, b, err

    def SetString(self, s: str) -> tuple[Float | None, bool]:
        f, _, err = self.Parse(s, 0)
        return (f, True) if err is None else (None, False)

    def Scan(self, s: Any, ch: int) -> Any:
        s.SkipSpace()
        return self._scan(_StateReader(s), 0)[2]

    def _fmt_b(self) -> str:
        if self.form == _ZERO:
            return "0"
        m, n = self.mant, self.mant.bit_length()
        m = m << (self.prec - n) if n <= self.prec else m >> (n - self.prec)
        e = self.exp - self.prec
        return f"{_dstr(m)}p{'+' if e >= 0 else ''}{e}"

    def _fmt_p(self) -> str:
        if self.form == _ZERO:
            return "0"
        m = self.mant
        m <<= -m.bit_length() % 4
        return f"0x.{format(m, 'x').rstrip('0')}p{'+' if self.exp >= 0 else ''}{self.exp}"

    def _fmt_x(self, prec: int) -> str:
        if self.form == _ZERO:
            return "0x0" + ("." + "0" * prec if prec > 0 else "") + "p+00"
        n = 1 + (self.MinPrec() + 2) // 4 * 4 if prec < 0 else 1 + 4 * prec
        x = Float().SetPrec(n).SetMode(self.mode).Set(self)
        m, k = x.mant, x.mant.bit_length()
        m = m << (n - k) if k <= n else m >> (k - n)
        hm = format(m, "x")
        e = x.exp - 1
        frac = "." + hm[1:] if len(hm) > 1 else ""
        return f"0x1{frac}p{'+' if e >= 0 else '-'}{abs(e):02d}"

    def _round_shortest(self, d: _Dec) -> None:
        """The fewest digits of d that still read back as x at x's precision: a digit string
        within half a unit in the last place (at prec bits) either side."""
        if not d.mant:
            return
        m = self.mant
        s = m.bit_length() - (self.prec + 1)
        low = self._low() + s
        m = m << -s if s < 0 else m >> s
        lower, upper = _Dec(m - 1, low), _Dec(m + 1, low)
        inclusive = m & 2 == 0
        for i, c in enumerate(d.mant):
            lc, uc = lower.at(i), upper.at(i)
            okdown = lc != c or inclusive and i + 1 == len(lower.mant)
            okup = c != uc and (inclusive or ord(c) + 1 < ord(uc) or i + 1 < len(upper.mant)
                                or i >= len(upper.mant) and c < "9")
            if okdown and okup:
                d.round(i + 1)
                return
            if okdown:
                d.round_down(i + 1)
                return
            if okup:
                d.round_up(i + 1)
                return

    def _text(self, fmt: str, prec: int) -> str:
        sign = "-" if self.neg else ""
        if self.form == _INF:
            return sign + ("" if self.neg else "+") + "Inf"
        if fmt == "b":
            return sign + self._fmt_b()
        if fmt == "p":
            return sign + self._fmt_p()
        if fmt == "x":
            return sign + self._fmt_x(prec)
        d = _Dec(self.mant, self._low()) if self.form == _FINITE else _Dec()
        shortest = prec < 0
        if shortest:
            self._round_shortest(d)
            if fmt in "eE":
                prec = len(d.mant) - 1
            elif fmt == "f":
                prec = max(len(d.mant) - d.exp, 0)
            elif fmt in "gG":
                prec = len(d.mant)
        elif fmt in "eE":
            d.round(1 + prec)
        elif fmt == "f":
            d.round(d.exp + prec)
        elif fmt in "gG":
            prec = prec or 1
            d.round(prec)
        if fmt in ("e", "E"):
            return sign + _fmt_e(fmt, prec, d)
        if fmt == "f":
            return sign + _fmt_f(prec, d)
        if fmt in ("g", "G"):
            eprec = prec
            if eprec > len(d.mant) and len(d.mant) >= d.exp:
                eprec = len(d.mant)
            if shortest:
                eprec = 6
            exp = d.exp - 1
            if exp < -4 or exp >= eprec:
                prec = min(prec, len(d.mant))
                return sign + _fmt_e("e" if fmt == "g" else "E", prec - 1, d)
            if prec > d.exp:
                prec = len(d.mant)
            return sign + _fmt_f(max(prec - d.exp, 0), d)
        return "%" + fmt

    def Text(self, format: int, prec: int) -> str:
        return self._text(chr(format & 0xFF), prec)

    def String(self) -> str:
        return self._text("g", 10)

    def Append(self, buf: Slice, fmt: int, prec: int) -> Slice:
        return _v.append(buf, *_v.str_bytes(self._text(chr(fmt & 0xFF), prec)))

    def Format(self, s: Any, ch: int) -> None:
        if self is None:
            s.WriteString("<nil>")
            return
        prec, has_prec = s.Precision()
        if not has_prec:
            prec = 6
        verb = chr(ch)
        if verb == "F":
            verb = "f"
        elif verb in ("v", "g", "G"):
            if verb == "v":
                verb = "g"
            if not has_prec:
                prec = -1
        elif verb not in ("e", "E", "f", "b", "p", "x"):
            from go2py.runtime.std import fmt as _fmt

            _fmt.Fprintf(s, "%%!%c(*big.Float=%s)", ch, self.String())
            return
        text = self._text(verb, prec) or "?"
        sign = ""
        if text[0] == "-":
            sign, text = "-", text[1:]
        elif text[0] == "+":
            sign, text = (" " if s.Flag(ord(" ")) else "+"), text[1:]
        elif s.Flag(ord("+")):
            sign = "+"
        elif s.Flag(ord(" ")):
            sign = " "
        pad = 0
        width, has_width = s.Width()
        if has_width and width > len(sign) + len(text):
            pad = width - len(sign) - len(text)
        if s.Flag(ord("0")) and not self.IsInf():
            s.WriteString(sign + "0" * pad + text)
        elif s.Flag(ord("-")):
            s.WriteString(sign + text + " " * pad)
        else:
            s.WriteString(" " * pad + sign + text)

    def MarshalText(self) -> tuple[Slice, Any]:
        return Float.AppendText(self, Slice([]))

    def AppendText(self, b: Slice) -> tuple[Slice, Any]:
        text = "<nil>" if self is None else self._text("g", -1)
        return _v.append(b, *_v.str_bytes(text)), None

    def UnmarshalText(self, text: Slice) -> Any:
        _, _, err = self.Parse(_v.bytes_str(bytes(text)), 0)
        if err is not None:
            from go2py.runtime.std import fmt as _fmt

            msg = "math/big: cannot unmarshal %q into a *big.Float (%v)"
            return _fmt.Errorf(msg, _v.bytes_str(bytes(text)), err)
        return None


def _fmt_e(fmt: str, prec: int, d: _Dec) -> str:
    out = d.mant[0] if d.mant else "0"
    if prec > 0:
        frac = d.mant[1 : prec + 1]
        out += "." + frac + "0" * (prec - len(frac))
    exp = d.exp - 1 if d.mant else 0
    return out + fmt + ("-" if exp < 0 else "+") + f"{abs(exp):02d}"


def _fmt_f(prec: int, d: _Dec) -> str:
    if d.exp > 0:
        out = d.mant[: d.exp] + "0" * max(d.exp - len(d.mant), 0)
    else:
        out = "0"
    if prec > 0:
        out += "." + "".join(d.at(d.exp + i) for i in range(prec))
    return out


def NewFloat(x: float) -> Float:
    if _isnan(x):
        raise _nan("NewFloat(NaN)")
    return Float().SetFloat64(x)


def ParseFloat(s: str, base: int, prec: int, mode: int) -> tuple[Float | None, int, Any]:
    return Float().SetPrec(prec).SetMode(mode).Parse(s, base)
