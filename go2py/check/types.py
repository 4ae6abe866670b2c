"""Go types, after go/types: representation, identity, underlying types and printing.

Types are plain Python objects. Basic, composite and signature types are compared
structurally by `identical`; a Named type is identical only to itself (or to an
instance of the same generic type with identical type arguments).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Optional

if TYPE_CHECKING:
    from go2py.check.objects import Func, TypeName, Var

# ---------------------------------------------------------------- basic kinds

INVALID = 0
BOOL = 1
INT, INT8, INT16, INT32, INT64 = 2, 3, 4, 5, 6
UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR = 7, 8, 9, 10, 11, 12
FLOAT32, FLOAT64 = 13, 14
COMPLEX64, COMPLEX128 = 15, 16
STRING = 17
UNSAFE_POINTER = 18
UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX = 19, 20, 21, 22, 23
UNTYPED_STRING, UNTYPED_NIL = 24, 25

IS_BOOLEAN = 1
IS_INTEGER = 2
IS_UNSIGNED = 4
IS_FLOAT = 8
IS_COMPLEX = 16
IS_STRING = 32
IS_UNTYPED = 64
IS_ORDERED = IS_INTEGER | IS_FLOAT | IS_STRING
IS_NUMERIC = IS_INTEGER | IS_FLOAT | IS_COMPLEX
IS_CONST_TYPE = IS_BOOLEAN | IS_NUMERIC | IS_STRING

# Sizes in bytes (64-bit platform), used by unsafe.Sizeof and integer ranges.
SIZES = {
    BOOL: 1, INT: 8, INT8: 1, INT16: 2, INT32: 4, INT64: 8, UINT: 8, UINT8: 1, UINT16: 2,
    UINT32: 4, UINT64: 8, UINTPTR: 8, FLOAT32: 4, FLOAT64: 8, COMPLEX64: 8, COMPLEX128: 16,
    STRING: 16, UNSAFE_POINTER: 8,
}


class Type:
    """Base of all types."""

    __slots__ = ()

    def underlying(self) -> "Type":
        return self

    def __str__(self) -> str:
        return type_string(self)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {type_string(self)}>"


class Basic(Type):
    __slots__ = ("kind", "info", "name")

    def __init__(self, kind: int, info: int, name: str) -> None:
        self.kind = kind
        self.info = info
        self.name = name


def _b(kind: int, info: int, name: str) -> Basic:
    return Basic(kind, info, name)


TYP: dict[int, Basic] = {
    INVALID: _b(INVALID, 0, "invalid type"),
    BOOL: _b(BOOL, IS_BOOLEAN, "bool"),
    INT: _b(INT, IS_INTEGER, "int"),
    INT8: _b(INT8, IS_INTEGER, "int8"),
    INT16: _b(INT16, IS_INTEGER, "int16"),
    INT32: _b(INT32, IS_INTEGER, "int32"),
    INT64: _b(INT64, IS_INTEGER, "int64"),
    UINT: _b(UINT, IS_INTEGER | IS_UNSIGNED, "uint"),
    UINT8: _b(UINT8, IS_INTEGER | IS_UNSIGNED, "uint8"),
    UINT16: _b(UINT16, IS_INTEGER | IS_UNSIGNED, "uint16"),
    UINT32: _b(UINT32, IS_INTEGER | IS_UNSIGNED, "uint32"),
    UINT64: _b(UINT64, IS_INTEGER | IS_UNSIGNED, "uint64"),
    UINTPTR: _b(UINTPTR, IS_INTEGER | IS_UNSIGNED, "uintptr"),
    FLOAT32: _b(FLOAT32, IS_FLOAT, "float32"),
    FLOAT64: _b(FLOAT64, IS_FLOAT, "float64"),
    COMPLEX64: _b(COMPLEX64, IS_COMPLEX, "complex64"),
    COMPLEX128: _b(COMPLEX128, IS_COMPLEX, "complex128"),
    STRING: _b(STRING, IS_STRING, "string"),
    UNSAFE_POINTER: _b(UNSAFE_POINTER, 0, "unsafe.Pointer"),
    UNTYPED_BOOL: _b(UNTYPED_BOOL, IS_BOOLEAN | IS_UNTYPED, "untyped bool"),
    UNTYPED_INT: _b(UNTYPED_INT, IS_INTEGER | IS_UNTYPED, "untyped int"),
    UNTYPED_RUNE: _b(UNTYPED_RUNE, IS_INTEGER | IS_UNTYPED, "untyped rune"),
    UNTYPED_FLOAT: _b(UNTYPED_FLOAT, IS_FLOAT | IS_UNTYPED, "untyped float"),
    UNTYPED_COMPLEX: _b(UNTYPED_COMPLEX, IS_COMPLEX | IS_UNTYPED, "untyped complex"),
    UNTYPED_STRING: _b(UNTYPED_STRING, IS_STRING | IS_UNTYPED, "untyped string"),
    UNTYPED_NIL: _b(UNTYPED_NIL, IS_UNTYPED, "untyped nil"),
}
# byte and rune are aliases: distinct objects (for printing) of the same kind.
BYTE = Basic(UINT8, IS_INTEGER | IS_UNSIGNED, "byte")
RUNE = Basic(INT32, IS_INTEGER, "rune")
INVALID_TYPE = TYP[INVALID]


# ---------------------------------------------------------------- composite types


class Pointer(Type):
    __slots__ = ("elem",)

    def __init__(self, elem: Type) -> None:
        self.elem = elem


class Slice(Type):
    __slots__ = ("elem",)

    def __init__(self, elem: Type) -> None:
        self.elem = elem


class Array(Type):
    __slots__ = ("len", "elem")

    def __init__(self, length: int, elem: Type) -> None:
        self.len = length
        self.elem = elem


class Map(Type):
    __slots__ = ("key", "elem")

    def __init__(self, key: Type, elem: Type) -> None:
        self.key = key
        self.elem = elem


SEND_RECV, SEND_ONLY, RECV_ONLY = 0, 1, 2


class Chan(Type):
    __slots__ = ("dir", "elem")

    def __init__(self, direction: int, elem: Type) -> None:
        self.dir = direction
        self.elem = elem


class Struct(Type):
    __slots__ = ("fields", "tags")

    def __init__(self, fields: list["Var"], tags: list[str]) -> None:
        self.fields = fields
        self.tags = tags


class Tuple(Type):
    __slots__ = ("vars",)

    def __init__(self, vars: list["Var"]) -> None:
        self.vars = vars

    def __len__(self) -> int:
        return len(self.vars)

    def types(self) -> list[Type]:
        return [v.type for v in self.vars]


EMPTY_TUPLE = Tuple([])


class Signature(Type):
    __slots__ = ("recv", "params", "results", "variadic", "type_params", "recv_type_params", "prefill")

    def __init__(
        self,
        params: Tuple,
        results: Tuple,
        variadic: bool = False,
        recv: Optional["Var"] = None,
        type_params: Optional[list["TypeParam"]] = None,
    ) -> None:
        self.recv = recv
        self.params = params
        self.results = results
        self.variadic = variadic
        self.type_params = type_params or []
        self.recv_type_params: list[TypeParam] = []
        self.prefill: dict = {}  # type arguments given explicitly in a partial instantiation


class Term:
    __slots__ = ("tilde", "type")

    def __init__(self, tilde: bool, typ: Type) -> None:
        self.tilde = tilde
        self.type = typ


class Union(Type):
    __slots__ = ("terms",)

    def __init__(self, terms: list[Term]) -> None:
        self.terms = terms


class Interface(Type):
    """An interface: explicit methods and embedded elements; `complete` computes the rest."""

    __slots__ = ("methods", "embeddeds", "_all_methods", "_terms", "_comparable", "implicit", "building",
                 "_all_methods_tmp")

    def __init__(self, methods: list["Func"], embeddeds: list[Type]) -> None:
        self.methods = methods
        self.embeddeds = embeddeds
        self._all_methods: Optional[list["Func"]] = None
        self._terms: Optional[list[Term]] = None  # None: all types
        self._comparable = False
        self.implicit = False  # a constraint written as a bare union: [T int|string]
        self.building = False  # still being declared: do not cache the method set

    def all_methods(self) -> list["Func"]:
        if self._all_methods is None:
            self._compute()
            if self.building:
                return self._all_methods_tmp  # type: ignore[attr-defined]
        return self._all_methods  # type: ignore[return-value]

    def type_terms(self) -> Optional[list[Term]]:
        """The type set's terms, or None when the type set is not restricted by terms."""
        if self._all_methods is None:
            self._compute()
        return self._terms

    def is_comparable_constraint(self) -> bool:
        if self._all_methods is None:
            self._compute()
        return self._comparable

    def is_method_set_only(self) -> bool:
        """A basic interface: usable as an ordinary type."""
        return self.type_terms() is None and not self.is_comparable_constraint()

    def _compute(self) -> None:
        methods: dict[str, "Func"] = {}
        for m in self.methods:
            methods.setdefault(m.name, m)
        terms: Optional[list[Term]] = None
        comparable = False
        self._all_methods = []  # guards against cycles
        for e in self.embeddeds:
            u = e.underlying()
            if isinstance(u, Interface):
                for m in u.all_methods():
                    methods.setdefault(m.name, m)
                if u.is_comparable_constraint():
                    comparable = True
                t = u.type_terms()
                if t is not None:
                    terms = t if terms is None else _intersect(terms, t)
            elif isinstance(e, Union):
                ts: list[Term] = []
                for term in e.terms:
                    tu = term.type.underlying()
                    if isinstance(tu, Interface) and not term.tilde:
                        sub = tu.type_terms()
                        if sub is None:
                            ts = []
                            break
                        ts.extend(sub)
                    else:
                        ts.append(term)
                else:
                    terms = ts if terms is None else _intersect(terms, ts)
            elif e is COMPARABLE_MARKER:
                comparable = True
            else:
                t1 = [Term(False, e)]
                terms = t1 if terms is None else _intersect(terms, t1)
        self._all_methods = sorted(methods.values(), key=lambda m: m.name)
        self._terms = terms
        self._comparable = comparable
        if self.building:
            result = self._all_methods
            self._all_methods = None
            self._all_methods_tmp = result  # type: ignore[attr-defined]


