"""Go's ``encoding/json`` over go2py values, with the output and errors of Go 1.27's
package (which implements the v1 API on json/v2 with v1's legacy semantics).

Values reach ``Marshal`` and ``Unmarshal`` as interface values, so they carry their Go
types (``GoType``, see go2py/runtime/values.py): a struct value arrives boxed, a pointer to
a struct is the object itself, any other pointer is a boxed pointer cell.  Encoding and
decoding walk the value by that type.

Syntax is checked by one recursive-descent scanner (``_Parser``) that reports Go's messages
and byte offsets; decoding then maps the parsed tree onto the target type, recording the
first ``*UnmarshalTypeError`` and going on, as Go does.  ``Decoder`` reads its whole input
before the first ``Decode``.
"""

from __future__ import annotations

import base64 as _b64
import math as _math
from typing import Any, Optional

from go2py.runtime import values as _v
from go2py.runtime.cell import Cell as _Cell
from go2py.runtime.std import reflect as _reflect
from go2py.runtime.values import Box as _Box, GoType as _GoType, Slice as _Slice

# ---------------------------------------------------------------- errors


class SyntaxError_:
    """*json.SyntaxError."""

    __slots__ = ("msg", "Offset")

    def __init__(self, msg: str = "", Offset: int = 0) -> None:
        self.msg = msg
        self.Offset = Offset

    def Error(self) -> str:
        return self.msg


class UnmarshalTypeError:
    __slots__ = ("Value", "Type", "Offset", "Struct", "Field", "Err")

    def __init__(self, Value: str = "", Type: Any = None, Offset: int = 0, Struct: str = "", Field: str = "",
                 Err: Any = None) -> None:
        self.Value, self.Type, self.Offset, self.Struct, self.Field, self.Err = Value, Type, Offset, Struct, Field, Err

    def Error(self) -> str:
        tname = self.Type.String() if self.Type is not None else "<nil>"
        if self.Struct or self.Field:
            last = self.Field[self.Field.rfind(".") + 1:]
            into = "" if last and last.strip("0123456789") == "" else "Go struct field "
            s = f"json: cannot unmarshal {self.Value} into {into}{self.Struct}.{self.Field} of type {tname}"
        else:
            s = f"json: cannot unmarshal {self.Value} into Go value of type {tname}"
        if self.Err is not None:
            s += ": " + self.Err.Error()
        return s

    def Unwrap(self) -> Any:
        return self.Err


class InvalidUnmarshalError:
    __slots__ = ("Type",)

    def __init__(self, Type: Any = None) -> None:
        self.Type = Type

    def Error(self) -> str:
        if self.Type is None:
            return "json: Unmarshal(nil)"
        if self.Type.t.kind != "ptr":
            return "json: Unmarshal(non-pointer " + self.Type.String() + ")"
        return "json: Unmarshal(nil " + self.Type.String() + ")"


class UnsupportedTypeError:
    __slots__ = ("Type",)

    def __init__(self, Type: Any = None) -> None:
        self.Type = Type

    def Error(self) -> str:
        return "json: unsupported type: " + self.Type.String()


class UnsupportedValueError:
    __slots__ = ("Value", "Str")

    def __init__(self, Value: Any = None, Str: str = "") -> None:
        self.Value = Value
        self.Str = Str

    def Error(self) -> str:
        return "json: unsupported value: " + self.Str


class MarshalerError:
    __slots__ = ("Type", "Err", "sourceFunc")

    def __init__(self, Type: Any = None, Err: Any = None, sourceFunc: str = "") -> None:
        self.Type = Type
        self.Err = Err
        self.sourceFunc = sourceFunc

    def Error(self) -> str:
        src = self.sourceFunc or "MarshalJSON"
        return "json: error calling " + src + " for type " + self.Type.String() + ": " + self.Err.Error()

    def Unwrap(self) -> Any:
        return self.Err


class InvalidUTF8Error:
    """Deprecated in Go (no longer returned), kept for programs that name it."""

    __slots__ = ("S",)

    def __init__(self, S: str = "") -> None:
        self.S = S

    def Error(self) -> str:
        from go2py.runtime.std.strconv import Quote

        return "json: invalid UTF-8 in string: " + Quote(self.S)


class UnmarshalFieldError:
    """Deprecated in Go (no longer returned), kept for programs that name it."""

    __slots__ = ("Key", "Type", "Field")

    def __init__(self, Key: str = "", Type: Any = None, Field: Any = None) -> None:
        from go2py.runtime.std.reflect import StructField

        self.Key = Key
        self.Type = Type
        self.Field = Field if Field is not None else StructField()

    def Error(self) -> str:
        from go2py.runtime.std.strconv import Quote

        return ("json: cannot unmarshal object key " + Quote(self.Key) + " into unexported field "
                + self.Field.Name + " of type " + self.Type.String())


for _cls, _name in ((SyntaxError_, "SyntaxError"), (UnmarshalTypeError, "UnmarshalTypeError"),
                    (InvalidUTF8Error, "InvalidUTF8Error"), (UnmarshalFieldError, "UnmarshalFieldError"),
                    (InvalidUnmarshalError, "InvalidUnmarshalError"), (UnsupportedTypeError, "UnsupportedTypeError"),
                    (UnsupportedValueError, "UnsupportedValueError"), (MarshalerError, "MarshalerError")):
    _cls.__gotype__ = _v.GoType("json." + _name, "struct", py=_cls, zero=_cls)  # type: ignore[attr-defined]


class _Fail(Exception):
    """Carries a Go error value out of the recursive encoder and scanner."""

    def __init__(self, err: Any) -> None:
        self.err = err


def _rt(t: Optional[_GoType]) -> Any:
    return _reflect.type_of_gotype(t)


# ---------------------------------------------------------------- Number and RawMessage


class Number(str):
    """json.Number: the literal text of a JSON number (methods take the plain str)."""

    def String(n: str) -> str:  # noqa: N805
        return str(n)

    def Float64(n: str) -> tuple[float, Any]:  # noqa: N805
        from go2py.runtime.std import strconv

        return strconv.ParseFloat(str(n), 64)

    def Int64(n: str) -> tuple[int, Any]:  # noqa: N805
        from go2py.runtime.std import strconv

        return strconv.ParseInt(str(n), 10, 64)


_NUMBER_T = _v.foreign_named(Number, "json.Number", _v.STRING)


