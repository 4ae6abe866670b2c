"""Go's ``fmt`` package over go2py values (see docs/values.md).

Every argument of the ``Print`` family is an interface value: ``None`` (nil),
a plain ``bool``/``int``/``float``/``str``/``complex`` (Go's bool, int,
float64, string, complex128), a struct object (a pointer to the struct), or a
``Box(GoType, value)`` for any other dynamic type.  The formatting follows
Go's ``fmt/print.go`` and ``fmt/format.go`` verb by verb, flag by flag, so the
output is Go's byte for byte; scalar conversions (``FormatFloat``, quoting) are
``strconv``'s.

Conventions for translated code:

* A struct VALUE stored in an interface is ``Box(T.__gotype__, obj)``; a
  pointer to a struct is the object itself (``&{...}`` at top level).
* Methods: for a pointer to a struct every Python method of the class counts
  (the method set of ``*T``).  For a struct value (the method set of ``T``):
  the methods listed in ``T.__gotype__.methods`` if that dict is not empty,
  else the class's methods except those named in the class attribute
  ``__ptr_methods__`` (the methods with pointer receivers; the translator
  should emit it, or list value-receiver methods in ``methods``).  For other
  defined types the Box's ``t.methods``, called with the Box's value as
  receiver.  ``Error()``, ``String()``, ``GoString()`` and
  ``Format(state, verb)`` (``verb`` an int rune) are used as Go uses them.
* A typed nil pointer in an interface is ``Box(pointer_to(T), None)``.
* Python objects outside the value model that have ``Error``/``String``
  methods (``time.Duration``, ``GoError``, strconv's ``NumError``...) are
  printed through those methods; their ``%T`` comes from a ``__goname__``
  class attribute when present.

Addresses: Go prints real addresses for ``%p`` and for pointers nested in
composite values; go2py prints ``0xc000000000`` plus a per-object number taken
from ``id()`` (stable for the object's lifetime, never equal to Go's).  Map
keys are sorted as ``internal/fmtsort`` sorts them; interface keys of different
dynamic types are ordered by type name (Go orders them by type descriptor
address).

Output: ``Print``/``Println``/``Printf`` write the encoded bytes straight to
file descriptor 1 (Go's ``os.Stdout`` is unbuffered), so output interleaves
with stderr as in Go; a program that assigns another writer to ``os.Stdout``
gets its output there.  ``Fprint*`` take any writer with ``Write(p)`` (``p`` a
byte ``Slice``, returning ``(n, err)``); ``_stdout`` and ``_stderr`` are such
writers for ``os.Stdout``/``os.Stderr``.

``Errorf``: with one ``%w`` the error has ``Unwrap()`` returning the wrapped
error; with several, ``Unwrap()`` returns a Python list of errors (Go's
``Unwrap() []error``; ``errors.Is``/``As`` walk both forms).

Not implemented: the scanning functions (``Scan``, ``Sscan``, ``Fscan``...,
``ScanState``, ``Scanner``).
"""

from __future__ import annotations

import go2py.runtime.fmtcore as _core
import os as _os
import sys as _sys

from go2py.runtime import values as _v
from go2py.runtime.cell import AttrCell as _AttrCell, ItemCell as _ItemCell
from go2py.runtime.panic import GoError as _GoError, GoPanic as _GoPanic, as_panic as _as_panic
from go2py.runtime.std import strconv as _strconv
from go2py.runtime.values import Box as _Box, GoType as _GoType, Slice as _Slice

__all__ = [
    "Print",
    "Println",
    "Printf",
    "Sprint",
    "Sprintln",
    "Sprintf",
    "Errorf",
    "Append",
    "Appendf",
    "Appendln",
    "Fprint",
    "Fprintln",
    "Fprintf",
    "FormatString",
    "Stringer",
    "GoStringer",
    "Formatter",
    "State",
]

# ---------------------------------------------------------------- scalar conversions (the seam)

_format_float = _strconv.format_float
_quote = _strconv.Quote
_quote_ascii = _strconv.QuoteToASCII
_quote_rune = _strconv.QuoteRune
_quote_rune_ascii = _strconv.QuoteRuneToASCII
_can_backquote = _strconv.CanBackquote
_is_print = _strconv.IsPrint

# ---------------------------------------------------------------- interfaces (documentation only)


class Stringer:
    """Any value with ``String() -> str``."""


class GoStringer:
    """Any value with ``GoString() -> str``."""


class Formatter:
    """Any value with ``Format(state, verb)``."""


class State:
    """What ``Format`` receives: ``Write``, ``WriteString``, ``Width``, ``Precision``, ``Flag``."""


# ---------------------------------------------------------------- types of values

_M64 = (1 << 64) - 1
_SIGNED = frozenset(("int", "int8", "int16", "int32", "int64"))
_UNSIGNED = frozenset(("uint", "uint8", "uint16", "uint32", "uint64", "uintptr"))
_INTS = _SIGNED | _UNSIGNED
_BYTES = _v.slice_of(_v.UINT8)
_foreign_types: dict = {}


def _foreign_type(x) -> _GoType:
    cls = type(x)
    t = _foreign_types.get(cls)
    name_of = getattr(x, "go_type_name", None)
    if name_of is not None:  # the runtime's errors: one class, several Go types
        name = name_of()
        t = _foreign_types.get(name)
        if t is None:
            t = _foreign_types[name] = _GoType(name, "foreign")
        return t
    if t is None:
        name = getattr(cls, "__goname__", None)
        if name is None:
            dt = _v.dynamic_type(x) if cls.__module__.startswith("go2py.runtime.std.") else None
            name = dt.name if dt is not None else f"{cls.__module__.rsplit('.', 1)[-1]}.{cls.__name__}"
        t = _foreign_types[cls] = _GoType(name, "foreign")
    return t