def _intersect(a: list[Term], b: list[Term]) -> list[Term]:
    out: list[Term] = []
    for x in a:
        for y in b:
            if x.tilde and y.tilde:
                if identical(x.type.underlying(), y.type.underlying()):
                    out.append(x)
            elif x.tilde:
                if identical(x.type.underlying(), y.type.underlying()):
                    out.append(y)
            elif y.tilde:
                if identical(x.type.underlying(), y.type.underlying()):
                    out.append(x)
            elif identical(x.type, y.type):
                out.append(x)
    return out


# The universe's `any`, printed by name (set by universe.py).
ANY_INTERFACE: list[Optional["Interface"]] = [None]


class _ComparableMarker(Type):
    """The embedded element of the predeclared `comparable` interface."""

    __slots__ = ()


COMPARABLE_MARKER = _ComparableMarker()


class Named(Type):
    """A defined type: `type T U`, possibly generic (type_params) or an instance (type_args)."""

    __slots__ = ("obj", "_underlying", "methods", "type_params", "type_args", "origin", "resolver",
                 "_instances")

    def __init__(self, obj: "TypeName", underlying: Optional[Type]) -> None:
        self.obj = obj
        self._underlying = underlying
        self.methods: list["Func"] = []
        self.type_params: list[TypeParam] = []
        self.type_args: list[Type] = []
        self.origin: "Named" = self
        self.resolver = None  # called once to set the underlying type lazily
        self._instances: dict[tuple, "Named"] = {}

    def underlying(self) -> Type:
        if self._underlying is None and self.resolver is not None:
            r, self.resolver = self.resolver, None
            r()
        u = self._underlying
        # Follow chains such as `type A B; type B int`: the underlying type is never Named.
        seen = 0
        while isinstance(u, Named) and seen < 100:
            u = u.underlying()
            seen += 1
        return u if u is not None else INVALID_TYPE

    def set_underlying(self, u: Type) -> None:
        self._underlying = u

    def method(self, name: str) -> Optional["Func"]:
        for m in self.origin.methods:
            if m.name == name:
                return m
        return None


