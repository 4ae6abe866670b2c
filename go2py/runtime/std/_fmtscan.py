"""Scanning for ``fmt``: ``Sscan``, ``Sscanln``, ``Sscanf`` and their ``Fscan*`` and
``Scan*`` (standard input) forms, modelled on Go's ``ss`` scan state.

Arguments arrive as Go pointers in interfaces: ``Box(*T, cell)``, so the pointer's
element type says how to read the token (``int8`` wraps its range check, ``string``
reads a space-delimited word...). A struct pointer or a ``Scanner`` is not supported
and reports an error rather than guessing."""

from __future__ import annotations

from typing import Any, Optional

from go2py.runtime.panic import GoError
from go2py.runtime.values import Box, Slice, bytes_str, str_bytes

_EOF = -1
_HUGE = 1 << 30  # no width


class _Stop(Exception):
    """Go's scan panics: carries the error that ends the scan."""

    def __init__(self, err: Any) -> None:
        self.err = err


def _io_eof() -> Any:
    from . import io as _io

    return _io.EOF


def _unexpected_eof() -> Any:
    from . import io as _io

    return _io.ErrUnexpectedEOF


def _is_space(r: int) -> bool:
    return r in (0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0xA0) or r == 0x1680 or 0x2000 <= r <= 0x200A \
        or r in (0x2028, 0x2029, 0x202F, 0x205F, 0x3000)


class _State:
    """Runes of the input with one rune of push-back; reads a reader lazily."""

    def __init__(self, text: Optional[str], reader: Any, nl_is_space: bool, nl_is_end: bool) -> None:
        self.text = text
        self.pos = 0
        self.reader = reader
        self.pending: list[int] = []
        self.nl_is_space = nl_is_space
        self.nl_is_end = nl_is_end
        # Runes consumed, and the count at which the current operand's width ends: past
        # it the input looks ended (Go's ss.count and ss.argLimit).
        self.count = 0
        self.arg_limit = _HUGE
        self.last = _EOF  # the last rune read, for a Scanner's UnreadRune
        # A reader with ReadRune and UnreadRune is read and pushed back directly, so that it
        # is left just after what the scan used (Go's io.RuneScanner case).
        self.rune_scanner = reader is not None and callable(getattr(reader, "ReadRune", None)) \
            and callable(getattr(reader, "UnreadRune", None))
        self.pending_bytes: list[int] = []

    def get(self) -> int:
        if self.count >= self.arg_limit:
            return _EOF
        if self.pending:
            self.count += 1
            self.last = self.pending.pop()
            return self.last
        if self.text is not None:
            if self.pos >= len(self.text):
                return _EOF
            c = ord(self.text[self.pos])
            self.pos += 1
            if 0xDC80 <= c <= 0xDCFF:  # an invalid byte: Go reads U+FFFD
                c = 0xFFFD
        elif self.rune_scanner:
            c, _size, err = self.reader.ReadRune()
            if err is not None:
                if err is _io_eof():
                    return _EOF
                raise _Stop(err)
        else:
            c = self._read_rune()
            if c == _EOF:
                return _EOF
        self.count += 1
        self.last = c
        return c

    def _read_byte(self) -> int:
        if self.pending_bytes:
            return self.pending_bytes.pop(0)
        b = Slice([0])
        while True:
            n, err = self.reader.Read(b)
            if n:
                return b[0]
            if err is not None:
                if err is _io_eof():
                    return _EOF
                raise _Stop(err)

    def _read_rune(self) -> int:
        # A reader that is no RuneScanner is read a byte at a time, as Go's readRune does:
        # bytes until a full rune (or the end), one rune decoded, the bytes after it kept.
        from .unicode_utf8 import DecodeRuneInString, FullRuneInString

        first = self._read_byte()
        if first == _EOF or first < 0x80:
            return first
        buf = bytearray([first])
        while len(buf) < 4 and not FullRuneInString(bytes_str(bytes(buf))):
            b = self._read_byte()
            if b == _EOF:
                break
            buf.append(b)
        r, size = DecodeRuneInString(bytes_str(bytes(buf)))
        self.pending_bytes[:0] = list(buf[size:])
        return r

    def unget(self, r: int) -> None:
        if r == _EOF:
            return
        self.count -= 1
        if self.rune_scanner:
            self.reader.UnreadRune()
        else:
            self.pending.append(r)

    def peek(self, ok: str) -> bool:
        r = self.get()
        self.unget(r)
        return r != _EOF and chr(r) in ok

    def accept(self, ok: str, buf: list[str]) -> bool:
        r = self.get()
        if r != _EOF and chr(r) in ok:
            buf.append(chr(r))
            return True
        self.unget(r)
        return False

    def skip_space(self) -> None:
        while True:
            r = self.get()
            if r == _EOF:
                return
            if r == 0x0D and self.peek("\n"):
                continue
            if r == 0x0A:
                if self.nl_is_space:
                    continue
                raise _Stop(GoError("unexpected newline"))
            if not _is_space(r):
                self.unget(r)
                return

    def not_eof(self) -> None:
        r = self.get()
        if r == _EOF:
            raise _Stop(_io_eof())
        self.unget(r)

    def token(self) -> str:
        """The next space-delimited word (after skipping space)."""
        self.skip_space()
        self.not_eof()
        out = []
        while True:
            r = self.get()
            if r == _EOF:
                break
            if _is_space(r):
                self.unget(r)
                break
            out.append(chr(r))
        return "".join(out)


