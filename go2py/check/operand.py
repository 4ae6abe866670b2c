"""Operands: the result of checking an expression (go/types' operand.go), and how the
Go compiler describes them in messages."""

from __future__ import annotations

from typing import Any, Optional

from go2py.check import constant
from go2py.check.exprstring import expr_string
from go2py.check.types import (
    UNTYPED_NIL, Array, Basic, Chan, Interface, Map, Named, Pointer, Signature, Slice, Struct,
    Tuple, Type, TypeParam, Union, is_untyped, type_string,
)

INVALID, NOVALUE, BUILTIN, TYPEXPR, CONSTANT, VARIABLE, MAPINDEX, VALUE, NILVALUE, COMMAOK, COMMAERR = range(11)

MODE_TEXT = {
    INVALID: "invalid operand",
    NOVALUE: "no value",
    BUILTIN: "built-in",
    TYPEXPR: "type",
    CONSTANT: "constant",
    VARIABLE: "variable",
    MAPINDEX: "map index expression",
    VALUE: "value",
    NILVALUE: "nil",
    COMMAOK: "comma, ok expression",
    COMMAERR: "comma, error expression",
}


class Operand:
    __slots__ = ("mode", "expr", "type", "val", "id")

    def __init__(self, mode: int = INVALID, expr: Any = None, typ: Optional[Type] = None,
                 val: Optional[constant.Value] = None, id_: str = "") -> None:
        self.mode = mode
        self.expr = expr
        self.type = typ
        self.val = val
        self.id = id_

    def invalid(self) -> bool:
        return self.mode == INVALID

    def set_const(self, val: constant.Value, typ: Type) -> None:
        self.mode = CONSTANT
        self.val = val
        self.type = typ

    def assign_from(self, other: "Operand") -> None:
        self.mode, self.expr, self.type, self.val, self.id = other.mode, other.expr, other.type, other.val, other.id

    def describe(self, qualify, with_expr: bool = True) -> str:
        """As go/types' operand.String: `x (variable of int type MyInt)`."""
        expr = expr_string(self.expr) if self.expr is not None and with_expr else ""
        if self.mode == NILVALUE or (self.mode == VALUE and isinstance(self.type, Basic) and self.type.kind == UNTYPED_NIL):
            return "nil" if expr in ("", "nil") else f"{expr} (untyped nil value)"
        parts: list[str] = []
        has_type = False
        if self.mode not in (INVALID, NOVALUE, BUILTIN, TYPEXPR) and self.type is not None:
            if is_untyped(self.type):
                parts.append(self.type.name)  # type: ignore[attr-defined]
            else:
                has_type = True
        parts.append(MODE_TEXT[self.mode])
        if self.mode == CONSTANT and self.val is not None:
            s = constant.to_string(self.val)
            if s != (expr_string(self.expr) if self.expr is not None else ""):
                parts.append(s)
        if has_type:
            assert self.type is not None
            desc = ""
            if isinstance(self.type, Named):
                what = composite_kind(self.type)
                if not what:
                    u = self.type.underlying()
                    what = u.name if isinstance(u, Basic) else ""
                desc = what + " " if what else ""
            s = f"of {desc}type {type_string(self.type, qualify)}"
            if isinstance(self.type, TypeParam):
                s += f" constrained by {type_string(self.type.constraint, qualify)}"
            parts.append(s)
        inner = " ".join(parts)
        return f"{expr} ({inner})" if expr else inner


def composite_kind(t: Type) -> str:
    u = t.underlying()
    return {
        Array: "array", Slice: "slice", Struct: "struct", Pointer: "pointer", Signature: "func",
        Interface: "interface", Map: "map", Chan: "chan", Tuple: "tuple", Union: "union",
    }.get(type(u), "")
