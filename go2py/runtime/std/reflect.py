"""Go's ``reflect`` package, the part programs use, over go2py's run-time types.

A ``reflect.Type`` is an ``rtype`` wrapping a ``GoType`` (go2py/runtime/values.py); one
``rtype`` per ``GoType``, so ``==`` between types works as identity, as in Go.  A
``reflect.Value`` holds a Go value and its type; the value read from an interface is
unboxed first.

Implemented: ``TypeOf``, ``ValueOf``, ``DeepEqual``, ``Indirect``, ``Zero``, the ``Kind``
constants with ``Kind.String``, ``StructTag.Get``/``Lookup``, ``StructField``; on ``Type``:
``Name``, ``String``, ``Kind``, ``Elem``, ``Key``, ``Len``, ``NumField``, ``Field``,
``FieldByName``, ``PkgPath``, ``NumMethod``, ``Comparable``, ``Bits``; on ``Value``: ``Kind``,
``Type``, ``Interface``, ``Int``, ``Uint``, ``Float``, ``String``, ``Bool``, ``Len``,
``Index``, ``Field``, ``FieldByName``, ``NumField``, ``Elem``, ``IsNil``, ``IsValid``,
``IsZero``, ``MapKeys``, ``MapIndex``, ``CanInt``/``CanUint``/``CanFloat``.  A ``Value``
read through a pointer can be set (``SetInt``, ``SetString``, ``SetFloat``, ``SetBool``,
``Set``) for struct fields.

Methods (``Type.Method``, ``Value.Method`` and the rest) follow Go's method sets, with the
signatures the translator records in ``GoType.msigs`` for a program importing reflect;
``StructOf`` and ``FuncOf`` make new types (docs/encoding.md).
"""

from __future__ import annotations

from typing import Any, NoReturn, Optional

from go2py.runtime import chan as _chan
from go2py.runtime import selectgo as _selectgo
from go2py.runtime import values as _v
from go2py.runtime.cell import Cell as _Cell
from go2py.runtime.panic import GoPanic as _GoPanic
from go2py.runtime.values import Box as _Box, GoType as _GoType, Slice as _Slice

# go/reflect's Kind numbering; go2py's GoType.kind names map onto it.
_KIND_NAMES = ["invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
               "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array",
               "chan", "func", "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"]
_KIND_OF = {n: i for i, n in enumerate(_KIND_NAMES)}
_KIND_OF["unsafe.pointer"] = 26

Invalid, Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr = range(13)
Float32, Float64, Complex64, Complex128, Array, Chan, Func, Interface, Map = range(13, 22)
Pointer = Ptr = 22
Slice, String, Struct, UnsafePointer = 23, 24, 25, 26


class Kind(int):
    """reflect.Kind: methods take the plain int as receiver."""

    def String(k: int) -> str:  # noqa: N805 - Go's receiver
        if 0 <= k < len(_KIND_NAMES):
            return _KIND_NAMES[k]
        return f"kind{k}"


class StructTag(str):
    """reflect.StructTag: the conventional `key:"value" key2:"value2"` format."""

    def Get(tag: str, key: str) -> str:  # noqa: N805
        return StructTag.Lookup(tag, key)[0]

    def Lookup(tag: str, key: str) -> tuple[str, bool]:  # noqa: N805
        from go2py.runtime.std.strconv import Unquote

        while tag:
            i = 0
            while i < len(tag) and tag[i] == " ":
                i += 1
            tag = tag[i:]
            if not tag:
                break
            i = 0
            while i < len(tag) and tag[i] > " " and tag[i] != ":" and tag[i] != '"' and tag[i] != "\x7f":
                i += 1
            if i == 0 or i + 1 >= len(tag) or tag[i] != ":" or tag[i + 1] != '"':
                break
            name = tag[:i]
            tag = tag[i + 1:]
            i = 1
            while i < len(tag) and tag[i] != '"':
                if tag[i] == "\\":
                    i += 1
                i += 1
            if i >= len(tag):
                break
            qvalue = tag[:i + 1]
            tag = tag[i + 1:]
            if key == name:
                value, err = Unquote(qvalue)
                if err is not None:
                    break
                return value, True
        return "", False


def _pkg_split(name: str) -> tuple[str, str]:
    """("main", "T") for a defined type's name "main.T"; ("", "") for unnamed types."""
    if not name or name[0] in "*[]" or name.startswith(("map[", "chan ", "<-chan", "func", "struct",
                                                         "interface")):
        return "", ""
    if "." in name.split("[", 1)[0]:
        pkg, _, rest = name.partition(".")
        return pkg, rest
    return "", name


class rtype:
    """A reflect.Type: the GoType it describes."""

    __slots__ = ("t",)
    _cache: dict[int, "rtype"] = {}
    __go_interface_impl__ = True  # the only implementation of reflect.Type: its methods are all there are

    def __init__(self, t: _GoType) -> None:
        self.t = t

    def common(self) -> None:
        pass

    def String(self) -> str:
        return self.t.name

    def Name(self) -> str:
        t = self.t
        if t.underlying is t and t.kind != "struct" and t.kind != "interface":
            return t.name if t.kind in _KIND_OF and t.kind not in ("ptr", "slice", "array", "map", "chan",
                                                                     "func") else ""
        return _pkg_split(t.name)[1]

    def PkgPath(self) -> str:
        return _pkg_split(self.t.name)[0] if self.Name() and "." in self.t.name else ""

    def Kind(self) -> int:
        return _KIND_OF.get(self.t.kind, 0)

    def Elem(self) -> "rtype":
        if self.t.elem is None:
            raise _GoPanic("reflect: Elem of invalid type " + self.t.name)
        return type_of_gotype(self.t.elem)

    def Key(self) -> "rtype":
        if self.t.key is None:
            raise _GoPanic("reflect: Key of non-map type " + self.t.name)
        return type_of_gotype(self.t.key)

    def ChanDir(self) -> int:
        if self.t.kind != "chan":
            raise _GoPanic("reflect: ChanDir of non-chan type " + self.t.name)
        return ChanDir({0: 3, 1: 2, 2: 1}[self.t.dir])  # GoType.dir: 0 both, 1 send-only, 2 receive-only

    def Len(self) -> int:
        if self.t.kind != "array":
            raise _GoPanic("reflect: Len of non-array type " + self.t.name)
        return self.t.len

    def Bits(self) -> int:
        t = self.t
        if t.size:
            return t.size
        return {"float32": 32, "float64": 64, "complex64": 64, "complex128": 128}.get(t.kind, 0) or _bits_panic(t)

    def NumField(self) -> int:
        self._need_struct("NumField")
        return len(self.t.fields)

    def Field(self, i: int) -> "StructField":
        self._need_struct("Field")
        if not 0 <= i < len(self.t.fields):
            raise _GoPanic("reflect: Field index out of bounds")
        return _struct_field(self.t, i)

    def Fields(self) -> Any:
        """iter.Seq[StructField]: the fields in order."""
        self._need_struct("Fields")

        def seq(yield_: Any) -> None:
            for i in range(len(self.t.fields)):
                if not yield_(_struct_field(self.t, i)):
                    return

        return seq

    def FieldByName(self, name: str) -> tuple["StructField", bool]:
        self._need_struct("FieldByName")
        for i, f in enumerate(self.t.fields):
            if f[0] == name:
                return _struct_field(self.t, i), True
        for i, f in enumerate(self.t.fields):
            if f[3] and f[1].kind in ("struct", "ptr"):
                inner = f[1] if f[1].kind == "struct" else f[1].elem
                if inner is not None and inner.kind == "struct":
                    sf, ok = type_of_gotype(inner).FieldByName(name)
                    if ok:
                        sf.Index = _Slice([i, *sf.Index])
                        return sf, True
        return StructField(), False

    def FieldByIndex(self, index: _Slice) -> "StructField":
        t: rtype = self
        sf = StructField()
        for n, i in enumerate(index):
            if n and t.t.kind == "ptr":
                t = t.Elem()
            sf = t.Field(i)
            t = sf.Type
        return sf

    def NumMethod(self) -> int:
        return len(_method_set(self.t))

    def Method(self, i: int) -> "Method":
        ms = _method_set(self.t)
        if self.t.kind == "interface":
            if not 0 <= i < len(ms):
                return Method()
        elif not 0 <= i < len(ms):
            raise _GoPanic("reflect: Method index out of range")
        return _method(self.t, ms, i)

    def MethodByName(self, name: str) -> tuple["Method", bool]:
        ms = _method_set(self.t)
        for i, m in enumerate(ms):
            if m[0] == name:
                return _method(self.t, ms, i), True
        return Method(), False

    def Methods(self) -> Any:
        """iter.Seq[Method]: the methods in order."""

        def seq(yield_: Any) -> None:
            for i in range(self.NumMethod()):
                if not yield_(self.Method(i)):
                    return

        return seq

    def AssignableTo(self, u: Optional["rtype"]) -> bool:
        if u is None:
            raise _GoPanic("reflect: nil type passed to Type.AssignableTo")
        return _assignable(self.t, u.t)

    def Implements(self, u: Optional["rtype"]) -> bool:
        if u is None:
            raise _GoPanic("reflect: nil type passed to Type.Implements")
        if u.t.kind != "interface":
            raise _GoPanic("reflect: non-interface type passed to Type.Implements")
        return all(m in self._method_names() for m in u.t.methods)

    def _method_names(self) -> set[str]:
        t = self.t
        if t.kind == "interface":
            return set(t.methods) | {m[0] for m in _method_set(t)}
        return {m[0] for m in _method_set(t, True)}

    # Function types

    def _need_func(self, what: str) -> tuple:
        if self.t.kind != "func":
            raise _GoPanic(f"reflect: {what} of non-func type {self.t.name}")
        return _v.signature_of(self.t)

    def NumIn(self) -> int:
        return len(self._need_func("NumIn")[0])

    def NumOut(self) -> int:
        return len(self._need_func("NumOut")[1])

    def In(self, i: int) -> "rtype":
        ins = self._need_func("In")[0]
        if not 0 <= i < len(ins):
            raise _v.index_error(i, len(ins))
        return type_of_gotype(ins[i])  # type: ignore[return-value]

    def Out(self, i: int) -> "rtype":
        outs = self._need_func("Out")[1]
        if not 0 <= i < len(outs):
            raise _v.index_error(i, len(outs))
        return type_of_gotype(outs[i])  # type: ignore[return-value]

    def IsVariadic(self) -> bool:
        return bool(self._need_func("IsVariadic")[2])

    def Comparable(self) -> bool:
        t = self.t
        if t.kind in ("slice", "map", "func"):
            return False
        if t.kind == "array":
            return type_of_gotype(t.elem).Comparable()  # type: ignore[arg-type]
        if t.kind == "struct":
            return all(type_of_gotype(f[1]).Comparable() for f in t.fields)
        return True

    def _need_struct(self, what: str) -> None:
        if self.t.kind != "struct":
            raise _GoPanic(f"reflect: {what} of non-struct type {self.t.name}")

    def __repr__(self) -> str:
        return f"reflect.TypeOf({self.t.name})"