_INT_KINDS = {"int": 64, "int8": 8, "int16": 16, "int32": 32, "int64": 64}
_UINT_KINDS = {"uint": 64, "uint8": 8, "uint16": 16, "uint32": 32, "uint64": 64, "uintptr": 64}
_DECIMAL = "0123456789"
_HEX = "0123456789aAbBcCdDeEfF"
_FLOAT_VERBS = "beEfFgGv"


def _fail(msg: str) -> _Stop:
    return _Stop(GoError(msg))


def _check_verb(verb: str, ok: str, what: str) -> None:
    if verb not in ok:
        raise _fail(f"bad verb '%{verb}' for {what}")


def _consume(s: _State, ok: str) -> bool:
    """Reads a rune and says whether it is in ok; a rune that is not stays read (Go's
    consume without accept)."""
    r = s.get()
    return r != _EOF and chr(r) in ok


def _scan_rune(s: _State, bits: int) -> int:
    s.not_eof()
    r = s.get()
    shift = 64 - bits
    # the rune must survive a round trip through a signed integer of the operand's size
    x = ((r << shift) & ((1 << 64) - 1))
    x = (x - (1 << 64) if x >> 63 else x) >> shift
    if x != r:
        raise _fail("overflow on character value " + chr(r))
    return r


def _scan_int(s: _State, verb: str, bits: int, unsigned: bool) -> int:
    from . import strconv

    if verb == "c":
        return _scan_rune(s, bits)
    s.skip_space()
    s.not_eof()
    _check_verb(verb, "bdoUxXv", "integer")
    base, digits = {"b": (2, "01"), "o": (8, "01234567"), "x": (16, _HEX), "X": (16, _HEX),
                    "U": (16, _HEX)}.get(verb, (10, _DECIMAL))
    buf: list[str] = []
    have = False
    if verb == "U":
        if not _consume(s, "U") or not _consume(s, "+"):
            raise _fail("bad unicode format ")
    else:
        if not unsigned:
            s.accept("+-", buf)
        if verb == "v":
            base = 0
            if not s.peek("0"):
                digits = _DECIMAL + "_"
            else:
                s.accept("0", buf)
                have = True
                if s.accept("bB", buf):
                    digits = "01_"
                elif s.accept("oO", buf):
                    digits = "01234567_"
                elif s.accept("xX", buf):
                    digits = _HEX + "_"
                else:
                    digits = "01234567_"
    if not have:
        s.not_eof()
        if not s.accept(digits, buf):
            raise _fail("expected integer")
    while s.accept(digits, buf):
        pass
    tok = "".join(buf)
    if unsigned:
        v, err = strconv.ParseUint(tok, base, 64)
    else:
        v, err = strconv.ParseInt(tok, base, 64)
    if err is not None:
        raise _Stop(err)
    if unsigned:
        if v >> bits:
            raise _fail("unsigned integer overflow on token " + tok)
    elif not -(1 << (bits - 1)) <= v < (1 << (bits - 1)):
        raise _fail("integer overflow on token " + tok)
    return v