def _dyn(x):
    """(dynamic type, value) of an interface value; (None, None) for nil."""
    if x is None:
        return None, None
    t = type(x)
    if t is str:
        return _v.STRING, x
    if t is int:
        return _v.INT, x
    if t is bool:
        return _v.BOOL, x
    if t is float:
        return _v.FLOAT64, x
    if t is _Box:
        return x.t, x.v
    if t is complex:
        return _v.COMPLEX128, x
    gt = getattr(t, "__gotype__", None)
    if gt is not None:
        return _v.pointer_to(gt), x
    return _foreign_type(x), x


def _is_string_arg(x) -> bool:
    t = type(x)
    if t is str:
        return True
    if t is _Box:
        return x.t.kind == "string"
    return False


def _exported(name: str) -> bool:
    return bool(name) and name[0].isupper()


def _method(v, t: _GoType, name: str):
    """The bound method ``name`` of the value v of type t, or None.  Methods
    promoted from embedded fields count too."""
    k = t.kind
    if k == "ptr":
        e = t.elem
        if e is not None and e.kind == "struct" and e.py is not None:
            f = _class_method(e.py, name)
            if f is not None:
                return lambda *a: f(v, *a)
            return _promoted(v, e, name, True) if v is not None else None
        m = t.methods.get(name)
        if m is None and e is not None and e.py is None and e.methods and v is not None:
            # *T of a defined non-struct T: T's methods, pointer ones on the cell (as Box calls them)
            m = e.methods.get(name)
            if m is not None and name not in e.ptr_methods:
                return lambda *a: m(v.get(), *a)
        return (lambda *a: m(v, *a)) if m is not None else None
    if k == "foreign":
        f = getattr(v, name, None)
        return f if callable(f) else None
    m = t.methods.get(name) if t.methods else None
    if m is not None and name not in t.ptr_methods:  # a value has no pointer-receiver methods
        return lambda *a: m(v, *a)
    if k == "struct" and t.py is not None:
        if issubclass(t.py, _GoError):
            # The runtime's error classes stand for pointers (*errors.errorString): the struct
            # they point to has no methods.
            return None
        if not t.methods and name not in getattr(t.py, "__ptr_methods__", ()):
            # No value-receiver list: every method of the class but those
            # marked as having pointer receivers.
            f = _class_method(t.py, name)
            if f is not None:
                return lambda *a: f(v, *a)
        if v is not None:
            return _promoted(v, t, name, False)
    return None


def _class_method(cls, name: str):
    f = getattr(cls, name, None)
    if f is not None and callable(f) and not isinstance(f, (_SLOT_TYPES, type)):
        return f
    return None


def _promoted(s, t: _GoType, name: str, addressable: bool):
    """A method promoted from an embedded field of the struct s (None when
    there is none, or when two embedded fields at the same depth have it)."""
    found = None
    fields = t.fields
    if not any(f[3] for f in fields):
        return None
    slots = _v.field_attrs(s, fields)
    for i, (_fname, ft, _tag, embedded) in enumerate(fields):
        if not embedded:
            continue
        fv = getattr(s, slots[i], None)
        if ft.kind == "struct" and addressable:
            m = _method(fv, _v.pointer_to(ft), name)
        else:
            m = _method(fv, ft, name)
        if m is not None:
            if found is not None:
                return None
            found = m
    return found


_SLOT_TYPES = (type(_Box.t),)


def _addr(x) -> int:
    """The address fmt prints for a pointer, map, channel or function: one per object, and for
    a pointer to a field or an element, its object's at the field's or element's place (so
    two &s.f are one address, &a[i] is a slice's data pointer at i and &s of a struct is its
    first field's)."""
    if x is None:
        return 0
    tx = type(x)
    if tx is _ItemCell:
        seq = x.seq
        if isinstance(seq, _Slice):  # an element of a slice: its place in the backing list
            return _addr(seq.a) + (seq.off + x.i) * 8
        return _addr(seq) + x.i * 8
    if tx is _AttrCell:
        fields = getattr(type(x.obj), "__slots__", ())
        i = fields.index(x.name) if x.name in fields else 1 + hash(x.name) % 64
        return _addr(x.obj) + i * 8
    return 0xC000000000 + (id(x) & 0xFFFFFFF) * 8


# ---------------------------------------------------------------- the printer


