"""Expressions: operands, untyped constants, operators, selectors, indexing, literals and
assignability (go/types' expr.go, operand.go, assignments.go, index.go, selector)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from go2py.check import constant
from go2py.check.call import CallChecker
from go2py.check.lookup import (
    cause_in_parens, lookup_field_or_method, missing_method, subst, undefined_in_package,
)
from go2py.check.objects import Builtin, Const, Func, Nil, PkgName, TypeName, Var
from go2py.check.operand import (
    BUILTIN, COMMAERR, COMMAOK, CONSTANT, INVALID, MAPINDEX, NILVALUE, NOVALUE, TYPEXPR, VALUE,
    VARIABLE, Operand,
)
from go2py.check.types import (
    BOOL, INVALID_TYPE, IS_BOOLEAN, IS_CONST_TYPE, IS_INTEGER, IS_NUMERIC,
    IS_ORDERED, IS_STRING, IS_UNSIGNED, IS_UNTYPED, SEND_ONLY, STRING, TYP, UINT8,
    UNTYPED_BOOL, UNTYPED_COMPLEX, UNTYPED_FLOAT, UNTYPED_INT, UNTYPED_NIL, UNTYPED_RUNE,
    UNTYPED_STRING, Array, Basic, Chan, Interface, Map, Named, Pointer, Signature, Slice, Struct,
    Tuple, Type, TypeParam, comparable, core_type, default_type, has_nil, identical, is_untyped,
)
from go2py.grammar import ast

if TYPE_CHECKING:
    from go2py.check.checker import Checker

    _Base = Checker
else:
    _Base = object

_LIT_KIND = {"INT": UNTYPED_INT, "FLOAT": UNTYPED_FLOAT, "IMAG": UNTYPED_COMPLEX, "CHAR": UNTYPED_RUNE,
             "STRING": UNTYPED_STRING}
_UNTYPED_RANK = {UNTYPED_INT: 1, UNTYPED_RUNE: 2, UNTYPED_FLOAT: 3, UNTYPED_COMPLEX: 4}


def _basic(t: Optional[Type]) -> Optional[Basic]:
    if t is None:
        return None
    u = t.underlying()
    return u if isinstance(u, Basic) else None


def _is(t: Optional[Type], info: int) -> bool:
    if isinstance(t, TypeParam):
        terms = t.iface().type_terms()
        return bool(terms) and all(_is(term.type, info) for term in terms)
    b = _basic(t)
    return b is not None and bool(b.info & info)


class ExprChecker(CallChecker, _Base):
    # ------------------------------------------------------------ entry points

    def expr(self, x: Operand, e: ast.Expr, hint: Optional[Type] = None) -> None:
        """Check e as a single value."""
        self.raw_expr(x, e, hint)
        self.exclude(x, e)
        self.single_value(x)

    def exclude(self, x: Operand, e: ast.Expr) -> None:
        if x.mode == NOVALUE:
            self.fail(e, f"{self.expr_str(e)} (no value) used as value")
        elif x.mode == BUILTIN:
            self.fail(e, f"{self.expr_str(e)} (built-in) must be called")
        elif x.mode == TYPEXPR:
            self.fail(e, f"{self.expr_str(e)} (type) is not an expression")

    def single_value(self, x: Operand) -> None:
        if x.mode == VALUE and isinstance(x.type, Tuple):
            self.fail(x.expr, f"multiple-value {self.expr_str(x.expr)} (value of type {self.tstr(x.type)}) in single-value context")
        if x.mode in (COMMAOK, COMMAERR):
            x.mode = VALUE

    def multi_expr(self, e: ast.Expr, allow_comma_ok: bool, hint: Optional[Type] = None) -> list[Operand]:
        x = Operand()
        self.raw_expr(x, e, hint)
        self.exclude(x, e)
        if isinstance(x.type, Tuple) and x.mode == VALUE:
            outs = []
            for v in x.type.vars:
                outs.append(Operand(VALUE, e, v.type))
            return outs
        return [x]

    def expr_or_type(self, x: Operand, e: ast.Expr, allow_generic: bool = False) -> None:
        saved = self._allow_generic
        self._allow_generic = allow_generic
        try:
            self.raw_expr(x, e, None)
        finally:
            self._allow_generic = saved
        if x.mode == NOVALUE:
            self.fail(e, f"{self.expr_str(e)} (no value) used as value")
        self.single_value(x)

    def raw_expr(self, x: Operand, e: ast.Expr, hint: Optional[Type]) -> None:
        x.mode, x.type, x.val, x.id = INVALID, INVALID_TYPE, None, ""
        x.expr = e
        try:
            self.expr_internal(x, e, hint)
        except CheckError:
            x.mode = INVALID
            x.type = INVALID_TYPE
            raise
        x.expr = e
        self.record(e, x.mode, x.type, x.val if x.mode == CONSTANT else None)

    # ------------------------------------------------------------ the cases

    def expr_internal(self, x: Operand, e: ast.Expr, hint: Optional[Type]) -> None:  # noqa: C901
        if isinstance(e, ast.Ident):
            self.ident(x, e, hint)
        elif isinstance(e, ast.BasicLit):
            try:
                val = constant.make_from_literal(e.value, e.kind)
            except ValueError as err:
                self.fail(e, str(err))
            x.set_const(val, TYP[_LIT_KIND[e.kind]])
            if e.kind in ("INT", "FLOAT", "IMAG") and not self._const_in_range(val):
                self.fail(e, "constant overflow")
        elif isinstance(e, ast.FuncLit):
            sig = self.typexpr(e.type)
            assert isinstance(sig, Signature)
            self.func_lit_body(sig, e)
            x.mode, x.type = VALUE, sig
        elif isinstance(e, ast.CompositeLit):
            self.composite_lit(x, e, hint)
        elif isinstance(e, ast.ParenExpr):
            self.raw_expr(x, e.x, hint)
            x.expr = e
        elif isinstance(e, ast.SelectorExpr):
            self.selector(x, e, hint)
        elif isinstance(e, (ast.IndexExpr, ast.IndexListExpr)):
            self.index_expr(x, e)
        elif isinstance(e, ast.SliceExpr):
            self.slice_expr(x, e)
        elif isinstance(e, ast.TypeAssertExpr):
            self.expr(x, e.x)
            if e.type is None:
                self.fail(e, "invalid syntax tree: use of .(type) outside type switch"
                          if False else "use of .(type) outside type switch")
            xt = x.type
            if isinstance(xt, TypeParam):
                self.fail(e.x, f"invalid operation: cannot use type assertion on type parameter value {self.describe(x)}")
            if not isinstance(xt.underlying(), Interface):  # type: ignore[union-attr]
                self.fail(e.x, f"invalid operation: {self.describe(x)} is not an interface")
            t = self.vartype(e.type)
            if t is not INVALID_TYPE:
                self.type_assertion(e, x, t, False)
            x.mode, x.type = COMMAOK, t
        elif isinstance(e, ast.CallExpr):
            self.call_expr(x, e, hint)
        elif isinstance(e, ast.StarExpr):
            self.expr_or_type(x, e.x)
            if x.mode == TYPEXPR:
                x.type = Pointer(x.type)  # type: ignore[arg-type]
            elif x.mode == INVALID:
                return
            else:
                u = x.type.underlying() if x.type is not None else None
                if isinstance(x.type, TypeParam):
                    terms = x.type.iface().type_terms()
                    elem = None
                    if terms and all(isinstance(tt.type.underlying(), Pointer) for tt in terms):
                        elem = terms[0].type.underlying().elem  # type: ignore[attr-defined]
                    if elem is None:
                        self.fail(e.x, f"invalid operation: cannot indirect {self.describe(x)}")
                    x.mode, x.type = VARIABLE, elem
                elif not isinstance(u, Pointer):
                    if x.mode == NILVALUE or (isinstance(x.type, Basic) and x.type.kind == UNTYPED_NIL):
                        self.fail(e.x, "invalid operation: cannot indirect nil")
                    self.fail(e.x, f"invalid operation: cannot indirect {self.describe(x)}")
                else:
                    x.mode, x.type = VARIABLE, u.elem
        elif isinstance(e, ast.UnaryExpr):
            self.unary(x, e, hint)
        elif isinstance(e, ast.BinaryExpr):
            self.binary(x, e, e.x, e.y, e.op, hint)
        elif isinstance(e, ast.KeyValueExpr):
            self.fail(e, "unexpected key:value expression" if False else "invalid use of key:value expression")
        elif isinstance(e, (ast.ArrayType, ast.StructType, ast.FuncType, ast.InterfaceType, ast.MapType, ast.ChanType)):
            x.mode, x.type = TYPEXPR, self.typexpr(e)
        elif isinstance(e, ast.Ellipsis):
            self.fail(e, "invalid use of ...")
        else:
            self.fail(e, f"unexpected expression {type(e).__name__}")

    def _const_in_range(self, val: constant.Value) -> bool:
        return True

    def _what(self, x: Operand) -> str:
        return {VARIABLE: "variable", CONSTANT: "constant", MAPINDEX: "map index expression"}.get(x.mode, "value")

    def ident(self, x: Operand, e: ast.Ident, hint: Optional[Type] = None) -> None:
        if e.name == "_":
            self.fail(e, "cannot use _ as value or type")
        scope, obj = self.scope.lookup_parent(e.name)
        if obj is None:
            self.fail(e, f"undefined: {e.name}")
        self.record_use(e, obj)
        if isinstance(obj, PkgName):
            self.fail(e, f"use of package {obj.name} not in selector")
        if obj.type is None or (obj in self.obj_map and self.color.get(obj, 0) != 2):
            self.obj_decl(obj)
        typ = obj.type
        if isinstance(obj, Const):
            if obj is _iota():
                if self.iota is None:
                    self.fail(e, "cannot use iota outside constant declaration")
                x.set_const(self.iota, typ)  # type: ignore[arg-type]
                return
            self._dep(obj)
            if typ is INVALID_TYPE or obj.val is None:
                x.mode = INVALID
                x.type = INVALID_TYPE
                raise CheckError("invalid constant")
            x.set_const(obj.val, typ)  # type: ignore[arg-type]
        elif isinstance(obj, TypeName):
            x.mode, x.type = TYPEXPR, typ
            if isinstance(typ, Named) and typ.type_params and not self._allow_generic:
                self.fail(e, f"cannot use generic type {self.generic_str(typ)} without instantiation")
        elif isinstance(obj, Var):
            if obj.pkg is self.pkg:
                obj.used = True
            self._dep(obj)
            if typ is None or typ is INVALID_TYPE:
                raise CheckError("invalid variable")
            x.mode, x.type = VARIABLE, typ
        elif isinstance(obj, Func):
            self._dep(obj)
            x.mode, x.type = VALUE, typ
            if isinstance(typ, Signature) and typ.type_params and not self._allow_generic \
                    and not self.infer_from_target(x, e, e, typ, hint):
                self.fail(e, f"cannot use generic function {e.name} without instantiation")
        elif isinstance(obj, Builtin):
            x.mode, x.type, x.id = BUILTIN, INVALID_TYPE, obj.id
        elif isinstance(obj, Nil):
            x.mode, x.type = NILVALUE, TYP[UNTYPED_NIL]
        else:
            self.fail(e, f"unexpected object {obj!r}")
        if typ is None and not isinstance(obj, (Builtin, Nil)):
            raise CheckError("no type")

    def _dep(self, obj: Any) -> None:
        """Record that the package-level declaration being checked depends on obj."""
        if self.decl is not None and obj in self.obj_map:
            self.decl.deps.add(obj)

    # ------------------------------------------------------------ untyped constants

    def representable_value(self, val: constant.Value, typ: Basic) -> tuple[bool, Any, Optional[str]]:
        if typ.info & IS_UNTYPED:
            name = typ.name
        else:
            name = {"byte": "uint8", "rune": "int32"}.get(typ.name, typ.name)
            if typ.kind in (UINT8,):
                name = "uint8"
        if not (typ.info & IS_CONST_TYPE):
            return False, None, None
        if typ.info & IS_BOOLEAN:
            return val.kind == constant.BOOL, val, None
        if typ.info & IS_STRING:
            return val.kind == constant.STRING, val, None
        if val.kind in (constant.BOOL, constant.STRING):
            return False, None, None
        return constant.representable(val, name)

    def _const_kind(self, val: Any) -> str:
        return {constant.INT: "int", constant.FLOAT: "float", constant.COMPLEX: "complex",
                constant.STRING: "string", constant.BOOL: "bool"}.get(val.kind, "")

    def convert_untyped(self, x: Operand, target: Type) -> None:
        """Give the untyped operand x the type target, or report why not (types2 convertUntyped)."""
        if x.mode == INVALID or not is_untyped(x.type) or target is INVALID_TYPE:  # type: ignore[arg-type]
            return
        new_type, val, code = self.implicit_type_and_value(x, target)
        if code:
            t = target
            if not isinstance(target, TypeParam):
                t = target.underlying() if isinstance(target.underlying(), Basic) else target
            msg = {"truncated": "{} truncated to {}", "overflows": "{} overflows {}"}.get(
                code, "cannot convert {} to type {}")
            self.fail(x.expr, msg.format(self.describe(x), self.tstr(t)))
        self._set_untyped(x, new_type, val)

    def _set_untyped(self, x: Operand, new_type: Type, val: Any) -> None:
        if val is not None:
            x.val = val
        if new_type is not x.type:
            x.type = new_type
            self.update_expr_type(x.expr, new_type, True)
        if x.mode == NILVALUE and not is_untyped(new_type):
            x.mode = VALUE

    def implicit_type_and_value(self, x: Operand, target: Type) -> tuple[Type, Any, str]:
        """The type and value x takes in a context of type target, or an error code
        ("truncated", "overflows", "mismatch") as types2's implicitTypeAndValue."""
        xt = x.type
        assert isinstance(xt, Basic)
        if x.mode == INVALID or is_typed(xt) or target is INVALID_TYPE:
            return xt, None, ""
        if is_untyped(target):
            assert isinstance(target, Basic)
            if (xt.info & IS_NUMERIC) and (target.info & IS_NUMERIC):
                if _UNTYPED_RANK[xt.kind] < _UNTYPED_RANK[target.kind]:
                    return target, None, ""
                return xt, None, ""
            if xt.kind != target.kind:
                return xt, None, "mismatch"
            return xt, None, ""
        if isinstance(target, TypeParam):
            terms = target.iface().type_terms()
            if not terms:
                if xt.kind == UNTYPED_NIL:
                    return xt, None, "mismatch"
                return default_type(xt), None, ""
            for term in terms:
                if not self._untyped_fits(x, term.type):
                    return xt, None, "mismatch"
            return target, None, ""
        tu = target.underlying()
        if isinstance(tu, Basic):
            if x.mode == CONSTANT:
                ok, rounded, reason = self.representable_value(x.val, tu)  # type: ignore[arg-type]
                if not ok:
                    return xt, None, reason if reason in ("truncated", "overflows") else "mismatch"
                return target, rounded, ""
            if xt.kind == UNTYPED_NIL:
                return (target, None, "") if tu.kind == 18 else (xt, None, "mismatch")
            if xt.info & IS_BOOLEAN and not tu.info & IS_BOOLEAN:
                return xt, None, "mismatch"
            if xt.info & IS_NUMERIC and not tu.info & IS_NUMERIC:
                return xt, None, "mismatch"
            if xt.info & IS_STRING and not tu.info & IS_STRING:
                return xt, None, "mismatch"
            return target, None, ""
        if isinstance(tu, Interface):
            if xt.kind == UNTYPED_NIL:
                return TYP[UNTYPED_NIL], None, ""
            if tu.type_terms() is not None or tu.all_methods():
                return xt, None, "mismatch"
            return default_type(xt), None, ""
        if isinstance(tu, (Pointer, Signature, Slice, Map, Chan)):
            if xt.kind != UNTYPED_NIL:
                return xt, None, "mismatch"
            return TYP[UNTYPED_NIL], None, ""
        return xt, None, "mismatch"

    def _untyped_fits(self, x: Operand, t: Type) -> bool:
        u = t.underlying()
        xt = x.type
        assert isinstance(xt, Basic)
        if isinstance(u, Basic):
            if x.mode == CONSTANT:
                return self.representable_value(x.val, u)[0]  # type: ignore[arg-type]
            return True
        return xt.kind == UNTYPED_NIL and has_nil(t)

    def update_expr_type(self, e: Any, t: Type, final: bool) -> None:
        """Propagate the type an untyped expression finally got to its untyped operands."""
        stack = [e]
        while stack:
            n = stack.pop()
            tv = self.info.types.get(n)
            if tv is None or tv.type is None or not is_untyped(tv.type):
                continue
            if isinstance(n, ast.ParenExpr):
                stack.append(n.x)
            elif isinstance(n, ast.UnaryExpr) and n.op in ("+", "-", "^", "!"):
                stack.append(n.x)
            elif isinstance(n, ast.BinaryExpr) and n.op not in ("==", "!=", "<", "<=", ">", ">="):
                if n.op in ("<<", ">>"):
                    stack.append(n.x)
                else:
                    stack.append(n.x)
                    stack.append(n.y)
            tt = t
            if isinstance(n, ast.BinaryExpr) and n.op in ("==", "!=", "<", "<=", ">", ">="):
                tt = t if _is(t, IS_BOOLEAN) else tv.type
            val = tv.value
            if val is not None and isinstance(tt.underlying(), Basic) and not is_untyped(tt):
                ok, rounded, _ = self.representable_value(val, tt.underlying())  # type: ignore[arg-type]
                if ok:
                    val = rounded
            self.info.types[n] = type(tv)(tv.mode, tt, val)

    # ------------------------------------------------------------ assignability

    def assignment(self, x: Operand, t: Optional[Type], context: str) -> None:
        """Check that x can be assigned to a variable of type t (None: infer the type)."""
        if x.mode == INVALID or t is INVALID_TYPE:
            return
        if x.mode not in (CONSTANT, VARIABLE, MAPINDEX, VALUE, NILVALUE, COMMAOK, COMMAERR):
            self.fail(x.expr, f"cannot assign {self.describe(x)} to variable in {context}")
        if is_untyped(x.type):  # type: ignore[arg-type]
            target = t
            if t is None or (isinstance(t.underlying(), Interface) and not isinstance(t, TypeParam)
                             and t.underlying().is_method_set_only()):  # type: ignore[attr-defined]
                if t is None and x.mode == NILVALUE:
                    self.fail(x.expr, f"use of untyped nil in {context}")
                if t is None or x.mode != NILVALUE:
                    target = default_type(x.type)  # type: ignore[arg-type]
            assert target is not None
            new_type, val, code = self.implicit_type_and_value(x, target)
            if code:
                msg = f"cannot use {self.describe(x)} as {self.tstr(target)} value in {context}"
                if code in ("truncated", "overflows"):
                    msg += f" ({code})"
                self.fail(x.expr, msg)
            self._set_untyped(x, new_type, val)
        if t is None:
            return
        ok, cause = self.assignable_to(x, t)
        if not ok:
            msg = f"cannot use {self.describe(x)} as {self.tstr(t)} value in {context}"
            if cause:
                msg += ": " + cause
            self.fail(x.expr, msg)

    def assignable_to(self, x: Operand, t: Type) -> tuple[bool, str]:
        v = x.type
        assert v is not None
        if identical(v, t):
            return True, ""
        vu, tu = v.underlying(), t.underlying()
        if is_untyped(v):
            if isinstance(tu, Basic):
                if x.mode == CONSTANT:
                    return self.representable_value(x.val, tu)[0], ""  # type: ignore[arg-type]
                assert isinstance(v, Basic)
                if tu.kind == BOOL:
                    return v.info & IS_BOOLEAN != 0, ""
                return v.kind != UNTYPED_NIL or tu.kind == 18, ""
            if isinstance(v, Basic) and v.kind == UNTYPED_NIL:
                return has_nil(t), ""
        # type parameters: every type in the type set must be assignable
        if isinstance(v, TypeParam) and not _is_named(t):
            terms = v.iface().type_terms()
            if terms:
                return all(self.assignable_to(Operand(x.mode, x.expr, term.type), t)[0] for term in terms), ""
        if isinstance(t, TypeParam) and not _is_named(v):
            terms = t.iface().type_terms()
            if terms:
                return all(self.assignable_to(x, term.type)[0] for term in terms), ""
        # identical underlying types and at least one is not a named type
        if identical(vu, tu) and (not _is_named(v) or not _is_named(t)) and not isinstance(v, TypeParam) and not isinstance(t, TypeParam):
            return True, ""
        # t is an interface and v implements it
        if isinstance(tu, Interface) and not isinstance(t, TypeParam):
            ok, cause = self.implements(v, t)
            return ok, cause
        # v is an interface, t is not
        if isinstance(vu, Interface) and not isinstance(v, TypeParam) and not isinstance(tu, Interface):
            m, _, _ = missing_method(t, vu, False)
            return False, "need type assertion" if m is None else ""
        # bidirectional channel to directional
        if isinstance(vu, Chan) and isinstance(tu, Chan) and vu.dir == 0 and identical(vu.elem, tu.elem):
            return not _is_named(v) or not _is_named(t), ""
        return False, ""

    def implements(self, v: Type, t: Type) -> tuple[bool, str]:
        tu = t.underlying()
        assert isinstance(tu, Interface)
        if v is INVALID_TYPE:
            return True, ""
        if not tu.is_method_set_only():
            terms = tu.type_terms()
            if terms is not None:
                if not any(identical(v, term.type) or (term.tilde and identical(v.underlying(), term.type.underlying())) for term in terms):
                    return False, f"{self.tstr(v)} does not satisfy {self.tstr(t)}"
        m, wrong, cause = missing_method(v, tu, True)
        if m is not None:
            return False, f"{self.tstr(v)} does not implement {self.tstr(t)} {cause_in_parens(cause)}"
        return True, ""

    # ------------------------------------------------------------ operators

    def unary(self, x: Operand, e: ast.UnaryExpr, hint: Optional[Type]) -> None:
        op = e.op
        if op == "&":
            inner = e.x
            while isinstance(inner, ast.ParenExpr):
                inner = inner.x
            if isinstance(inner, ast.CompositeLit):
                h = hint.underlying().elem if hint is not None and isinstance(hint.underlying(), Pointer) else None  # type: ignore[attr-defined]
                self.expr(x, e.x, h)
                x.mode, x.type = VALUE, Pointer(x.type)  # type: ignore[arg-type]
                return
            self.expr(x, e.x)
            if x.mode != VARIABLE:
                self.fail(e.x, f"invalid operation: cannot take address of {self.describe(x)}")
            x.mode, x.type = VALUE, Pointer(x.type)  # type: ignore[arg-type]
            return
        if op == "<-":
            self.expr(x, e.x)
            u = x.type.underlying() if x.type is not None else None
            if not isinstance(u, Chan):
                self.fail(e.x, f"invalid operation: cannot receive from non-channel {self.tstr(x.type)} {self.describe(x)}")
            if u.dir == SEND_ONLY:
                self.fail(e.x, f"invalid operation: cannot receive from send-only channel {self.tstr(x.type)} {self.describe(x)}")
            x.mode, x.type = COMMAOK, u.elem
            return
        self.expr(x, e.x, hint)
        t = x.type
        ok = {"+": IS_NUMERIC, "-": IS_NUMERIC, "^": IS_INTEGER, "!": IS_BOOLEAN}[op]
        if not _is(t, ok):
            what = {"+": "operator + not defined on", "-": "operator - not defined on",
                    "^": "operator ^ not defined on", "!": "operator ! not defined on"}[op]
            self.fail(e.x, f"invalid operation: {what} {self.describe(x)}")
        if x.mode == CONSTANT:
            b = _basic(t)
            prec = 0
            if op == "^" and b is not None and b.info & IS_UNSIGNED and not b.info & IS_UNTYPED:
                from go2py.check.types import SIZES
                prec = SIZES.get(b.kind, 8) * 8
            x.val = constant.unary_op(op, x.val, prec)  # type: ignore[arg-type]
            x.expr = e
            if not is_untyped(t) and b is not None:
                self.overflow(x, b, e)
            return
        x.mode = VALUE

    def overflow(self, x: Operand, typ: Basic, at: Any) -> None:
        ok, rounded, reason = self.representable_value(x.val, typ)  # type: ignore[arg-type]
        if not ok:
            x.expr = at
            if reason == "truncated":
                self.fail(at, f"{self.describe(x)} truncated to {self.tstr(x.type)}")
            self.fail(at, f"{self.describe(x)} overflows {self.tstr(x.type)}")
        x.val = rounded

    def binary(self, x: Operand, e: Any, lhs: ast.Expr, rhs: ast.Expr, op: str, hint: Optional[Type]) -> None:
        y = Operand()
        try:
            self.expr(x, lhs, hint)
        except CheckError:
            # Go checks both operands whatever the first gives: the second's errors are
            # reported and its variables count as used.
            try:
                self.expr(y, rhs, hint)
            except CheckError:
                pass
            raise
        self.expr(y, rhs, hint)
        if op in ("<<", ">>"):
            self.shift(x, y, e, op)
            return
        self.match_types(x, y, e, op)
        if op in ("==", "!=", "<", "<=", ">", ">="):
            self.comparison(x, y, op, e)
            return
        if not identical(x.type, y.type):  # type: ignore[arg-type]
            if x.type is not INVALID_TYPE and y.type is not INVALID_TYPE:
                self.fail(x.expr, f"invalid operation: {self.expr_str(e)} (mismatched types {self.tstr(x.type)} and {self.tstr(y.type)})")
        ok = {"+": IS_NUMERIC | IS_STRING, "-": IS_NUMERIC, "*": IS_NUMERIC, "/": IS_NUMERIC,
              "%": IS_INTEGER, "&": IS_INTEGER, "|": IS_INTEGER, "^": IS_INTEGER, "&^": IS_INTEGER,
              "&&": IS_BOOLEAN, "||": IS_BOOLEAN}[op]
        if not _is(x.type, ok):
            self.fail(x.expr, f"invalid operation: operator {op} not defined on {self.describe(x)}")
        if op in ("/", "%") and (x.mode == CONSTANT or _is(x.type, IS_INTEGER)) and y.mode == CONSTANT \
                and constant.sign(y.val) == 0:  # type: ignore[arg-type]
            self.fail(y.expr, "invalid operation: division by zero")
        if x.mode == CONSTANT and y.mode == CONSTANT:
            int_div = op == "/" and _is(x.type, IS_INTEGER)
            try:
                if int_div:
                    x.val = constant.binary_op(x.val, "quo_int", y.val)  # type: ignore[arg-type]
                else:
                    x.val = constant.binary_op(x.val, op, y.val)  # type: ignore[arg-type]
            except ZeroDivisionError:
                self.fail(y.expr, "invalid operation: division by zero")
            x.expr = e
            b = _basic(x.type)
            if b is not None and not is_untyped(x.type):  # type: ignore[arg-type]
                self.overflow(x, b, e)
            return
        x.mode = VALUE

    def match_types(self, x: Operand, y: Operand, e: Any, op: str) -> None:
        """Convert an untyped operand to the other's type where they may mix (types2 matchTypes)."""

        def may_convert(a: Operand, b: Operand) -> bool:
            at, bt = a.type, b.type
            if not is_untyped(at) and not is_untyped(bt):  # type: ignore[arg-type]
                return False
            if _is(at, 0x7F) != _is(bt, 0x7F) and not (isinstance(at, Basic) and isinstance(bt, Basic)):
                if not (_all_basic(at) and _all_basic(bt)):
                    return False
            if _all_basic(at) != _all_basic(bt):
                return False
            if _is(at, IS_BOOLEAN) != _is(bt, IS_BOOLEAN):
                return False
            if _is(at, IS_STRING) != _is(bt, IS_STRING):
                return False
            if a.mode == NILVALUE:
                return has_nil(bt)  # type: ignore[arg-type]
            if b.mode == NILVALUE:
                return has_nil(at)  # type: ignore[arg-type]
            if isinstance(_u(at), Pointer) or isinstance(_u(bt), Pointer):
                return False
            return True

        if may_convert(x, y):
            self.convert_untyped(x, y.type)  # type: ignore[arg-type]
            self.convert_untyped(y, x.type)  # type: ignore[arg-type]

    def comparison(self, x: Operand, y: Operand, op: str, e: Any, switch_case: bool = False) -> None:
        err_op: Optional[Operand] = None
        cause = ""
        xt, yt = x.type, y.type
        ok_assign = self.assignable_to(x, yt)[0] or self.assignable_to(y, xt)[0]  # type: ignore[arg-type]
        if not ok_assign:
            err_op = y
            cause = f"mismatched types {self.tstr(xt)} and {self.tstr(yt)}"
        elif op in ("==", "!="):
            if x.mode == NILVALUE or y.mode == NILVALUE:
                typ = y.type if x.mode == NILVALUE else x.type
                if x.mode == NILVALUE and y.mode == NILVALUE:
                    err_op, cause = y, f"operator {op} not defined on untyped nil"
                elif not has_nil(typ):  # type: ignore[arg-type]
                    err_op = y
            elif not comparable(xt):  # type: ignore[arg-type]
                err_op, cause = x, self._incomparable(xt)  # type: ignore[arg-type]
            elif not comparable(yt):  # type: ignore[arg-type]
                err_op, cause = y, self._incomparable(yt)  # type: ignore[arg-type]
        else:
            if not _is(xt, IS_ORDERED):
                err_op = x
            elif not _is(yt, IS_ORDERED):
                err_op = y
        if err_op is not None:
            if not cause:
                if isinstance(xt, TypeParam) or isinstance(yt, TypeParam):
                    if not isinstance(xt, TypeParam):
                        err_op = y
                    cause = f"type parameter {self.tstr(err_op.type)} cannot use operator {op}"
                else:
                    from go2py.check.operand import composite_kind
                    what = composite_kind(err_op.type) or self.tstr(err_op.type)  # type: ignore[arg-type]
                    cause = f"operator {op} not defined on {what}"
            if switch_case:
                self.fail(x.expr, f"invalid case {self.expr_str(x.expr)} in switch on {self.expr_str(y.expr)} ({cause})")
            self.fail(err_op.expr, f"invalid operation: {self.expr_str(x.expr)} {op} {self.expr_str(y.expr)} ({cause})")
        if x.mode == CONSTANT and y.mode == CONSTANT:
            x.val = constant.make_bool(constant.compare(x.val, op, y.val))  # type: ignore[arg-type]
            x.mode = CONSTANT
        else:
            x.mode = VALUE
            x.val = None
            # The operands of a comparison keep their (default) types.
            self.update_expr_type(x.expr, default_type(xt), True)  # type: ignore[arg-type]
            self.update_expr_type(y.expr, default_type(yt), True)  # type: ignore[arg-type]
        x.type = TYP[UNTYPED_BOOL]
        x.expr = e

    def _incomparable(self, t: Type) -> str:
        if isinstance(t, TypeParam):
            return "incomparable types in type set"
        u = t.underlying()
        what = {Slice: "slice", Map: "map", Signature: "func"}.get(type(u))
        if what:
            return f"{what} can only be compared to nil"
        bad = _incomparable_part(t)
        if bad is not None and bad is not t:
            kind = "struct" if isinstance(u, Struct) else "array"
            return f"{kind} containing {self.tstr(bad)} cannot be compared"
        return f"{self.tstr(t)} cannot be compared"

    def shift(self, x: Operand, y: Operand, e: Any, op: str) -> None:
        # The right operand must be an integer (or an untyped constant representable as uint).
        if y.mode == CONSTANT:
            yv = constant.to_int(y.val)  # type: ignore[arg-type]
            if yv.kind != constant.INT:
                self.fail(y.expr, f"invalid operation: shift count {self.describe(y)} must be integer")
            if constant.sign(yv) < 0:
                self.fail(y.expr, f"invalid operation: negative shift count {self.describe(y)}")
            if is_untyped(y.type):  # type: ignore[arg-type]
                y.val = yv
                self.convert_untyped(y, TYP[7])  # uint
        elif not _is(y.type, IS_INTEGER):
            self.fail(y.expr, f"invalid operation: shift count {self.describe(y)} must be integer")
        if x.mode == CONSTANT:
            xv = constant.to_int(x.val)  # type: ignore[arg-type]
            if xv.kind == constant.INT and is_untyped(x.type):  # type: ignore[arg-type]
                x.val = xv
                if x.type.kind in (UNTYPED_FLOAT, UNTYPED_COMPLEX):  # type: ignore[union-attr]
                    x.type = TYP[UNTYPED_INT]
        if not _is(x.type, IS_INTEGER) and not (is_untyped(x.type) and x.mode == CONSTANT and x.val.kind == constant.INT):  # type: ignore[union-attr,arg-type]
            self.fail(x.expr, f"invalid operation: shifted operand {self.describe(x)} must be integer")
        if x.mode == CONSTANT and y.mode == CONSTANT:
            s = constant.int_val(y.val)  # type: ignore[arg-type]
            if s > 10000:
                self.fail(y.expr, f"invalid shift count {constant.to_string(y.val)}")  # type: ignore[arg-type]
            x.val = constant.shift(x.val, op, s)  # type: ignore[arg-type]
            x.expr = e
            b = _basic(x.type)
            if b is not None and not is_untyped(x.type):  # type: ignore[arg-type]
                self.overflow(x, b, e)
            return
        # A non-constant shift of an untyped constant stays untyped: its type comes from
        # the context, as if the shift were replaced by its left operand alone.
        x.mode = VALUE
        x.val = None

    # ------------------------------------------------------------ selectors

    def infer_from_target(self, x: Operand, e: ast.Expr, key: ast.Expr, sig: Signature, target: Optional[Type]) -> bool:
        """A generic function used as a value of a known function type (assigned, passed as an
        argument): its type arguments come from unifying the two signatures (reverse inference)."""
        tsig = core_type(target) if target is not None else None
        if not isinstance(tsig, Signature) or tsig.type_params:
            return False
        smap: dict = {}
        plain = Signature(sig.params, sig.results, sig.variadic)
        self.unify(plain, tsig, smap)
        self._infer_from_cores(sig.type_params, smap)
        if not all(tp in smap for tp in sig.type_params):
            return False
        targs = [smap[tp] for tp in sig.type_params]
        inst = subst(plain, smap)
        self.verify_instance(sig.type_params, targs, [e], self.expr_str(e))
        self.info.instances[key] = (targs, inst)
        x.type = inst
        return True

    def selector(self, x: Operand, e: ast.SelectorExpr, hint: Optional[Type] = None) -> None:  # noqa: C901
        sel = e.sel.name
        if isinstance(e.x, ast.Ident):
            _, obj = self.scope.lookup_parent(e.x.name)
            if isinstance(obj, PkgName):
                self.imports_used[obj] = True
                self.record_use(e.x, obj)
                pkg = obj.imported
                if pkg.fake:
                    raise CheckError("unknown package")
                m = pkg.scope.lookup(sel)
                if m is None or (not m.exported() and pkg is not self.pkg):
                    if m is None:
                        self.fail(e.sel, undefined_in_package(pkg, e.x.name, sel))
                    self.fail(e.sel, f"name {sel} not exported by package {pkg.name}")
                self.record_use(e.sel, m)
                if isinstance(m, Const):
                    x.set_const(m.val, m.type)  # type: ignore[arg-type]
                elif isinstance(m, TypeName):
                    x.mode, x.type = TYPEXPR, m.type
                    if isinstance(m.type, Named) and m.type.type_params and not self._allow_generic:
                        self.fail(e, f"cannot use generic type {self.tstr(m.type)} without instantiation")
                elif isinstance(m, Var):
                    x.mode, x.type = VARIABLE, m.type
                elif isinstance(m, Func):
                    x.mode, x.type = VALUE, m.type
                    if isinstance(m.type, Signature) and m.type.type_params and not self._allow_generic \
                            and not self.infer_from_target(x, e, e.sel, m.type, hint):
                        self.fail(e, f"cannot use generic function {e.x.name}.{sel} without instantiation")
                elif isinstance(m, Builtin):
                    x.mode, x.id, x.type = BUILTIN, m.id, INVALID_TYPE
                return
        self.expr_or_type(x, e.x)
        if x.mode == INVALID:
            raise CheckError("invalid")
        if x.mode == TYPEXPR:
            self.method_expr(x, e)
            return
        t = x.type
        assert t is not None
        if isinstance(t, Named) and t.type_params:
            self.fail(e, "cannot use generic type without instantiation")
        obj, index, indirect = lookup_field_or_method(t, x.mode == VARIABLE, self.pkg, sel)
        if obj is None:
            if index == [-1]:
                self.fail(e.sel, f"ambiguous selector {self.expr_str(e)}")
            self.fail(e.sel, self._missing_field_or_method(x, t, sel))
        self.record_use(e.sel, obj)
        if isinstance(obj, Var):
            from go2py.check.checker import Selection

            self.info.selections[e] = Selection("field", t, obj, index, indirect)
            if x.mode == VARIABLE or indirect:
                x.mode = VARIABLE
            else:
                x.mode = VALUE
            x.type = obj.type
        else:
            assert isinstance(obj, Func)
            from go2py.check.checker import Selection

            if obj.has_ptr_recv and not indirect and x.mode != VARIABLE and not isinstance(t, Pointer) \
                    and not isinstance(t.underlying(), Interface):
                self.fail(e.sel, f"cannot call pointer method {sel} on {self.tstr(t)}")
            self.info.selections[e] = Selection("method_val", t, obj, index, indirect)
            self._dep(obj)
            sig = obj.type
            if isinstance(sig, Signature):
                sig = Signature(sig.params, sig.results, sig.variadic, None, sig.type_params)
            x.mode, x.type = VALUE, sig
        x.expr = e

    def _missing_field_or_method(self, x: Operand, t: Type, sel: str) -> str:
        what = "field or method"
        base = t.elem if isinstance(t, Pointer) else t
        if isinstance(t, Pointer) and isinstance(base.underlying(), Interface):
            return (f"{self.expr_str(x.expr)}.{sel} undefined (type {self.tstr(t)} is pointer to interface, not interface)")
        # types2's lookupError: the same name unexported in another package, or a field or
        # method spelled with the other case of its first letter.
        if not sel[0].isupper():
            o, _, _ = lookup_field_or_method(t, True, None, sel)
            if o is not None and getattr(o, "pkg", self.pkg) is not self.pkg:
                kind = "field" if isinstance(o, Var) else "method"
                return f"{self.expr_str(x.expr)}.{sel} undefined (cannot refer to unexported {kind} {sel})"
        alt = None
        for cand in (sel[0].upper() + sel[1:], sel[0].lower() + sel[1:]):
            if cand != sel:
                o, _, _ = lookup_field_or_method(t, True, None, cand)
                if o is not None:
                    alt = (cand, o)
                    break
        if alt is not None:
            kind = "field" if isinstance(alt[1], Var) else "method"
            if not alt[0][0].isupper() and getattr(alt[1], "pkg", self.pkg) is not self.pkg:
                kind = "unexported " + kind
            return f"{self.expr_str(x.expr)}.{sel} undefined (type {self.tstr(t)} has no field or method {sel}, but does have {kind} {alt[0]})"
        if x.mode != VARIABLE:
            o, _, _ = lookup_field_or_method(Pointer(t), True, self.pkg, sel) if not isinstance(t, Pointer) else (None, [], False)
        return f"{self.expr_str(x.expr)}.{sel} undefined (type {self.tstr(t)} has no {what} {sel})"

    def method_expr(self, x: Operand, e: ast.SelectorExpr) -> None:
        t = x.type
        assert t is not None
        sel = e.sel.name
        obj, index, indirect = lookup_field_or_method(t, False, self.pkg, sel)
        if obj is None or not isinstance(obj, Func):
            if obj is not None:
                self.fail(e.sel, f"{self.expr_str(e)} undefined (type {self.tstr(t)} has no method {sel})")
            self.fail(e.sel, f"{self.expr_str(e)} undefined (type {self.tstr(t)} has no method {sel})")
        if obj.has_ptr_recv and not isinstance(t, Pointer) and not indirect and not isinstance(t.underlying(), Interface):
            self.fail(e, f"invalid method expression {self.expr_str(e)} (needs pointer receiver (*{self.tstr(t)}).{sel})")
        self.record_use(e.sel, obj)
        from go2py.check.checker import Selection

        self.info.selections[e] = Selection("method_expr", t, obj, index, indirect)
        self._dep(obj)
        sig = obj.type
        assert isinstance(sig, Signature)
        params = [Var("_", t, self.pkg, None, is_param=True)] + list(sig.params.vars)
        x.mode, x.type = VALUE, Signature(Tuple(params), sig.results, sig.variadic)
        x.expr = e

    # ------------------------------------------------------------ index and slice

    def index_expr(self, x: Operand, e: Any) -> None:  # noqa: C901
        self.expr_or_type(x, e.x, allow_generic=True)
        if x.mode == INVALID:
            raise CheckError("invalid")
        indices = [e.index] if isinstance(e, ast.IndexExpr) else e.indices
        if x.mode == TYPEXPR:
            t = self.typexpr(e)
            x.mode, x.type = TYPEXPR, t
            return
        if isinstance(x.type, Signature) and x.type.type_params:
            self.func_inst(x, e, indices)
            return
        if len(indices) > 1:
            self.fail(indices[1], "invalid operation: more than one index")
        index = indices[0]
        t = x.type
        assert t is not None
        u = t.underlying()
        if isinstance(t, TypeParam):
            terms = t.iface().type_terms() or []
            if terms:
                u = terms[0].type.underlying()
        length = -1
        if isinstance(u, Basic) and u.info & IS_STRING:
            if x.mode == CONSTANT:
                length = len(constant.string_val(x.val))  # type: ignore[arg-type]
            x.mode = VALUE
            x.type = BYTE_T
        elif isinstance(u, Array):
            length = u.len
            if x.mode != VARIABLE:
                x.mode = VALUE
            x.type = u.elem
        elif isinstance(u, Pointer) and isinstance(u.elem.underlying(), Array):
            arr = u.elem.underlying()
            length = arr.len  # type: ignore[attr-defined]
            x.mode, x.type = VARIABLE, arr.elem  # type: ignore[attr-defined]
        elif isinstance(u, Slice):
            x.mode, x.type = VARIABLE, u.elem
        elif isinstance(u, Map):
            k = Operand()
            self.expr(k, index, u.key)
            self.assignment(k, u.key, "map index")
            x.mode, x.type = MAPINDEX, u.elem
            x.expr = e
            return
        else:
            self.fail((e.file, e.lbrack_line, e.lbrack_col), f"cannot index {self.describe(x)}")
        self.index_value(index, length)
        x.expr = e

    def index_value(self, index: ast.Expr, length: int) -> int:
        i = Operand()
        self.expr(i, index)
        if i.mode == CONSTANT and is_untyped(i.type):  # type: ignore[arg-type]
            iv = constant.to_int(i.val)  # type: ignore[arg-type]
            if iv.kind == constant.INT:
                i.val = iv
                self.convert_untyped(i, TYP[2])
        if not _is(i.type, IS_INTEGER):
            self.fail(index, f"invalid argument: index {self.describe(i)} must be integer")
        if i.mode == CONSTANT:
            v = constant.int_val(constant.to_int(i.val))  # type: ignore[arg-type]
            if v < 0:
                self.fail(index, f"invalid argument: index {self.expr_str(index)} (constant of type int) must not be negative")
            if 0 <= length <= v:
                self.fail(index, f"invalid argument: index {v} out of bounds [0:{length}]")
            return v
        return -1

    def slice_expr(self, x: Operand, e: ast.SliceExpr) -> None:
        self.expr(x, e.x)
        t = x.type
        assert t is not None
        u = t.underlying()
        length = -1
        if isinstance(t, TypeParam):
            terms = t.iface().type_terms() or []
            us = [tt.type.underlying() for tt in terms]
            if us and all(isinstance(v, Slice) or (isinstance(v, Basic) and v.info & IS_STRING) for v in us):
                if e.slice3 and any(isinstance(v, Basic) for v in us):
                    self.fail(e, "invalid operation: 3-index slice of string")
                for part in (e.low, e.high, e.max):
                    if part is not None:
                        self.index_value(part, -1)
                x.mode, x.type = VALUE, t
                return
        if isinstance(u, Basic) and u.info & IS_STRING:
            if e.slice3:
                self.fail(e, "invalid operation: 3-index slice of string")
            if x.mode == CONSTANT:
                length = len(constant.string_val(x.val))  # type: ignore[arg-type]
            if is_untyped(t):
                x.type = TYP[STRING]
            x.mode = VALUE
        elif isinstance(u, Array):
            if x.mode != VARIABLE:
                self.fail(e, f"invalid operation: {self.expr_str(e.x)} (slice of unaddressable value)")
            length = u.len
            x.mode, x.type = VALUE, Slice(u.elem)
        elif isinstance(u, Pointer) and isinstance(u.elem.underlying(), Array):
            arr = u.elem.underlying()
            length = arr.len  # type: ignore[attr-defined]
            x.mode, x.type = VALUE, Slice(arr.elem)  # type: ignore[attr-defined]
        elif isinstance(u, Slice):
            x.mode = VALUE
        else:
            self.fail(e, f"cannot slice {self.describe(x)}")
        vals = []
        for part in (e.low, e.high, e.max):
            if part is not None:
                vals.append(self.index_value(part, length + 1 if length >= 0 else -1))
            else:
                vals.append(-1)
        parts = [(v, p) for v, p in zip(vals, (e.low, e.high, e.max)) if v >= 0]
        for (a, _), (b, at) in zip(parts, parts[1:]):
            if a > b:
                self.fail(at, f"invalid slice indices: {b} < {a}")
        x.expr = e

    # ------------------------------------------------------------ composite literals

    def composite_lit(self, x: Operand, e: ast.CompositeLit, hint: Optional[Type]) -> None:  # noqa: C901
        if e.type is not None:
            if isinstance(e.type, ast.ArrayType) and isinstance(e.type.len, ast.Ellipsis):
                elem = self.vartype(e.type.elt)
                typ: Type = Array(-1, elem)
            else:
                typ = self.typexpr(e.type)
        elif hint is not None:
            typ = hint
            hu = typ.underlying()
            if isinstance(hu, Pointer):
                # {…} for an element of type *T means &T{…}
                inner = Operand()
                lit = ast.CompositeLit(e.file, e.line, e.col, None, e.elts, e.lbrace_line, e.rbrace_line, e.rbrace_col)
                self.composite_lit(inner, lit, hu.elem)
                x.mode, x.type = VALUE, hint
                return
        else:
            self.fail(e, "invalid composite literal type: missing type" if False else "missing type in composite literal")
        base = typ
        u = typ.underlying()
        if isinstance(typ, TypeParam):
            from go2py.check.call import _core
            core = _core(typ)
            if core is not None:
                u = core
        if isinstance(u, Struct):
            if not e.elts:
                pass
            elif isinstance(e.elts[0], ast.KeyValueExpr):
                seen: set[str] = set()
                for el in e.elts:
                    if not isinstance(el, ast.KeyValueExpr):
                        self.error(el, "mixture of field:value and value elements in struct literal")
                        continue
                    key = el.key
                    if not isinstance(key, ast.Ident):
                        self.error(key, f"invalid field name {self.expr_str(key)} in struct literal")
                        continue
                    idx = next((i for i, f in enumerate(u.fields) if f.name == key.name), -1)
                    if idx < 0:
                        self.error(key, f"unknown field {key.name} in struct literal of type {self.tstr(base)}")
                        continue
                    f = u.fields[idx]
                    self.record_use(key, f)
                    if key.name in seen:
                        self.error(key, f"duplicate field name {key.name} in struct literal")
                        continue
                    seen.add(key.name)
                    v = Operand()
                    try:
                        self.expr(v, el.value, f.type)
                        self.assignment(v, f.type, "struct literal")
                    except CheckError:
                        pass
            else:
                for i, el in enumerate(e.elts):
                    if isinstance(el, ast.KeyValueExpr):
                        self.error(el, "mixture of field:value and value elements in struct literal")
                        continue
                    v = Operand()
                    try:
                        self.expr(v, el, u.fields[i].type if i < len(u.fields) else None)
                    except CheckError:
                        continue
                    if i >= len(u.fields):
                        self.error(el, f"too many values in struct literal of type {self.tstr(base)}")
                        break
                    f = u.fields[i]
                    if not f.exported() and f.pkg is not self.pkg:
                        self.error(el, f"implicit assignment to unexported field {f.name} in struct literal of type {self.tstr(base)}")
                        continue
                    try:
                        self.assignment(v, f.type, "struct literal")
                    except CheckError:
                        pass
                if 0 < len(e.elts) < len(u.fields):
                    self.error(e.elts[-1] if False else _rbrace(e), f"too few values in struct literal of type {self.tstr(base)}")
        elif isinstance(u, Array):
            n = self.indexed_elts(e.elts, u.elem, u.len)
            if u.len < 0:
                u.len = n
                typ = u
                self.record(e.type, TYPEXPR, typ)
        elif isinstance(u, Slice):
            self.indexed_elts(e.elts, u.elem, -1)
        elif isinstance(u, Map):
            keys: dict[Any, ast.Expr] = {}
            for el in e.elts:
                if not isinstance(el, ast.KeyValueExpr):
                    self.error(el, "missing key in map literal")
                    continue
                k = Operand()
                try:
                    self.expr(k, el.key, u.key)
                    self.assignment(k, u.key, "map literal")
                    if k.mode == CONSTANT:
                        # Keys of an interface-keyed map differ by dynamic type too: 1 and int8(1).
                        kv = (str(k.type), k.val)
                        if kv in keys:
                            self.error(el.key, f"duplicate key {self.expr_str(el.key)} in map literal")
                        keys[kv] = el.key
                except CheckError:
                    pass
                v = Operand()
                try:
                    self.expr(v, el.value, u.elem)
                    self.assignment(v, u.elem, "map literal")
                except CheckError:
                    pass
        else:
            if typ is not INVALID_TYPE:
                self.fail(e, f"invalid composite literal type {self.tstr(typ)}")
            raise CheckError("invalid")
        x.mode, x.type = VALUE, typ

    def indexed_elts(self, elts: list[ast.Expr], elem: Type, length: int) -> int:
        index = 0
        max_index = 0
        seen: set[int] = set()
        for el in elts:
            value = el
            if isinstance(el, ast.KeyValueExpr):
                i = Operand()
                try:
                    self.expr(i, el.key)
                except CheckError:
                    i.mode = INVALID
                if i.mode == CONSTANT:
                    iv = constant.to_int(i.val)  # type: ignore[arg-type]
                    if iv.kind == constant.INT:
                        index = constant.int_val(iv)
                    else:
                        self.error(el.key, f"index {self.expr_str(el.key)} must be integer constant")
                elif i.mode != INVALID:
                    self.error(el.key, f"index {self.expr_str(el.key)} must be integer constant")
                value = el.value
            if length >= 0 and index >= length:
                self.error(value, f"index {index} is out of bounds (>= {length})")
            elif index in seen:
                self.error(el, f"duplicate index {index} in array or slice literal")
            seen.add(index)
            v = Operand()
            try:
                self.expr(v, value, elem)
                self.assignment(v, elem, "array or slice literal")
            except CheckError:
                pass
            index += 1
            max_index = max(max_index, index)
        return max_index

    # ------------------------------------------------------------ type assertions

    def type_assertion(self, e: Any, x: Operand, t: Type, type_switch: bool) -> None:
        iface = x.type.underlying()  # type: ignore[union-attr]
        assert isinstance(iface, Interface)
        if isinstance(t.underlying(), Interface) and not isinstance(t, TypeParam):
            return
        m, wrong, cause = missing_method(t, iface, False)
        if m is None:
            return
        if type_switch:
            self.error(e, f"impossible type switch case: {self.expr_str(e)}\n\t{self.describe(x)} cannot have dynamic type {self.tstr(t)} {cause_in_parens(cause)}")
            return
        self.fail(e, f"impossible type assertion: {self.expr_str(e)}\n\t{self.tstr(t)} does not implement {self.tstr(x.type)} {cause_in_parens(cause)}")