rtype.__gotype__ = _v.GoType("reflect.rtype", "struct", py=rtype)  # type: ignore[attr-defined]


def _bits_panic(t: _GoType) -> int:
    raise _GoPanic("reflect: Bits of non-arithmetic Type " + t.name)


def type_of_gotype(t: Optional[_GoType]) -> Optional[rtype]:
    """The one reflect.Type of a GoType (nil for None)."""
    if t is None:
        return None
    r = rtype._cache.get(id(t))
    if r is None or r.t is not t:
        r = rtype._cache[id(t)] = rtype(t)
        _KEEP.append(t)
    return r


_KEEP: list[_GoType] = []  # keeps the GoTypes alive so that their ids stay unique


class StructField(_v.Struct):
    """reflect.StructField."""

    __slots__ = ("Name", "PkgPath", "Type", "Tag", "Offset", "Index", "Anonymous")

    def __init__(self, Name: str = "", PkgPath: str = "", Type: Any = None, Tag: str = "", Offset: int = 0,
                 Index: _Slice = _v.NIL_SLICE, Anonymous: bool = False) -> None:
        self.Name = Name
        self.PkgPath = PkgPath
        self.Type = Type
        self.Tag = Tag
        self.Offset = Offset
        self.Index = Index
        self.Anonymous = Anonymous

    def _copy(self) -> "StructField":
        return StructField(self.Name, self.PkgPath, self.Type, self.Tag, self.Offset, self.Index, self.Anonymous)

    def IsExported(self) -> bool:
        return self.PkgPath == ""


def _struct_field(t: _GoType, i: int) -> StructField:
    name, ft, tag, emb = t.fields[i]
    pkg = "" if name[:1].isupper() else _pkg_split(t.name)[0] or _struct_pkg.get(id(t)) or "main"
    return StructField(name, pkg, type_of_gotype(ft), tag, 0, _Slice([i]), emb)


# ---------------------------------------------------------------- methods


class Method(_v.Struct):
    """reflect.Method."""

    __slots__ = ("Name", "PkgPath", "Type", "Func", "Index")

    def __init__(self, Name: str = "", PkgPath: str = "", Type: Any = None, Func: Optional["Value"] = None,
                 Index: int = 0) -> None:
        self.Name = Name
        self.PkgPath = PkgPath
        self.Type = Type
        self.Func = Func if Func is not None else Value()
        self.Index = Index

    def _copy(self) -> "Method":
        return Method(self.Name, self.PkgPath, self.Type, self.Func, self.Index)

    def IsExported(self) -> bool:
        return self.PkgPath == ""


_NO_SIG = _v.func_type("func()")


def _declared(t: _GoType) -> Optional[list]:
    """The translator's table of t's methods (see GoType.msigs), or None."""
    return list(t.msigs()) if t.msigs is not None else None


def _class_methods(py: type) -> list:
    """Without the translator's table: the methods a Python class has, signatures unknown."""
    ptr = getattr(py, "__ptr_methods__", ())
    return [(m, _NO_SIG, m in ptr) for m in sorted(dir(py))
            if m[:1].isupper() and callable(getattr(py, m)) and not isinstance(getattr(py, m), type)]


def _method_set(t: _GoType, unexported: bool = False) -> list:
    """(name, function type without the receiver, pointer receiver only) of each method
    reflect shows for t, by name: an interface's methods; else the exported methods of t's
    method set (a pointer to a defined type has its pointer-receiver methods too), and with
    `unexported` the others as well (Implements)."""
    if t.kind == "interface":
        ms = _declared(t)
        return ms if ms is not None else [(m, _NO_SIG, False) for m in sorted(t.methods)]
    ptr = t.kind == "ptr" and t.underlying is t and t.elem is not None and t.elem.kind != "interface"
    if ptr and id(t.elem) in _no_ptr_methods:
        return []
    base = t.elem if ptr else t
    ms = _declared(base)  # type: ignore[arg-type]
    if ms is None:
        if base.py is not None:  # type: ignore[union-attr]
            ms = _class_methods(base.py)  # type: ignore[union-attr]
        elif base.methods:  # type: ignore[union-attr]
            ms = [(m, _NO_SIG, m in base.ptr_methods) for m in sorted(base.methods)]  # type: ignore[union-attr]
        else:
            ms = []
    return [m for m in ms if (unexported or m[0][:1].isupper()) and (ptr or not m[2])]


def _bound(t: _GoType, v: Any, name: str) -> Any:
    """The method `name` of the value v of type t, bound to it (a value receiver gets a copy)."""
    if t.kind == "interface":
        if v is None:
            raise _GoPanic(_v.RuntimeError_("invalid memory address or nil pointer dereference"))
        return getattr(v, name)
    if t.kind == "struct" and hasattr(v, "_copy"):
        v = v._copy()
    return getattr(_Box(t, v), name)


def _method(t: _GoType, ms: list, i: int) -> "Method":
    name, ft, _ = ms[i]
    if t.kind == "interface":
        pkg = "" if name[:1].isupper() else _pkg_split(t.name)[0] or "main"
        return Method(name, pkg, type_of_gotype(ft), Value(), i)
    params, results, variadic = _v.signature_of(ft)
    mt = _func_of((t, *params), results, variadic)

    def fn(recv: Any, *args: Any) -> Any:
        return _bound(t, recv, name)(*args)

    return Method(name, "", type_of_gotype(mt), Value(mt, fn), i)


def _func_name(ins: Any, outs: Any, variadic: bool) -> str:
    ps = [x.name for x in ins]
    if variadic and ps:
        last = ins[-1]
        ps[-1] = "..." + (last.elem.name if last.elem is not None else last.name)
    head = "func(" + ", ".join(ps) + ")"
    if not outs:
        return head
    if len(outs) == 1:
        return head + " " + outs[0].name
    return head + " (" + ", ".join(x.name for x in outs) + ")"


def _func_of(ins: Any, outs: Any, variadic: bool) -> _GoType:
    ins, outs = tuple(ins), tuple(outs)
    return _v.func_type(_func_name(ins, outs, variadic), lambda: (ins, outs, variadic))


def FuncOf(in_: _Slice, out: _Slice, variadic: bool) -> rtype:
    ins = [x.t for x in (in_ or ())]
    outs = [x.t for x in (out or ())]
    if variadic and (not ins or ins[-1].kind != "slice"):
        raise _GoPanic("reflect.FuncOf: last arg of variadic func must be slice")
    if len(ins) + len(outs) > 128:
        raise _GoPanic("reflect.FuncOf: too many arguments")
    return type_of_gotype(_func_of(ins, outs, variadic))  # type: ignore[return-value]


# ---------------------------------------------------------------- StructOf

_struct_types: dict[tuple, _GoType] = {}
_struct_pkg: dict[int, str] = {}  # the PkgPath of a StructOf type's unexported fields


def _valid_field_name(name: str) -> bool:
    return bool(name) and (name[0].isalpha() or name[0] == "_") and all(c.isalnum() or c == "_" for c in name)


def _has_methods(t: _GoType) -> bool:
    return bool(type_of_gotype(t).Name()) and bool(  # type: ignore[union-attr]
        _method_set(_v.pointer_to(t), True) or t.methods or t.ptr_methods)