class RawMessage:
    """json.RawMessage: a []byte holding encoded JSON (methods take the Slice)."""

    @staticmethod
    def MarshalJSON(m: _Slice) -> tuple[_Slice, Any]:
        if m is _v.NIL_SLICE:
            return _v.bytes_of("null"), None
        return m, None

    @staticmethod
    def UnmarshalJSON(cell: Any, data: _Slice) -> Any:
        cell.set(_Slice(list(data)))
        return None

    @staticmethod
    def String(m: _Slice) -> str:
        return _v.string_of_bytes(m)

    @staticmethod
    def Clone(m: _Slice) -> _Slice:
        return m if m is _v.NIL_SLICE else _Slice(list(m))


def _slice_bytes(s: _Slice) -> bytes:
    return bytes(s.a[s.off:s.off + s.len])


def _to_slice(b: bytes) -> _Slice:
    return _Slice(list(b))


# ---------------------------------------------------------------- the scanner

_WS = b" \t\r\n"


def _quote_char(c: int) -> str:
    if c == 0x27:
        return "'\\''"
    if c == 0x22:
        return "'\"'"
    from go2py.runtime.std.strconv import Quote

    q = Quote(chr(c))
    return "'" + q[1:-1] + "'"


class _Node:
    """A parsed JSON value: kind is one of '{', '[', '"', '0', 't', 'f', 'n'."""

    __slots__ = ("kind", "val", "start", "end")

    def __init__(self, kind: str, val: Any, start: int, end: int) -> None:
        self.kind, self.val, self.start, self.end = kind, val, start, end

    def type_offset(self) -> int:
        """Where Go reports a type mismatch: after the opening delimiter, or after a scalar."""
        return self.start + 1 if self.kind in "{[" else self.end


class _Parser:
    def __init__(self, data: bytes) -> None:
        self.d = data
        self.n = len(data)

    def fail(self, i: int, what: str) -> _Fail:
        """An invalid character at i: Go names the whole rune and counts its bytes."""
        c, size = self.d[i], 1
        if c >= 0x80:
            for size in (2, 3, 4):
                try:
                    c = ord(self.d[i:i + size].decode("utf-8"))
                    break
                except UnicodeDecodeError:
                    continue
            else:
                c, size = 0xFFFD, 1
        return _Fail(SyntaxError_(f"invalid character {_quote_char(c)} {what}", i + size))

    def eof(self, off: Optional[int] = None) -> _Fail:
        return _Fail(SyntaxError_("unexpected end of JSON input", self.n if off is None else off))

    def ws(self, i: int) -> int:
        d, n = self.d, self.n
        while i < n and d[i] in _WS:
            i += 1
        return i

    def top(self, i: int = 0) -> tuple[_Node, int]:
        """One value with the whitespace around it; the index after it."""
        node, i = self.value(self.ws(i))
        return node, self.ws(i)

    def value(self, i: int) -> tuple[_Node, int]:
        d, n = self.d, self.n
        if i >= n:
            raise self.eof()
        c = d[i]
        if c == 0x7B:  # {
            return self.obj(i)
        if c == 0x5B:  # [
            return self.arr(i)
        if c == 0x22:
            s, j = self.string(i)
            return _Node('"', s, i, j), j
        if c == 0x2D or 0x30 <= c <= 0x39:
            return self.number(i)
        for word, kind, val in ((b"true", "t", True), (b"false", "f", False), (b"null", "n", None)):
            if c == word[0]:
                j = i + 1
                for k in range(1, len(word)):
                    if j >= n:
                        raise self.eof()
                    if d[j] != word[k]:
                        raise self.fail(j, f"in literal {word.decode()} (expecting {_quote_char(word[k])})")
                    j += 1
                return _Node(kind, val, i, j), j
        raise self.fail(i, "looking for beginning of value")

    def obj(self, start: int) -> tuple[_Node, int]:
        d, n = self.d, self.n
        items: list[tuple[str, _Node]] = []
        i = self.ws(start + 1)
        if i < n and d[i] == 0x7D:
            return _Node("{", items, start, i + 1), i + 1
        while True:
            if i >= n:
                raise self.eof()
            if d[i] != 0x22:
                raise self.fail(i, "looking for beginning of object key string")
            key, i = self.string(i)
            i = self.ws(i)
            if i >= n:
                raise self.eof()
            if d[i] != 0x3A:
                raise self.fail(i, "after object key")
            val, i = self.value(self.ws(i + 1))
            items.append((key, val))
            i = self.ws(i)
            if i >= n:
                raise self.eof()
            if d[i] == 0x2C:
                i = self.ws(i + 1)
                continue
            if d[i] == 0x7D:
                return _Node("{", items, start, i + 1), i + 1
            raise self.fail(i, "after object key:value pair")

    def arr(self, start: int) -> tuple[_Node, int]:
        d, n = self.d, self.n
        items: list[_Node] = []
        i = self.ws(start + 1)
        if i < n and d[i] == 0x5D:
            return _Node("[", items, start, i + 1), i + 1
        while True:
            val, i = self.value(i)
            items.append(val)
            i = self.ws(i)
            if i >= n:
                raise self.eof()
            if d[i] == 0x2C:
                i = self.ws(i + 1)
                continue
            if d[i] == 0x5D:
                return _Node("[", items, start, i + 1), i + 1
            raise self.fail(i, "after array element")

    def string(self, start: int) -> tuple[str, int]:
        d, n = self.d, self.n
        out = bytearray()
        i = start + 1
        while True:
            j = i
            while j < n and d[j] != 0x22 and d[j] != 0x5C and d[j] >= 0x20:
                j += 1
            out += d[i:j]
            if j >= n:
                raise self.eof()
            c = d[j]
            if c == 0x22:
                return _decode_utf8(bytes(out)), j + 1
            if c < 0x20:
                raise _Fail(SyntaxError_(f"invalid character {_quote_char(c)} in string", j + 1))
            # an escape
            if j + 1 >= n:
                raise self.eof(j)
            e = d[j + 1]
            simple = {0x22: b'"', 0x5C: b"\\", 0x2F: b"/", 0x62: b"\b", 0x66: b"\f", 0x6E: b"\n",
                      0x72: b"\r", 0x74: b"\t"}
            if e in simple:
                out += simple[e]
                i = j + 2
                continue
            if e != 0x75:
                raise _Fail(SyntaxError_(f"invalid escape sequence {_esc_text(d[j:j + 2])} in string", j + 2))
            r, i = self.hex4(j)
            if 0xD800 <= r < 0xDC00:
                if i + 1 < n and d[i] == 0x5C and d[i + 1] == 0x75:
                    r2, k = self.hex4(i)
                    if 0xDC00 <= r2 < 0xE000:
                        out += chr(0x10000 + ((r - 0xD800) << 10) + (r2 - 0xDC00)).encode()
                        i = k
                        continue
                out += "\ufffd".encode()
                continue
            out += ("\ufffd" if 0xDC00 <= r < 0xE000 else chr(r)).encode()

    def hex4(self, j: int) -> tuple[int, int]:
        """The \\uXXXX escape at j: its value and the index after it."""
        d, n = self.d, self.n
        if any(chr(c) not in "0123456789abcdefABCDEF" for c in d[j + 2:j + 6]):
            raise _Fail(SyntaxError_(f"invalid escape sequence {_esc_text(d[j:j + 6])} in string", min(j + 6, n)))
        if j + 6 > n:
            raise self.eof(j)
        return int(d[j + 2:j + 6], 16), j + 6

    def number(self, start: int) -> tuple[_Node, int]:
        d, n = self.d, self.n
        i = start

        def digit(k: int) -> bool:
            return k < n and 0x30 <= d[k] <= 0x39

        if d[i] == 0x2D:
            i += 1
            if i >= n:
                raise self.eof(start)
            if not digit(i):
                raise self.fail(i, "in numeric literal")
        if d[i] == 0x30:
            i += 1
        else:
            while digit(i):
                i += 1
        if i < n and d[i] == 0x2E:
            i += 1
            if i >= n:
                raise self.eof(start)
            if not digit(i):
                raise self.fail(i, "in numeric literal")
            while digit(i):
                i += 1
        if i < n and d[i] in b"eE":
            i += 1
            if i < n and d[i] in b"+-":
                i += 1
            if i >= n:
                raise self.eof(start)
            if not digit(i):
                raise self.fail(i, "in numeric literal")
            while digit(i):
                i += 1
        return _Node("0", d[start:i].decode(), start, i), i