BYTE_T = TYP[UINT8]


def _is_named(t: Type) -> bool:
    return isinstance(t, (Named, TypeParam)) or (isinstance(t, Basic) and not t.info & IS_UNTYPED)


def _iota():
    from go2py.check.universe import IOTA

    return IOTA


def _rbrace(e: ast.CompositeLit) -> tuple[str, int, int]:
    return (e.file, e.rbrace_line, e.rbrace_col)


from go2py.check.checker import CheckError  # noqa: E402


def _u(t: Optional[Type]) -> Optional[Type]:
    return t.underlying() if t is not None else None


def _all_basic(t: Optional[Type]) -> bool:
    if isinstance(t, TypeParam):
        terms = t.iface().type_terms()
        return bool(terms) and all(_all_basic(x.type) for x in terms)
    return isinstance(_u(t), Basic)


def is_typed(t: Type) -> bool:
    return not is_untyped(t)


def _incomparable_part(t: Type) -> Optional[Type]:
    """The first field or element type that makes t incomparable."""
    from go2py.check.types import comparable as is_comparable

    u = t.underlying()
    if isinstance(u, Struct):
        for f in u.fields:
            if not is_comparable(f.type):  # type: ignore[arg-type]
                return _incomparable_part(f.type) if isinstance(f.type.underlying(), (Struct, Array)) else f.type  # type: ignore[union-attr]
    if isinstance(u, Array) and not is_comparable(u.elem):
        return u.elem
    return None