class TypeParam(Type):
    __slots__ = ("obj", "index", "constraint")

    def __init__(self, obj: "TypeName", index: int, constraint: Type) -> None:
        self.obj = obj
        self.index = index
        self.constraint = constraint

    def iface(self) -> Interface:
        u = self.constraint.underlying()
        if isinstance(u, Interface):
            return u
        return Interface([], [self.constraint])

    def underlying(self) -> Type:
        # go/types: the underlying type of a type parameter is its constraint interface.
        return self.iface()


# ---------------------------------------------------------------- predicates


def is_basic(t: Type, info: int) -> bool:
    u = t.underlying()
    return isinstance(u, Basic) and bool(u.info & info)


def is_untyped(t: Type) -> bool:
    return isinstance(t, Basic) and bool(t.info & IS_UNTYPED)


def is_typed(t: Type) -> bool:
    return not is_untyped(t)


def is_interface(t: Type) -> bool:
    return isinstance(t.underlying(), Interface) and not isinstance(t, TypeParam)


def is_type_param(t: Type) -> bool:
    return isinstance(t, TypeParam)


def all_terms(t: Type, pred) -> bool:
    """For a type parameter: pred holds for every type in its type set (and there is one)."""
    if isinstance(t, TypeParam):
        terms = t.iface().type_terms()
        if not terms:
            return False
        return all(pred(term.type) for term in terms)
    return pred(t)