def StructOf(fields: _Slice) -> rtype:
    """A new struct type of the fields (one per list of identical fields)."""
    from go2py.runtime.std.strconv import Quote

    fields = list(fields or ())
    parts: list[str] = []
    names: set[str] = set()
    pkgpath = ""
    desc: list[tuple[str, _GoType, str, bool]] = []
    for i, f in enumerate(fields):
        if f.Name == "":
            raise _GoPanic(f"reflect.StructOf: field {i} has no name")
        if not _valid_field_name(f.Name):
            raise _GoPanic(f"reflect.StructOf: field {i} has invalid name")
        if f.Type is None:
            raise _GoPanic(f"reflect.StructOf: field {i} has no type")
        if f.Anonymous and f.PkgPath != "":
            raise _GoPanic(f'reflect.StructOf: field "{f.Name}" is anonymous but has PkgPath set')
        if f.PkgPath == "" and ("a" <= f.Name[0] <= "z" or f.Name[0] == "_"):
            raise _GoPanic(f'reflect.StructOf: field "{f.Name}" is unexported but missing PkgPath')
        if f.PkgPath:
            if pkgpath == "":
                pkgpath = f.PkgPath
            elif pkgpath != f.PkgPath:
                raise _GoPanic(f"reflect.StructOf: fields with different PkgPath {pkgpath} and {f.PkgPath}")
        ft: _GoType = f.Type.t
        part = ""
        if f.Anonymous:
            if ft.kind == "ptr" and ft.elem is not None and ft.elem.kind in ("ptr", "interface"):
                raise _GoPanic("reflect.StructOf: illegal embedded field type " + ft.name)
            base = ft.elem if ft.kind == "ptr" and ft.underlying is ft else ft
            if base is not None and ft.kind != "interface" and _has_methods(base):
                if i > 0:
                    raise _GoPanic("reflect: embedded type with methods not implemented if type is not first field")
                if ft.kind == "ptr" and len(fields) > 1:
                    raise _GoPanic("reflect: embedded type with methods not implemented if there is more than one "
                                   "field")
        else:
            part = " " + f.Name
        if f.Name in names and f.Name != "_":
            raise _GoPanic("reflect.StructOf: duplicate field " + f.Name)
        names.add(f.Name)
        part += " " + ft.name
        if f.Tag:
            part += " " + Quote(str(f.Tag))
        parts.append(part)
        desc.append((f.Name, ft, str(f.Tag), bool(f.Anonymous)))
    name = "struct {" + ";".join(parts) + (" }" if parts else "}")
    key = (pkgpath, *((n, id(ft), tag, emb) for n, ft, tag, emb in desc))
    gt = _struct_types.get(key)
    if gt is None:
        gt = _struct_types[key] = _v.GoType(name, "struct")
        _KEEP.append(gt)
        gt.fields = desc
        gt.py = _struct_class(gt, [(n, ft) for n, ft, _, _ in desc if n != "_"])
        gt.zero = gt.py
        _struct_pkg[id(gt)] = pkgpath
        if desc and desc[0][3] and desc[0][1].kind != "interface":
            _promote(gt, desc[0][0], desc[0][1])
    return type_of_gotype(gt)  # type: ignore[return-value]


def _promote(gt: _GoType, fname: str, ft: _GoType) -> None:
    """The methods of a StructOf type's embedded first field: its value's method set (a
    pointer to the new type has none of its own, as in Go)."""
    ms = tuple((n, sig, False) for n, sig, _ in _method_set(ft))
    if not ms:
        return
    gt.msigs = lambda: ms
    _no_ptr_methods.add(id(gt))
    for name, _, _ in ms:
        def fwd(self: Any, *args: Any, _name: str = name) -> Any:
            return _bound(ft, getattr(self, fname), _name)(*args)

        setattr(gt.py, name, fwd)


_no_ptr_methods: set[int] = set()


def _struct_class(gt: _GoType, fields: list) -> type:
    """A Python class for the values of a struct type made by StructOf."""

    def __init__(self: Any, *args: Any) -> None:
        for k, (n, ft) in enumerate(fields):
            setattr(self, n, args[k] if k < len(args) else ft.zero())

    def _copy(self: Any) -> Any:
        c = cls.__new__(cls)
        for n, ft in fields:
            setattr(c, n, _v.tcopy(ft, getattr(self, n)))
        return c

    def _assign(self: Any, v: Any) -> None:
        for n, ft in fields:
            setattr(self, n, _v.tcopy(ft, getattr(v, n)))

    cls = type("StructOf", (_v.Struct,), {
        "__slots__": tuple(n for n, _ in fields), "__init__": __init__, "_copy": _copy, "_assign": _assign,
        "_ifaces": tuple(n for n, ft in fields if ft.kind == "interface"), "__gotype__": gt})
    return cls


def TypeOf(i: Any) -> Optional[rtype]:
    return type_of_gotype(_v.dynamic_type(i))


# ---------------------------------------------------------------- values