def _esc_text(b: bytes) -> str:
    """An escape sequence as Go's message shows it: in backquotes when it prints as is."""
    from go2py.runtime.std.strconv import IsPrint, Quote

    s = _v.bytes_str(b)
    if "`" not in s and all(IsPrint(ord(ch)) for ch in s):
        return "`" + s + "`"
    return Quote(s)


def _decode_utf8(b: bytes) -> str:
    """The string of a JSON string's bytes: invalid UTF-8 becomes U+FFFD, as Go decodes."""
    try:
        return b.decode("utf-8")
    except UnicodeDecodeError:
        return b.decode("utf-8", "replace")


def _parse_all(data: bytes) -> _Node:
    p = _Parser(data)
    node, i = p.top()
    if i < len(data):
        raise p.fail(i, "after top-level value")
    return node


def Valid(data: _Slice) -> bool:
    try:
        _parse_all(_slice_bytes(data))
        return True
    except _Fail:
        return False


# ---------------------------------------------------------------- encoding

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_HEX = "0123456789abcdef"


def _quote(s: str, html: bool = True) -> str:
    out = ['"']
    for ch in s:
        c = ord(ch)
        if 0x20 <= c < 0x7F and ch not in '"\\<>&':
            out.append(ch)
        elif ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif c < 0x20 or (html and ch in "<>&"):
            out.append("\\u00" + _HEX[c >> 4] + _HEX[c & 0xF])
        elif ch in "<>&":
            out.append(ch)
        elif 0xDC80 <= c <= 0xDCFF or 0xD800 <= c <= 0xDFFF:
            out.append("\ufffd")  # an invalid byte
        elif c in (0x2028, 0x2029):
            out.append("\\u%04x" % c)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


_F32_1E_6 = _v.f32(1e-6)
_F32_1E21 = _v.f32(1e21)


def _float_text(f: float, bits: int) -> str:
    from go2py.runtime.std.strconv import format_float

    if f != f or f in (_math.inf, -_math.inf):
        raise _Fail(UnsupportedValueError(None, format_float(f, "g", -1, bits)))
    a = abs(f)
    fmt = "f"
    if a != 0:
        # Go compares a float32 against the constants rounded to float32.
        if bits == 64 and (a < 1e-6 or a >= 1e21) or bits == 32 and (a < _F32_1E_6 or a >= _F32_1E21):
            fmt = "e"
    s = format_float(f, fmt, -1, bits)
    if fmt == "e":
        n = len(s)
        if n >= 4 and s[n - 4] == "e" and s[n - 3] == "-" and s[n - 2] == "0":
            s = s[:n - 2] + s[n - 1]
    return s


class _Field:
    __slots__ = ("name", "path", "type", "omitempty", "omitzero", "quoted", "tagged", "depth", "fold")

    def __init__(self, name: str, path: tuple, t: _GoType, omitempty: bool, omitzero: bool, quoted: bool,
                 tagged: bool, depth: int) -> None:
        self.name, self.path, self.type = name, path, t
        self.omitempty, self.omitzero, self.quoted, self.tagged, self.depth = (omitempty, omitzero, quoted,
                                                                                tagged, depth)
        self.fold = name.lower()


_FIELDS: dict[int, list[_Field]] = {}


def _valid_tag_name(s: str) -> bool:
    if not s:
        return False
    for ch in s:
        if ch in "!#$%&()*+-./:;<=>?@[]^_{|}~ ":
            continue
        if not (ch.isalpha() or ch.isdigit()):
            return False
    return True


def _struct_fields(t: _GoType) -> list[_Field]:
    """The JSON fields of a struct type, embedded structs flattened with Go's dominance rules."""
    cached = _FIELDS.get(id(t))
    if cached is not None:
        return cached
    found: list[_Field] = []
    level: list[tuple[_GoType, tuple]] = [(t, ())]
    visited: set[int] = set()
    depth = 0
    while level:
        nxt: list[tuple[_GoType, tuple]] = []
        for st, path in level:
            if id(st) in visited:
                continue
            visited.add(id(st))
            for i, (fname, ft, tag, emb) in enumerate(st.fields):
                if emb:
                    base = ft.elem if ft.kind == "ptr" else ft
                    if not fname[:1].isupper() and (base is None or base.kind != "struct"):
                        continue
                elif not fname[:1].isupper():
                    continue
                jtag = _reflect.StructTag.Get(tag, "json")
                if jtag == "-":
                    continue
                name, _, opts = jtag.partition(",")
                if not _valid_tag_name(name):
                    name = ""
                optset = opts.split(",") if opts else []
                if emb and not name:
                    base = ft.elem if ft.kind == "ptr" else ft
                    if base is not None and base.kind == "struct":
                        nxt.append((base, path + ((fname, ft),)))
                        continue
                quoted = "string" in optset and ft.kind in (
                    "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
                    "uint64", "uintptr", "float32", "float64", "string")
                found.append(_Field(name or fname, path + ((fname, ft),), ft, "omitempty" in optset,
                                    "omitzero" in optset, quoted, bool(name), depth))
        level = nxt
        depth += 1
    by_name: dict[str, list[_Field]] = {}
    for f in found:
        by_name.setdefault(f.name, []).append(f)
    keep: list[_Field] = []
    for name, fs in by_name.items():
        d = min(f.depth for f in fs)
        fs = [f for f in fs if f.depth == d]
        if len(fs) > 1:
            tagged = [f for f in fs if f.tagged]
            if len(tagged) != 1:
                continue
            fs = tagged
        keep.append(fs[0])
    order = {id(f): k for k, f in enumerate(found)}
    keep.sort(key=lambda f: _index_key(t, f))
    del order
    _FIELDS[id(t)] = keep
    return keep