def default_type(t: Type) -> Type:
    if isinstance(t, Basic):
        return {
            UNTYPED_BOOL: TYP[BOOL],
            UNTYPED_INT: TYP[INT],
            UNTYPED_RUNE: RUNE,
            UNTYPED_FLOAT: TYP[FLOAT64],
            UNTYPED_COMPLEX: TYP[COMPLEX128],
            UNTYPED_STRING: TYP[STRING],
        }.get(t.kind, t)
    return t


def identical(x: Type, y: Type) -> bool:
    return _identical(x, y, None)


def _identical(x: Type, y: Type, seen: Optional[set]) -> bool:
    if x is y:
        return True
    if isinstance(x, Basic) and isinstance(y, Basic):
        return x.kind == y.kind
    if type(x) is not type(y):
        return False
    if isinstance(x, Named):
        assert isinstance(y, Named)
        if x.origin is not y.origin or not x.type_args or len(x.type_args) != len(y.type_args):
            return False
        return all(_identical(a, b, seen) for a, b in zip(x.type_args, y.type_args))
    if isinstance(x, (Pointer, Slice)):
        return _identical(x.elem, y.elem, seen)  # type: ignore[attr-defined]
    if isinstance(x, Array):
        return x.len == y.len and _identical(x.elem, y.elem, seen)  # type: ignore[attr-defined]
    if isinstance(x, Map):
        return _identical(x.key, y.key, seen) and _identical(x.elem, y.elem, seen)  # type: ignore[attr-defined]
    if isinstance(x, Chan):
        return x.dir == y.dir and _identical(x.elem, y.elem, seen)  # type: ignore[attr-defined]
    if isinstance(x, Struct):
        assert isinstance(y, Struct)
        if len(x.fields) != len(y.fields):
            return False
        for i, (f, g) in enumerate(zip(x.fields, y.fields)):
            if f.embedded != g.embedded or x.tags[i] != y.tags[i] or f.name != g.name:
                return False
            if not f.exported() and f.pkg is not g.pkg:
                return False
            if not _identical(f.type, g.type, seen):
                return False
        return True
    if isinstance(x, Tuple):
        assert isinstance(y, Tuple)
        return len(x.vars) == len(y.vars) and all(
            _identical(a.type, b.type, seen) for a, b in zip(x.vars, y.vars)
        )
    if isinstance(x, Signature):
        assert isinstance(y, Signature)
        if len(x.type_params) != len(y.type_params):
            return False
        return (
            x.variadic == y.variadic
            and _identical(x.params, y.params, seen)
            and _identical(x.results, y.results, seen)
        )
    if isinstance(x, Interface):
        assert isinstance(y, Interface)
        key = (id(x), id(y))
        if seen is not None and key in seen:
            return True
        seen = set(seen or ()) | {key}
        xm, ym = x.all_methods(), y.all_methods()
        if len(xm) != len(ym):
            return False
        xt, yt = x.type_terms(), y.type_terms()
        if (xt is None) != (yt is None) or x.is_comparable_constraint() != y.is_comparable_constraint():
            return False
        if xt is not None and yt is not None:
            if len(xt) != len(yt) or not all(
                any(a.tilde == b.tilde and _identical(a.type, b.type, seen) for b in yt) for a in xt
            ):
                return False
        for a, b in zip(xm, ym):
            if a.name != b.name or not _identical(a.type, b.type, seen):
                return False
        return True
    if isinstance(x, Union):
        return False
    return False