def _float_token(s: _State) -> str:
    buf: list[str] = []
    if s.accept("nN", buf) and s.accept("aA", buf) and s.accept("nN", buf):
        return "".join(buf)
    s.accept("+-", buf)
    if s.accept("iI", buf) and s.accept("nN", buf) and s.accept("fF", buf):
        return "".join(buf)
    digits, exp = _DECIMAL + "_", "eEpP"
    if s.accept("0", buf) and s.accept("xX", buf):
        digits, exp = _HEX + "_", "pP"
    while s.accept(digits, buf):
        pass
    if s.accept(".", buf):
        while s.accept(digits, buf):
            pass
    if s.accept(exp, buf):
        s.accept("+-", buf)
        while s.accept(_DECIMAL + "_", buf):
            pass
    return "".join(buf)


def _convert_float(tok: str, bits: int) -> float:
    from . import math as gmath, strconv

    p = tok.find("p")
    if p >= 0 and "x" not in tok and "X" not in tok:
        # a decimal mantissa with a binary exponent: Go scales it itself
        f, err = strconv.ParseFloat(tok[:p], bits)
        if err is None:
            m, err = strconv.Atoi(tok[p + 1:])
            if err is None:
                return gmath.Ldexp(f, m)
        if isinstance(err, strconv.NumError):
            err.Num = tok
        raise _Stop(err)
    f, err = strconv.ParseFloat(tok, bits)
    if err is not None:
        raise _Stop(err)
    return f


def _scan_float(s: _State, bits: int) -> float:
    s.skip_space()
    s.not_eof()
    return _convert_float(_float_token(s), bits)


_ERR_COMPLEX = "syntax error scanning complex number"