class Value(_v.Struct):
    """reflect.Value: a Go value `v` of type `t`; `cell` set when the value can be set; `ro`
    when it was reached through an unexported field (Go's read-only flags: no Interface): 1 for
    an embedded field, which the fields of that one do not inherit, 2 for the others."""

    __slots__ = ("t", "v", "cell", "ro")

    def __init__(self, t: Optional[_GoType] = None, v: Any = None, cell: Any = None, ro: int = 0) -> None:
        self.t = t
        self.v = v
        self.cell = cell
        self.ro = ro

    def _copy(self) -> "Value":
        return Value(self.t, self.v, self.cell, self.ro)

    def _ro(self) -> int:
        """The read-only flag of a value reached from this one other than by Field."""
        return 2 if self.ro else 0

    def _kind(self) -> str:
        return "invalid" if self.t is None else self.t.kind

    def _must(self, what: str, *kinds: str) -> None:
        """Go's mustBe: a *ValueError naming the Value method `what`."""
        if self._kind() not in kinds:
            self._wrong_kind("reflect.Value." + what)

    def _wrong_kind(self, method: str) -> NoReturn:
        # Go finds the method's name on the call stack: "unknown method" where no Value method
        # is on it (reflect.Select).
        raise _GoPanic(ValueError(method, self.Kind()))

    def IsValid(self) -> bool:
        return self.t is not None

    def _fmt_top(self, p: Any, verb: str) -> None:
        """How fmt prints a Value passed to it as an argument: the value it holds (Go's fmt
        special-cases reflect.Value there). A Value inside another value prints by its String."""
        if self.t is None:
            p.fmt_s("<invalid reflect.Value>")
            return
        p.print_arg(self._interface(), verb)

    def Kind(self) -> int:
        return _KIND_OF.get(self._kind(), 0)

    def Type(self) -> rtype:
        if self.t is None:
            raise _GoPanic(ValueError("reflect.Value.Type", 0))
        return type_of_gotype(self.t)  # type: ignore[return-value]

    def Interface(self) -> Any:
        if self.t is None:
            raise _GoPanic(ValueError("reflect.Value.Interface", 0))
        if self.ro:
            raise _GoPanic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
        return self._interface()

    def _interface(self) -> Any:
        """The value as an interface value, read-only or not (fmt prints those too)."""
        if self.v is None and self.t.kind == "ptr":  # type: ignore[union-attr]
            return _v.ptr_iface(None, self.t)  # a nil *T keeps its type (not the nil interface)
        return _v.box_as(self.t, self.v) if self.t.kind != "struct" else _Box(self.t, _v.copy_value(self.v))

    def CanInterface(self) -> bool:
        if self.t is None:
            raise _GoPanic(ValueError("reflect.Value.CanInterface", 0))
        return not self.ro

    def Int(self) -> int:
        self._must("Int", "int", "int8", "int16", "int32", "int64")
        return int(self.v)

    def Uint(self) -> int:
        self._must("Uint", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr")
        return int(self.v)

    def Float(self) -> float:
        self._must("Float", "float32", "float64")
        return float(self.v)

    def Bool(self) -> bool:
        self._must("Bool", "bool")
        return bool(self.v)

    def Complex(self) -> complex:
        self._must("Complex", "complex64", "complex128")
        return complex(self.v)

    def CanInt(self) -> bool:
        return self._kind() in ("int", "int8", "int16", "int32", "int64")

    def CanUint(self) -> bool:
        return self._kind() in ("uint", "uint8", "uint16", "uint32", "uint64", "uintptr")

    def CanFloat(self) -> bool:
        return self._kind() in ("float32", "float64")

    def CanComplex(self) -> bool:
        return self._kind() in ("complex64", "complex128")

    def String(self) -> str:
        k = self._kind()
        if k == "string":
            return str(self.v)
        if k == "invalid":
            return "<invalid Value>"
        return f"<{self.t.name} Value>"  # type: ignore[union-attr]

    def Len(self) -> int:
        k = self._kind()
        if k == "string":
            return _v.str_len(self.v)
        if k == "ptr" and self.t.elem is not None and self.t.elem.kind == "array":  # type: ignore[union-attr]
            return self.t.elem.len  # type: ignore[union-attr]
        if k == "ptr":
            raise _GoPanic("reflect: call of reflect.Value.Len on ptr to non-array Value")
        self._must("Len", "slice", "array", "map", "chan")
        return 0 if self.v is None else len(self.v)  # a nil channel's is 0

    def Cap(self) -> int:
        k = self._kind()
        if k == "ptr" and self.t.elem is not None and self.t.elem.kind == "array":  # type: ignore[union-attr]
            return self.t.elem.len  # type: ignore[union-attr]
        if k == "ptr":
            raise _GoPanic("reflect: call of reflect.Value.Cap on ptr to non-array Value")
        self._must("Cap", "slice", "array", "chan")
        if k == "slice":
            return self.v.cap
        if k == "chan":
            return 0 if self.v is None else self.v.cap
        return len(self.v)

    def Index(self, i: int) -> "Value":
        k = self._kind()
        if k == "string":
            return Value(_v.UINT8, _v.str_index(self.v, i), None, self._ro())
        self._must("Index", "slice", "array")
        if not 0 <= i < len(self.v):
            raise _GoPanic(f"reflect: {'slice' if k == 'slice' else 'array'} index out of range")
        from go2py.runtime.cell import ItemCell

        return Value(self.t.elem, self.v[i], ItemCell(self.v, i) if k == "slice" or self.cell else None,  # type: ignore[union-attr]
                     self._ro())

    def NumField(self) -> int:
        self._must("NumField", "struct")
        return len(self.t.fields)  # type: ignore[union-attr]

    def Fields(self) -> Any:
        """iter.Seq2[StructField, Value]: each field's description and value."""
        self._must("Fields", "struct")

        def seq(yield_: Any) -> None:
            for i in range(len(self.t.fields)):  # type: ignore[union-attr]
                if not yield_(_struct_field(self.t, i), self.Field(i)):  # type: ignore[arg-type]
                    return

        return seq

    def Field(self, i: int) -> "Value":
        self._must("Field", "struct")
        if not 0 <= i < len(self.t.fields):  # type: ignore[union-attr]
            raise _GoPanic("reflect: Field index out of range")
        name, ft, _, emb = self.t.fields[i]  # type: ignore[union-attr]
        from go2py.runtime.cell import AttrCell

        py = _v.field_attrs(self.v, self.t.fields)[i] if name != "_" else None  # type: ignore[union-attr]
        val = getattr(self.v, py) if py is not None and hasattr(self.v, py) else ft.zero()
        exported = name[:1].isupper()
        return Value(ft, val, AttrCell(self.v, py) if self.cell is not None and py and exported else None,
                     2 if self.ro == 2 else 0 if exported else 1 if emb else 2)

    def FieldByName(self, name: str) -> "Value":
        self._must("FieldByName", "struct")
        sf, ok = type_of_gotype(self.t).FieldByName(name)  # type: ignore[union-attr]
        if not ok:
            return Value()
        return self.FieldByIndex(sf.Index)

    def FieldByIndex(self, index: _Slice) -> "Value":
        v = self
        for n, i in enumerate(index):
            if n and v._kind() == "ptr" and v.t.elem is not None and v.t.elem.kind == "struct":  # type: ignore[union-attr]
                if v.v is None:
                    raise _GoPanic("reflect: indirection through nil pointer to embedded struct")
                v = v.Elem()
            v = v.Field(i)
        return v

    def FieldByIndexErr(self, index: _Slice) -> tuple["Value", Any]:
        if len(index) == 1:
            return self.Field(index[0]), None
        self._must("FieldByIndexErr", "struct")
        v = self
        for n, i in enumerate(index):
            if n and v._kind() == "ptr" and v.t.elem is not None and v.t.elem.kind == "struct":  # type: ignore[union-attr]
                if v.v is None:
                    from go2py.runtime.std import errors

                    return Value(), errors.New("reflect: indirection through nil pointer to embedded struct "
                                               "field " + v.t.elem.name.rsplit(".", 1)[-1])  # type: ignore[union-attr]
                v = v.Elem()
            v = v.Field(i)
        return v, None

    def SetIterKey(self, it: "MapIter") -> None:
        self._set_iter(it, "Key")

    def SetIterValue(self, it: "MapIter") -> None:
        self._set_iter(it, "Value")

    def _set_iter(self, it: "MapIter", what: str) -> None:
        if it._keys is None:
            raise _GoPanic(f"reflect: Value.SetIter{what} called before Next")
        if it._i >= len(it._keys):
            raise _GoPanic(f"reflect: Value.SetIter{what} called on exhausted iterator")
        self._must_assignable("SetIter" + what)
        x = it.Key() if what == "Key" else it.Value()
        self._set(_assign_to(x, self.t, f"reflect.MapIter.Set{what}"))  # type: ignore[arg-type]

    def Elem(self) -> "Value":
        k = self._kind()
        if k == "interface":
            if self.v is None:
                return Value()
            e = ValueOf(self.v)
            e.ro = self._ro()
            return e
        self._must("Elem", "ptr", "interface")
        if self.v is None:
            return Value()
        et = self.t.elem  # type: ignore[union-attr]
        if et is not None and et.kind in ("struct", "array") and not hasattr(self.v, "get"):
            # a pointer to a struct or an array is the object itself
            return Value(et, self.v, self.v if not self.ro else None, self._ro())
        return Value(et, self.v.get(), self.v if not self.ro else None, self._ro())

    def IsNil(self) -> bool:
        k = self._kind()
        if k in ("ptr", "chan", "func", "interface", "unsafe.pointer"):
            return self.v is None
        if k == "map":
            return self.v is _v.NIL_MAP
        if k == "slice":
            return self.v is _v.NIL_SLICE
        self._wrong_kind("reflect.Value.IsNil")

    def Pointer(self) -> int:
        """The address fmt's %p prints for the value (see fmt._addr): 0 for nil, one per
        object, a slice's at its first element; a function's is its code's, shared by the
        closures of one function literal as in Go."""
        k = self._kind()
        if k not in ("ptr", "chan", "map", "unsafe.pointer", "func", "slice", "string"):
            self._wrong_kind("reflect.Value.Pointer")
        from go2py.runtime.std.fmt import _addr

        v = self.v
        if v is None or v is _v.NIL_SLICE or v is _v.NIL_MAP:
            return 0
        if k == "slice":
            return _addr(v.a) + v.off * 8
        if k == "func":
            f = getattr(v, "__func__", v)
            return _addr(getattr(f, "__code__", f))
        if k == "string":
            return _addr(v) if v else 0
        return _addr(v)

    def IsZero(self) -> bool:
        if self.t is None:
            raise _GoPanic(ValueError("reflect.Value.IsZero", 0))
        return _is_zero(self.t, self.v)

    def MapKeys(self) -> _Slice:
        self._must("MapKeys", "map")
        return _Slice([Value(self.t.key, k, None, self._ro()) for k in self.v])  # type: ignore[union-attr]

    def SetMapIndex(self, key: "Value", elem: "Value") -> None:
        self._must("SetMapIndex", "map")
        if elem.t is None:  # the zero Value deletes
            if key.v in self.v:
                del self.v[key.v]
            return
        self.v[key.v] = elem.v

    def MapRange(self) -> "MapIter":
        self._must("MapRange", "map")
        return MapIter(self)

    def MapIndex(self, key: "Value") -> "Value":
        self._must("MapIndex", "map")
        if key.v in self.v:
            return Value(self.t.elem, self.v[key.v], None, self._ro())  # type: ignore[union-attr]
        return Value()

    def CanSet(self) -> bool:
        return self.cell is not None

    def CanAddr(self) -> bool:
        return self.cell is not None

    def Addr(self) -> "Value":
        if self.cell is None:
            raise _GoPanic("reflect.Value.Addr of unaddressable value")
        pt = _v.pointer_to(self.t)  # type: ignore[arg-type]
        if self.t.kind == "struct" and self.t.py is not None:  # type: ignore[union-attr]
            return Value(pt, self.v)  # a struct object is its own pointer
        return Value(pt, self.cell)

    def _must_assignable(self, what: str) -> None:
        """Go's mustBeAssignable, checked before the kind as Go does."""
        if self.t is None:
            raise _GoPanic(ValueError("reflect.Value." + what, 0))
        if self.cell is None:
            raise _GoPanic(f"reflect: reflect.Value.{what} using unaddressable value")

    def _set(self, x: Any) -> None:
        if self.t is not None and self.t.kind == "struct" and hasattr(self.cell, "_assign"):
            self.cell._assign(x)
        elif self.t is not None and self.t.kind == "array" and isinstance(self.cell, list):
            self.cell[:] = x  # the array is its own pointer: assigned in place
            return
        else:
            self.cell.set(x)
        self.v = x

    def Set(self, x: "Value") -> None:
        self._must_assignable("Set")
        self._set(_assign_to(x, self.t, "reflect.Set", "reflect.Value.Set"))  # type: ignore[arg-type]

    # ---- channels: the runtime's own operations, with reflect's checks and panics

    def Send(self, x: "Value") -> None:
        self._must("Send", "chan")
        if self.t.dir == 2:  # type: ignore[union-attr]
            raise _GoPanic("reflect: send on recv-only channel")
        _chan.send(self.v, _assign_to(x, self.t.elem, "reflect.Value.Send", "reflect.Value.Send"))

    def TrySend(self, x: "Value") -> bool:
        self._must("TrySend", "chan")
        if self.t.dir == 2:  # type: ignore[union-attr]
            raise _GoPanic("reflect: send on recv-only channel")
        val = _assign_to(x, self.t.elem, "reflect.Value.Send", "reflect.Value.TrySend")  # type: ignore[union-attr,arg-type]
        i, _, _ = _selectgo.select(((self.v, val),), default=True)
        return i == 0

    def Recv(self) -> tuple["Value", bool]:
        self._must("Recv", "chan")
        if self.t.dir == 1:  # type: ignore[union-attr]
            raise _GoPanic("reflect: recv on send-only channel")
        x, ok = _chan.recv2(self.v)
        return Value(self.t.elem, x), ok  # type: ignore[union-attr]

    def TryRecv(self) -> tuple["Value", bool]:
        self._must("TryRecv", "chan")
        if self.t.dir == 1:  # type: ignore[union-attr]
            raise _GoPanic("reflect: recv on send-only channel")
        i, x, ok = _selectgo.select(((self.v, _chan.RECV),), default=True)
        if i < 0:
            return Value(), False  # nothing ready: the zero Value
        return Value(self.t.elem, x), ok  # type: ignore[union-attr]

    def Close(self) -> None:
        self._must("Close", "chan")
        if self.t.dir == 2:  # type: ignore[union-attr]
            raise _GoPanic("reflect: close of receive-only channel")
        _chan.close(self.v)

    def Call(self, args: Any) -> _Slice:
        """Call the function with the Values' values; its results as Values. The arguments
        past a variadic function's last parameter make its slice."""
        return self._call("Call", list(args or ()), False)

    def CallSlice(self, args: Any) -> _Slice:
        """Call a variadic function whose last argument is the slice of its variadic parameter."""
        return self._call("CallSlice", list(args or ()), True)

    def _call(self, what: str, args: list, as_slice: bool) -> _Slice:
        self._must(what, "func")
        if self.v is None:
            raise _GoPanic("reflect.Value.Call: call of nil function")
        params, res, variadic = _v.signature_of(self.t)  # type: ignore[arg-type]
        if as_slice and not variadic:
            raise _GoPanic("reflect: CallSlice of non-variadic function")
        n = len(params)
        if self.t.sig is not None:  # type: ignore[union-attr]
            fixed = n - 1 if variadic else n
            if len(args) < fixed or (as_slice and len(args) != n):
                raise _GoPanic(f"reflect: {what} with too few input arguments")
            if not variadic and len(args) > n or as_slice and len(args) > n:
                raise _GoPanic(f"reflect: {what} with too many input arguments")
            for a in args:
                if a.t is None:
                    raise _GoPanic(f"reflect: {what} using zero Value argument")
            for pt, a in zip(params[:n if as_slice or not variadic else n - 1], args):
                if not _assignable(a.t, pt):
                    raise _GoPanic(f"reflect: {what} using {a.t.name} as type {pt.name}")
            if variadic and not as_slice:
                et = params[-1].elem
                for a in args[n - 1:]:
                    if not _assignable(a.t, et):
                        raise _GoPanic(f"reflect: cannot use {a.t.name} as type {et.name} in {what}")
        vals = [_arg(pt, a) for pt, a in zip(params, args)] if n else [a.v for a in args]
        if variadic and not as_slice:
            rest = [_arg(params[-1].elem, a) for a in args[n - 1:]]
            vals = vals[:n - 1] + [_Slice(rest) if rest else _v.NIL_SLICE]
        out = self.v(*vals)
        if self.t.sig is None and out is not None:  # type: ignore[union-attr]
            # A signature reflect was not told: the results' types are those of their values.
            outs = list(out) if isinstance(out, tuple) else [out]
            return _Slice([ValueOf(x) for x in outs])
        outs = [] if not res else [out] if len(res) == 1 else list(out)
        return _Slice([Value(rt, x) for rt, x in zip(res, outs)])

    def NumMethod(self) -> int:
        if self.t is None:
            raise _GoPanic(ValueError("reflect.Value.NumMethod", 0))
        return len(_method_set(self.t))

    def Method(self, i: int) -> "Value":
        t = self.t
        if t is None:
            raise _GoPanic(ValueError("reflect.Value.Method", 0))
        ms = _method_set(t)
        if not 0 <= i < len(ms):
            raise _GoPanic("reflect: Method index out of range")
        if t.kind == "interface" and self.v is None:
            raise _GoPanic("reflect: Method on nil interface value")
        name, ft, _ = ms[i]
        recv = self.v

        def bound(*args: Any) -> Any:
            return _bound(t, recv, name)(*args)

        return Value(ft, bound)

    def MethodByName(self, name: str) -> "Value":
        if self.t is None:
            raise _GoPanic(ValueError("reflect.Value.MethodByName", 0))
        for i, m in enumerate(_method_set(self.t)):
            if m[0] == name:
                return self.Method(i)
        return Value()

    def Methods(self) -> Any:
        """iter.Seq2[Method, Value]: each method's description and its value bound to v."""
        typ = self.Type()
        n = self.NumMethod()

        def seq(yield_: Any) -> None:
            for i in range(n):
                if not yield_(typ.Method(i), self.Method(i)):
                    return

        return seq

    def SetInt(self, x: int) -> None:
        self._must_assignable("SetInt")
        self._must("SetInt", "int", "int8", "int16", "int32", "int64")
        self._set(_v.wrap_as(self.t, x))

    def SetUint(self, x: int) -> None:
        self._must_assignable("SetUint")
        self._must("SetUint", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr")
        self._set(_v.wrap_as(self.t, x))

    def SetFloat(self, x: float) -> None:
        self._must_assignable("SetFloat")
        self._must("SetFloat", "float32", "float64")
        self._set(_v.wrap_as(self.t, float(x)))

    def SetString(self, x: str) -> None:
        self._must_assignable("SetString")
        self._must("SetString", "string")
        self._set(x)

    def SetBool(self, x: bool) -> None:
        self._must_assignable("SetBool")
        self._must("SetBool", "bool")
        self._set(x)


    # ------------------------------------------------------------ slices, bytes, zeros

    def Bytes(self) -> _Slice:
        k = self._kind()
        if k == "slice":
            if self.t.elem.kind != "uint8":  # type: ignore[union-attr]
                raise _GoPanic("reflect.Value.Bytes of non-byte slice")
            return self.v
        if k == "array":
            if self.t.elem.kind != "uint8":  # type: ignore[union-attr]
                raise _GoPanic("reflect.Value.Bytes of non-byte array")
            if not self.CanAddr():
                raise _GoPanic("reflect.Value.Bytes of unaddressable byte array")
            return _Slice(self.v, 0, len(self.v), len(self.v))
        self._wrong_kind("reflect.Value.Bytes")

    def SetBytes(self, x: _Slice) -> None:
        self._must_assignable("SetBytes")
        self._must("SetBytes", "slice")
        if self.t.elem.kind != "uint8":  # type: ignore[union-attr]
            raise _GoPanic("reflect.Value.SetBytes of non-byte slice")
        self._set(x)

    def SetComplex(self, x: complex) -> None:
        self._must_assignable("SetComplex")
        self._must("SetComplex", "complex64", "complex128")
        self._set(complex(x))

    def OverflowInt(self, x: int) -> bool:
        self._must("OverflowInt", "int", "int8", "int16", "int32", "int64")
        bits = {"int8": 8, "int16": 16, "int32": 32}.get(self._kind(), 64)
        return not -(1 << (bits - 1)) <= x < (1 << (bits - 1))

    def OverflowUint(self, x: int) -> bool:
        self._must("OverflowUint", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr")
        bits = {"uint8": 8, "uint16": 16, "uint32": 32}.get(self._kind(), 64)
        return x >= (1 << bits)

    def OverflowFloat(self, x: float) -> bool:
        self._must("OverflowFloat", "float32", "float64")
        return self._kind() == "float32" and 3.4028234663852886e38 < abs(x) <= 1.7976931348623157e308

    def OverflowComplex(self, x: complex) -> bool:
        self._must("OverflowComplex", "complex64", "complex128")
        big = 3.4028234663852886e38
        return self._kind() == "complex64" and any(
            big < abs(p) <= 1.7976931348623157e308 for p in (x.real, x.imag))

    def SetZero(self) -> None:
        self._must_assignable("SetZero")
        self._set(self.t.zero())  # type: ignore[union-attr]

    def SetLen(self, n: int) -> None:
        self._must_assignable("SetLen")
        self._must("SetLen", "slice")
        s = self.v
        if not 0 <= n <= s.cap:
            raise _GoPanic("reflect: slice length out of range in SetLen")
        self._set(s.slice(None, n))

    def SetCap(self, n: int) -> None:
        self._must_assignable("SetCap")
        self._must("SetCap", "slice")
        s = self.v
        if n < s.len or n > s.cap:
            raise _GoPanic("reflect: slice capacity out of range in SetCap")
        self._set(s.slice(None, s.len, n))

    def Clear(self) -> None:
        k = self._kind()
        if k == "slice":
            zero = self.t.elem.zero  # type: ignore[union-attr]
            for i in range(self.v.len):
                self.v[i] = zero()
        elif k == "map":
            if self.v is not None:
                self.v.clear()
        else:
            self._wrong_kind("reflect.Value.Clear")

    def Slice(self, i: int, j: int) -> "Value":
        return self._slice3(i, j, None, "Slice")

    def Slice3(self, i: int, j: int, k: int) -> "Value":
        return self._slice3(i, j, k, "Slice3")

    def _slice3(self, i: int, j: int, k: Optional[int], what: str) -> "Value":
        kind = self._kind()
        if kind == "string" and k is None:
            n = _v.str_len(self.v)
            if not 0 <= i <= j <= n:
                raise _GoPanic("reflect.Value.Slice: string slice index out of bounds")
            return Value(self.t, _v.str_slice(self.v, i, j), None, self._ro())
        if kind == "array":
            if self.cell is None:
                raise _GoPanic(f"reflect.Value.{what}: slice of unaddressable array")
            s = _Slice(self.v, 0, len(self.v), len(self.v))
            st = _v.slice_of(self.t.elem)  # type: ignore[union-attr]
        elif kind == "slice":
            s, st = self.v, self.t
        else:
            self._wrong_kind("reflect.Value." + what)
        cap = s.cap
        if k is None:
            if not 0 <= i <= j <= cap:
                raise _GoPanic("reflect.Value.Slice: slice index out of bounds")
            r = s.slice(i, j)
        else:
            if not 0 <= i <= j <= k <= cap:
                raise _GoPanic("reflect.Value.Slice3: slice index out of bounds")
            r = s.slice(i, j, k)
        return Value(st, r, None, self._ro())

    def Grow(self, n: int) -> None:
        self._must_assignable("Grow")
        self._must("Grow", "slice")
        if n < 0:
            raise _GoPanic("reflect.Value.Grow: negative len")
        s = self.v
        if s.len + n > s.cap:
            es = _cleanup_layout(self.t.elem)  # type: ignore[union-attr]
            grown = _v.append(s, *([self.t.elem.zero() for _ in range(n)]), es=es or None)  # type: ignore[union-attr]
            self._set(_Slice(grown.a, grown.off, s.len, grown.cap))

    # ------------------------------------------------------------ conversion

    def CanConvert(self, t: Any) -> bool:
        if t is None:
            raise _GoPanic("reflect: nil type passed to Type.ConvertibleTo")
        dst = t.t
        if _convert(self.t, dst, None, check=True) is _NO:
            return False
        if self._kind() == "slice" and dst.kind in ("array", "ptr") and (
                dst.kind == "array" or (dst.elem is not None and dst.elem.kind == "array")):
            n = dst.len if dst.kind == "array" else dst.elem.len
            return self.Len() >= n
        return True

    def Convert(self, t: Any) -> "Value":
        if self.t is None:  # Go reads the zero Value's type through a nil pointer
            from go2py.runtime.panic import nil_deref_error

            raise _GoPanic(nil_deref_error())
        dst = t.t
        r = _convert(self.t, dst, self, check=False)
        if r is _NO:
            raise _GoPanic(f"reflect.Value.Convert: value of type {self.t.name} cannot be converted to type {dst.name}")
        return Value(dst, r, None, self._ro())

    # ------------------------------------------------------------ comparison

    def Comparable(self) -> bool:
        k = self._kind()
        if k == "invalid":
            return False
        if k in ("func", "map", "slice"):
            return False
        if k == "array":
            return all(self.Index(i).Comparable() for i in range(len(self.v)))
        if k == "struct":
            return all(self.Field(i).Comparable() for i in range(len(self.t.fields)))  # type: ignore[union-attr]
        if k == "interface":
            return self.IsNil() or self.Elem().Comparable()
        return True

    def Equal(self, u: "Value") -> bool:
        v = self
        if v._kind() == "interface":
            v = v.Elem()
        if u._kind() == "interface":
            u = u.Elem()
        if v.t is None or u.t is None:
            return (v.t is None) == (u.t is None)
        if v.t is not u.t:
            return False
        if v._kind() in ("func", "map", "slice"):
            raise _GoPanic(f"reflect.Value.Equal: values of type {v.t.name} are not comparable")
        if v._kind() in ("array", "struct") and not v.Comparable():
            raise _GoPanic(f"reflect.Value.Equal: values of type {v.t.name} are not comparable")
        return bool(_v.iface_eq(v._interface(), u._interface()))

    # ------------------------------------------------------------ iteration, fields

    def FieldByNameFunc(self, match: Any) -> "Value":
        """The first field, at the shallowest depth, whose name match accepts (breadth first
        through embedded structs, as Go searches)."""
        self._must("FieldByNameFunc", "struct")
        level: list[tuple[_GoType, list[int]]] = [(self.t, [])]  # type: ignore[list-item]
        while level:
            found = [path + [i] for t, path in level for i, f in enumerate(t.fields) if match(f[0])]
            if len(found) == 1:
                return self.FieldByIndex(_Slice(found[0]))
            if found:
                return Value()  # ambiguous at this depth
            level = [(f[1] if f[1].kind == "struct" else f[1].elem, path + [i]) for t, path in level
                     for i, f in enumerate(t.fields) if f[3] and (f[1].kind == "struct" or (
                         f[1].kind == "ptr" and f[1].elem is not None and f[1].elem.kind == "struct"))]
        return Value()

    def Seq(self) -> Any:
        """iter.Seq[Value] over v as a range statement would go over it."""
        k = self._kind()

        def seq(yield_: Any) -> None:
            if k in ("slice", "array", "string"):
                n = self.Len()
                for i in range(n):
                    if not yield_(Value(_v.INT, i)):
                        return
            elif k == "map":
                for key in self.MapKeys():
                    if not yield_(key):
                        return
            elif k in ("int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32",
                       "uint64", "uintptr"):
                for i in range(int(self.v)):
                    if not yield_(Value(self.t, i)):
                        return
            elif k == "chan":
                while True:
                    x, ok = self.Recv()
                    if not ok or not yield_(x):
                        return
            else:
                raise _GoPanic(f"reflect: {self.t.name if self.t else 'invalid'} cannot produce iter.Seq[Value]")

        return seq

    def Seq2(self) -> Any:
        """iter.Seq2[Value, Value]: index or key, and element."""
        k = self._kind()

        def seq(yield_: Any) -> None:
            if k in ("slice", "array"):
                for i in range(self.Len()):
                    if not yield_(Value(_v.INT, i), self.Index(i)):
                        return
            elif k == "string":
                for i, r in _v.str_range(self.v):
                    if not yield_(Value(_v.INT, i), Value(_v.INT32, r)):
                        return
            elif k == "map":
                for key in self.MapKeys():
                    if not yield_(key, self.MapIndex(key)):
                        return
            else:
                raise _GoPanic(f"reflect: {self.t.name if self.t else 'invalid'} cannot produce iter.Seq2[Value, Value]")

        return seq

_NO = object()
_INTS = ("int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr")
_FLOATS = ("float32", "float64")
_COMPLEXES = ("complex64", "complex128")


def _same_underlying(a: _GoType, b: _GoType) -> bool:
    ua, ub = a.underlying, b.underlying
    if ua is ub:
        return True
    if ua.kind == ub.kind == "struct":  # each struct type is its own class: compare the fields
        fa, fb = ua.fields or [], ub.fields or []
        return len(fa) == len(fb) and all(x[0] == y[0] and x[1] is y[1] and x[2] == y[2] and x[3] == y[3]
                                          for x, y in zip(fa, fb))
    return ua.name == ub.name and ua.kind == ub.kind and not (ua.methods or ub.methods)


def _struct_as(v: Any, src: _GoType, dst: _GoType) -> Any:
    """A copy of struct v as a value of the struct type dst with the same fields."""
    obj = dst.zero()
    for a, b in zip(_v.field_attrs(v, src.fields), _v.field_attrs(obj, dst.fields)):
        setattr(obj, b, _v.copy_value(getattr(v, a)) if hasattr(getattr(v, a), "_copy") else getattr(v, a))
    return obj


def _convert(src: _GoType, dst: _GoType, x: Optional["Value"], check: bool) -> Any:
    """The value of x converted to dst by Go's conversion rules (reflect's convertOp), or _NO;
    with check, only whether the types allow it."""
    sk, dk = src.kind, dst.kind
    v = None if check or x is None else x.v
    if sk in _INTS + _FLOATS and dk in _INTS + _FLOATS:
        if check:
            return True
        if dk in _INTS:
            n = _v.float_to_int(v) if sk in _FLOATS else int(v)
            return _v.wrap_as(dst, n)
        return _v.wrap_as(dst, float(v))
    if sk in _COMPLEXES and dk in _COMPLEXES:
        if check:
            return True
        c = complex(v)
        return complex(_v.f32(c.real), _v.f32(c.imag)) if dk == "complex64" else c
    if sk in _INTS and dk == "string":
        return True if check else _v.rune_str(int(v))
    if sk == "slice" and dk == "string" and src.elem is not None and src.elem.kind in ("uint8", "int32"):
        if check:
            return True
        return _v.bytes_str(bytes(v)) if src.elem.kind == "uint8" else _v.runes_str(v)
    if sk == "string" and dk == "slice" and dst.elem is not None and dst.elem.kind in ("uint8", "int32"):
        if check:
            return True
        return _Slice(bytearray(_v.str_bytes(v))) if dst.elem.kind == "uint8" else _v.str_runes(v)
    if sk == "slice" and dk == "array" and src.elem is dst.elem:
        if check:
            return True
        if x.Len() < dst.len:  # type: ignore[union-attr,operator]
            raise _GoPanic(f"reflect: cannot convert slice with length {x.Len()} to array "  # type: ignore[union-attr]
                           f"with length {dst.len}")
        return [v[i] for i in range(dst.len)]  # type: ignore[arg-type]
    if sk == "slice" and dk == "ptr" and dst.elem is not None and dst.elem.kind == "array" and src.elem is dst.elem.elem:
        if check:
            return True
        if x.Len() < dst.elem.len:  # type: ignore[union-attr,operator]
            raise _GoPanic(f"reflect: cannot convert slice with length {x.Len()} to array or pointer "  # type: ignore[union-attr]
                           f"to array with length {dst.elem.len}")
        return None  # a pointer into the slice's array has no go2py form
    if dk == "interface":
        ok = src.kind == "interface" or not dst.methods or all(m in (src.methods or {}) for m in dst.methods)
        if not ok:
            return _NO
        return True if check else (x._interface() if src.kind != "interface" else v)  # type: ignore[union-attr]
    if _same_underlying(src, dst) or (sk == dk == "ptr" and src.elem is not None and dst.elem is not None
                                      and _same_underlying(src.elem, dst.elem)
                                      and (src.name.startswith("*") and dst.name.startswith("*"))):
        if check:
            return True
        if sk == "struct" and src.py is not dst.py:
            return _struct_as(v, src, dst)
        if sk == "ptr" and src.elem is not None and dst.elem is not None and src.elem.kind == "struct" \
                and src.elem.py is not dst.elem.py and v is not None:
            raise _GoPanic(f"go2py: reflect cannot convert {src.name} to {dst.name}: a pointer to another "
                           "struct type sharing the same memory has no Python form")
        return _v.copy_value(v) if sk in ("struct", "array") else v
    return _NO


def _cleanup_layout(t: Any) -> Optional[int]:
    from go2py.runtime.cleanup import layout

    return layout(t)


def _assign_to(x: Value, t: _GoType, what: str, method: str = "unknown method") -> Any:
    """x's value as a value of type t (boxed for an interface), or Go's panics: a zero x is a
    *ValueError naming the Value method called, one of another type Go's assignTo text."""
    if x.t is None:
        raise _GoPanic(ValueError(method, 0))
    if not _assignable(x.t, t):
        raise _GoPanic(f"{what}: value of type {x.t.name} is not assignable to type {t.name}")
    return _arg(t, x)


def _arg(pt: Optional[_GoType], a: "Value") -> Any:
    """An argument's value for a parameter of type pt: boxed for an interface parameter."""
    if a.t is None:
        raise _GoPanic("reflect: Call using zero Value argument")
    if pt is not None and pt.kind == "interface" and a.t.kind != "interface":
        return a.Interface()
    return a.v


def _assignable(x: _GoType, t: _GoType) -> bool:
    """Whether a value of type x can be assigned to a variable of type t (Go's rules, but for
    struct types spelled twice)."""
    if x is t:
        return True
    if t.kind == "interface":
        return type_of_gotype(x).Implements(type_of_gotype(t))  # type: ignore[union-attr]
    if type_of_gotype(x).Name() and type_of_gotype(t).Name():  # type: ignore[union-attr]
        return False
    xu, tu = x.underlying, t.underlying
    if xu.kind == "chan" and tu.kind == "chan" and xu.dir == 0 and xu.elem is tu.elem:
        return True  # a bidirectional channel goes where a directional one is wanted
    return x.underlying is t.underlying or x.underlying.name == t.underlying.name and x.kind == t.kind


def _is_zero(t: _GoType, v: Any) -> bool:
    k = t.kind
    if k == "struct":
        return all(_is_zero(ft, getattr(v, a, ft.zero()))
                   for a, (n, ft, _, _) in zip(_v.field_attrs(v, t.fields), t.fields) if n != "_")
    if k == "array":
        return all(_is_zero(t.elem, x) for x in v)  # type: ignore[arg-type]
    if k == "slice":
        return v is _v.NIL_SLICE
    if k == "map":
        return v is _v.NIL_MAP
    if k in ("ptr", "interface", "func", "chan", "unsafe.pointer"):
        return v is None
    if k in ("float32", "float64"):
        return v == 0 and str(v)[0] != "-"
    return v == t.zero()


def ValueOf(i: Any) -> Value:
    if i is None:
        return Value()
    t = _v.dynamic_type(i)
    return Value(t, _v.unbox(i))


def Indirect(v: Value) -> Value:
    if v._kind() != "ptr":
        return v
    return v.Elem()


def Zero(typ: rtype) -> Value:
    return Value(typ.t, typ.t.zero())


def New(typ: rtype) -> Value:
    t = typ.t
    if t.kind == "struct" and t.py is not None:
        obj = t.zero()
        return Value(_v.pointer_to(t), obj)
    return Value(_v.pointer_to(t), _Cell(t.zero()))


# ---------------------------------------------------------------- DeepEqual


def DeepEqual(x: Any, y: Any) -> bool:
    if x is None or y is None:
        return x is y
    tx, ty = _v.dynamic_type(x), _v.dynamic_type(y)
    if tx is not ty:
        return False
    return _deep(tx, _v.unbox(x), _v.unbox(y), set())  # type: ignore[arg-type]


def _visited(t: _GoType, a: Any, b: Any, seen: set) -> bool:
    """Whether the pair was compared already (then it counts as equal, as in Go: values
    reached again through a cycle); marks it compared."""
    ia, ib = id(a), id(b)
    key = (min(ia, ib), max(ia, ib), id(t))
    if key in seen:
        return True
    seen.add(key)
    return False


def _deep(t: _GoType, a: Any, b: Any, seen: set) -> bool:
    k = t.kind
    if k == "slice":
        if (a is _v.NIL_SLICE) != (b is _v.NIL_SLICE) or len(a) != len(b):
            return False
        if a.a is b.a and a.off == b.off:
            return True
        if _visited(t, a, b, seen):
            return True
        return all(_deep(t.elem, p, q, seen) for p, q in zip(a, b))  # type: ignore[arg-type]
    if k == "array":
        return all(_deep(t.elem, p, q, seen) for p, q in zip(a, b))  # type: ignore[arg-type]
    if k == "map":
        if (a is _v.NIL_MAP) != (b is _v.NIL_MAP) or len(a) != len(b):
            return False
        if a is b:
            return True
        if _visited(t, a, b, seen):
            return True
        # A NaN key is never found, as in Go (Python's dict finds the same NaN object).
        return all(kk == kk and kk in b and _deep(t.elem, a[kk], b[kk], seen)  # type: ignore[arg-type]
                   for kk in a)
    if k == "struct":
        return all(_deep(ft, getattr(a, x, None), getattr(b, y, None), seen)
                   for x, y, (n, ft, _, _) in zip(_v.field_attrs(a, t.fields), _v.field_attrs(b, t.fields), t.fields)
                   if n != "_")
    if k == "ptr":
        if a is None or b is None:
            return a is b
        if a is b:
            return True
        if _visited(t, a, b, seen):
            return True
        et = t.elem
        if et is not None and et.kind in ("struct", "array") and not hasattr(a, "get"):
            return _deep(et, a, b, seen)
        return _deep(et, a.get(), b.get(), seen)  # type: ignore[arg-type]
    if k == "interface":
        if a is None or b is None:
            return a is b
        ta, tb = _v.dynamic_type(a), _v.dynamic_type(b)
        return ta is tb and _deep(ta, _v.unbox(a), _v.unbox(b), seen)  # type: ignore[arg-type]
    if k == "func":
        return a is None and b is None
    return a == b


def TypeFor(t: _GoType) -> rtype:
    """TypeFor[T](): the type argument arrives as its GoType."""
    return type_of_gotype(t)  # type: ignore[return-value]


def TypeAssert(t: _GoType, v: Value) -> tuple[Any, bool]:
    """TypeAssert[T](v): v's value if its type is T."""
    if v.t is t:
        return v.v, True
    if t.kind == "interface" and v.t is not None:
        x = v.Interface()
        if not t.methods or _v.implements(x, tuple(t.methods)):
            return x, True
    return t.zero(), False


# The class behind the Type interface: the translator refuses a Type method it does not have.
Type = rtype

for _cls in (Value, StructField, Method):
    _cls.__gotype__ = _v.GoType("reflect." + _cls.__name__, "struct", py=_cls, zero=_cls)  # type: ignore[attr-defined]


# ---------------------------------------------------------------- select

class SelectDir(int):
    """reflect.SelectDir: a class of its own so that %T and reflect name it."""

    __slots__ = ()


SelectSend, SelectRecv, SelectDefault = 1, 2, 3


class SelectCase(_v.Struct):
    """reflect.SelectCase."""

    __slots__ = ("Dir", "Chan", "Send")

    def __init__(self, Dir: int = 0, Chan: Optional[Value] = None, Send: Optional[Value] = None) -> None:
        self.Dir = Dir
        self.Chan = Chan if Chan is not None else Value()
        self.Send = Send if Send is not None else Value()

    def _copy(self) -> "SelectCase":
        return SelectCase(self.Dir, self.Chan, self.Send)


# The fields are declared for fmt and reflect, which print and list them as Go's.
SelectCase.__gotype__ = _v.GoType(  # type: ignore[attr-defined]
    "reflect.SelectCase", "struct", py=SelectCase, zero=SelectCase,
    fields=[("Dir", _v.foreign_named(SelectDir, "reflect.SelectDir", _v.INT), "", False),
            ("Chan", Value.__gotype__, "", False), ("Send", Value.__gotype__, "", False)])  # type: ignore[attr-defined]


def Select(cases: Any) -> tuple[int, Value, bool]:
    """A select statement of any number of cases, through the runtime's select: a case whose
    Chan is the zero Value or a nil channel is never ready, as a nil channel in Go."""
    cases = list(cases or ())
    if len(cases) > 65536:
        raise _GoPanic("reflect.Select: too many cases (max 65536)")
    run: list[tuple[Any, Any]] = []
    where: list[int] = []  # the index in cases of each runtime case
    default = -1
    for i, c in enumerate(cases):
        ch = c.Chan
        if c.Dir == SelectDefault:
            if default >= 0:
                raise _GoPanic("reflect.Select: multiple default cases")
            default = i
            if ch.t is not None:
                raise _GoPanic("reflect.Select: default case has Chan value")
            if c.Send.t is not None:
                raise _GoPanic("reflect.Select: default case has Send value")
            continue
        if c.Dir == SelectSend:
            if ch.t is None:
                continue
            if ch.t.kind != "chan":
                ch._wrong_kind("unknown method")
            if ch.t.dir == 2:
                raise _GoPanic("reflect.Select: SendDir case using recv-only channel")
            if c.Send.t is None:
                raise _GoPanic("reflect.Select: SendDir case missing Send value")
            run.append((ch.v, _assign_to(c.Send, ch.t.elem, "reflect.Select")))
        elif c.Dir == SelectRecv:
            if c.Send.t is not None:
                raise _GoPanic("reflect.Select: RecvDir case has Send value")
            if ch.t is None:
                continue
            if ch.t.kind != "chan":
                ch._wrong_kind("unknown method")
            if ch.t.dir == 1:
                raise _GoPanic("reflect.Select: RecvDir case using send-only channel")
            run.append((ch.v, _chan.RECV))
        else:
            raise _GoPanic("reflect.Select: invalid Dir")
        where.append(i)
    k, x, ok = _selectgo.select(tuple(run), default=default >= 0)
    if k < 0:
        return default, Value(), False
    chosen = where[k]
    c = cases[chosen]
    if c.Dir == SelectRecv:
        return chosen, Value(c.Chan.t.elem, x), ok
    return chosen, Value(), False


# ---------------------------------------------------------------- making values


class ChanDir(int):
    """reflect.ChanDir."""

    __slots__ = ()

    def String(d: int) -> str:  # noqa: N805 - Go's receiver
        return {1: "<-chan", 2: "chan<-", 3: "chan"}.get(int(d), "ChanDir" + str(int(d)))


class ValueError(_v.Struct):
    """*reflect.ValueError: a Value method called on a Value of the wrong kind."""

    __slots__ = ("Method", "Kind")

    def __init__(self, Method: str = "", Kind: int = 0) -> None:
        self.Method, self.Kind = Method, Kind

    def _copy(self) -> "ValueError":
        return ValueError(self.Method, self.Kind)

    def Error(self) -> str:
        if self.Kind == 0:
            return "reflect: call of " + self.Method + " on zero Value"
        return "reflect: call of " + self.Method + " on " + Kind.String(self.Kind) + " Value"


class MapIter(_v.Struct):
    """*reflect.MapIter: the keys of a map taken when iteration begins, as Go's order is
    unspecified."""

    __slots__ = ("_m", "_keys", "_i")

    def __init__(self, m: Optional[Value] = None) -> None:
        self._m = m if m is not None else Value()
        self._keys: Optional[list] = None
        self._i = -1

    def _copy(self) -> "MapIter":
        c = MapIter(self._m)
        c._keys, c._i = self._keys, self._i
        return c

    def Next(self) -> bool:
        if self._m.t is None:
            raise _GoPanic("MapIter.Next called on an iterator that does not have an associated map Value")
        if self._keys is None:
            self._keys = list(self._m.v) if self._m.v is not None else []
        elif self._i >= len(self._keys):
            raise _GoPanic("MapIter.Next called on exhausted iterator")
        self._i += 1
        return self._i < len(self._keys)

    def _current(self, what: str) -> Any:
        if self._keys is None:
            raise _GoPanic(f"MapIter.{what} called before Next")
        if self._i >= len(self._keys):
            raise _GoPanic(f"MapIter.{what} called on exhausted iterator")
        return self._keys[self._i]

    def Key(self) -> Value:
        return Value(self._m.t.key, self._current("Key"))  # type: ignore[union-attr]

    def Value(self) -> Value:
        k = self._current("Value")
        return Value(self._m.t.elem, self._m.v[k])  # type: ignore[union-attr,index]

    def Reset(self, v: Value) -> None:
        if v.t is not None and v.t.kind != "map":
            raise _GoPanic(ValueError("unknown method", v.Kind()))  # (Go finds no Value method on the stack)
        self._m, self._keys, self._i = v, None, -1


def VisibleFields(t: Optional[rtype]) -> _Slice:
    """The fields FieldByName can reach, in struct order, each embedded struct's promoted fields
    right after it: a name at a shallower depth hides deeper ones, two at the same depth hide
    each other (and still hide deeper ones)."""
    if t is None:
        raise _GoPanic("reflect: VisibleFields(nil)")
    if t.t.kind != "struct":
        raise _GoPanic("reflect.VisibleFields of non-struct type")
    found: list[StructField] = []
    hidden: set[int] = set()  # positions in found
    by_name: dict[str, int] = {}
    visiting: set[int] = set()

    def walk(st: _GoType, path: list[int]) -> None:
        if id(st) in visiting:
            return
        visiting.add(id(st))
        for i in range(len(st.fields)):
            f = _struct_field(st, i)
            index = [*path, i]
            k = by_name.get(f.Name)
            add = k is None or len(index) < len(found[k].Index)
            if k is not None and len(index) <= len(found[k].Index):
                hidden.add(k)
            if add:
                f.Index = _Slice(index)
                by_name[f.Name] = len(found)
                found.append(f)
            ft = st.fields[i][1]
            if f.Anonymous:
                if ft.kind == "ptr":
                    ft = ft.elem
                if ft.kind == "struct":
                    walk(ft, index)
        visiting.discard(id(st))

    walk(t.t, [])
    return _Slice([f for k, f in enumerate(found) if k not in hidden])


def SliceOf(t: rtype) -> rtype:
    return type_of_gotype(_v.slice_of(t.t))  # type: ignore[return-value]


def ArrayOf(length: int, elem: rtype) -> rtype:
    if length < 0:
        raise _GoPanic("reflect: negative length passed to ArrayOf")
    return type_of_gotype(_v.array_of(length, elem.t))  # type: ignore[return-value]


def MapOf(key: rtype, elem: rtype) -> rtype:
    if not key.Comparable():
        raise _GoPanic("reflect.MapOf: invalid key type " + key.String())
    return type_of_gotype(_v.map_of(key.t, elem.t))  # type: ignore[return-value]


def ChanOf(dir: int, t: rtype) -> rtype:
    # Go's RecvDir, SendDir, BothDir; values.chan_of counts 0 both, 1 send-only, 2 receive-only.
    d = {1: 2, 2: 1, 3: 0}.get(dir)
    if d is None:
        raise _GoPanic("reflect.ChanOf: invalid dir")
    return type_of_gotype(_v.chan_of(t.t, d))  # type: ignore[return-value]


def PointerTo(t: rtype) -> rtype:
    return type_of_gotype(_v.pointer_to(t.t))  # type: ignore[return-value]


PtrTo = PointerTo


def _must_kind(t: _GoType, kind: str, fn: str) -> None:
    if t.kind != kind:
        raise _GoPanic(f"reflect.{fn} of non-{kind} type")


def MakeSlice(typ: rtype, n: int, cap: int) -> Value:
    t = typ.t
    if t.kind != "slice":
        raise _GoPanic("reflect.MakeSlice of non-slice type")
    if n < 0:
        raise _GoPanic("reflect.MakeSlice: negative len")
    if cap < 0:
        raise _GoPanic("reflect.MakeSlice: negative cap")
    if n > cap:
        raise _GoPanic("reflect.MakeSlice: len > cap")
    elem = t.elem
    return Value(t, _v.make_slice(n, cap, elem.zero, fresh=True))  # type: ignore[union-attr]


def MakeMap(typ: rtype) -> Value:
    return MakeMapWithSize(typ, 0)


def MakeMapWithSize(typ: rtype, n: int) -> Value:
    t = typ.t
    if t.kind != "map":
        raise _GoPanic("reflect.MakeMapWithSize of non-map type")
    key = t.key
    return Value(t, _v.IfaceMap() if key is not None and key.kind == "interface" else {})


def MakeChan(typ: rtype, buffer: int) -> Value:
    from go2py.runtime.chan import Chan

    t = typ.t
    if t.kind != "chan":
        raise _GoPanic("reflect.MakeChan of non-chan type")
    if buffer < 0:
        raise _GoPanic("reflect.MakeChan: negative buffer size")
    if t.dir != 0:  # the checker's SEND_RECV
        raise _GoPanic("reflect.MakeChan: unidirectional channel type")
    return Value(t, Chan(buffer, zero=t.elem.zero()))  # type: ignore[union-attr]


def Append(s: Value, *x: Value) -> Value:
    if s._kind() != "slice":
        s._wrong_kind("unknown method")
    return Value(s.t, _v.append(s.v, *(e.v for e in x)))


def AppendSlice(s: Value, t: Value) -> Value:
    for x in (s, t):
        if x._kind() != "slice":
            x._wrong_kind("unknown method")
    return Value(s.t, _v.append_slice(s.v, t.v))


def Copy(dst: Value, src: Value) -> int:
    k = dst._kind()
    if k not in ("slice", "array"):
        dst._wrong_kind("reflect.Copy")
    return _v.copy(dst.v, src.v)


def Swapper(slice: Any) -> Any:
    s = _v.unbox(slice)
    t = _v.dynamic_type(slice)
    if t is None or t.kind != "slice":
        raise _GoPanic(ValueError("Swapper", 0 if t is None else _KIND_OF.get(t.kind, 0)))

    def swap(i: int, j: int) -> None:
        s[i], s[j] = s[j], s[i]

    return swap


def MakeFunc(typ: rtype, fn: Any) -> Value:
    """A function of type typ that calls fn with its arguments as Values and returns what
    fn returns as its results."""
    t = typ.t
    if t.kind != "func":
        raise _GoPanic("reflect: call of MakeFunc with non-Func type")
    params, results, _ = _v.signature_of(t)

    def made(*args: Any) -> Any:
        outs = list(fn(_Slice([Value(pt, a) for pt, a in zip(params, args)])))
        if len(outs) != len(results):
            raise _GoPanic("reflect: wrong return count from function created by MakeFunc")
        vals = [o.v for o in outs]
        return None if not vals else vals[0] if len(vals) == 1 else tuple(vals)

    return Value(t, made)