def _index_key(t: _GoType, f: _Field) -> tuple:
    out = []
    st = t
    for fname, ft in f.path:
        names = [x[0] for x in st.fields]
        out.append(names.index(fname))
        st = ft.elem if ft.kind == "ptr" else ft  # type: ignore[assignment]
    return tuple(out)


def _methods_of(t: _GoType, v: Any, name: str, addressable: bool) -> Any:
    """The bound method `name` of a value of type t, if Go would call it here."""
    k = t.kind
    if k == "struct" and t.py is not None:
        m = getattr(t.py, name, None)
        if m is None:
            return None
        if name in getattr(t.py, "__ptr_methods__", ()) and not addressable:
            return None
        return lambda *a: m(v, *a)
    if k == "ptr" and t.elem is not None:
        et = t.elem
        if et.kind == "struct" and et.py is not None:
            m = getattr(et.py, name, None)
            return None if m is None else (lambda *a: m(v, *a))
        m = et.methods.get(name) if et.methods else None
        if m is not None:
            if name.startswith("Unmarshal"):
                return lambda *a: m(v, *a)
            return lambda *a: m(v.get(), *a)
        return None
    if t.methods:
        m = t.methods.get(name)
        if m is not None and not name.startswith("Unmarshal"):
            return lambda *a: m(v, *a)
    return None


_INT_KINDS = ("int", "int8", "int16", "int32", "int64")
_UINT_KINDS = ("uint", "uint8", "uint16", "uint32", "uint64", "uintptr")


class _Encoder:
    def __init__(self, html: bool = True) -> None:
        self.html = html
        self.out: list[str] = []
        self.ptrs: set[int] = set()
        self.map_type: Optional[_GoType] = None

    def encode(self, t: Optional[_GoType], v: Any, addressable: bool = False) -> None:
        out = self.out
        if t is None or t.kind == "interface":
            if v is None:
                out.append("null")
                return
            t = _v.dynamic_type(v)
            v = _v.unbox(v)
            addressable = False
        assert t is not None
        k = t.kind
        if k == "ptr" and v is None:
            out.append("null")
            return
        if t.name == "json.Number":
            s = str(v) or "0"
            try:
                _parse_all(s.encode())
                if s[0] in "{[\"tfn":
                    raise _Fail(None)
            except _Fail:
                raise _Fail(_plain_error(f"json: invalid number literal {_go_quote(s)}"))
            out.append(s)
            return
        if t.name == "json.RawMessage":
            m = None if v is _v.NIL_SLICE else v
            out.append("null" if m is None else self.compact_of(t, _slice_bytes(m)))
            return
        m = _methods_of(t, v, "MarshalJSON", addressable)
        if m is not None:
            if k in ("map", "slice") and v in (_v.NIL_MAP, _v.NIL_SLICE) and (v is _v.NIL_MAP or v is _v.NIL_SLICE):
                out.append("null")
                return
            b, err = m()
            if err is not None:
                raise _Fail(MarshalerError(_rt(_ptr_type(t)), err, "MarshalJSON"))
            out.append(self.compact_of(_ptr_type(t), _slice_bytes(b)))
            return
        m = _methods_of(t, v, "MarshalText", addressable)
        if m is not None:
            b, err = m()
            if err is not None:
                raise _Fail(MarshalerError(_rt(t), err, "MarshalText"))
            out.append(_quote(_v.bytes_str(_slice_bytes(b)), self.html))
            return
        if k == "bool":
            out.append("true" if v else "false")
        elif k in _INT_KINDS or k in _UINT_KINDS:
            out.append(str(int(v)))
        elif k in ("float32", "float64"):
            out.append(_float_text(v, 32 if k == "float32" else 64))
        elif k == "string":
            out.append(_quote(v, self.html))
        elif k == "struct":
            self.struct(t, v, addressable)
        elif k == "map":
            self.map(t, v)
        elif k == "slice":
            if v is _v.NIL_SLICE:
                out.append("null")
            elif t.elem is not None and t.elem.kind == "uint8" and not _has_marshaler(t.elem):
                out.append('"' + _b64.b64encode(_slice_bytes(v)).decode() + '"')
            else:
                self.array(t, v, True)
        elif k == "array":
            self.array(t, v, addressable)
        elif k == "ptr":
            key = id(v)
            if key in self.ptrs:
                raise _Fail(UnsupportedValueError(None, "encountered a cycle via " + t.name))
            self.ptrs.add(key)
            et = t.elem
            assert et is not None
            if (et.kind == "struct" and not hasattr(v, "get")) or isinstance(v, list):
                self.encode(et, v, True)
            else:
                self.encode(et, v.get(), True)
            self.ptrs.discard(key)
        else:
            raise _Fail(UnsupportedTypeError(_rt(t)))

    def compact_of(self, t: _GoType, b: bytes) -> str:
        try:
            _parse_all(b)
        except _Fail as f:
            raise _Fail(MarshalerError(_rt(t), f.err, "MarshalJSON"))
        return _compact(b, self.html)

    def struct(self, t: _GoType, v: Any, addressable: bool) -> None:
        out = self.out
        out.append("{")
        first = True
        for f in _struct_fields(t):
            fv = v
            skip = False
            for fname, ftype in f.path[:-1]:
                fv = getattr(fv, fname)
                if ftype.kind == "ptr" and fv is None:
                    skip = True
                    break
            if skip:
                continue
            fname, ftype = f.path[-1]
            fv = getattr(fv, fname)
            if f.omitempty and _is_empty(ftype, fv):
                continue
            if f.omitzero and _is_zero_value(ftype, fv):
                continue
            if not first:
                out.append(",")
            first = False
            out.append(_quote(f.name, self.html))
            out.append(":")
            if f.quoted:
                if ftype.kind == "string":
                    out.append(_quote(_quote(fv, self.html), self.html))
                else:
                    out.append('"')
                    self.encode(ftype, fv, addressable)
                    out.append('"')
            else:
                self.encode(ftype, fv, addressable)
        out.append("}")

    def map(self, t: _GoType, v: dict) -> None:
        out = self.out
        if v is _v.NIL_MAP:
            out.append("null")
            return
        kt = t.key
        assert kt is not None
        self.map_type = t
        keys: list[tuple[str, Any]] = []
        for key in v:
            keys.append((self.key_text(kt, key), key))
        keys.sort(key=lambda p: _v.str_bytes(p[0]))
        out.append("{")
        for i, (ks, key) in enumerate(keys):
            if i:
                out.append(",")
            out.append(_quote(ks, self.html))
            out.append(":")
            self.encode(t.elem, v[key])
        out.append("}")

    def key_text(self, kt: _GoType, key: Any) -> str:
        if kt.kind == "string":
            return key
        m = _methods_of(kt, key, "MarshalText", False)
        if m is not None:
            b, err = m()
            if err is not None:
                raise _Fail(MarshalerError(_rt(kt), err, "MarshalText"))
            return _v.bytes_str(_slice_bytes(b))
        if kt.kind in _INT_KINDS or kt.kind in _UINT_KINDS:
            return str(int(key))
        raise _Fail(UnsupportedTypeError(_rt(self.map_type)))

    def array(self, t: _GoType, v: Any, addressable: bool) -> None:
        out = self.out
        out.append("[")
        for i, x in enumerate(v):
            if i:
                out.append(",")
            self.encode(t.elem, x, addressable)
        out.append("]")