def comparable(t: Type) -> bool:
    """Whether values of type t can be compared with == (the spec's 'comparable')."""
    return _comparable(t, set())


def _comparable(t: Type, seen: set) -> bool:
    if id(t) in seen:
        return True
    seen.add(id(t))
    if isinstance(t, TypeParam):
        iface = t.iface()
        if iface.is_comparable_constraint():
            return True
        terms = iface.type_terms()
        return bool(terms) and all(_comparable(term.type, seen) for term in terms)
    u = t.underlying()
    if isinstance(u, Basic):
        return u.kind != UNTYPED_NIL
    if isinstance(u, (Pointer, Chan, Interface)):
        return True
    if isinstance(u, Struct):
        return all(_comparable(f.type, seen) for f in u.fields)
    if isinstance(u, Array):
        return _comparable(u.elem, seen)
    return False


def has_nil(t: Type) -> bool:
    u = t.underlying()
    if isinstance(t, TypeParam):
        terms = t.iface().type_terms()
        return bool(terms) and all(has_nil(term.type) for term in terms)
    if isinstance(u, Basic):
        return u.kind == UNSAFE_POINTER
    return isinstance(u, (Pointer, Slice, Map, Chan, Signature, Interface))


# ---------------------------------------------------------------- printing


def type_string(t: Type, qualify=None) -> str:
    """The type as the Go compiler writes it in messages; qualify(pkg) gives a prefix."""
    out: list[str] = []
    _write(t, out, qualify, set())
    return "".join(out)


