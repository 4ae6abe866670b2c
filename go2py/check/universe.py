"""The universe scope: predeclared types, constants, nil and builtin functions; and `unsafe`."""

from __future__ import annotations

from go2py.check import constant
from go2py.check.objects import Builtin, Const, Func, Nil, Package, Scope, TypeName, Var
from go2py.check.types import (
    BOOL, BYTE, COMPARABLE_MARKER, INVALID, RUNE, STRING, TYP, UNSAFE_POINTER, UNTYPED_BOOL,
    UNTYPED_INT, UNTYPED_NIL, ANY_INTERFACE, Interface, Named, Signature, Tuple,
)

UNIVERSE = Scope(None, "universe")

BUILTINS = [
    "append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max",
    "min", "new", "panic", "print", "println", "real", "recover",
]
UNSAFE_BUILTINS = ["Alignof", "Offsetof", "Sizeof", "Add", "Slice", "SliceData", "String", "StringData"]


def _def_type(name: str, typ) -> TypeName:
    obj = TypeName(name, typ, None, None)
    UNIVERSE.insert(obj)
    return obj


for _kind, _t in TYP.items():
    if _kind not in (INVALID, UNSAFE_POINTER) and not (_t.info & 64):  # skip untyped
        _def_type(_t.name, _t)
_byte = _def_type("byte", BYTE)
_byte.is_alias = True
_rune = _def_type("rune", RUNE)
_rune.is_alias = True

# any = interface{}
ANY = Interface([], [])
ANY_INTERFACE[0] = ANY
_any = _def_type("any", ANY)
_any.is_alias = True

# type error interface { Error() string }
_error_obj = TypeName("error", None, None, None)
ERROR = Named(_error_obj, None)
_error_obj.type = ERROR
_err_method = Func("Error", None, None, None)
_err_sig = Signature(Tuple([]), Tuple([Var("", TYP[STRING], None, None)]), recv=Var("", ERROR, None, None))
_err_method.type = _err_sig
ERROR.set_underlying(Interface([_err_method], []))
UNIVERSE.insert(_error_obj)

# type comparable interface{ comparable }
_comparable_obj = TypeName("comparable", None, None, None)
COMPARABLE = Named(_comparable_obj, None)
_comparable_obj.type = COMPARABLE
COMPARABLE.set_underlying(Interface([], [COMPARABLE_MARKER]))
UNIVERSE.insert(_comparable_obj)

UNIVERSE.insert(Const("true", TYP[UNTYPED_BOOL], None, None, constant.make_bool(True)))
UNIVERSE.insert(Const("false", TYP[UNTYPED_BOOL], None, None, constant.make_bool(False)))
IOTA = Const("iota", TYP[UNTYPED_INT], None, None, constant.make_int(0))
UNIVERSE.insert(IOTA)
NIL = Nil("nil", TYP[UNTYPED_NIL], None, None)
UNIVERSE.insert(NIL)
for _name in BUILTINS:
    UNIVERSE.insert(Builtin(_name, _name))

UNSAFE = Package("unsafe", "unsafe")
_ptr = TypeName("Pointer", TYP[UNSAFE_POINTER], UNSAFE, None)
UNSAFE.scope.insert(_ptr)
for _name in UNSAFE_BUILTINS:
    _b = Builtin(_name, "unsafe." + _name)
    _b.pkg = UNSAFE
    UNSAFE.scope.insert(_b)

BOOL_TYPE = TYP[BOOL]