def _ptr_type(t: _GoType) -> _GoType:
    """The type Go 1.27 names in a MarshalerError: the method is called through a pointer."""
    return t if t.kind == "ptr" else _v.pointer_to(t)


def _has_marshaler(t: _GoType) -> bool:
    return bool(t.methods) and ("MarshalJSON" in t.methods or "MarshalText" in t.methods)


def _is_empty(t: _GoType, v: Any) -> bool:
    k = t.kind
    if k in ("slice", "map", "array", "string"):
        return len(v) == 0
    if k == "bool":
        return not v
    if k in _INT_KINDS or k in _UINT_KINDS or k in ("float32", "float64"):
        return v == 0
    if k in ("ptr", "interface"):
        return v is None
    return False


def _is_zero_value(t: _GoType, v: Any) -> bool:
    m = _methods_of(t, v, "IsZero", False)
    if m is not None and (t.kind != "ptr" or v is not None):
        return bool(m())
    return _reflect._is_zero(t, v)


def _plain_error(msg: str) -> Any:
    from go2py.runtime.std import errors

    return errors.New(msg)


def _go_quote(s: str) -> str:
    from go2py.runtime.std.strconv import Quote

    return Quote(s)


def _marshal_text(v: Any, html: bool = True) -> str:
    enc = _Encoder(html)
    enc.encode(None, v)
    return "".join(enc.out)


def Marshal(v: Any) -> tuple[_Slice, Any]:
    try:
        return _to_slice(_v.str_bytes(_marshal_text(v))), None
    except _Fail as f:
        return _v.NIL_SLICE, f.err


def MarshalIndent(v: Any, prefix: str, indent: str) -> tuple[_Slice, Any]:
    try:
        s = _marshal_text(v)
    except _Fail as f:
        return _v.NIL_SLICE, f.err
    return _to_slice(_indent(_v.str_bytes(s), prefix, indent)), None


# ---------------------------------------------------------------- Compact, Indent, HTMLEscape


def _compact(b: bytes, html: bool) -> str:
    """b (valid JSON) without insignificant space; <, >, & and U+2028/9 escaped if html."""
    out = bytearray()
    in_str = False
    i, n = 0, len(b)
    while i < n:
        c = b[i]
        if in_str:
            if c == 0x5C:
                out += b[i:i + 2]
                i += 2
                continue
            if c == 0x22:
                in_str = False
        elif c in _WS:
            i += 1
            continue
        elif c == 0x22:
            in_str = True
        if html and c in b"<>&":
            out += b"\\u00" + _HEX[c >> 4].encode() + _HEX[c & 0xF].encode()
        elif html and c == 0xE2 and i + 2 < n and b[i + 1] == 0x80 and b[i + 2] & 0xFE == 0xA8:
            out += b"\\u202" + _HEX[b[i + 2] & 0xF].encode()
            i += 3
            continue
        else:
            out.append(c)
        i += 1
    return _v.bytes_str(bytes(out))


def _indent(b: bytes, prefix: str, indent: str) -> bytes:
    """Valid compact-or-not JSON b laid out as Go's Indent does."""
    pre, ind = _v.str_bytes(prefix), _v.str_bytes(indent)
    out = bytearray()
    depth = 0
    in_str = False
    need_indent = False
    i, n = 0, len(b)

    def newline() -> None:
        out.append(0x0A)
        out.extend(pre)
        out.extend(ind * depth)

    while i < n:
        c = b[i]
        if in_str:
            out.append(c)
            if c == 0x5C:
                out.append(b[i + 1])
                i += 2
                continue
            if c == 0x22:
                in_str = False
            i += 1
            continue
        if c in _WS:
            i += 1
            continue
        if need_indent and c not in b"]}":
            need_indent = False
            depth += 1
            newline()
        if c == 0x22:
            in_str = True
            out.append(c)
        elif c in b"{[":
            out.append(c)
            need_indent = True
        elif c == 0x2C:
            out.append(c)
            newline()
        elif c == 0x3A:
            out.append(c)
            out.append(0x20)
        elif c in b"}]":
            if need_indent:
                need_indent = False
            else:
                depth -= 1
                newline()
            out.append(c)
        else:
            out.append(c)
        i += 1
    return bytes(out)


def Compact(dst: Any, src: _Slice) -> Any:
    b = _slice_bytes(src)
    try:
        _parse_all(b)
    except _Fail as f:
        return f.err
    dst.Write(_to_slice(_v.str_bytes(_compact(b, False))))
    return None