class _Printer:
    __slots__ = (
        "buf",
        "wid",
        "prec",
        "wid_present",
        "prec_present",
        "minus",
        "plus",
        "sharp",
        "space",
        "zero",
        "plus_v",
        "sharp_v",
        "erroring",
        "panicking",
        "wrap_errs",
        "wrapped_errs",
        "reordered",
        "good_arg_num",
    )

    def __init__(self) -> None:
        self.buf: list[str] = []
        self.clearflags()
        self.erroring = False
        self.panicking = False
        self.wrap_errs = False
        self.wrapped_errs: list[int] = []
        self.reordered = False
        self.good_arg_num = True

    def clearflags(self) -> None:
        self.wid = self.prec = 0
        self.wid_present = self.prec_present = False
        self.minus = self.plus = self.sharp = self.space = self.zero = False
        self.plus_v = self.sharp_v = False

    def _get_flags(self):
        return (
            self.wid,
            self.prec,
            self.wid_present,
            self.prec_present,
            self.minus,
            self.plus,
            self.sharp,
            self.space,
            self.zero,
            self.plus_v,
            self.sharp_v,
        )

    def _set_flags(self, f) -> None:
        (
            self.wid,
            self.prec,
            self.wid_present,
            self.prec_present,
            self.minus,
            self.plus,
            self.sharp,
            self.space,
            self.zero,
            self.plus_v,
            self.sharp_v,
        ) = f

    def text(self) -> str:
        return "".join(self.buf)

    # --- fmt.State

    def Width(self):
        return self.wid, self.wid_present

    def Precision(self):
        return self.prec, self.prec_present

    def Flag(self, c) -> bool:
        c = chr(c) if isinstance(c, int) else c
        if c == "-":
            return self.minus
        if c == "+":
            return self.plus or self.plus_v
        if c == "#":
            return self.sharp or self.sharp_v
        if c == " ":
            return self.space
        if c == "0":
            return self.zero
        return False

    def Write(self, b):
        if isinstance(b, _Slice):
            data = bytes(b.a[b.off : b.off + b.len])
        elif isinstance(b, str):
            data = b.encode("utf-8", "surrogateescape")
        else:
            data = bytes(b)
        self.buf.append(data.decode("utf-8", "surrogateescape"))
        return len(data), None

    def WriteString(self, s: str):
        self.buf.append(s)
        return _v.str_len(s), None

    # --- padding (format.go)

    def _padding(self, n: int) -> str:
        if n <= 0:
            return ""
        return ("0" if self.zero and not self.minus else " ") * n

    def pad(self, s: str) -> None:
        if not self.wid_present or self.wid == 0:
            self.buf.append(s)
            return
        width = self.wid - len(s)
        if width <= 0:
            self.buf.append(s)
        elif not self.minus:
            self.buf.append(self._padding(width) + s)
        else:
            self.buf.append(s + self._padding(width))

    def fmt_boolean(self, b: bool) -> None:
        self.pad("true" if b else "false")

    def fmt_unicode(self, u: int) -> None:
        u &= _M64
        prec = 4
        if self.prec_present and self.prec > 4:
            prec = self.prec
        s = "U+" + format(u, "X").rjust(prec, "0")
        if self.sharp and u <= 0x10FFFF and _is_print(u):
            s += " '" + chr(u) + "'"
        old = self.zero
        self.zero = False
        self.pad(s)
        self.zero = old

    def fmt_integer(self, x: int, base: int, signed: bool, verb: str, upper: bool) -> None:
        negative = signed and x < 0
        u = -x if negative else x & _M64
        prec = 0
        if self.prec_present:
            prec = self.prec
            if prec == 0 and u == 0:
                old = self.zero
                self.zero = False
                self.buf.append(self._padding(self.wid))
                self.zero = old
                return
        elif self.zero and not self.minus and self.wid_present:
            prec = self.wid
            if negative or self.plus or self.space:
                prec -= 1
        if base == 10:
            s = str(u)
        elif base == 16:
            s = format(u, "X" if upper else "x")
        elif base == 8:
            s = format(u, "o")
        else:
            s = format(u, "b")
        if len(s) < prec:
            s = "0" * (prec - len(s)) + s
        if self.sharp:
            if base == 2:
                s = "0b" + s
            elif base == 8:
                if s[0] != "0":
                    s = "0" + s
            elif base == 16:
                s = ("0X" if upper else "0x") + s
        if verb == "O":
            s = "0o" + s
        if negative:
            s = "-" + s
        elif self.plus:
            s = "+" + s
        elif self.space:
            s = " " + s
        old = self.zero
        self.zero = False
        self.pad(s)
        self.zero = old

    def _truncate(self, s: str) -> str:
        if self.prec_present and self.prec < len(s):
            return s[: self.prec]
        return s

    def fmt_s(self, s: str) -> None:
        self.pad(self._truncate(s))

    def fmt_sbx(self, b: bytes, upper: bool) -> None:
        digits = "0123456789ABCDEFX" if upper else "0123456789abcdefx"
        length = len(b)
        if self.prec_present and self.prec < length:
            length = self.prec
        width = 2 * length
        if width > 0:
            if self.space:
                if self.sharp:
                    width *= 2
                width += length - 1
            elif self.sharp:
                width += 2
        else:
            if self.wid_present:
                self.buf.append(self._padding(self.wid))
            return
        if self.wid_present and self.wid > width and not self.minus:
            self.buf.append(self._padding(self.wid - width))
        out = []
        if self.sharp:
            out.append("0" + digits[16])
        for i in range(length):
            if self.space and i > 0:
                out.append(" ")
                if self.sharp:
                    out.append("0" + digits[16])
            c = b[i]
            out.append(digits[c >> 4] + digits[c & 15])
        self.buf.append("".join(out))
        if self.wid_present and self.wid > width and self.minus:
            self.buf.append(self._padding(self.wid - width))

    def fmt_q(self, s: str) -> None:
        s = self._truncate(s)
        if self.sharp and _can_backquote(s):
            self.pad("`" + s + "`")
            return
        self.pad(_quote_ascii(s) if self.plus else _quote(s))

    def fmt_c(self, c: int) -> None:
        c &= _M64
        self.pad(_v.rune_str(c) if c <= 0x10FFFF else "\ufffd")

    def fmt_qc(self, c: int) -> None:
        c &= _M64
        r = c if c <= 0x10FFFF else 0xFFFD
        self.pad(_quote_rune_ascii(r) if self.plus else _quote_rune(r))

    def fmt_float(self, x: float, size: int, verb: str, prec: int) -> None:
        fl = _core.Flags(self.plus, self.minus, self.sharp, self.space, self.zero,
                         self.wid if self.wid_present else None, self.prec if self.prec_present else None)
        self.buf.append(_core.fmt_float_prec(fl, x, size, verb, prec))

    # --- print.go

    def bad_verb(self, verb: str, v, t) -> None:
        self.erroring = True
        self.buf.append("%!" + verb + "(")
        if t is not None:
            self.buf.append(t.name + "=")
            self.print_value(v, t, "v", 0)
        else:
            self.buf.append("<nil>")
        self.buf.append(")")
        self.erroring = False

    def fmt_bool(self, b, t, verb: str) -> None:
        if verb in "tv":
            self.fmt_boolean(b)
        else:
            self.bad_verb(verb, b, t)

    def fmt_0x64(self, u: int, leading0x: bool) -> None:
        sharp = self.sharp
        self.sharp = leading0x
        self.fmt_integer(u, 16, False, "v", False)
        self.sharp = sharp

    def fmt_int(self, x: int, t, verb: str) -> None:
        signed = t.kind in _SIGNED
        if verb == "v":
            if self.sharp_v and not signed:
                self.fmt_0x64(x, True)
            else:
                self.fmt_integer(x, 10, signed, verb, False)
        elif verb == "d":
            self.fmt_integer(x, 10, signed, verb, False)
        elif verb == "b":
            self.fmt_integer(x, 2, signed, verb, False)
        elif verb == "o" or verb == "O":
            self.fmt_integer(x, 8, signed, verb, False)
        elif verb == "x":
            self.fmt_integer(x, 16, signed, verb, False)
        elif verb == "X":
            self.fmt_integer(x, 16, signed, verb, True)
        elif verb == "c":
            self.fmt_c(x)
        elif verb == "q":
            self.fmt_qc(x)
        elif verb == "U":
            self.fmt_unicode(x)
        else:
            self.bad_verb(verb, x, t)

    def _fmt_float(self, x: float, size: int, verb: str, t, whole) -> bool:
        if verb == "v":
            self.fmt_float(x, size, "g", -1)
        elif verb in "bgGxX":
            self.fmt_float(x, size, verb, -1)
        elif verb in "feE":
            self.fmt_float(x, size, verb, 6)
        elif verb == "F":
            self.fmt_float(x, size, "f", 6)
        else:
            self.bad_verb(verb, whole, t)
            return False
        return True

    def fmt_complex(self, c: complex, size: int, verb: str, t) -> None:
        if verb in ("v", "b", "g", "G", "x", "X", "f", "F", "e", "E"):
            old_plus = self.plus
            self.buf.append("(")
            self._fmt_float(c.real, size // 2, verb, t, c)
            self.plus = True
            self._fmt_float(c.imag, size // 2, verb, t, c)
            self.buf.append("i)")
            self.plus = old_plus
        else:
            self.bad_verb(verb, c, t)

    def fmt_string(self, s: str, t, verb: str) -> None:
        if verb == "v":
            if self.sharp_v:
                self.fmt_q(s)
            else:
                self.fmt_s(s)
        elif verb == "s":
            self.fmt_s(s)
        elif verb == "x":
            self.fmt_sbx(s.encode("utf-8", "surrogateescape"), False)
        elif verb == "X":
            self.fmt_sbx(s.encode("utf-8", "surrogateescape"), True)
        elif verb == "q":
            self.fmt_q(s)
        else:
            self.bad_verb(verb, s, t)

    def fmt_bytes(self, v, verb: str, t, type_string: str, is_nil: bool) -> None:
        b = bytes(v)
        if verb == "v" or verb == "d":
            if self.sharp_v:
                self.buf.append(type_string)
                if is_nil:
                    self.buf.append("(nil)")
                    return
                self.buf.append("{")
                for i, c in enumerate(b):
                    if i:
                        self.buf.append(", ")
                    self.fmt_0x64(c, True)
                self.buf.append("}")
            else:
                self.buf.append("[")
                for i, c in enumerate(b):
                    if i:
                        self.buf.append(" ")
                    self.fmt_integer(c, 10, False, verb, False)
                self.buf.append("]")
        elif verb == "s":
            s = b.decode("utf-8", "surrogateescape")
            self.pad(self._truncate(s))
        elif verb == "x":
            self.fmt_sbx(b, False)
        elif verb == "X":
            self.fmt_sbx(b, True)
        elif verb == "q":
            self.fmt_q(b.decode("utf-8", "surrogateescape"))
        else:
            self.print_value(v, t, verb, 0)

    def fmt_pointer(self, v, t, verb: str) -> None:
        k = t.kind
        if k not in ("chan", "func", "map", "ptr", "slice", "unsafe.pointer"):
            self.bad_verb(verb, v, t)
            return
        if v is None or v is _v.NIL_SLICE or v is _v.NIL_MAP:
            u = 0
        elif k == "slice":
            u = _addr(v.a) + v.off * 8
        elif k == "func":  # Go prints the code pointer: one for the closures of a literal
            f = getattr(v, "__func__", v)
            u = _addr(getattr(f, "__code__", f))
        else:
            u = _addr(v)
        if verb == "v":
            if self.sharp_v:
                self.buf.append("(" + t.name + ")(")
                if u == 0:
                    self.buf.append("nil")
                else:
                    self.fmt_0x64(u, True)
                self.buf.append(")")
            elif u == 0:
                self.pad("<nil>")
            else:
                self.fmt_0x64(u, not self.sharp)
        elif verb == "p":
            self.fmt_0x64(u, not self.sharp)
        elif verb in "bodxX":
            self.fmt_int(u, _v.UINTPTR, verb)
        else:
            self.bad_verb(verb, v, t)

    def catch_panic(self, e: BaseException, v, t, verb: str, method: str) -> None:
        p = _as_panic(e)
        if not isinstance(p, _GoPanic):
            raise p
        if t.kind == "ptr" and v is None:
            self.buf.append("<nil>")
            return
        if self.panicking:
            raise p
        old = self._get_flags()
        self.clearflags()
        self.buf.append("%!" + verb + "(PANIC=" + method + " method: ")
        self.panicking = True
        self.print_arg(p.value, "v")
        self.panicking = False
        self.buf.append(")")
        self._set_flags(old)

    def handle_methods(self, v, t, verb: str) -> bool:
        if self.erroring:
            return False
        if verb == "w":
            err = _method(v, t, "Error")
            if err is None or not self.wrap_errs:
                self.bad_verb(verb, v, t)
                return True
            verb = "v"
        f = _method(v, t, "Format")
        # time.Time's Format(layout) is no Formatter: its class says so
        if f is not None and not getattr(v, "_go_format_is_layout", False):
            try:
                f(self, ord(verb))
            except Exception as e:  # noqa: BLE001 - Go recovers any panic here
                self.catch_panic(e, v, t, verb, "Format")
            return True
        if self.sharp_v:
            f = _method(v, t, "GoString")
            if f is not None:
                try:
                    self.fmt_s(f())
                except Exception as e:  # noqa: BLE001
                    self.catch_panic(e, v, t, verb, "GoString")
                return True
        elif verb in ("v", "s", "x", "X", "q"):
            for name in ("Error", "String"):
                f = _method(v, t, name)
                if f is not None:
                    try:
                        self.fmt_string(f(), t, verb)
                    except Exception as e:  # noqa: BLE001
                        self.catch_panic(e, v, t, verb, name)
                    return True
        return False

    def print_arg(self, arg, verb: str) -> None:
        if arg is None:
            if verb == "T" or verb == "v":
                self.pad("<nil>")
            else:
                self.bad_verb(verb, None, None)
            return
        t, v = _dyn(arg)
        if verb == "T":
            self.fmt_s(t.name)
            return
        if verb == "p":
            self.fmt_pointer(v, t, "p")
            return
        ta = type(arg)
        if ta is str:
            self.fmt_string(arg, t, verb)
        elif ta is int:
            self.fmt_int(arg, t, verb)
        elif ta is bool:
            self.fmt_bool(arg, t, verb)
        elif ta is float:
            self._fmt_float(arg, 64, verb, t, arg)
        elif ta is complex:
            self.fmt_complex(arg, 128, verb, t)
        elif t is _BYTES:
            self.fmt_bytes(v, verb, t, "[]byte", v is _v.NIL_SLICE)
        elif t.underlying is t and t.kind in _SCALAR and t.kind != "foreign":
            self.print_value(v, t, verb, 0)
        else:
            top = getattr(type(v), "_fmt_top", None)
            if top is not None:  # a reflect.Value
                top(v, self, verb)
            elif not self.handle_methods(v, t, verb):
                self.print_value(v, t, verb, 0)

    def print_value(self, v, t, verb: str, depth: int, can_iface: bool = True) -> None:
        if depth > 0 and can_iface and t.kind != "interface":
            if self.handle_methods(v, t, verb):
                return
        k = t.kind
        if k in _SIGNED or k in _UNSIGNED:
            self.fmt_int(v, t, verb)
        elif k == "string":
            self.fmt_string(v, t, verb)
        elif k == "bool":
            self.fmt_bool(v, t, verb)
        elif k == "float64":
            self._fmt_float(v, 64, verb, t, v)
        elif k == "float32":
            self._fmt_float(v, 32, verb, t, v)
        elif k == "complex128":
            self.fmt_complex(v, 128, verb, t)
        elif k == "complex64":
            self.fmt_complex(v, 64, verb, t)
        elif k == "map":
            self._print_map(v, t, verb, depth, can_iface)
        elif k == "struct":
            self._print_struct(v, t, verb, depth, can_iface)
        elif k == "interface":
            dt, dv = _dyn(v)
            if dt is None:
                self.buf.append(t.name + "(nil)" if self.sharp_v else "<nil>")
            else:
                self.print_value(dv, dt, verb, depth + 1, can_iface)
        elif k == "array" or k == "slice":
            self._print_list(v, t, verb, depth, can_iface)
        elif k == "ptr":
            if depth == 0 and v is not None:
                e = t.elem
                if e is not None and e.kind in ("array", "slice", "struct", "map"):
                    self.buf.append("&")
                    target = v if e.kind == "struct" else v.get()
                    self.print_value(target, e, verb, depth + 1, can_iface)
                    return
            self.fmt_pointer(v, t, verb)
        elif k in ("chan", "func", "unsafe.pointer"):
            self.fmt_pointer(v, t, verb)
        elif k == "foreign":
            self._print_foreign(v, t, verb)
        else:
            self.buf.append("?" + t.name + "?")

    def _print_foreign(self, v, t, verb: str) -> None:
        if isinstance(v, bool):
            self.fmt_bool(v, t, verb)
        elif isinstance(v, int):
            self.fmt_int(int(v), _v.INT64, verb)
        elif isinstance(v, float):
            self._fmt_float(float(v), 64, verb, t, v)
        elif isinstance(v, str):
            self.fmt_string(str(v), t, verb)
        elif isinstance(v, BaseException):
            self.fmt_string(f"{type(v).__name__}: {v}", t, verb)
        else:
            self.buf.append("{" + str(v) + "}" if self.sharp_v else str(v))

    def _print_map(self, m, t, verb: str, depth: int, can_iface: bool) -> None:
        if self.sharp_v:
            self.buf.append(t.name)
            if m is _v.NIL_MAP or m is None:
                self.buf.append("(nil)")
                return
            self.buf.append("{")
        else:
            self.buf.append("map[")
        kt, et = t.key, t.elem
        keys = _sorted_keys(list(m.keys()), kt)
        for i, key in enumerate(keys):
            if i:
                self.buf.append(", " if self.sharp_v else " ")
            self.print_value(key, kt, verb, depth + 1, can_iface)
            self.buf.append(":")
            self.print_value(m[key], et, verb, depth + 1, can_iface)
        self.buf.append("}" if self.sharp_v else "]")

    def _print_struct(self, s, t, verb: str, depth: int, can_iface: bool) -> None:
        if self.sharp_v:
            self.buf.append(t.name)
        self.buf.append("{")
        fields = t.fields
        slots = _v.field_attrs(s, fields)
        for i, (name, ft, _tag, _embedded) in enumerate(fields):
            if i:
                self.buf.append(", " if self.sharp_v else " ")
            if (self.plus_v or self.sharp_v) and name:
                self.buf.append(name + ":")
            fv = getattr(s, slots[i], None)
            ci = can_iface and _exported(name)
            if ft.kind == "interface" and fv is not None:
                dt, dv = _dyn(fv)
                self.print_value(dv, dt, verb, depth + 1, ci)
            else:
                self.print_value(fv, ft, verb, depth + 1, ci)
        self.buf.append("}")

    def _print_list(self, v, t, verb: str, depth: int, can_iface: bool) -> None:
        is_slice = t.kind == "slice"
        if verb in ("s", "q", "x", "X") and t.elem is not None and t.elem.kind == "uint8":
            self.fmt_bytes(list(v), verb, t, t.name, is_slice and v is _v.NIL_SLICE)
            return
        et = t.elem
        if self.sharp_v:
            self.buf.append(t.name)
            if is_slice and v is _v.NIL_SLICE:
                self.buf.append("(nil)")
                return
            self.buf.append("{")
            for i, x in enumerate(v):
                if i:
                    self.buf.append(", ")
                self.print_value(x, et, verb, depth + 1, can_iface)
            self.buf.append("}")
        else:
            self.buf.append("[")
            for i, x in enumerate(v):
                if i:
                    self.buf.append(" ")
                self.print_value(x, et, verb, depth + 1, can_iface)
            self.buf.append("]")

    # --- the format string

    def do_printf(self, fmt: str, a) -> None:
        end = len(fmt)
        arg_num = 0
        after_index = False
        self.reordered = False
        na = len(a)
        i = 0
        buf = self.buf
        while i < end:
            self.good_arg_num = True
            j = fmt.find("%", i)
            if j < 0:
                buf.append(fmt[i:])
                break
            if j > i:
                buf.append(fmt[i:j])
            i = j + 1
            self.clearflags()
            fast = False
            while i < end:
                c = fmt[i]
                if c == "#":
                    self.sharp = True
                elif c == "0":
                    self.zero = True
                elif c == "+":
                    self.plus = True
                elif c == "-":
                    self.minus = True
                elif c == " ":
                    self.space = True
                else:
                    if "a" <= c <= "z" and arg_num < na:
                        if c == "w":
                            self.wrapped_errs.append(arg_num)
                        if c == "v" or c == "w":
                            self.sharp_v = self.sharp
                            self.sharp = False
                            self.plus_v = self.plus
                            self.plus = False
                        self.print_arg(a[arg_num], c)
                        arg_num += 1
                        i += 1
                        fast = True
                    break
                i += 1
            if fast:
                continue

            arg_num, i, after_index = self._arg_number(arg_num, fmt, i, na)

            if i < end and fmt[i] == "*":
                i += 1
                self.wid, self.wid_present, arg_num = _int_from_arg(a, arg_num)
                if not self.wid_present:
                    buf.append("%!(BADWIDTH)")
                if self.wid < 0:
                    self.wid = -self.wid
                    self.minus = True
                    self.zero = False
                after_index = False
            else:
                self.wid, self.wid_present, i = _parsenum(fmt, i, end)
                if after_index and self.wid_present:
                    self.good_arg_num = False

            if i + 1 < end and fmt[i] == ".":
                i += 1
                if after_index:
                    self.good_arg_num = False
                arg_num, i, after_index = self._arg_number(arg_num, fmt, i, na)
                if i < end and fmt[i] == "*":
                    i += 1
                    self.prec, self.prec_present, arg_num = _int_from_arg(a, arg_num)
                    if self.prec < 0:
                        self.prec = 0
                        self.prec_present = False
                    if not self.prec_present:
                        buf.append("%!(BADPREC)")
                    after_index = False
                else:
                    self.prec, self.prec_present, i = _parsenum(fmt, i, end)
                    if not self.prec_present:
                        self.prec = 0
                        self.prec_present = True

            if not after_index:
                arg_num, i, after_index = self._arg_number(arg_num, fmt, i, na)

            if i >= end:
                buf.append("%!(NOVERB)")
                break

            verb = fmt[i]
            i += 1
            if 0xDC80 <= ord(verb) <= 0xDCFF:
                verb = "\ufffd"

            if verb == "%":
                buf.append("%")
            elif not self.good_arg_num:
                buf.append("%!" + verb + "(BADINDEX)")
            elif arg_num >= na:
                buf.append("%!" + verb + "(MISSING)")
            else:
                if verb == "w":
                    self.wrapped_errs.append(arg_num)
                if verb == "v" or verb == "w":
                    self.sharp_v = self.sharp
                    self.sharp = False
                    self.plus_v = self.plus
                    self.plus = False
                self.print_arg(a[arg_num], verb)
                arg_num += 1

        if not self.reordered and arg_num < na:
            self.clearflags()
            buf.append("%!(EXTRA ")
            for k, arg in enumerate(a[arg_num:]):
                if k:
                    buf.append(", ")
                if arg is None:
                    buf.append("<nil>")
                else:
                    buf.append(_dyn(arg)[0].name + "=")
                    self.print_arg(arg, "v")
            buf.append(")")

    def _arg_number(self, arg_num: int, fmt: str, i: int, num_args: int):
        if len(fmt) <= i or fmt[i] != "[":
            return arg_num, i, False
        self.reordered = True
        index, wid, ok = _parse_arg_number(fmt[i:])
        if ok and 0 <= index < num_args:
            return index, i + wid, True
        self.good_arg_num = False
        return arg_num, i + wid, ok

    def do_print(self, a) -> None:
        prev_string = False
        buf = self.buf
        for k, arg in enumerate(a):
            ta = type(arg)
            is_string = ta is str or (ta is _Box and arg.t.kind == "string")
            if k > 0 and not is_string and not prev_string:
                buf.append(" ")
            if ta is str:
                buf.append(arg)
            elif ta is int:
                buf.append(str(arg))
            else:
                self.print_arg(arg, "v")
            prev_string = is_string

    def do_println(self, a) -> None:
        buf = self.buf
        for k, arg in enumerate(a):
            if k > 0:
                buf.append(" ")
            ta = type(arg)
            if ta is str:
                buf.append(arg)
            elif ta is int:
                buf.append(str(arg))
            else:
                self.print_arg(arg, "v")
        buf.append("\n")



_SCALAR = (
    _SIGNED
    | _UNSIGNED
    | frozenset(("bool", "string", "float32", "float64", "complex64", "complex128"))
)


def _too_large(x: int) -> bool:
    return x > 1000000 or x < -1000000


def _parsenum(s: str, start: int, end: int):
    if start >= end:
        return 0, False, end
    num = 0
    isnum = False
    i = start
    while i < end and "0" <= s[i] <= "9":
        if _too_large(num):
            return 0, False, end
        num = num * 10 + ord(s[i]) - 48
        isnum = True
        i += 1
    return num, isnum, i


def _parse_arg_number(s: str):
    if len(s) < 3:
        return 0, 1, False
    for i in range(1, len(s)):
        if s[i] == "]":
            width, ok, newi = _parsenum(s, 1, i)
            if not ok or newi != i:
                return 0, i + 1, False
            return width - 1, i + 1, True
    return 0, 1, False


def _int_from_arg(a, arg_num: int):
    num, is_int, new = 0, False, arg_num
    if arg_num < len(a):
        x = a[arg_num]
        if type(x) is int:
            num, is_int = x, True
        elif type(x) is _Box and x.t.kind in _INTS:
            n = x.v
            if -(1 << 63) <= n < (1 << 63):
                num, is_int = n, True
        new = arg_num + 1
        if _too_large(num):
            num, is_int = 0, False
    return num, is_int, new


# ---------------------------------------------------------------- map key order (internal/fmtsort)


def _compare(a, b, t) -> int:
    k = t.kind
    if k in _INTS or k in ("float32", "float64"):
        if k in ("float32", "float64"):
            an, bn = a != a, b != b
            if an or bn:
                return 0 if an and bn else (-1 if an else 1)
        return -1 if a < b else (1 if a > b else 0)
    if k == "string":
        if not (a.isascii() and b.isascii()):
            a, b = a.encode("utf-8", "surrogateescape"), b.encode("utf-8", "surrogateescape")
        return -1 if a < b else (1 if a > b else 0)
    if k in ("complex64", "complex128"):
        c = _compare(a.real, b.real, _v.FLOAT64)
        return c if c else _compare(a.imag, b.imag, _v.FLOAT64)
    if k == "bool":
        return 0 if a == b else (1 if a else -1)
    if k in ("ptr", "unsafe.pointer", "chan"):
        if a is None or b is None:
            return 0 if a is b else (-1 if a is None else 1)
        return _compare(id(a), id(b), _v.UINTPTR)
    if k == "struct":
        slots = _v.field_attrs(a, t.fields)
        for i, (_name, ft, _tag, _emb) in enumerate(t.fields):
            c = _compare(getattr(a, slots[i], None), getattr(b, slots[i], None), ft)
            if c:
                return c
        return 0
    if k == "array":
        for x, y in zip(a, b):
            c = _compare(x, y, t.elem)
            if c:
                return c
        return 0
    if k == "interface":
        if a is None or b is None:
            return 0 if a is b else (-1 if a is None else 1)
        (at, av), (bt, bv) = _dyn(a), _dyn(b)
        if at is not bt:
            if at.name != bt.name:
                return -1 if at.name < bt.name else 1
            return _compare(id(at), id(bt), _v.INT)
        return _compare(av, bv, at)
    return 0


def _sorted_keys(keys: list, kt) -> list:
    from functools import cmp_to_key

    k = kt.kind
    if k in _INTS or k == "bool":
        return sorted(keys)
    if k == "string" and all(x.isascii() for x in keys):
        return sorted(keys)
    return sorted(keys, key=cmp_to_key(lambda a, b: _compare(a, b, kt)))


# ---------------------------------------------------------------- output


def _write_fd(fd: int, data: bytes):
    """Write all of data to fd; (n, err)."""
    n = 0
    view = memoryview(data)
    while n < len(data):
        try:
            n += _os.write(fd, view[n:])
        except InterruptedError:
            continue
        except OSError as e:
            return n, _OSWriteError(fd, e)
    return n, None


class _OSWriteError:
    __slots__ = ("fd", "err")

    def __init__(self, fd: int, err: OSError) -> None:
        self.fd = fd
        self.err = err

    def Error(self) -> str:
        name = {1: "/dev/stdout", 2: "/dev/stderr"}.get(self.fd, f"fd {self.fd}")
        return f"write {name}: {self.err.strerror.lower() if self.err.strerror else self.err}"


class _FdWriter:
    """An unbuffered writer on a file descriptor (os.Stdout, os.Stderr)."""

    __slots__ = ("fd",)

    def __init__(self, fd: int) -> None:
        self.fd = fd

    def Write(self, p):
        if isinstance(p, _Slice):
            data = bytes(p.a[p.off : p.off + p.len])
        else:
            data = bytes(p)
        return _write_fd(self.fd, data)

    def WriteString(self, s: str):
        return _write_fd(self.fd, s.encode("utf-8", "surrogateescape"))


_stdout = _FdWriter(1)
_stderr = _FdWriter(2)


_OS_MODULE = "go2py.runtime.std.os"


def _out(w, s: str):
    tw = type(w)
    if tw is _FdWriter:
        return _write_fd(w.fd, s.encode("utf-8", "surrogateescape"))
    if tw.__module__ == _OS_MODULE and tw.__name__ == "File":
        return w.WriteString(s)  # os.File: the same bytes, without a byte Slice
    return w.Write(_Slice(list(s.encode("utf-8", "surrogateescape"))))


def _print_out(s: str):
    """Output of Print/Printf/Println: os.Stdout (fd 1 unless the program
    assigned another writer to os.Stdout)."""
    osm = _sys.modules.get(_OS_MODULE)
    if osm is not None:
        w = getattr(osm, "Stdout", None)
        if w is not None and getattr(w, "fd", None) != 1:
            return _out(w, s)
    return _write_fd(1, s.encode("utf-8", "surrogateescape"))


# ---------------------------------------------------------------- the API


def Sprintf(format: str, *a) -> str:
    plan = _plans.get(format)
    if plan is None:
        plan = _plan(format)
    if plan and len(plan) == 2 * len(a) + 1:
        # A format of plain %d %s %v only, with int and string operands: what doPrintf would
        # write, without the printer.
        out = [plan[0]]
        for k, x in enumerate(a):
            verb = plan[2 * k + 1]
            tx = type(x)
            if tx is int and verb != "s":
                out.append(str(x))
            elif tx is str and verb != "d":
                out.append(x)
            else:
                break
            out.append(plan[2 * k + 2])
        else:
            return "".join(out)
    p = _Printer()
    p.do_printf(format, a)
    return "".join(p.buf)


# format -> (text, verb, text, verb, ..., text) where its directives are plain %d, %s and %v
# (and %%), else () : Sprintf's fast path.
_plans: dict[str, tuple[str, ...]] = {}


def _plan(format: str) -> tuple[str, ...]:
    plan: list[str] | None = []
    text: list[str] = []
    i = 0
    while plan is not None:
        j = format.find("%", i)
        if j < 0:
            text.append(format[i:])
            break
        text.append(format[i:j])
        c = format[j + 1 : j + 2]
        if c == "%":
            text.append("%")
        elif c and c in "dsv":
            plan += ["".join(text), c]
            text = []
        else:
            plan = None  # flags, width, another verb, an argument index: the printer's job
        i = j + 2
    result = () if plan is None else (*plan, "".join(text))
    if len(_plans) < 1024:
        _plans[format] = result
    return result


def Sprint(*a) -> str:
    p = _Printer()
    p.do_print(a)
    return "".join(p.buf)


def Sprintln(*a) -> str:
    p = _Printer()
    p.do_println(a)
    return "".join(p.buf)


def Printf(format: str, *a):
    return _print_out(Sprintf(format, *a))


def Print(*a):
    return _print_out(Sprint(*a))


def Println(*a):
    return _print_out(Sprintln(*a))


def Fprintf(w, format: str, *a):
    return _out(w, Sprintf(format, *a))


def Fprint(w, *a):
    return _out(w, Sprint(*a))


def Fprintln(w, *a):
    return _out(w, Sprintln(*a))


def Append(b, *a):
    """Append(b []byte, a ...any) []byte"""
    return _v.append_slice(b, Sprint(*a))


def Appendf(b, format: str, *a):
    return _v.append_slice(b, Sprintf(format, *a))


def Appendln(b, *a):
    return _v.append_slice(b, Sprintln(*a))


def FormatString(state, verb: int) -> str:
    """The directive (``%-+8.3v``...) that produced the state, for Formatters."""
    out = ["%"]
    for c in " +-#0":
        if state.Flag(ord(c)):
            out.append(c)
    w, ok = state.Width()
    if ok:
        out.append(str(w))
    p, ok = state.Precision()
    if ok:
        out.append("." + str(p))
    out.append(_v.rune_str(verb))
    return "".join(out)


# ---------------------------------------------------------------- Errorf


class _WrapError:
    """*fmt.wrapError: one %w."""

    __slots__ = ("msg", "err")
    __goname__ = "*fmt.wrapError"

    def __init__(self, msg: str, err) -> None:
        self.msg = msg
        self.err = err

    def Error(self) -> str:
        return self.msg

    def Unwrap(self):
        return self.err

    __str__ = Error


class _WrapErrors:
    """*fmt.wrapErrors: several %w; Unwrap returns a Python list (Go's []error)."""

    __slots__ = ("msg", "errs")
    __goname__ = "*fmt.wrapErrors"

    def __init__(self, msg: str, errs: list) -> None:
        self.msg = msg
        self.errs = errs

    def Error(self) -> str:
        return self.msg

    def Unwrap(self) -> list:
        return self.errs

    __str__ = Error


def _is_error(x) -> bool:
    if x is None:
        return False
    t, v = _dyn(x)
    return _method(v, t, "Error") is not None


def Errorf(format: str, *a):
    from go2py.runtime.std import errors as _errors

    if not a and "%" not in format:
        return _errors.New(format)
    p = _Printer()
    p.wrap_errs = True
    p.do_printf(format, a)
    s = "".join(p.buf)
    w = p.wrapped_errs
    if not w:
        return _errors.New(s)
    if len(w) == 1:
        e = a[w[0]]
        return _WrapError(s, e if _is_error(e) else None)
    if p.reordered:
        w = sorted(w)
    errs = []
    for k, n in enumerate(w):
        if k > 0 and w[k - 1] == n:
            continue
        if _is_error(a[n]):
            errs.append(a[n])
    return _WrapErrors(s, errs)


# ----------------------------------------------------------------------------- scanning (see _fmtscan)


def Sscan(str_: str, *a):
    from . import _fmtscan as sc

    return sc.do_scan(sc.state_for_string(str_, True, False), a)


def Sscanln(str_: str, *a):
    from . import _fmtscan as sc

    return sc.do_scan(sc.state_for_string(str_, False, True), a)


def Sscanf(str_: str, format: str, *a):
    from . import _fmtscan as sc

    return sc.do_scanf(sc.state_for_string(str_, False, False), format, a)


def Fscan(r, *a):
    from . import _fmtscan as sc

    return sc.do_scan(sc.state_for_reader(r, True, False), a)


def Fscanln(r, *a):
    from . import _fmtscan as sc

    return sc.do_scan(sc.state_for_reader(r, False, True), a)


def Fscanf(r, format: str, *a):
    from . import _fmtscan as sc

    return sc.do_scanf(sc.state_for_reader(r, False, False), format, a)


def Scan(*a):
    from . import os as _os

    return Fscan(_os.Stdin, *a)


def Scanln(*a):
    from . import os as _os

    return Fscanln(_os.Stdin, *a)


def Scanf(format: str, *a):
    from . import os as _os

    return Fscanf(_os.Stdin, format, *a)
