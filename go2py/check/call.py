"""Calls: function calls with argument passing, conversions, built-in functions, and the
instantiation and inference of generic functions (go/types' call.go, builtins.go,
conversions.go, infer.go)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from go2py.check import constant
from go2py.check.lookup import cause_in_parens, instantiate, subst
from go2py.check.objects import Var
from go2py.check.operand import (
    BUILTIN, COMMAOK, CONSTANT, INVALID, NILVALUE, NOVALUE, TYPEXPR, VALUE, VARIABLE, Operand,
)
from go2py.check.types import (
    COMPLEX64, COMPLEX128, FLOAT32, FLOAT64, INT, INVALID_TYPE, IS_COMPLEX, IS_FLOAT, IS_INTEGER,
    IS_NUMERIC, IS_ORDERED, IS_STRING, IS_UNTYPED, RECV_ONLY, SEND_ONLY, STRING, TYP, UINT8,
    UINTPTR, UNSAFE_POINTER, UNTYPED_COMPLEX, UNTYPED_FLOAT, UNTYPED_INT, UNTYPED_NIL,
    UNTYPED_RUNE, UNTYPED_STRING, Array, Basic, Chan, Interface, Map, Named, Pointer, Signature,
    Slice, Struct, Tuple, Type, TypeParam, core_type, default_type, identical, is_untyped,
)
from go2py.grammar import ast

if TYPE_CHECKING:
    from go2py.check.checker import Checker

    _Base = Checker
else:
    _Base = object


def _u(t: Optional[Type]) -> Optional[Type]:
    return t.underlying() if t is not None else None


_core = core_type
_UNTYPED_RANK = {UNTYPED_INT: 0, UNTYPED_RUNE: 1, UNTYPED_FLOAT: 2, UNTYPED_COMPLEX: 3}


def _arg_param_types(sig: Signature, nargs: int, has_ellipsis: bool) -> list[Type]:
    """The parameter type each of nargs arguments is passed to: a variadic parameter's
    element type for the arguments it gathers (its slice type after `...`)."""
    params = sig.params.vars
    out: list[Type] = []
    for i in range(nargs):
        if sig.variadic and i >= len(params) - 1 and not has_ellipsis:
            last = params[-1].type
            out.append(last.elem if isinstance(last, Slice) else last)  # type: ignore[arg-type]
        elif i < len(params):
            out.append(params[i].type)  # type: ignore[arg-type]
    return out


class CallChecker(_Base):
    def call_expr(self, x: Operand, e: ast.CallExpr, hint: Optional[Type]) -> None:  # noqa: C901
        try:
            self.expr_or_type(x, e.fun, allow_generic=True)
        except CheckError:
            x.mode = INVALID
        if x.mode == INVALID:
            # Still check the arguments, for their own errors and uses.
            self.call_args(e)
            raise CheckError("invalid")
        if x.mode == TYPEXPR:
            t = x.type
            assert t is not None
            if isinstance(t, Named) and t.type_params:
                self.fail(e.fun, f"cannot use generic type {self.tstr(t)} without instantiation")
            if e.has_ellipsis:
                self.fail(e, f"invalid use of ... in conversion to {self.tstr(t)}")
            if len(e.args) != 1:
                if not e.args:
                    self.fail(e, f"missing argument in conversion to {self.tstr(t)}")
                self.fail(e.args[1], f"too many arguments in conversion to {self.tstr(t)}")
            self.expr(x, e.args[0], t)
            self.conversion(x, t, e)
            x.expr = e
            return
        if x.mode == BUILTIN:
            self.builtin(x, e, x.id)
            x.expr = e
            return
        sig = _core(x.type) if x.type is not None else None
        if not isinstance(sig, Signature):
            self.fail(e.fun, f"invalid operation: cannot call non-function {self.describe(x)}"
                      if False else f"invalid operation: cannot call {self.describe(x)}: {self.tstr(x.type)} is not a function"
                      if not isinstance(x.type, Named) else
                      f"invalid operation: cannot call non-function {self.describe(x)}")
        args = self.call_args(e, sig)
        if sig.type_params:
            sig = self.infer_call(e, sig, args, hint)
        self.arguments(e, sig, args)
        res = sig.results
        if len(res.vars) == 0:
            x.mode, x.type = NOVALUE, None
        elif len(res.vars) == 1:
            x.mode, x.type = VALUE, res.vars[0].type
        else:
            x.mode, x.type = VALUE, res
        x.expr = e

    def call_args(self, e: ast.CallExpr, sig: Optional[Signature] = None) -> list[Operand]:
        """The arguments, each checked with its parameter's type as the target when the callee
        is not generic (a generic function argument infers its type arguments from it)."""
        hints: list[Optional[Type]] = [None] * len(e.args)
        if sig is not None and not sig.type_params:
            known = _arg_param_types(sig, len(e.args), e.has_ellipsis)
            hints[:len(known)] = known
        if len(e.args) == 1:
            return self.multi_expr(e.args[0], False, hints[0])
        args: list[Operand] = []
        for a, h in zip(e.args, hints):
            x = Operand()
            try:
                self.expr(x, a, h)
            except CheckError:
                x.mode = INVALID
            args.append(x)
        return args

    def arguments(self, e: ast.CallExpr, sig: Signature, args: list[Operand]) -> None:
        params = sig.params.vars
        nargs, npars = len(args), len(params)
        ddd = e.has_ellipsis
        if any(a.mode == INVALID for a in args):
            for a in args:
                if a.mode != INVALID and is_untyped(a.type):  # type: ignore[arg-type]
                    try:
                        self.convert_untyped(a, default_type(a.type))  # type: ignore[arg-type]
                    except CheckError:
                        pass
            return
        if sig.variadic:
            if ddd:
                if nargs != npars:
                    self._count_error(e, sig, args, nargs < npars)
                    return
                ptypes = [p.type for p in params]
            else:
                if nargs < npars - 1:
                    self._count_error(e, sig, args, True)
                    return
                last = params[-1].type
                assert isinstance(last, Slice)
                ptypes = [p.type for p in params[:-1]] + [last.elem] * (nargs - npars + 1)
        else:
            if ddd:
                self.fail(e, f"have (...) in call to non-variadic {self.expr_str(e.fun)}"
                          if False else f"cannot use ... in call to non-variadic {self.expr_str(e.fun)}")
            if nargs != npars:
                self._count_error(e, sig, args, nargs < npars)
                return
            ptypes = [p.type for p in params]
        what = f"argument to {self.expr_str(e.fun)}"
        for a, t in zip(args, ptypes):
            try:
                self.assignment(a, t, what)
            except CheckError:
                pass

    def _count_error(self, e: ast.CallExpr, sig: Signature, args: list[Operand], too_few: bool) -> None:
        npars = len(sig.params.vars)
        if too_few:
            at: Any = args[-1].expr if args and len(e.args) == len(args) else e
            if args and len(e.args) == 1 and len(args) > 1:
                at = e.args[0]
            qual = "not enough"
        else:
            at = args[npars].expr if len(e.args) == len(args) else e.args[0]
            qual = "too many"
        have = ", ".join(self._arg_type(a) for a in args)
        want = self.tstr(sig.params)[1:-1]
        if sig.variadic and sig.params.vars:
            parts = [self.tstr(p.type) for p in sig.params.vars]
            parts[-1] = "..." + self.tstr(sig.params.vars[-1].type.elem)  # type: ignore[attr-defined]
            want = ", ".join(parts)
        self.fail(at, f"{qual} arguments in call to {self.expr_str(e.fun)}\n\thave ({have})\n\twant ({want})")

    def _arg_type(self, a: Operand) -> str:
        t = a.type
        if a.mode == NILVALUE:
            return "nil"
        if isinstance(t, Basic) and t.info & IS_UNTYPED:
            if t.info & IS_NUMERIC:
                return "number"
            return t.name.replace("untyped ", "")
        return self.tstr(t)

    # ------------------------------------------------------------ conversions

    def conversion(self, x: Operand, t: Type, e: Any) -> None:
        const_arg = x.mode == CONSTANT
        tu = t.underlying()
        ok = False
        if const_arg and isinstance(tu, Basic) and tu.info & 63 and not isinstance(t, TypeParam):
            xb = _u(x.type)
            if isinstance(xb, Basic) and xb.info & IS_INTEGER and tu.info & IS_STRING:
                # string(rune constant)
                v = constant.to_int(x.val)  # type: ignore[arg-type]
                cp = constant.int_val(v) if v.kind == constant.INT else 0xFFFD
                if not (0 <= cp <= 0x10FFFF) or 0xD800 <= cp <= 0xDFFF:
                    cp = 0xFFFD
                x.val = constant.make_string(chr(cp).encode("utf-8"))
                ok = True
            elif isinstance(xb, Basic) and (xb.info & IS_NUMERIC) and (tu.info & IS_NUMERIC):
                good, rounded, reason = self.representable_value(constant.to_int(x.val) if tu.info & IS_INTEGER and constant.to_int(x.val).kind == constant.INT else x.val, tu)  # type: ignore[arg-type]
                if not good:
                    if reason == "truncated" or (tu.info & IS_INTEGER and constant.to_int(x.val).kind != constant.INT):  # type: ignore[arg-type]
                        self.fail(x.expr, f"cannot convert {self.describe(x)} to type {self.tstr(t)}")
                    self.fail(x.expr, f"cannot convert {self.describe(x)} to type {self.tstr(t)}" +
                              (" (overflows)" if False else "") if reason != "overflows" else
                              f"cannot convert {self.describe(x)} to type {self.tstr(t)} (overflows)"
                              if False else f"constant {constant.to_string(x.val)} overflows {self.tstr(t)}")
                x.val = rounded
                ok = True
            elif isinstance(xb, Basic) and xb.info & IS_STRING and tu.info & IS_STRING:
                ok = True
            elif isinstance(xb, Basic) and xb.info & 1 and tu.info & 1:
                ok = True
        if ok:
            x.type = t
            self.update_expr_type(x.expr, t, True) if is_untyped(x.type) else None
            x.expr = e
            return
        if not self.convertible_to(x, t):
            if const_arg and isinstance(tu, Basic) and tu.info & 63:
                self.fail(x.expr, f"cannot convert {self.describe(x)} to type {self.tstr(t)}")
            self.fail(x.expr, f"cannot convert {self.describe(x)} to type {self.tstr(t)}")
        if is_untyped(x.type):  # type: ignore[arg-type]
            final = t
            if isinstance(tu, Interface) or (const_arg and not (isinstance(tu, Basic) and tu.info & 63)):
                final = default_type(x.type)  # type: ignore[arg-type]
            elif x.mode == NILVALUE:
                final = t
            try:
                self.convert_untyped(x, final)
            except CheckError:
                pass
        x.mode = VALUE
        x.type = t
        x.val = None

    def convertible_to(self, x: Operand, t: Type) -> bool:  # noqa: C901
        if self.assignable_to(x, t)[0]:
            return True
        v = x.type
        assert v is not None
        vu, tu = v.underlying(), t.underlying()
        if isinstance(v, TypeParam) or isinstance(t, TypeParam):
            vs = [term.type for term in (v.iface().type_terms() or [])] if isinstance(v, TypeParam) else [v]
            ts = [term.type for term in (t.iface().type_terms() or [])] if isinstance(t, TypeParam) else [t]
            if not vs or not ts:
                return False
            return all(self.convertible_to(Operand(VALUE, x.expr, a), b) for a in vs for b in ts)
        if _identical_ignore_tags(vu, tu):
            return True
        if isinstance(vu, Pointer) and isinstance(tu, Pointer) and _identical_ignore_tags(vu.elem.underlying(), tu.elem.underlying()):
            return True
        if isinstance(vu, Basic) and isinstance(tu, Basic):
            if (vu.info & (IS_INTEGER | IS_FLOAT)) and (tu.info & (IS_INTEGER | IS_FLOAT)):
                return True
            if (vu.info & IS_COMPLEX) and (tu.info & IS_COMPLEX):
                return True
            if (vu.info & IS_INTEGER) and (tu.info & IS_STRING):
                return True
            if (vu.info & IS_STRING) and (tu.info & IS_STRING):
                return True
            if vu.kind == UNSAFE_POINTER and (tu.info & IS_INTEGER and tu.kind == UINTPTR):
                return True
            if tu.kind == UNSAFE_POINTER and (vu.info & IS_INTEGER and vu.kind == UINTPTR):
                return True
        if isinstance(vu, Basic) and vu.info & IS_STRING:
            if isinstance(tu, Slice) and isinstance(tu.elem.underlying(), Basic) and tu.elem.underlying().kind in (UINT8, 5):  # type: ignore[attr-defined]
                return True
        if isinstance(tu, Basic) and tu.info & IS_STRING:
            if isinstance(vu, Slice) and isinstance(vu.elem.underlying(), Basic) and vu.elem.underlying().kind in (UINT8, 5):  # type: ignore[attr-defined]
                return True
        if isinstance(vu, (Pointer,)) and isinstance(tu, Basic) and tu.kind == UNSAFE_POINTER:
            return True
        if isinstance(tu, Pointer) and isinstance(vu, Basic) and vu.kind == UNSAFE_POINTER:
            return True
        if isinstance(vu, Slice):
            if isinstance(tu, Array) and identical(vu.elem, tu.elem):
                return True
            if isinstance(tu, Pointer) and isinstance(tu.elem.underlying(), Array) and identical(vu.elem, tu.elem.underlying().elem):  # type: ignore[attr-defined]
                return True
        return False

    # ------------------------------------------------------------ generics

    def instantiate_named(self, gt: Named, targs: list[Type], at: Any) -> Named:
        return instantiate(gt, targs)

    def verify_instance(self, tparams: list[TypeParam], targs: list[Type], at: list[Any], name: str) -> None:
        smap = dict(zip(tparams, targs))
        for i, (tp, ta) in enumerate(zip(tparams, targs)):
            bound = subst(tp.constraint, smap)
            ok, cause = self.satisfies(ta, bound)
            if not ok:
                where = at[i] if i < len(at) else at[0]
                self.error(where, cause)

    def satisfies(self, t: Type, bound: Type) -> tuple[bool, str]:
        bu = bound.underlying()
        if not isinstance(bu, Interface):
            return True, ""
        if t is INVALID_TYPE:
            return True, ""
        from go2py.check.lookup import missing_method
        from go2py.check.types import comparable

        terms = bu.type_terms()
        if terms is not None:
            def in_set(x: Type) -> bool:
                return any(identical(x, term.type) or (term.tilde and identical(x.underlying(), term.type.underlying()))
                           for term in terms)
            if isinstance(t, TypeParam):
                tt = t.iface().type_terms()
                good = bool(tt) and all(in_set(term.type) for term in tt)  # type: ignore[union-attr]
            else:
                good = in_set(t)
            if not good:
                if not terms:
                    return False, f"cannot satisfy {self.tstr(bound)} (empty type set)"
                if isinstance(t, TypeParam):  # go/types does not name the missing type then
                    return False, f"{self.tstr(t)} does not satisfy {self.tstr(bound)}"
                return False, f"{self.tstr(t)} does not satisfy {self.tstr(bound)} ({self.tstr(t)} missing in {_terms_str(self, terms)})"
        if bu.is_comparable_constraint() and not comparable(t):
            return False, f"{self.tstr(t)} does not satisfy comparable"
        m, wrong, cause = missing_method(t, bu, True)
        if m is not None:
            return False, f"{self.tstr(t)} does not satisfy {self.tstr(bound)} {cause_in_parens(cause)}"
        return True, ""

    def func_inst(self, x: Operand, e: Any, indices: list[ast.Expr]) -> None:
        sig = x.type
        assert isinstance(sig, Signature)
        targs = [self.typexpr(i) for i in indices]
        if len(targs) > len(sig.type_params):
            self.fail(indices[len(sig.type_params)], f"got {len(targs)} type arguments but want {len(sig.type_params)}")
        if len(targs) < len(sig.type_params):
            # Partial instantiation: the core types of the constraints may give the rest
            # (slices.Compare[[]int] has E = int); what they leave is inferred at the call.
            smap0 = dict(zip(sig.type_params, targs))
            self._infer_from_cores(sig.type_params, smap0)
            if all(tp in smap0 for tp in sig.type_params):
                targs = [smap0[tp] for tp in sig.type_params]
        if len(targs) < len(sig.type_params):
            s2 = Signature(sig.params, sig.results, sig.variadic, None, sig.type_params)
            s2.prefill = dict(zip(sig.type_params, targs))
            x.type = s2
            x.expr = e
            return
        smap = dict(zip(sig.type_params, targs))
        inst = subst(Signature(sig.params, sig.results, sig.variadic), smap)
        self.verify_instance(sig.type_params, targs, indices, self.expr_str(e.x))
        self.info.instances[e.x if not isinstance(e.x, ast.SelectorExpr) else e.x.sel] = (targs, inst)
        x.mode, x.type = VALUE, inst
        x.expr = e

    def infer_call(self, e: ast.CallExpr, sig: Signature, args: list[Operand], hint: Optional[Type]) -> Signature:
        tparams = sig.type_params
        smap: dict[TypeParam, Type] = dict(sig.prefill)
        ptypes = _arg_param_types(sig, len(args), e.has_ellipsis)
        # Typed arguments first, then untyped constants get their default types.
        for a, p in zip(args, ptypes):
            if a.mode != INVALID and not is_untyped(a.type):  # type: ignore[arg-type]
                # Only a parameter that is itself a type parameter is judged here: the
                # structural unifier below is partial, and assignability checks the rest.
                if not self.unify(p, a.type, smap) and isinstance(p, TypeParam) and p in tparams:  # type: ignore[arg-type]
                    self._infer_mismatch(e, p, a, tparams, smap)
        # Core types of constraints (e.g. ~[]E) give more; untyped constants then get their
        # default types where nothing else decided (infer.go's order).
        self._infer_from_cores(tparams, smap)
        # Untyped arguments of one type parameter take the default type of the last kind
        # among them in the order integer, rune, floating-point, complex (Sum(1, 2.5): float64).
        untyped: dict[TypeParam, Type] = {}
        for a, p in zip(args, ptypes):
            if a.mode != INVALID and is_untyped(a.type) and isinstance(p, TypeParam) and p not in smap:  # type: ignore[arg-type]
                if a.mode == NILVALUE:
                    continue
                prev = untyped.get(p)
                if prev is None or _UNTYPED_RANK.get(a.type.kind, -1) > _UNTYPED_RANK.get(prev.kind, -1):  # type: ignore[union-attr,attr-defined]
                    untyped[p] = a.type  # type: ignore[assignment]
        for p, t in untyped.items():
            smap[p] = default_type(t)
        self._infer_from_cores(tparams, smap)
        missing = [tp for tp in tparams if tp not in smap]
        lparen = (e.file, e.lparen_line, e.lparen_col)
        if missing:
            tp = missing[0]
            self.fail(lparen, f"in call to {self.expr_str(e.fun)}, cannot infer {tp.obj.name} (declared at {tp.obj.pos.pos()})")
        targs = [smap[tp] for tp in tparams]
        inst = subst(Signature(sig.params, sig.results, sig.variadic), smap)
        assert isinstance(inst, Signature)
        self.verify_instance(tparams, targs, [lparen], self.expr_str(e.fun))
        fun = e.fun
        while isinstance(fun, ast.ParenExpr):
            fun = fun.x
        key = fun.sel if isinstance(fun, ast.SelectorExpr) else fun
        if isinstance(fun, (ast.IndexExpr, ast.IndexListExpr)):
            key = fun.x
        self.info.instances[key] = (targs, inst)
        self.record(e.fun, VALUE, inst)
        return inst

    def _infer_from_cores(self, tparams: list[TypeParam], smap: dict) -> None:
        for _ in range(3):
            for tp in tparams:
                core = _core_of_constraint(tp)
                if core is not None:
                    if tp in smap:
                        self.unify(core, _core(smap[tp]) or smap[tp].underlying(), smap)
                    elif not _mentions(core, tparams) or all(t in smap for t in _params_in(core, tparams)):
                        smap[tp] = subst(core, smap)

    def _infer_mismatch(self, e: ast.CallExpr, p: Type, a: Operand, tparams: list[TypeParam], smap: dict) -> None:
        """An argument's type conflicting with what inference found so far (infer.go's errorf)."""
        have, arg = self.tstr(a.type), self.expr_str(a.expr)
        if not any(tp in smap for tp in tparams):
            names = ", ".join(tp.obj.name for tp in tparams)
            msg = f"type {have} of {arg} does not match {self.tstr(p)} (cannot infer {names})"
        else:
            inferred = subst(p, smap)
            msg = f"type {have} of {arg} does not match " + (
                f"inferred type {self.tstr(inferred)} for {self.tstr(p)}" if inferred is not p else self.tstr(p))
        self.fail(a.expr, f"in call to {self.expr_str(e.fun)}, {msg}")

    def unify(self, p: Type, a: Type, smap: dict) -> bool:  # noqa: C901
        if isinstance(p, TypeParam):
            if p in smap:
                return identical(smap[p], a) or self._unify_inexact(smap[p], a)
            smap[p] = a
            return True
        if isinstance(p, Named) and p.type_args:
            if isinstance(a, Named) and a.origin is p.origin:
                return all(self.unify(x, y, smap) for x, y in zip(p.type_args, a.type_args))
            if not isinstance(a, (Named, TypeParam)):
                # A type literal against a defined type: their underlying types unify (inexact
                # unification, as for func(func(int) bool) passed as an iter.Seq[V]).
                return self.unify(p.underlying(), a, smap)
            return False
        if isinstance(a, TypeParam) and not isinstance(p, TypeParam):
            core = _core(a)
            if core is None:
                return False
            a = core
        if isinstance(a, Named) and not isinstance(p, Named):
            a = a.underlying()
        if isinstance(p, Pointer) and isinstance(a, Pointer):
            return self.unify(p.elem, a.elem, smap)
        if isinstance(p, Slice) and isinstance(a, Slice):
            return self.unify(p.elem, a.elem, smap)
        if isinstance(p, Array) and isinstance(a, Array):
            return self.unify(p.elem, a.elem, smap)
        if isinstance(p, Map) and isinstance(a, Map):
            return self.unify(p.key, a.key, smap) and self.unify(p.elem, a.elem, smap)
        if isinstance(p, Chan) and isinstance(a, Chan):
            return self.unify(p.elem, a.elem, smap)
        if isinstance(p, Signature) and isinstance(a, Signature):
            ok = True
            for x, y in zip(p.params.vars, a.params.vars):
                ok = self.unify(x.type, y.type, smap) and ok  # type: ignore[arg-type]
            for x, y in zip(p.results.vars, a.results.vars):
                ok = self.unify(x.type, y.type, smap) and ok  # type: ignore[arg-type]
            return ok
        if isinstance(p, Struct) and isinstance(a, Struct):
            return all(self.unify(x.type, y.type, smap) for x, y in zip(p.fields, a.fields))  # type: ignore[arg-type]
        return False

    def _unify_inexact(self, x: Type, y: Type) -> bool:
        return identical(x.underlying(), y.underlying())

    # ------------------------------------------------------------ built-ins

    def builtin(self, x: Operand, e: ast.CallExpr, name: str) -> None:  # noqa: C901
        args = e.args
        nargs = len(args)
        bname = name.split(".")[-1]
        fixed = {"len": 1, "cap": 1, "close": 1, "complex": 2, "copy": 2, "delete": 2, "imag": 1,
                 "new": 1, "panic": 1, "real": 1, "recover": 0, "clear": 1,
                 "unsafe.Sizeof": 1, "unsafe.Alignof": 1, "unsafe.Offsetof": 1, "unsafe.Add": 2,
                 "unsafe.Slice": 2, "unsafe.String": 2, "unsafe.StringData": 1, "unsafe.SliceData": 1}
        if e.has_ellipsis and name != "append":
            self.fail(e, f"invalid operation: invalid use of ... with built-in {bname}")
        if name in fixed:
            n = fixed[name]
            if nargs < n:
                self.fail(e if nargs == 0 else args[-1], f"not enough arguments for {self.expr_str(e)} (expected {n}, found {nargs})")
            if nargs > n:
                self.fail(args[n], f"too many arguments for {self.expr_str(e)} (expected {n}, found {nargs})")
        if name in ("len", "cap"):
            self.expr(x, args[0])
            t = x.type
            u = _core(t) if t is not None else None
            if isinstance(t, TypeParam) and u is None:
                terms = t.iface().type_terms() or []
                def ok(tt: Type) -> bool:
                    v = tt.underlying()
                    if isinstance(v, Pointer):
                        v = v.elem.underlying()
                    if isinstance(v, Basic):
                        return bool(v.info & IS_STRING) and name == "len"
                    return isinstance(v, (Array, Slice, Chan)) or (isinstance(v, Map) and name == "len")
                if terms and all(ok(tt.type) for tt in terms):
                    x.mode, x.type, x.val = VALUE, TYP[INT], None
                    return
            if isinstance(u, Pointer) and isinstance(u.elem.underlying(), Array):
                u = u.elem.underlying()
            mode = VALUE
            val = None
            if isinstance(u, Basic) and u.info & IS_STRING and name == "len":
                if x.mode == CONSTANT:
                    mode, val = CONSTANT, constant.make_int(len(constant.string_val(x.val)))  # type: ignore[arg-type]
            elif isinstance(u, Array):
                if not _has_call_or_recv(args[0]):
                    mode, val = CONSTANT, constant.make_int(u.len)
            elif isinstance(u, (Slice, Chan)) or (isinstance(u, Map) and name == "len"):
                pass
            else:
                self.fail(args[0], f"invalid argument: {self.describe(x)} for built-in {name}")
            x.mode, x.type, x.val = mode, TYP[INT], val
            return
        if name == "append":
            if nargs == 0:
                self.fail(e, "not enough arguments for append() (expected 1, found 0)")
            s = Operand()
            self.expr(s, args[0])
            st = s.type
            if s.mode == NILVALUE:
                self.fail(args[0], "invalid append: first argument must be a typed slice; have untyped nil")
            core = _core(st) if st is not None else None
            if not isinstance(core, Slice):
                self.fail(args[0], f"invalid append: argument must be a slice; have {self.describe(s)}")
            if e.has_ellipsis:
                if nargs != 2:
                    self.fail(e, f"can only use ... with final argument in list")
                y = Operand()
                self.expr(y, args[1])
                yu = _u(y.type)
                if isinstance(yu, Basic) and yu.info & IS_STRING and _is_byte(core.elem):
                    if is_untyped(y.type):  # type: ignore[arg-type]
                        self.convert_untyped(y, TYP[STRING])
                else:
                    self.assignment(y, Slice(core.elem) if y.mode != NILVALUE else st, "argument to append")
            else:
                for a in args[1:]:
                    y = Operand()
                    try:
                        self.expr(y, a, core.elem)
                        self.assignment(y, core.elem, "argument to append")
                    except CheckError:
                        pass
            x.mode, x.type = VALUE, st
            return
        if name == "make":
            if nargs == 0:
                self.fail(e, f"not enough arguments for make() (expected 1, found 0)")
            t = self.vartype(args[0])
            core = _core(t)
            if isinstance(core, Slice):
                minargs = 2
            elif isinstance(core, (Map, Chan)):
                minargs = 1
            else:
                if t is INVALID_TYPE:
                    raise CheckError("invalid")
                self.fail(args[0], f"invalid argument: cannot make {self.expr_str(args[0])}: type must be slice, map, or channel"
                          if True else "")
            if nargs < minargs:
                self.fail(e, f"invalid operation: {self.expr_str(e)} expects {minargs} or {minargs + 1} arguments; found {nargs}")
            if nargs > 3 or (minargs == 1 and nargs > 2):
                self.fail(e, f"invalid operation: {self.expr_str(e)} expects {minargs} or {minargs + 1} arguments; found {nargs}")
            sizes = []
            for a in args[1:]:
                sizes.append(self.index_value(a, -1))
            if len(sizes) == 2 and sizes[0] >= 0 and sizes[1] >= 0 and sizes[0] > sizes[1]:
                self.fail(args[1], f"invalid argument: length and capacity swapped")
            x.mode, x.type = VALUE, t
            return
        if name == "new":
            # new(T), or since Go 1.26 new(expr): a new variable holding expr's value.
            v = Operand()
            self.expr_or_type(v, args[0])
            if v.mode == TYPEXPR:
                t = self.vartype(args[0])
            else:
                if is_untyped(v.type):  # type: ignore[arg-type]
                    self.assignment(v, None, "argument to new")
                if v.mode == INVALID or v.type is None:
                    raise CheckError("invalid argument to new")
                t = v.type
            x.mode, x.type = VALUE, Pointer(t)
            return
        if name == "delete":
            m = Operand()
            self.expr(m, args[0])
            mu = _core(m.type) if m.type is not None else None
            if not isinstance(mu, Map):
                self.fail(args[0], f"invalid argument: {self.describe(m)} is not a map")
            k = Operand()
            self.expr(k, args[1], mu.key)
            self.assignment(k, mu.key, "argument to delete")
            x.mode, x.type = NOVALUE, None
            return
        if name in ("panic",):
            y = Operand()
            self.expr(y, args[0])
            from go2py.check.universe import ANY
            self.assignment(y, ANY, "argument to panic")
            x.mode, x.type = NOVALUE, None
            return
        if name in ("print", "println"):
            for a in args:
                y = Operand()
                try:
                    self.expr(y, a)
                    self.assignment(y, None, f"argument to built-in {name}")
                except CheckError:
                    pass
            x.mode, x.type = NOVALUE, None
            return
        if name == "recover":
            from go2py.check.universe import ANY
            x.mode, x.type = VALUE, ANY
            return
        if name == "close":
            c = Operand()
            self.expr(c, args[0])
            cu = _core(c.type) if c.type is not None else None
            if not isinstance(cu, Chan):
                self.fail(args[0], f"invalid operation: non-chan argument {self.describe(c)}" if False else
                          f"invalid argument: {self.describe(c)} is not a channel" if False else
                          f"invalid operation: cannot close non-channel {self.describe(c)}")
            if cu.dir == RECV_ONLY:
                self.fail(args[0], f"invalid operation: cannot close receive-only channel {self.describe(c)}")
            x.mode, x.type = NOVALUE, None
            return
        if name == "copy":
            d, s = Operand(), Operand()
            self.expr(d, args[0])
            self.expr(s, args[1])
            du, su = _core(d.type), _core(s.type)  # type: ignore[arg-type]
            if not isinstance(du, Slice):
                self.fail(args[0], f"invalid argument: copy expects slice arguments; found {self.describe(d)} and {self.describe(s)}")
            if isinstance(su, Basic) and su.info & IS_STRING and _is_byte(du.elem):
                pass
            elif not isinstance(su, Slice) or not identical(du.elem, su.elem):
                if isinstance(su, Slice):
                    self.fail(args[0], f"invalid copy: arguments {self.describe(d)} and {self.describe(s)} have different element types {self.tstr(du.elem)} and {self.tstr(su.elem)}")
                self.fail(args[0], f"invalid argument: copy expects slice arguments; found {self.describe(d)} and {self.describe(s)}")
            x.mode, x.type = VALUE, TYP[INT]
            return
        if name == "clear":
            y = Operand()
            self.expr(y, args[0])
            if not isinstance(_core(y.type), (Map, Slice)):  # type: ignore[arg-type]
                self.fail(args[0], f"invalid argument: {self.describe(y)} must be a map or slice" if False
                          else f"invalid argument: cannot clear {self.describe(y)}: argument must be (or constrained by) map or slice")
            x.mode, x.type = NOVALUE, None
            return
        if name in ("min", "max"):
            if nargs == 0:
                self.fail(e, f"not enough arguments for {name}() (expected 1, found 0)")
            ops = []
            for a in args:
                y = Operand()
                self.expr(y, a)
                if not _is_ordered(y.type):
                    self.fail(a, f"invalid argument: {self.describe(y)} cannot be ordered")
                ops.append(y)
            x.assign_from(ops[0])
            for y in ops[1:]:
                self.match_types(x, y, e, name)
                if not identical(x.type, y.type):  # type: ignore[arg-type]
                    self.fail(y.expr, f"invalid argument: mismatched types {self.tstr(x.type)} (previous argument) and {self.tstr(y.type)} (type of {self.expr_str(y.expr)})")
                if x.mode == CONSTANT and y.mode == CONSTANT:
                    pick = constant.compare(y.val, "<" if name == "min" else ">", x.val)  # type: ignore[arg-type]
                    if pick:
                        x.val = y.val
                else:
                    x.mode = VALUE
            if x.mode != CONSTANT:
                x.mode = VALUE
                if is_untyped(x.type):  # type: ignore[arg-type]
                    self.convert_untyped(x, default_type(x.type))  # type: ignore[arg-type]
            return
        if name == "complex":
            a, b = Operand(), Operand()
            self.expr(a, args[0])
            self.expr(b, args[1])
            self.match_types(a, b, e, "complex")
            if a.mode == CONSTANT and b.mode == CONSTANT and is_untyped(a.type):  # type: ignore[arg-type]
                re = constant.to_float(a.val)  # type: ignore[arg-type]
                im = constant.to_float(b.val)  # type: ignore[arg-type]
                x.set_const(constant.binary_op(re, "+", constant.binary_op(im, "*", constant.make_complex(0, 1))), TYP[UNTYPED_COMPLEX])  # type: ignore[arg-type]
                return
            t = _u(a.type)
            kind = COMPLEX64 if isinstance(t, Basic) and t.kind == FLOAT32 else COMPLEX128
            if not (isinstance(t, Basic) and t.info & IS_FLOAT):
                self.fail(args[0], f"invalid argument: arguments have type {self.tstr(a.type)}, expected floating-point")
            x.mode, x.type, x.val = (CONSTANT if a.mode == b.mode == CONSTANT else VALUE), TYP[kind], None
            if x.mode == CONSTANT:
                x.val = constant.binary_op(constant.to_float(a.val), "+", constant.binary_op(constant.to_float(b.val), "*", constant.make_complex(0, 1)))  # type: ignore[arg-type]
            return
        if name in ("real", "imag"):
            y = Operand()
            self.expr(y, args[0])
            yt = y.type
            if y.mode == CONSTANT and is_untyped(yt):  # type: ignore[arg-type]
                c = constant.to_complex(y.val)  # type: ignore[arg-type]
                part = constant.make_float(c.val[0] if name == "real" else c.val[1])  # type: ignore[attr-defined]
                x.set_const(part, TYP[UNTYPED_FLOAT])
                return
            u = _u(yt)
            if not (isinstance(u, Basic) and u.info & IS_COMPLEX):
                self.fail(args[0], f"invalid argument: {self.describe(y)} must be of complex type" if False
                          else f"invalid argument: argument has type {self.tstr(yt)}, expected complex type")
            x.mode, x.type = VALUE, TYP[FLOAT32 if u.kind == COMPLEX64 else FLOAT64]
            return
        if name in ("unsafe.Sizeof", "unsafe.Alignof"):
            y = Operand()
            self.expr(y, args[0])
            if is_untyped(y.type):  # type: ignore[arg-type]
                self.convert_untyped(y, default_type(y.type))  # type: ignore[arg-type]
            from go2py.check.sizes import alignof, sizeof
            size = sizeof(y.type) if name == "unsafe.Sizeof" else alignof(y.type)  # type: ignore[arg-type]
            x.set_const(constant.make_int(size), TYP[UINTPTR])
            return
        if name == "unsafe.Offsetof":
            y = Operand()
            self.expr(y, args[0])
            x.set_const(constant.make_int(self.field_offset(args[0])), TYP[UINTPTR])
            return
        if name in ("unsafe.Add", "unsafe.Slice", "unsafe.String", "unsafe.StringData", "unsafe.SliceData"):
            ops = []
            for a in args:
                y = Operand()
                self.expr(y, a)
                ops.append(y)
            if name == "unsafe.Add":
                x.mode, x.type = VALUE, TYP[UNSAFE_POINTER]
            elif name == "unsafe.Slice":
                pu = _u(ops[0].type)
                x.mode, x.type = VALUE, Slice(pu.elem if isinstance(pu, Pointer) else INVALID_TYPE)
            elif name == "unsafe.String":
                x.mode, x.type = VALUE, TYP[STRING]
            elif name == "unsafe.StringData":
                x.mode, x.type = VALUE, Pointer(TYP[UINT8])
            else:
                su = _u(ops[0].type)
                x.mode, x.type = VALUE, Pointer(su.elem if isinstance(su, Slice) else INVALID_TYPE)
            return
        self.fail(e, f"unknown built-in {name}")


    def field_offset(self, arg: Any) -> int:
        """unsafe.Offsetof(x.f): f's offset within x, summed through embedded structs."""
        from go2py.check.sizes import offsetof

        while isinstance(arg, ast.ParenExpr):
            arg = arg.x
        sel = self.info.selections.get(arg) if isinstance(arg, ast.SelectorExpr) else None
        if sel is None or sel.kind != "field":
            return 0
        t = sel.recv
        total = 0
        for i in sel.index:
            u = t.underlying()
            if isinstance(u, Pointer):
                u = u.elem.underlying()
            if not isinstance(u, Struct):
                return 0
            total += offsetof(u, i)
            t = u.fields[i].type
        return total