def Indent(dst: Any, src: _Slice, prefix: str, indent: str) -> Any:
    b = _slice_bytes(src)
    try:
        _parse_all(b)
    except _Fail as f:
        return f.err
    dst.Write(_to_slice(_indent(b, prefix, indent)))
    return None


def HTMLEscape(dst: Any, src: _Slice) -> None:
    b = _slice_bytes(src)
    out = bytearray()
    i = 0
    while i < len(b):
        c = b[i]
        if c in b"<>&":
            out += b"\\u00" + _HEX[c >> 4].encode() + _HEX[c & 0xF].encode()
        elif c == 0xE2 and i + 2 < len(b) and b[i + 1] == 0x80 and b[i + 2] & 0xFE == 0xA8:
            out += b"\\u202" + _HEX[b[i + 2] & 0xF].encode()
            i += 3
            continue
        else:
            out.append(c)
        i += 1
    dst.Write(_to_slice(bytes(out)))


# ---------------------------------------------------------------- decoding


class _Decoder:
    def __init__(self, data: bytes, root: Optional[_GoType], use_number: bool = False,
                 disallow_unknown: bool = False) -> None:
        self.data = data
        self.root = root
        self.use_number = use_number
        self.disallow = disallow_unknown
        self.err: Any = None

    def type_error(self, node: _Node, t: _GoType, path: tuple, literal: bool = False) -> None:
        if self.err is not None:
            return
        kind = {"{": "object", "[": "array", '"': "string", "0": "number", "t": "bool", "f": "bool",
                "n": "null"}[node.kind]
        if literal:
            kind = "number " + (node.val if node.kind == "0" else node.val)
        root = ""
        if path and self.root is not None:
            rt = self.root.elem if self.root.kind == "ptr" else self.root
            root = _reflect.type_of_gotype(rt).Name() if rt is not None else ""  # type: ignore[union-attr]
        self.err = UnmarshalTypeError(kind, _rt(t), node.type_offset(), root, ".".join(str(p) for p in path))

    def raw(self, node: _Node) -> _Slice:
        return _to_slice(self.data[node.start:node.end])

    def decode(self, node: _Node, t: _GoType, cur: Any, path: tuple) -> Any:
        """The value of type t that node decodes to, cur being the value it replaces."""
        k = t.kind
        if t.name == "json.RawMessage":
            return self.raw(node)
        # Unmarshalers: a struct's pointer method, a pointer's, or a defined type's (via a cell).
        if k == "struct" and t.py is not None and hasattr(t.py, "UnmarshalJSON"):
            return self.call_unmarshal(lambda b: cur.UnmarshalJSON(b), node, cur)
        if k == "ptr" and node.kind != "n" and t.elem is not None:
            et = t.elem
            if et.kind == "struct" and et.py is not None and hasattr(et.py, "UnmarshalJSON"):
                obj = cur if cur is not None else et.zero()
                return self.call_unmarshal(lambda b: obj.UnmarshalJSON(b), node, obj)
        if t.methods and "UnmarshalJSON" in t.methods and k != "struct":
            cell = _Cell(cur)
            m = t.methods["UnmarshalJSON"]
            return self.call_unmarshal(lambda b: m(cell, b), node, cell, True)
        if node.kind == '"':
            text_m = None
            if k == "struct" and t.py is not None and hasattr(t.py, "UnmarshalText"):
                text_m = lambda b: cur.UnmarshalText(b)  # noqa: E731
                res = cur
            elif t.methods and "UnmarshalText" in t.methods and k not in ("struct",):
                cell = _Cell(cur)
                m2 = t.methods["UnmarshalText"]
                text_m = lambda b: m2(cell, b)  # noqa: E731
                res = cell
            if text_m is not None:
                err = text_m(_to_slice(_v.str_bytes(node.val)))
                if err is not None and self.err is None:
                    self.err = err
                return res.get() if isinstance(res, _Cell) else res
        if node.kind == "n":
            if k in ("interface", "ptr", "map", "slice"):
                return t.zero()
            return cur
        if k == "interface":
            if t.methods or t.name not in ("interface {}", "any", "interface{}"):
                if cur is not None and _v.dynamic_type(cur).kind == "ptr":
                    return self.decode(node, _v.dynamic_type(cur), _v.unbox(cur), path)
                if t.methods:
                    self.type_error(node, t, path)
                    return cur
            return self.generic(node)
        if k == "ptr":
            et = t.elem
            assert et is not None
            if et.kind == "struct" and et.py is not None:
                obj = cur if cur is not None else et.zero()
                self.decode(node, et, obj, path)
                return obj
            if isinstance(cur, list):
                cur[:] = self.decode(node, et, cur, path)
                return cur
            if cur is None and et.kind == "array":
                return self.decode(node, et, et.zero(), path)
            cell = cur if cur is not None else _Cell(et.zero())
            cell.set(self.decode(node, et, cell.get(), path))
            return cell
        if k == "bool":
            if node.kind in "tf":
                return node.val
            self.type_error(node, t, path)
            return cur
        if k in _INT_KINDS or k in _UINT_KINDS or k in ("float32", "float64"):
            if node.kind != "0":
                self.type_error(node, t, path)
                return cur
            return self.number(node, node.val, t, path, cur)
        if k == "string":
            if node.kind == '"':
                return node.val
            if t.name == "json.Number" and node.kind == "0":
                return node.val
            self.type_error(node, t, path)
            return cur
        if k == "struct":
            if node.kind != "{":
                self.type_error(node, t, path)
                return cur
            self.struct(node, t, cur, path)
            return cur
        if k == "map":
            if node.kind != "{":
                self.type_error(node, t, path)
                return cur
            return self.map(node, t, cur, path)
        if k == "slice":
            et = t.elem
            assert et is not None
            if node.kind == '"' and et.kind == "uint8" and not _has_marshaler(et):
                try:
                    return _to_slice(_b64.b64decode(_v.str_bytes(node.val), validate=True))
                except ValueError:
                    self.type_error(node, t, path)
                    return cur
            if node.kind != "[":
                self.type_error(node, t, path)
                return cur
            items = []
            for i, x in enumerate(node.val):
                old = cur[i] if cur is not _v.NIL_SLICE and i < len(cur) else _fresh(et)
                items.append(self.decode(x, et, old, path + (i,)))
            return _Slice(items)
        if k == "array":
            et = t.elem
            assert et is not None
            if node.kind != "[":
                self.type_error(node, t, path)
                return cur
            out = list(cur)
            for i in range(t.len):
                if i < len(node.val):
                    out[i] = self.decode(node.val[i], et, out[i], path + (i,))
                else:
                    out[i] = _fresh(et)
            return out
        self.type_error(node, t, path)
        return cur

    def call_unmarshal(self, fn: Any, node: _Node, res: Any, cell: bool = False) -> Any:
        err = fn(self.raw(node))
        if err is not None and self.err is None:
            self.err = err
        return res.get() if cell else res

    def number(self, node: _Node, lit: str, t: _GoType, path: tuple, cur: Any) -> Any:
        k = t.kind
        if k in ("float32", "float64"):
            f = float(lit)
            if k == "float32":
                if abs(f) > 3.4028234663852886e38 * (1 + 2 ** -24):
                    self.type_error(node, t, path, True)
                    return cur
                return _v.f32(f)
            if f in (_math.inf, -_math.inf):
                self.type_error(node, t, path, True)
                return cur
            return f
        try:
            n = int(lit)
        except ValueError:
            self.type_error(node, t, path, True)
            return cur
        bits = t.size or 64
        if k in _INT_KINDS:
            ok = -(1 << (bits - 1)) <= n < (1 << (bits - 1))
        else:
            ok = 0 <= n < (1 << bits) and not lit.startswith("-")
        if not ok:
            self.type_error(node, t, path, True)
            return cur
        return n

    def struct(self, node: _Node, t: _GoType, obj: Any, path: tuple) -> None:
        fields = _struct_fields(t)
        exact = {f.name: f for f in fields}
        for key, val in node.val:
            f = exact.get(key)
            if f is None:
                fold = key.lower()
                f = next((x for x in fields if x.fold == fold), None)
            if f is None:
                if self.disallow and self.err is None:
                    self.err = _plain_error(f"json: unknown field {_go_quote(key)}")
                continue
            target = obj
            for fname, ftype in f.path[:-1]:
                nxt = getattr(target, fname)
                if ftype.kind == "ptr" and nxt is None:
                    nxt = ftype.elem.zero()  # type: ignore[union-attr]
                    setattr(target, fname, nxt)
                target = nxt
            fname, ftype = f.path[-1]
            if f.quoted and val.kind == '"' and ftype.kind != "string":
                try:
                    inner = _parse_all(_v.str_bytes(val.val))
                except _Fail:
                    inner = None
                if inner is None or inner.kind in "{[":
                    if self.err is None:
                        self.err = _plain_error(
                            f"json: invalid use of ,string struct tag, trying to unmarshal {_go_quote(val.val)}"
                            f" into {ftype.name}")
                    continue
                val = inner
            elif f.quoted and ftype.kind == "string" and val.kind == '"':
                try:
                    inner = _parse_all(_v.str_bytes(val.val))
                    if inner.kind == '"':
                        val = inner
                except _Fail:
                    pass
            setattr(target, fname, self.decode(val, ftype, getattr(target, fname), path + (key,)))

    def map(self, node: _Node, t: _GoType, cur: dict, path: tuple) -> dict:
        kt, et = t.key, t.elem
        assert kt is not None and et is not None
        m = {} if cur is _v.NIL_MAP or cur is None else cur
        for key, val in node.val:
            if kt.kind == "string":
                kv: Any = key
            elif kt.kind in _INT_KINDS or kt.kind in _UINT_KINDS:
                kn = _Node('"', key, val.start, val.start)
                try:
                    kv = int(key)
                    bits = kt.size or 64
                    if kt.kind in _INT_KINDS:
                        if not -(1 << (bits - 1)) <= kv < (1 << (bits - 1)):
                            raise ValueError
                    elif not 0 <= kv < (1 << bits) or key.startswith(("-", "+")):
                        raise ValueError
                    if key.strip() != key or key.startswith("+"):
                        raise ValueError
                except ValueError:
                    if self.err is None:
                        kn.val = key
                        self.err = UnmarshalTypeError("number " + key, _rt(kt), val.start - 1,
                                                      self.root_name(), ".".join(str(p) for p in path + (key,)))
                    continue
            else:
                self.type_error(node, t, path)
                return m
            m[kv] = self.decode(val, et, m.get(kv, _fresh(et)), path + (key,))
        return m

    def root_name(self) -> str:
        if self.root is None:
            return ""
        rt = self.root.elem if self.root.kind == "ptr" else self.root
        return _reflect.type_of_gotype(rt).Name() if rt is not None else ""  # type: ignore[union-attr]

    def generic(self, node: _Node) -> Any:
        k = node.kind
        if k == "{":
            return _Box(_MAP_ANY, {key: self.generic(v) for key, v in node.val})
        if k == "[":
            return _Box(_SLICE_ANY, _Slice([self.generic(x) for x in node.val]))
        if k == "0":
            if self.use_number:
                return _Box(_NUMBER_T, node.val)
            return float(node.val)
        return node.val