def _scan_complex(s: _State, verb: str, bits: int) -> complex:
    _check_verb(verb, _FLOAT_VERBS, "complex")
    s.skip_space()
    s.not_eof()
    parens = s.accept("(", [])
    re_tok = _float_token(s)
    sign: list[str] = []
    if not s.accept("+-", sign):
        raise _fail(_ERR_COMPLEX)
    im_tok = _float_token(s)
    if not s.accept("i", []):
        raise _fail(_ERR_COMPLEX)
    if parens and not s.accept(")", []):
        raise _fail(_ERR_COMPLEX)
    return complex(_convert_float(re_tok, bits // 2), _convert_float(sign[0] + im_tok, bits // 2))


def _scan_bool(s: _State, verb: str) -> bool:
    s.skip_space()
    s.not_eof()
    _check_verb(verb, "tv", "boolean")
    r = s.get()
    c = chr(r) if r != _EOF else ""
    buf: list[str] = []
    if c in ("0", "1"):
        return c == "1"
    if c in ("t", "T"):
        if s.accept("rR", buf) and (not s.accept("uU", buf) or not s.accept("eE", buf)):
            raise _fail("syntax error scanning boolean")
        return True
    if c in ("f", "F"):
        if s.accept("aA", buf) and (not s.accept("lL", buf) or not s.accept("sS", buf) or not s.accept("eE", buf)):
            raise _fail("syntax error scanning boolean")
        return False
    return False  # Go reads any other rune as false, without an error


def _must_read(s: _State) -> int:
    r = s.get()
    if r == _EOF:
        raise _Stop(_unexpected_eof())
    return r


def _quoted_string(s: _State) -> str:
    from . import strconv

    s.not_eof()
    quote = s.get()
    out: list[str] = []
    if quote == 0x60:
        while True:
            r = _must_read(s)
            if r == quote:
                return "".join(out)
            out.append(chr(r))
    if quote == 0x22:
        out.append('"')
        while True:
            r = _must_read(s)
            out.append(chr(r))
            if r == 0x5C:
                out.append(chr(_must_read(s)))
            elif r == 0x22:
                break
        v, err = strconv.Unquote("".join(out))
        if err is not None:
            raise _Stop(err)
        return v
    raise _fail("expected quoted string")


def _hex_string(s: _State) -> str:
    s.not_eof()
    out = bytearray()
    while True:
        r = s.get()
        if r == _EOF or chr(r) not in _HEX:
            s.unget(r)
            break
        r2 = _must_read(s)
        if chr(r2) not in _HEX:
            raise _fail("illegal hex digit")
        out.append(int(chr(r) + chr(r2), 16))
    if not out:
        raise _fail("no hex data for %x string")
    return bytes_str(bytes(out))


def _convert_string(s: _State, verb: str) -> str:
    _check_verb(verb, "svqxX", "string")
    s.skip_space()
    s.not_eof()
    if verb == "q":
        return _quoted_string(s)
    if verb in ("x", "X"):
        return _hex_string(s)
    return s.token()


class _ScanState:
    """fmt.ScanState over the scan in progress, for a Scanner's Scan method."""

    def __init__(self, s: _State) -> None:
        self.s = s

    def ReadRune(self) -> tuple[int, int, Any]:
        r = self.s.get()
        if r == _EOF:
            return 0, 0, _io_eof()
        return r, len(chr(r).encode("utf-8", "surrogatepass")), None

    def UnreadRune(self) -> Any:
        if self.s.last != _EOF:
            self.s.unget(self.s.last)
            self.s.last = _EOF
        return None

    def SkipSpace(self) -> None:
        self.s.skip_space()

    def Token(self, skip_space: bool, f: Any) -> tuple[Slice, Any]:
        if skip_space:
            self.s.skip_space()
        out: list[str] = []
        while True:
            r = self.s.get()
            if r == _EOF:
                break
            ok = f(r) if f is not None else not _is_space(r)
            if not ok:
                self.s.unget(r)
                break
            out.append(chr(r))
        return Slice(list(str_bytes("".join(out)))), None

    def Width(self) -> tuple[int, bool]:
        limited = self.s.arg_limit != _HUGE
        return (self.s.arg_limit - self.s.count if limited else 0), limited

    def Read(self, buf: Slice) -> tuple[int, Any]:
        return 0, GoError("ScanState's Read should not be called. Use ReadRune")


def _scan_one(s: _State, verb: str, arg: Any) -> None:
    scan = getattr(arg, "Scan", None) if not isinstance(arg, Box) else None
    if callable(scan):  # a fmt.Scanner (*big.Int, or a program's pointer type)
        err = scan(_ScanState(s), ord(verb))
        if err is not None:
            raise _Stop(err)
        return
    if not isinstance(arg, Box) or arg.t.kind != "ptr" or arg.t.elem is None:
        raise _Stop(GoError("can't scan type"))
    et = arg.t.elem
    kind = et.kind
    cell = arg.v
    if cell is None:
        raise _Stop(GoError("can't scan type: " + arg.t.name))
    if kind in _INT_KINDS:
        v: Any = _scan_int(s, verb, _INT_KINDS[kind], False)
    elif kind in _UINT_KINDS:
        v = _scan_int(s, verb, _UINT_KINDS[kind], True)
    elif kind in ("float32", "float64"):
        if et.name == kind:  # only the unnamed float types check the verb
            _check_verb(verb, _FLOAT_VERBS, kind)
        v = _scan_float(s, 32 if kind == "float32" else 64)
        if kind == "float32":
            from go2py.runtime.values import f32

            v = f32(v)
    elif kind in ("complex64", "complex128"):
        v = _scan_complex(s, verb, 64 if kind == "complex64" else 128)
        if kind == "complex64":
            from go2py.runtime.values import f32

            v = complex(f32(v.real), f32(v.imag))
    elif kind == "string":
        v = _convert_string(s, verb)
    elif kind == "bool":
        v = _scan_bool(s, verb)
    elif kind == "slice" and et.elem is not None and et.elem.kind == "uint8":
        v = Slice(list(str_bytes(_convert_string(s, verb))))
    else:
        raise _Stop(GoError("can't scan type: " + arg.t.name))
    cell.set(v)


def do_scan(s: _State, args: tuple) -> tuple[int, Any]:
    n = 0
    try:
        for a in args:
            _scan_one(s, "v", a)
            n += 1
        if s.nl_is_end:
            while True:
                r = s.get()
                if r == 0x0A or r == _EOF:
                    break
                if not _is_space(r):
                    raise _Stop(GoError("expected newline"))
    except _Stop as e:
        return n, e.err
    return n, None


def _advance(s: _State, format: str) -> int:
    """Match the format's literal text and spaces against the input, up to a verb: how
    much of the format was used, or -1 when the input does not match (Go's ss.advance)."""
    i, end = 0, len(format)
    while i < end:
        c = format[i]
        if _is_space(ord(c)):
            # A run of spaces: its newlines must meet newlines in the input, and blanks
            # after the last newline need at least one blank there, unless a newline
            # came first.
            newlines, trailing = 0, False
            while i < end and _is_space(ord(format[i])):
                if format[i] == "\n":
                    newlines += 1
                    trailing = False
                else:
                    trailing = True
                i += 1
            for _ in range(newlines):
                r = s.get()
                while _is_space(r) and r != 0x0A:
                    r = s.get()
                if r != 0x0A and r != _EOF:
                    raise _Stop(GoError("newline in format does not match input"))
            if trailing:
                r = s.get()
                if newlines == 0:
                    if not _is_space(r) and r != _EOF:
                        raise _Stop(GoError("expected space in input to match format"))
                    if r == 0x0A:
                        raise _Stop(GoError("newline in input does not match format"))
                while _is_space(r) and r != 0x0A:
                    r = s.get()
                s.unget(r)
            continue
        if c == "%":
            if i + 1 == end:
                raise _Stop(GoError("missing verb: % at end of format string"))
            if format[i + 1] != "%":
                return i
            i += 1  # %% matches a literal %
        r = s.get()
        if r == _EOF:
            raise _Stop(_unexpected_eof())
        if r != ord(c):
            s.unget(r)
            return -1
        i += 1
    return i


def do_scanf(s: _State, format: str, args: tuple) -> tuple[int, Any]:
    n = 0
    i = 0
    end = len(format) - 1
    try:
        while i <= end:
            w = _advance(s, format[i:])
            if w > 0:
                i += w
                continue
            if format[i] != "%":
                if w < 0:
                    raise _Stop(GoError("input does not match format"))
                break  # the input ended
            i += 1
            # A width: the operand reads at most that many runes (Go's parsenum stops
            # one short of the format's end).
            j = i
            while j < end and "0" <= format[j] <= "9":
                j += 1
            width = int(format[i:j]) if j > i else None
            i = j if i < end else end
            verb = format[i] if i < len(format) else "\ufffd"
            i += 1
            if verb != "c":
                s.skip_space()
            if verb == "%":
                s.skip_space()
                s.not_eof()
                r = s.get()
                if r != ord("%"):
                    s.unget(r)
                    raise _Stop(GoError("missing literal %"))
                continue
            if width is not None:
                s.arg_limit = s.count + width
            if n >= len(args):
                raise _Stop(GoError("too few operands for format '%" + format[i - 1 :] + "'"))
            _scan_one(s, verb, args[n])
            s.arg_limit = _HUGE
            n += 1
        if n < len(args):
            raise _Stop(GoError("too many operands"))
    except _Stop as e:
        return n, e.err
    return n, None


def state_for_string(text: str, nl_is_space: bool, nl_is_end: bool) -> _State:
    return _State(text, None, nl_is_space, nl_is_end)


def state_for_reader(r: Any, nl_is_space: bool, nl_is_end: bool) -> _State:
    return _State(None, r, nl_is_space, nl_is_end)


def go_string(text: Any) -> str:
    return text if isinstance(text, str) else bytes_str(bytes(text))