def _is_byte(t: Type) -> bool:
    u = t.underlying()
    return isinstance(u, Basic) and u.kind == UINT8


def _is_ordered(t: Optional[Type]) -> bool:
    if isinstance(t, TypeParam):
        terms = t.iface().type_terms()
        return bool(terms) and all(_is_ordered(term.type) for term in terms)
    u = _u(t)
    return isinstance(u, Basic) and bool(u.info & IS_ORDERED)


def _identical_ignore_tags(x: Type, y: Type) -> bool:
    if isinstance(x, Struct) and isinstance(y, Struct):
        return len(x.fields) == len(y.fields) and all(
            a.name == b.name and a.embedded == b.embedded and identical(a.type, b.type)  # type: ignore[arg-type]
            for a, b in zip(x.fields, y.fields)
        )
    return identical(x, y)


def _has_call_or_recv(e: ast.Expr) -> bool:
    for n in ast.walk(e):
        if isinstance(n, ast.CallExpr):
            return True
        if isinstance(n, ast.UnaryExpr) and n.op == "<-":
            return True
    return False


def _core_of_constraint(tp: TypeParam) -> Optional[Type]:
    terms = tp.iface().type_terms()
    if not terms or len(terms) != 1:
        return None
    t = terms[0].type
    return t.underlying() if terms[0].tilde else t


def _mentions(t: Type, tparams: list[TypeParam]) -> bool:
    return bool(_params_in(t, tparams))


def _params_in(t: Type, tparams: list[TypeParam]) -> list[TypeParam]:
    out: list[TypeParam] = []
    stack = [t]
    seen = 0
    while stack and seen < 1000:
        seen += 1
        x = stack.pop()
        if isinstance(x, TypeParam):
            if x in tparams:
                out.append(x)
        elif isinstance(x, (Pointer, Slice, Array, Chan)):
            stack.append(x.elem)
        elif isinstance(x, Map):
            stack.extend([x.key, x.elem])
        elif isinstance(x, Signature):
            stack.extend(v.type for v in x.params.vars + x.results.vars if v.type is not None)
        elif isinstance(x, Named):
            stack.extend(x.type_args)
    return out


def _terms_str(chk: Any, terms: list) -> str:
    return " | ".join(("~" if t.tilde else "") + chk.tstr(t.type) for t in terms)


from go2py.check.checker import CheckError  # noqa: E402