_ANY = _v.interface_type("interface {}")
_MAP_ANY = _v.map_of(_v.STRING, _ANY)
_SLICE_ANY = _v.slice_of(_ANY)


def _fresh(t: _GoType) -> Any:
    return t.zero()


def _unmarshal(data: bytes, v: Any, use_number: bool = False, disallow: bool = False,
               node: Optional[_Node] = None, origin: int = 0) -> Any:
    """Unmarshal data (or its parsed node) into v; a type error's offset counts from origin, where
    a Decoder's value starts."""
    if v is None:
        return InvalidUnmarshalError(None)
    t = _v.dynamic_type(v)
    if t is None or t.kind != "ptr":
        return InvalidUnmarshalError(_rt(t))
    raw = _v.unbox(v)
    if raw is None:
        return InvalidUnmarshalError(_rt(t))
    if node is None:
        try:
            node = _parse_all(data)
        except _Fail as f:
            return f.err
    d = _Decoder(data, t, use_number, disallow)
    et = t.elem
    assert et is not None
    if et.kind == "struct" and not hasattr(raw, "get"):
        d.decode(node, t, raw, ())
    elif isinstance(raw, list):  # a pointer to an array is the array's list
        raw[:] = d.decode(node, et, raw, ())
    else:
        raw.set(d.decode(node, et, raw.get(), ()))
    if origin and isinstance(d.err, UnmarshalTypeError):
        d.err.Offset -= origin
    return d.err


def Unmarshal(data: _Slice, v: Any) -> Any:
    return _unmarshal(_slice_bytes(data), v)


# ---------------------------------------------------------------- Encoder and Decoder