def _write(t: Type, out: list[str], q, seen: set) -> None:
    if isinstance(t, Basic):
        out.append(t.name)
    elif isinstance(t, Named):
        obj = t.obj
        if obj.pkg is not None and q is not None:
            prefix = q(obj.pkg)
            if prefix:
                out.append(prefix + ".")
        out.append(obj.name)
        if t.type_args:
            out.append("[")
            for i, a in enumerate(t.type_args):
                if i:
                    out.append(",")
                _write(a, out, q, seen)
            out.append("]")
    elif isinstance(t, TypeParam):
        out.append(t.obj.name)
    elif isinstance(t, Pointer):
        out.append("*")
        _write(t.elem, out, q, seen)
    elif isinstance(t, Slice):
        out.append("[]")
        _write(t.elem, out, q, seen)
    elif isinstance(t, Array):
        out.append(f"[{t.len}]")
        _write(t.elem, out, q, seen)
    elif isinstance(t, Map):
        out.append("map[")
        _write(t.key, out, q, seen)
        out.append("]")
        _write(t.elem, out, q, seen)
    elif isinstance(t, Chan):
        if t.dir == SEND_ONLY:
            out.append("chan<- ")
        elif t.dir == RECV_ONLY:
            out.append("<-chan ")
        else:
            out.append("chan ")
        paren = t.dir != SEND_ONLY and isinstance(t.elem, Chan) and t.elem.dir == RECV_ONLY
        if paren:
            out.append("(")
        _write(t.elem, out, q, seen)
        if paren:
            out.append(")")
    elif isinstance(t, Struct):
        out.append("struct{")
        for i, f in enumerate(t.fields):
            if i:
                out.append("; ")
            if not f.embedded:
                out.append(f.name + " ")
            _write(f.type, out, q, seen)
            if t.tags[i]:
                out.append(" " + _quote(t.tags[i]))
        out.append("}")
    elif isinstance(t, Tuple):
        out.append("(")
        for i, v in enumerate(t.vars):
            if i:
                out.append(", ")
            _write(v.type, out, q, seen)
        out.append(")")
    elif isinstance(t, Signature):
        out.append("func")
        _write_signature(t, out, q, seen)
    elif isinstance(t, Interface):
        if t is ANY_INTERFACE[0]:
            out.append("any")
            return
        if id(t) in seen:
            out.append("interface{...}")
            return
        seen = seen | {id(t)}
        if not t.methods and len(t.embeddeds) == 1 and t.implicit:
            _write(t.embeddeds[0], out, q, seen)
            return
        if not t.methods and not t.embeddeds:
            out.append("interface{}")
            return
        out.append("interface{")
        parts = 0
        for m in t.methods:
            if parts:
                out.append("; ")
            out.append(m.name)
            _write_signature(m.type, out, q, seen)  # type: ignore[arg-type]
            parts += 1
        for e in t.embeddeds:
            if parts:
                out.append("; ")
            if e is COMPARABLE_MARKER:
                out.append("comparable")
            else:
                _write(e, out, q, seen)
            parts += 1
        out.append("}")
    elif isinstance(t, Union):
        for i, term in enumerate(t.terms):
            if i:
                out.append(" | ")
            if term.tilde:
                out.append("~")
            _write(term.type, out, q, seen)
    elif t is COMPARABLE_MARKER:
        out.append("comparable")
    else:
        out.append("?")


def _write_signature(s: Signature, out: list[str], q, seen: set) -> None:
    out.append("(")
    n = len(s.params.vars)
    for i, v in enumerate(s.params.vars):
        if i:
            out.append(", ")
        if v.name:
            out.append(v.name + " ")
        if s.variadic and i == n - 1 and isinstance(v.type, Slice):
            out.append("...")
            _write(v.type.elem, out, q, seen)
        else:
            _write(v.type, out, q, seen)
    out.append(")")
    res = s.results.vars
    if not res:
        return
    out.append(" ")
    if len(res) == 1 and not res[0].name:
        _write(res[0].type, out, q, seen)
        return
    out.append("(")
    for i, v in enumerate(res):
        if i:
            out.append(", ")
        if v.name:
            out.append(v.name + " ")
        _write(v.type, out, q, seen)
    out.append(")")


def _quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def core_type(t: Type) -> Optional[Type]:
    """The core type: the underlying type, or the single underlying type of a type set."""
    if isinstance(t, TypeParam):
        terms = t.iface().type_terms()
        if not terms:
            return None
        u = terms[0].type.underlying()
        if all(identical(term.type.underlying(), u) for term in terms):
            return u
        return None
    return t.underlying()