class Encoder:
    """json.Encoder: each Encode writes one value and a newline."""

    def __init__(self, w: Any = None) -> None:
        self.w = w
        self.prefix = ""
        self.indent = ""
        self.html = True

    def Encode(self, v: Any) -> Any:
        try:
            s = _marshal_text(v, self.html)
        except _Fail as f:
            return f.err
        b = _v.str_bytes(s)
        if self.prefix or self.indent:
            b = _indent(b, self.prefix, self.indent)
        _, err = self.w.Write(_to_slice(b + b"\n"))
        return err

    def SetIndent(self, prefix: str, indent: str) -> None:
        self.prefix = prefix
        self.indent = indent

    def SetEscapeHTML(self, on: bool) -> None:
        self.html = on


def NewEncoder(w: Any) -> Encoder:
    return Encoder(w)


class Decoder:
    """json.Decoder over a stream of JSON values, read as Go's is: only as far as the next value
    needs, so a program can answer one value before the next is written (a pipe, a terminal).
    Like Go's scanner, a value other than an object or array is known to be complete only at
    the byte after it or at the end of the input."""

    def __init__(self, r: Any = None) -> None:
        self.r = r
        self.buf = b""
        self.pos = 0  # in buf, which starts at byte `base` of the stream
        self.base = 0
        self.cap = 0  # the size Go's buffer would have
        self.eof = False  # the reader has nothing more (read_err holds its error, if not io.EOF)
        self.read_err: Any = None
        self.use_number = False
        self.disallow = False
        self.tokstack: list[int] = []  # the delimiters Token has opened

    def refill(self) -> bool:
        """Read once more from the reader as Go's decoder (encoding/json/jsontext) fetches: into
        a buffer of 64 bytes at first, doubled while it is small and the stream long, or when a
        value fills three quarters of it; what was decoded is slid out first. A bytes.Buffer is
        taken whole. False when the reader has nothing more to give."""
        if self.eof:
            return False
        from go2py.runtime.std import bytes as _bytes
        from go2py.runtime.std import io

        if isinstance(self.r, _bytes.Buffer):
            self.base += self.pos
            self.buf, self.pos = self.buf[self.pos:], 0
            if self.r.Len() == 0 or self.buf:
                self.eof = True  # Go refuses a Buffer written to while it is decoded
            else:
                self.buf = bytes(self.r.Next(self.r.Len()))
            return True
        cap = self.cap or 64
        grow = cap <= 2048 and cap < (self.base + self.pos) // 2
        grow = grow or (self.pos == 0 and len(self.buf) >= 3 * cap // 4)
        self.cap = cap * 2 if grow else cap
        self.base += self.pos
        self.buf, self.pos = self.buf[self.pos:], 0
        while True:
            s = _v.make_slice(max(self.cap - len(self.buf), 0), None, 0)
            n, err = self.r.Read(s)
            if n > 0:
                self.buf += bytes(s.a[:n])
                return True  # an error with data waits for the next read, as in Go
            if err is not None:
                self.eof = True
                if err is not io.EOF:
                    self.read_err = err
                return True

    def peek(self, i: int) -> int:
        """The index of the first non-space byte from i on (i at or after pos), reading as
        needed; len(buf) when the input ends first."""
        while True:
            i = _Parser(self.buf).ws(i)
            if i < len(self.buf):
                return i
            if self.eof:
                return len(self.buf)
            i -= self.pos
            self.refill()

    def UseNumber(self) -> None:
        self.use_number = True

    def DisallowUnknownFields(self) -> None:
        self.disallow = True

    def More(self) -> bool:
        i = self.peek(self.pos)
        if i < len(self.buf):
            self.pos = i  # Go's peek moves past the spaces it skips
        return i < len(self.buf) and self.buf[i] not in b"]}"

    def InputOffset(self) -> int:
        return self.base + self.pos

    def Buffered(self) -> Any:
        from go2py.runtime.std import bytes as _bytes

        return _bytes.NewReader(_v.Slice(bytearray(self.buf[self.pos:])))

    def skip_separator(self) -> int:
        """The index of the next value, past a ',' or ':' inside an array or object read by Token."""
        i = self.peek(self.pos)
        if self.tokstack and i < len(self.buf) and self.buf[i] in b",:":
            self.pos = i + 1
            i = self.peek(self.pos)
        return i

    def value(self, start: int) -> tuple[Any, int]:
        """The parsed value starting at start and its end, reading until it is complete.
        Syntax errors give their offsets in the stream."""
        while True:
            try:
                node, end = _Parser(self.buf).value(start)
            except _Fail as f:
                incomplete = isinstance(f.err, SyntaxError_) and f.err.msg == "unexpected end of JSON input"
                if incomplete and not self.eof:
                    start -= self.pos
                    self.refill()
                    continue
                if isinstance(f.err, SyntaxError_):
                    f.err.Offset += self.base
                raise
            if end < len(self.buf) or node.kind in ("[", "{") or self.eof:
                return node, end
            start -= self.pos
            self.refill()

    def Token(self) -> tuple[Any, Any]:
        from go2py.runtime.std import io

        i = self.skip_separator()
        if i >= len(self.buf):
            return None, io.EOF  # trailing spaces are not consumed
        c = self.buf[i]
        if c in b"[{":
            self.tokstack.append(c)
            self.pos = i + 1
            return _v.Box(_DELIM_T, c), None
        if c in b"]}":
            if self.tokstack:
                self.tokstack.pop()
            self.pos = i + 1
            return _v.Box(_DELIM_T, c), None
        try:
            node, end = self.value(i)
        except _Fail as f:
            return None, f.err
        self.pos = end
        if node.kind == "0":
            return (_v.Box(_NUMBER_T, node.val) if self.use_number else float(node.val)), None
        return node.val, None

    def Decode(self, v: Any) -> Any:
        from go2py.runtime.std import io

        start = self.skip_separator()
        if start >= len(self.buf):
            return self.read_err if self.read_err is not None else io.EOF
        try:
            node, end = self.value(start)
        except _Fail as f:
            if isinstance(f.err, SyntaxError_) and f.err.msg == "unexpected end of JSON input":
                return self.read_err if self.read_err is not None else io.ErrUnexpectedEOF
            return f.err
        self.pos = end
        return _unmarshal(self.buf, v, self.use_number, self.disallow, node, node.start)


class Delim(int):
    """json.Delim: one of [ ] { } (methods take the plain int)."""

    def String(d: int) -> str:  # noqa: N805
        return chr(d)


_DELIM_T = _v.foreign_named(Delim, "json.Delim", _v.INT32)


def NewDecoder(r: Any) -> Decoder:
    return Decoder(r)
