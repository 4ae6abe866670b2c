"""Statements and function bodies: assignments, declarations, control flow, labels,
unused variables and missing returns (go/types' stmt.go, assignments.go, labels.go,
return.go)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from go2py.check import constant
from go2py.check.objects import Const, Label, Scope, TypeName, Var
from go2py.check.exprstring import expr_string
from go2py.check.operand import (
    COMMAERR, COMMAOK, CONSTANT, INVALID, MAPINDEX, NILVALUE, NOVALUE, TYPEXPR, VALUE, VARIABLE,
    Operand,
)
from go2py.check.types import (
    INT, INVALID_TYPE, IS_STRING, RECV_ONLY, RUNE, SEND_ONLY, TYP, UNTYPED_BOOL, UNTYPED_NIL,
    Array, Basic, Chan, Interface, Map, Pointer, Signature, Slice, Tuple, Type, TypeParam,
    default_type, identical, is_untyped,
)
from go2py.grammar import ast

if TYPE_CHECKING:
    from go2py.check.checker import Checker

    _Base = Checker
else:
    _Base = object


class _FuncCtx:
    __slots__ = ("sig", "vars", "labels", "has_defer")

    def __init__(self, sig: Signature) -> None:
        self.sig = sig
        self.vars: list[Var] = []
        self.labels: dict[str, Label] = {}
        self.has_defer = False


class StmtChecker(_Base):
    fctx: Optional[_FuncCtx] = None

    # ------------------------------------------------------------ function bodies

    def func_body(self, name: str, sig: Signature, body: ast.BlockStmt, scope: Scope, decl: Any = None) -> None:
        """Check a body; decl is a declared function's DeclInfo, which collects what the body
        depends on for the initialization order (a literal's body adds to its enclosing one)."""
        saved = (self.scope, self.sig, self.fctx, self.iota, self.decl)
        self.scope = scope
        self.sig = sig
        self.iota = None
        self.fctx = _FuncCtx(sig)
        if decl is not None:
            self.decl = decl
        try:
            self.labels(body)
            self.stmt_list(body.list, top=True)
            if sig.results.vars and not self.is_terminating_list(body.list, ""):
                self.error((body.file, body.rbrace_line, body.rbrace_col), "missing return")
            self.usage(scope)
        finally:
            self.scope, self.sig, self.fctx, self.iota, self.decl = saved

    def func_lit_body(self, sig: Signature, e: ast.FuncLit) -> None:
        scope = Scope(self.scope, "function literal", is_func=True)
        self.info.scopes[e] = scope
        # Parameters were declared in a temporary scope by typexpr: redeclare them here.
        for v in sig.params.vars + sig.results.vars:
            if v.name:
                scope.insert(v)
        decl = self.decl
        self.func_body("func literal", sig, e.body, scope)
        self.decl = decl

    def usage(self, scope: Scope) -> None:
        unused: list[Var] = []
        stack = [scope]
        while stack:
            s = stack.pop()
            for obj in s.names.values():
                if isinstance(obj, Var) and not obj.used and not obj.is_param and not obj.is_field and obj.name != "_":
                    unused.append(obj)
            stack.extend(c for c in s.children if not c.is_func)
        for v in sorted(unused, key=lambda v: (v.pos.line, v.pos.col)):
            self.error(v.pos, f"declared and not used: {v.name}", soft=True)

    # ------------------------------------------------------------ labels

    def labels(self, body: ast.BlockStmt) -> None:
        """Declare the labels of a function body and check branch statements (labels.go)."""
        all_labels: dict[str, ast.LabeledStmt] = {}
        used: set[str] = set()
        found = [n for n in _walk_body(body) if isinstance(n, ast.LabeledStmt)]
        for n in sorted(found, key=lambda n: (n.line, n.col)):
            name = n.label.name
            if name == "_":
                continue
            if name in all_labels:
                other = all_labels[name]
                self.error(n.label, f"label {name} already defined at {other.label.pos()}")
            else:
                all_labels[name] = n
                self.record_def(n.label, Label(name, None, self.pkg, n.label))
        # Branch statements: find each one's enclosing statements.
        self._branches(body, [], all_labels, used)
        self._gotos(body)
        for name, n in all_labels.items():
            if name not in used:
                self.error(n.label, f"label {name} defined and not used", soft=True)

    def _branches(self, body: ast.Node, enclosing: list[Any], labels: dict[str, ast.LabeledStmt], used: set[str]) -> None:
        # Iterative walk carrying the stack of enclosing statements.
        stack: list[tuple[ast.Node, list[Any]]] = [(body, enclosing)]
        while stack:
            n, encl = stack.pop()
            if isinstance(n, ast.FuncLit):
                continue
            if isinstance(n, ast.BranchStmt):
                self._branch(n, encl, labels, used)
                continue
            inner = encl
            if isinstance(n, (ast.ForStmt, ast.RangeStmt, ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt)):
                inner = encl + [n]
            elif isinstance(n, ast.LabeledStmt):
                inner = encl + [n]
            for c in n.children():
                stack.append((c, inner))

    def _gotos(self, body: ast.BlockStmt) -> None:
        """Gotos that jump over a variable declaration or into a block.

        The compiler checks these while parsing (syntax/branches.go), block by block: a
        forward goto stays pending until a label of its block or of an enclosing block
        resolves it; one still pending at the top jumps into a block."""
        homes: dict[str, tuple[int, ast.Node]] = {}  # label -> (its block's id, the block's start)
        counter = iter(range(1 << 62))

        def block(chain: tuple[int, ...], start: ast.Node, stmts: list[Any]) -> list[ast.BranchStmt]:
            me = next(counter)
            chain = chain + (me,)
            pending: list[ast.BranchStmt] = []
            jumped: set[int] = set()  # pending gotos that a later declaration lies beyond
            decl: Optional[tuple[str, str]] = None  # the last declaration: names, position
            while stmts and isinstance(stmts[-1], ast.EmptyStmt):
                stmts = stmts[:-1]
            for s in stmts:
                while isinstance(s, ast.LabeledStmt):
                    name = s.label.name
                    if name != "_":
                        homes.setdefault(name, (me, start))
                        keep = []
                        for g in pending:
                            if g.label.name != name:  # type: ignore[union-attr]
                                keep.append(g)
                            elif decl is not None and id(g) in jumped:
                                self.error(g.label, f"goto {name} jumps over declaration of {decl[0]} at {decl[1]}")
                        pending = keep
                    s = s.stmt
                declared: Optional[tuple[str, str]] = None
                if isinstance(s, ast.DeclStmt) and s.decl.tok == "var" and s.decl.specs:
                    first = s.decl.specs[0].names[0]  # type: ignore[attr-defined]
                    declared = (first.name, first.pos())
                elif isinstance(s, ast.AssignStmt) and s.tok == ":=":
                    names = ", ".join(expr_string(e) for e in s.lhs)
                    declared = (names, f"{s.file}:{s.tok_line}:{s.tok_col}")
                if declared is not None:
                    decl = declared
                    jumped = {id(g) for g in pending}
                elif isinstance(s, ast.BranchStmt):
                    if s.tok == "goto" and s.label is not None:
                        home = homes.get(s.label.name)
                        if home is None or home[0] not in chain:
                            pending.append(s)
                elif isinstance(s, ast.BlockStmt):
                    pending += block(chain, s, s.list)
                elif isinstance(s, ast.IfStmt):
                    pending += block(chain, s.body, s.body.list)
                    if s.else_ is not None:
                        pending += block(chain, s.else_, [s.else_])
                elif isinstance(s, (ast.ForStmt, ast.RangeStmt)):
                    pending += block(chain, s.body, s.body.list)
                elif isinstance(s, (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt)):
                    for cc in s.body.list:
                        pending += block(chain, cc, cc.body)  # type: ignore[attr-defined]
            return pending

        for g in block((), body, body.list):
            name = g.label.name  # type: ignore[union-attr]
            if name in homes:
                self.error(g.label, f"goto {name} jumps into block starting at {homes[name][1].pos()}")

    def _branch(self, s: ast.BranchStmt, encl: list[Any], labels: dict[str, ast.LabeledStmt], used: set[str]) -> None:
        tok = s.tok
        if s.label is not None:
            name = s.label.name
            target = labels.get(name)
            if target is None:
                self.error(s.label, f"label {name} not defined" if tok == "goto" else f"{tok} label not defined: {name}")
                return
            used.add(name)
            self.record_use(s.label, self.info.defs.get(target.label))  # type: ignore[arg-type]
            if tok == "goto":
                return
            # break/continue L: L must label an enclosing for/switch/select.
            for i, st in enumerate(encl):
                if isinstance(st, ast.LabeledStmt) and st.label.name == name:
                    inner = st.stmt
                    if tok == "continue" and not isinstance(inner, (ast.ForStmt, ast.RangeStmt)):
                        self.error(s.label, f"invalid continue label {name}")
                    elif tok == "break" and not isinstance(inner, (ast.ForStmt, ast.RangeStmt, ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt)):
                        self.error(s.label, f"invalid break label {name}")
                    return
            self.error(s.label, f"invalid {tok} label {name}")
            return
        if tok == "break":
            if not any(isinstance(st, (ast.ForStmt, ast.RangeStmt, ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt)) for st in encl):
                self.error(s, "break is not in a loop, switch, or select")
        elif tok == "continue":
            if not any(isinstance(st, (ast.ForStmt, ast.RangeStmt)) for st in encl):
                self.error(s, "continue is not in a loop")

    # ------------------------------------------------------------ statements

    def open_scope(self, node: Any, comment: str) -> Scope:
        s = Scope(self.scope, comment)
        self.info.scopes[node] = s
        self.scope = s
        return s

    def close_scope(self) -> None:
        assert self.scope.parent is not None
        self.scope = self.scope.parent

    def stmt_list(self, stmts: list[ast.Stmt], top: bool = False, in_case: bool = False) -> None:
        n = len(stmts)
        for i, s in enumerate(stmts):
            if isinstance(s, ast.BranchStmt) and s.tok == "fallthrough":
                if not in_case or i != n - 1:
                    self.error(s, "fallthrough statement out of place")
                    continue
            try:
                self.stmt(s)
            except CheckError:
                pass

    def stmt(self, s: ast.Stmt) -> None:  # noqa: C901
        if isinstance(s, ast.EmptyStmt):
            return
        if isinstance(s, ast.DeclStmt):
            self.decl_stmt(s.decl)
        elif isinstance(s, ast.LabeledStmt):
            self.stmt(s.stmt)
        elif isinstance(s, ast.ExprStmt):
            x = Operand()
            self.raw_expr(x, s.x, None)
            if x.mode in (TYPEXPR,):
                self.fail(s.x, f"{self.expr_str(s.x)} (type) is not an expression")
            if x.mode == NOVALUE:
                return
            call = s.x
            while isinstance(call, ast.ParenExpr):
                call = call.x
            if isinstance(call, ast.CallExpr):
                if x.mode == CONSTANT or (x.mode == VALUE and self._is_builtin_call(call)):
                    self.fail(s.x, f"{self.expr_str(s.x)} ({self._desc_value(x)}) is not used")
                return
            if isinstance(call, ast.UnaryExpr) and call.op == "<-":
                return
            self.fail(s.x, f"{self.expr_str(s.x)} ({self._desc_value(x)}) is not used")
        elif isinstance(s, ast.SendStmt):
            ch, v = Operand(), Operand()
            self.expr(ch, s.chan)
            u = ch.type.underlying() if ch.type is not None else None
            if not isinstance(u, Chan):
                self.expr(v, s.value)
                self.fail(s, f"invalid operation: cannot send to non-channel {self.tstr(ch.type)} {self.describe(ch)}")
            if u.dir == RECV_ONLY:
                self.expr(v, s.value)
                self.fail(s, f"invalid operation: cannot send to receive-only channel {self.tstr(ch.type)} {self.describe(ch)}")
            self.expr(v, s.value, u.elem)
            self.assignment(v, u.elem, "send")
        elif isinstance(s, ast.IncDecStmt):
            x = Operand()
            self.expr(x, s.x)
            from go2py.check.types import IS_NUMERIC
            if not _is_numeric(x.type):
                op = "++" if s.tok == "++" else "--"
                self.fail(s.x, f"invalid operation: {self.expr_str(s.x)}{op} (non-numeric type {self.tstr(x.type)})")
            self.assign_var(s.x, None, x)
        elif isinstance(s, ast.AssignStmt):
            self.assign_stmt(s)
        elif isinstance(s, ast.GoStmt):
            self.go_defer(s.call, "go")
        elif isinstance(s, ast.DeferStmt):
            if self.fctx is not None:
                self.fctx.has_defer = True
            self.go_defer(s.call, "defer")
        elif isinstance(s, ast.ReturnStmt):
            self.return_stmt(s)
        elif isinstance(s, ast.BranchStmt):
            pass
        elif isinstance(s, ast.BlockStmt):
            self.open_scope(s, "block")
            self.stmt_list(s.list)
            self.close_scope()
        elif isinstance(s, ast.IfStmt):
            self.open_scope(s, "if")
            if s.init is not None:
                self.simple_stmt(s.init)
            x = Operand()
            try:
                self.expr(x, s.cond)
                if x.mode != INVALID and not _is_bool(x.type):
                    self.error(s.cond, f"non-boolean condition in if statement")
            except CheckError:
                pass
            self.stmt(s.body)
            if s.else_ is not None:
                self.stmt(s.else_)
            self.close_scope()
        elif isinstance(s, ast.SwitchStmt):
            self.switch_stmt(s)
        elif isinstance(s, ast.TypeSwitchStmt):
            self.type_switch_stmt(s)
        elif isinstance(s, ast.SelectStmt):
            for cl in s.body.list:
                assert isinstance(cl, ast.CommClause)
                self.open_scope(cl, "case")
                if cl.comm is not None:
                    try:
                        self.stmt(cl.comm)
                    except CheckError:
                        pass
                self.stmt_list(cl.body)
                self.close_scope()
        elif isinstance(s, ast.ForStmt):
            self.open_scope(s, "for")
            if s.init is not None:
                self.simple_stmt(s.init)
            if s.cond is not None:
                x = Operand()
                try:
                    self.expr(x, s.cond)
                    if x.mode != INVALID and not _is_bool(x.type):
                        self.error(s.cond, "non-boolean condition in for statement")
                except CheckError:
                    pass
            if s.post is not None:
                self.simple_stmt(s.post)
            self.stmt(s.body)
            self.close_scope()
        elif isinstance(s, ast.RangeStmt):
            self.range_stmt(s)
        else:
            self.fail(s, f"unexpected statement {type(s).__name__}")

    def _is_builtin_call(self, call: ast.CallExpr) -> bool:
        """A call of a built-in that may not stand as a statement (the spec's list)."""
        f = call.fun
        while isinstance(f, ast.ParenExpr):
            f = f.x
        if isinstance(f, ast.SelectorExpr):
            f = f.sel
        if isinstance(f, ast.Ident):
            obj = self.info.uses.get(f)
            from go2py.check.objects import Builtin
            return isinstance(obj, Builtin) and obj.id not in (
                "copy", "panic", "print", "println", "recover", "close", "delete", "clear")
        tv = self.info.types.get(f)
        return tv is not None and tv.mode == TYPEXPR

    def _desc_value(self, x: Operand) -> str:
        if x.mode == CONSTANT:
            if is_untyped(x.type):  # type: ignore[arg-type]
                return f"{x.type.name} constant" + (f" {constant.to_string(x.val)}" if constant.to_string(x.val) != self.expr_str(x.expr) else "")  # type: ignore[union-attr,arg-type]
            return f"constant {constant.to_string(x.val)} of type {self.tstr(x.type)}"  # type: ignore[arg-type]
        return x.describe(self.qualifier, with_expr=False)

    def simple_stmt(self, s: Optional[ast.Stmt]) -> None:
        if s is not None:
            try:
                self.stmt(s)
            except CheckError:
                pass

    def go_defer(self, call: ast.Expr, what: str) -> None:
        inner = call
        while isinstance(inner, ast.ParenExpr):
            inner = inner.x
        if not isinstance(inner, ast.CallExpr):
            return  # reported by the parser
        x = Operand()
        self.raw_expr(x, inner, None)
        if x.mode == TYPEXPR or (isinstance(inner, ast.CallExpr) and self._is_conversion(inner)):
            self.fail(call, f"{what} requires function call, not conversion")
        if self._is_builtin_call(inner):
            f = inner.fun
            name = f.name if isinstance(f, ast.Ident) else ""
            if name in ("append", "cap", "complex", "imag", "len", "make", "new", "real", "min", "max",
                        "unsafe.Sizeof"):
                self.fail(call, f"{what} discards result of {self.describe(x)}")

    def _is_conversion(self, call: ast.CallExpr) -> bool:
        tv = self.info.types.get(call.fun)
        return tv is not None and tv.mode == TYPEXPR

    def return_stmt(self, s: ast.ReturnStmt) -> None:
        sig = self.sig
        assert sig is not None
        res = sig.results.vars
        if not s.results:
            if res and res[0].name:
                # Named results: a bare return is fine unless a result is shadowed.
                for v in res:
                    if v.name and v.name != "_":
                        _, obj = self.scope.lookup_parent(v.name)
                        if obj is not v and obj is not None:
                            self.error(s, f"result parameter {v.name} not in scope at return\n\t{obj.pos.pos()}: inner declaration of {v.name}")
                return
            if res:
                self.error(s, f"not enough return values\n\thave ()\n\twant {self._tuple_str(sig.results)}")
            return
        if not res:
            x = Operand()
            try:
                self.raw_expr(x, s.results[0], None)
            except CheckError:
                pass
            self.error(s.results[0], "too many return values\n\thave (" +
                       ", ".join(self._have_type(e) for e in s.results) + ")\n\twant ()")
            return
        self.init_vars_from(res, s.results, s, "return statement")

    def _tuple_str(self, t: Tuple) -> str:
        return "(" + ", ".join(self.tstr(v.type) for v in t.vars) + ")"

    def _have_type(self, e: ast.Expr) -> str:
        tv = self.info.types.get(e)
        if tv is None or tv.type is None:
            return "invalid type"
        t = tv.type
        if isinstance(t, Basic) and is_untyped(t):
            if t.kind == UNTYPED_NIL:
                return "nil"
            if t.info & 26:
                return "number"
            return t.name.replace("untyped ", "")
        return self.tstr(t)

    # ------------------------------------------------------------ assignments

    def assign_stmt(self, s: ast.AssignStmt) -> None:
        tok = s.tok
        if tok == ":=":
            self.short_var_decl(s)
            return
        if tok == "=":
            self.assign_vars(s.lhs, s.rhs, s)
            return
        # x op= y
        if len(s.lhs) != 1 or len(s.rhs) != 1:
            self.fail(s, f"assignment operation {tok} requires single-valued expressions")
        x = Operand()
        op = tok[:-1]
        fake = ast.BinaryExpr(s.file, s.line, s.col, s.lhs[0], op, s.tok_line, s.tok_col, s.rhs[0])
        self.binary(x, fake, s.lhs[0], s.rhs[0], op, None)
        self.assign_var(s.lhs[0], None, x)

    def short_var_decl(self, s: ast.AssignStmt) -> None:
        new_vars: list[Var] = []
        lhs_vars: list[Optional[Var]] = []
        seen: set[str] = set()
        any_new = False
        for e in s.lhs:
            if not isinstance(e, ast.Ident):
                self.error(e, f"non-name {self.expr_str(e)} on left side of :=")
                lhs_vars.append(None)
                continue
            name = e.name
            if name in seen and name != "_":
                self.error(e, f"{name} repeated on left side of :=")
                lhs_vars.append(None)
                continue
            seen.add(name)
            old = self.scope.lookup(name)
            if old is not None and name != "_":
                self.record_use(e, old)
                if isinstance(old, Var):
                    lhs_vars.append(old)
                else:
                    self.error(e, f"cannot assign to {name}")
                    lhs_vars.append(None)
                continue
            v = Var(name, None, self.pkg, e)
            lhs_vars.append(v)
            if name != "_":
                new_vars.append(v)
                any_new = True
            self.record_def(e, v)
        # Types of the new variables come from the right-hand side.
        vars_for_init = [v if v is not None else Var("_", None, self.pkg, None) for v in lhs_vars]
        olds = {id(v) for v in vars_for_init if v.type is not None}
        self.init_vars_from(vars_for_init, s.rhs, s, "assignment", olds=olds)
        for v in new_vars:
            self.declare(self.scope, None, v)
        if not any_new:
            self.error((s.file, s.tok_line, s.tok_col), "no new variables on left side of :=")

    def assign_vars(self, lhs: list[ast.Expr], rhs: list[ast.Expr], s: Any) -> None:
        nl, nr = len(lhs), len(rhs)
        if nl == nr and not _is_call(rhs):
            for l, r in zip(lhs, rhs):
                x = Operand()
                try:
                    ltype = self._lhs_type(l)
                    self.expr(x, r, ltype)
                    self.assign_var(l, None, x)
                except CheckError:
                    pass
            return
        if nr == 1:
            ops = self._multi_rhs(rhs[0], nl)
            if len(ops) == nl:
                for l, x in zip(lhs, ops):
                    try:
                        self.assign_var(l, None, x)
                    except CheckError:
                        pass
                return
            self._mismatch(s, lhs, rhs, len(ops))
            return
        self._mismatch(s, lhs, rhs, nr)

    def _lhs_type(self, l: ast.Expr) -> Optional[Type]:
        """The type of a variable assigned to, as the target for its value (a generic function
        assigned to a function variable infers its type arguments from it)."""
        l = _unparen(l)
        if isinstance(l, ast.Ident) and l.name != "_":
            _, obj = self.scope.lookup_parent(l.name)
            if isinstance(obj, Var) and obj.type is not None:
                return obj.type
        return None

    def _multi_rhs(self, r: ast.Expr, want: int) -> list[Operand]:
        x = Operand()
        self.raw_expr(x, r, None)
        self.exclude(x, r)
        if x.mode == VALUE and isinstance(x.type, Tuple):
            return [Operand(VALUE, r, v.type) for v in x.type.vars]
        if x.mode in (COMMAOK, MAPINDEX) and want == 2:
            self.record_comma_ok(r, x)
            return [Operand(VALUE, r, x.type), Operand(VALUE, r, TYP[UNTYPED_BOOL])]
        if x.mode in (COMMAOK, COMMAERR):
            x.mode = VALUE
        return [x]

    def record_comma_ok(self, r: ast.Expr, x: Operand) -> None:
        t = x.type
        self.record(r, VALUE, Tuple([Var("", t, None, None), Var("", TYP[1], None, None)]))

    def _mismatch(self, s: Any, lhs: list[ast.Expr], rhs: list[ast.Expr], nvals: int) -> None:
        nl = len(lhs)
        if len(rhs) == 1 and isinstance(_unparen(rhs[0]), ast.CallExpr):
            self.error(rhs[0], f"assignment mismatch: {nl} variable{'s' if nl != 1 else ''} but {self.expr_str(_unparen(rhs[0]).fun)} returns {nvals} value{'s' if nvals != 1 else ''}")
        else:
            self.error(rhs[0], f"assignment mismatch: {nl} variable{'s' if nl != 1 else ''} but {nvals} value{'s' if nvals != 1 else ''}")

    def assign_var(self, l: ast.Expr, _unused: Any, x: Operand) -> None:
        """Assign operand x to the expression l (go/types' assignVar)."""
        ident = _unparen(l)
        if isinstance(ident, ast.Ident) and ident.name == "_":
            self.record_def(ident, None)
            if x.mode == INVALID:
                return
            self.assignment(x, None, "assignment")
            return
        # Do not count an assignment as a use of a local variable.
        v: Optional[Var] = None
        was_used = False
        if isinstance(ident, ast.Ident):
            _, obj = self.scope.lookup_parent(ident.name)
            if isinstance(obj, Var) and obj.pkg is self.pkg:
                v = obj
                was_used = v.used
        z = Operand()
        self.expr(z, l)
        if v is not None:
            v.used = was_used
        if z.mode == INVALID:
            return
        if z.mode == MAPINDEX:
            pass
        elif z.mode != VARIABLE:
            sel = _unparen(l)
            if isinstance(sel, ast.SelectorExpr):
                base = Operand()
                try:
                    self.expr(base, sel.x)
                except CheckError:
                    pass
                if base.mode == MAPINDEX:
                    self.fail(l, f"cannot assign to struct field {self.expr_str(l)} in map")
            if z.mode == CONSTANT or z.mode == NILVALUE:
                self.fail(l, f"cannot assign to {self.expr_str(l)} (neither addressable nor a map index expression)")
            self.fail(l, f"cannot assign to {self.expr_str(l)} (neither addressable nor a map index expression)")
        if x.mode == INVALID:
            return
        self.assignment(x, z.type, "assignment")

    def init_var(self, v: Var, x: Operand, context: str) -> None:
        if x.mode == INVALID or x.type is INVALID_TYPE:
            if v.type is None:
                v.type = INVALID_TYPE
            return
        if v.type is None:
            t = x.type
            if is_untyped(t):  # type: ignore[arg-type]
                if x.mode == NILVALUE:
                    v.type = INVALID_TYPE
                    self.fail(x.expr, f"use of untyped nil in {context}")
                t = default_type(t)  # type: ignore[arg-type]
            v.type = t
        self.assignment(x, v.type, context)

    def init_vars(self, lhs: list[Var], rhs: list[ast.Expr], s: Any) -> None:
        self.init_vars_from(lhs, rhs, s, "assignment")

    def init_vars_from(self, lhs: list[Var], rhs: list[ast.Expr], s: Any, context: str,
                       olds: Optional[set[int]] = None) -> None:
        nl, nr = len(lhs), len(rhs)
        is_return = context == "return statement"
        if nl == nr and not _is_call(rhs):
            for v, r in zip(lhs, rhs):
                x = Operand()
                try:
                    self.expr(x, r, v.type)
                    if olds is not None and id(v) in olds:
                        self.assignment(x, v.type, context)
                    else:
                        self.init_var(v, x, context if not is_return else "return statement")
                except CheckError:
                    if v.type is None:
                        v.type = INVALID_TYPE
            return
        if nr == 1:
            try:
                ops = self._multi_rhs(rhs[0], nl)
            except CheckError:
                for v in lhs:
                    if v.type is None:
                        v.type = INVALID_TYPE
                return
            if len(ops) == nl:
                for v, x in zip(lhs, ops):
                    try:
                        if olds is not None and id(v) in olds:
                            self.assignment(x, v.type, context)
                        else:
                            self.init_var(v, x, context)
                    except CheckError:
                        pass
                return
            nr_vals = len(ops)
        else:
            nr_vals = nr
            for r in rhs:
                x = Operand()
                try:
                    self.expr(x, r)
                except CheckError:
                    pass
        for v in lhs:
            if v.type is None:
                v.type = INVALID_TYPE
        if is_return:
            have = ", ".join(self._have_type(e) for e in rhs) if nr != 1 or nr_vals == 1 else \
                self.tstr(self.info.types[rhs[0]].type)[1:-1] if rhs[0] in self.info.types else ""
            qual = "not enough" if nr_vals < nl else "too many"
            # At the first extra value, or at the last one given (go/types' returnError).
            at = rhs[0] if nr == 1 else rhs[nl] if nr_vals > nl else rhs[-1]
            self.error(at, f"{qual} return values\n\thave ({have})\n\twant {self._tuple_str(self.sig.results)}")  # type: ignore[union-attr]
            return
        rhs0 = _unparen(rhs[0])
        if nr == 1 and isinstance(rhs0, ast.CallExpr):
            self.error(rhs[0], f"assignment mismatch: {nl} variable{'s' if nl != 1 else ''} but {self.expr_str(_unparen(rhs[0]).fun)} returns {nr_vals} value{'s' if nr_vals != 1 else ''}")
        else:
            self.error(rhs[0], f"assignment mismatch: {nl} variable{'s' if nl != 1 else ''} but {nr_vals} value{'s' if nr_vals != 1 else ''}")

    # ------------------------------------------------------------ local declarations

    def decl_stmt(self, d: ast.GenDecl) -> None:
        if d.tok == "const":
            last: Optional[ast.ValueSpec] = None
            for iota, spec in enumerate(d.specs):
                assert isinstance(spec, ast.ValueSpec)
                if spec.type is not None or spec.values:
                    last = spec
                src = last if last is not None else spec
                consts: list[Const] = []
                saved_iota = self.iota
                self.iota = constant.make_int(iota)
                for i, name in enumerate(spec.names):
                    c = Const(name.name, None, self.pkg, name)
                    init = src.values[i] if i < len(src.values) else None
                    try:
                        self.const_decl(c, src.type, init, spec is not src)
                    except CheckError:
                        c.type, c.val = INVALID_TYPE, constant.make_unknown()
                    consts.append(c)
                self.iota = saved_iota
                self._arity(spec, src, const=True)
                for name, c in zip(spec.names, consts):
                    self.declare(self.scope, name, c)
        elif d.tok == "var":
            for spec in d.specs:
                assert isinstance(spec, ast.ValueSpec)
                vars_ = [Var(n.name, None, self.pkg, n) for n in spec.names]
                t: Optional[Type] = None
                if spec.type is not None:
                    t = self.vartype(spec.type)
                    for v in vars_:
                        v.type = t
                if spec.values:
                    self.init_vars_from(vars_, spec.values, spec, "variable declaration")
                for name, v in zip(spec.names, vars_):
                    if v.type is None:
                        v.type = INVALID_TYPE
                    self.declare(self.scope, name, v)
        elif d.tok == "type":
            for spec in d.specs:
                assert isinstance(spec, ast.TypeSpec)
                obj = TypeName(spec.name.name, None, self.pkg, spec.name)
                self.declare(self.scope, spec.name, obj)
                self.type_decl(obj, spec)

    # ------------------------------------------------------------ switch and range

    def switch_stmt(self, s: ast.SwitchStmt) -> None:
        self.open_scope(s, "switch")
        if s.init is not None:
            self.simple_stmt(s.init)
        x = Operand()
        if s.tag is not None:
            try:
                self.expr(x, s.tag)
                self.assignment(x, None, "switch expression")
                if x.mode != INVALID:
                    from go2py.check.types import comparable
                    if not comparable(x.type) and not _has_nil_type(x.type):  # type: ignore[arg-type]
                        self.error(s.tag, f"cannot switch on {self.describe(x)}")
            except CheckError:
                x.mode = INVALID
        else:
            x.mode, x.type, x.val = CONSTANT, TYP[1], constant.make_bool(True)
            x.expr = ast.Ident(s.file, s.line, s.col, "true")
        seen: dict[Any, ast.Expr] = {}
        for i, cl in enumerate(s.body.list):
            assert isinstance(cl, ast.CaseClause)
            if cl.list:
                for e in cl.list:
                    self.case_value(x, e, seen)
            self.open_scope(cl, "case")
            self.stmt_list(cl.body, in_case=True)
            if cl.body and isinstance(cl.body[-1], ast.BranchStmt) and cl.body[-1].tok == "fallthrough":
                if i == len(s.body.list) - 1:
                    self.error(cl.body[-1], "cannot fallthrough final case in switch")
            self.close_scope()
        self.close_scope()

    def case_value(self, x: Operand, e: ast.Expr, seen: dict[Any, ast.Expr]) -> None:
        y = Operand()
        try:
            self.expr(y, e)
        except CheckError:
            return
        if x.mode == INVALID:
            return
        xx = Operand(x.mode, x.expr, x.type, x.val)
        fake = ast.BinaryExpr(e.file, e.line, e.col, e, "==", e.line, e.col, x.expr)
        try:
            self.convert_untyped(y, x.type)  # type: ignore[arg-type]
            yy = Operand(y.mode, y.expr, y.type, y.val)
            self.comparison(Operand(y.mode, y.expr, y.type, y.val), xx, "==", fake, switch_case=True)
        except CheckError:
            return
        if y.mode == CONSTANT and y.val is not None and y.val.kind != constant.BOOL:
            key = (str(type(y.type)), repr(y.val))
            tkey = (key, self.tstr(default_type(y.type)))  # type: ignore[arg-type]
            if tkey in seen:
                prev = seen[tkey]
                self.error(e, f"duplicate case {self.describe(yy)} in expression switch\n\t{prev.pos()}: previous case")
            else:
                seen[tkey] = e

    def type_switch_stmt(self, s: ast.TypeSwitchStmt) -> None:
        self.open_scope(s, "type switch")
        if s.init is not None:
            self.simple_stmt(s.init)
        lhs: Optional[ast.Ident] = None
        guard = s.assign
        if isinstance(guard, ast.AssignStmt):
            lhs = guard.lhs[0]  # type: ignore[assignment]
            ta = guard.rhs[0]
        else:
            ta = guard.x  # type: ignore[attr-defined]
        assert isinstance(ta, ast.TypeAssertExpr)
        x = Operand()
        try:
            self.expr(x, ta.x)
        except CheckError:
            self.close_scope()
            return
        if isinstance(x.type, TypeParam) or not isinstance(x.type.underlying(), Interface):  # type: ignore[union-attr]
            self.error(ta.x, f"{self.describe(x)} is not an interface")
            self.close_scope()
            return
        if lhs is not None and lhs.name == "_":
            self.error(lhs, "no new variable on left side of :=")
            lhs = None
        case_vars: list[Var] = []
        seen: list[tuple[Optional[Type], ast.Expr]] = []
        for cl in s.body.list:
            assert isinstance(cl, ast.CaseClause)
            t_single: Optional[Type] = None
            types: list[Optional[Type]] = []
            for e in cl.list or []:
                if isinstance(e, ast.Ident) and e.name == "nil":
                    self.record(e, NILVALUE, TYP[UNTYPED_NIL])
                    self.record_use(e, self.scope.lookup_parent("nil")[1])  # type: ignore[arg-type]
                    types.append(None)
                    t = None
                else:
                    t = self.vartype(e)
                    if t is INVALID_TYPE:
                        continue
                    types.append(t)
                    self.type_assertion(e, x, t, True)
                for pt, pe in seen:
                    if (pt is None and t is None) or (pt is not None and t is not None and identical(pt, t)):
                        self.error(e, f"duplicate case {self.expr_str(e)} in type switch\n\t{pe.pos()}: previous case")
                        break
                seen.append((t, e))
            for bs in cl.body:
                if isinstance(bs, ast.BranchStmt) and bs.tok == "fallthrough":
                    self.error(bs, "cannot fallthrough in type switch")
            self.open_scope(cl, "case")
            if lhs is not None:
                if len(types) == 1 and types[0] is not None:
                    vt: Type = types[0]
                else:
                    vt = x.type  # type: ignore[assignment]
                v = Var(lhs.name, vt, self.pkg, lhs)
                self.declare(self.scope, None, v)
                self.info.implicits[cl] = v
                case_vars.append(v)
            self.stmt_list([b for b in cl.body if not (isinstance(b, ast.BranchStmt) and b.tok == "fallthrough")])
            self.close_scope()
        if lhs is not None:
            self.record_def(lhs, None)
            if case_vars and not any(v.used for v in case_vars):
                self.error(lhs, f"declared and not used: {lhs.name}", soft=True)
            for v in case_vars:
                v.used = True
        self.close_scope()

    def range_stmt(self, s: ast.RangeStmt) -> None:  # noqa: C901
        self.open_scope(s, "range")
        x = Operand()
        key_t: Optional[Type] = None
        val_t: Optional[Type] = None
        try:
            self.expr(x, s.x)
        except CheckError:
            x.mode = INVALID
        if x.mode != INVALID:
            t = x.type
            u = t.underlying() if t is not None else None
            if isinstance(t, TypeParam):
                terms = t.iface().type_terms() or []
                u = terms[0].type.underlying() if terms else None
            if isinstance(u, Basic) and u.info & IS_STRING:
                key_t, val_t = TYP[INT], RUNE
            elif isinstance(u, Basic) and u.info & 2:
                if is_untyped(t) and x.mode == CONSTANT:  # type: ignore[arg-type]
                    self.convert_untyped(x, TYP[INT])
                key_t, val_t = x.type, None
                if s.value is not None:
                    self.error(s.value, f"range over {self.describe(x)} permits only one iteration variable")
            elif isinstance(u, Array):
                key_t, val_t = TYP[INT], u.elem
            elif isinstance(u, Pointer) and isinstance(u.elem.underlying(), Array):
                key_t, val_t = TYP[INT], u.elem.underlying().elem  # type: ignore[attr-defined]
            elif isinstance(u, Slice):
                key_t, val_t = TYP[INT], u.elem
            elif isinstance(u, Map):
                key_t, val_t = u.key, u.elem
            elif isinstance(u, Chan):
                if u.dir == SEND_ONLY:
                    self.error(s.x, f"cannot range over {self.describe(x)}: receive from send-only channel {self.tstr(t)}")
                key_t = u.elem
                if s.value is not None:
                    self.error(s.value, f"range over {self.describe(x)} permits only one iteration variable")
            elif isinstance(u, Signature) and not u.params.vars == [] or isinstance(u, Signature):
                ok = (len(u.params.vars) == 1 and not u.results.vars)
                yield_t = u.params.vars[0].type.underlying() if ok else None  # type: ignore[union-attr]
                if isinstance(yield_t, Signature) and len(yield_t.params.vars) <= 2 and len(yield_t.results.vars) == 1:
                    ps = yield_t.params.vars
                    key_t = ps[0].type if ps else None
                    val_t = ps[1].type if len(ps) > 1 else None
                    if s.key is not None and not ps:
                        self.error(s.key, f"range over {self.describe(x)} permits no iteration variables")
                    elif s.value is not None and len(ps) < 2:
                        self.error(s.value, f"range over {self.describe(x)} permits only one iteration variable")
                else:
                    self.error(s.x, f"cannot range over {self.describe(x)}")
            else:
                self.error(s.x, f"cannot range over {self.describe(x)}")
        lhs = [s.key, s.value]
        rtypes = [key_t, val_t]
        if s.tok == ":=":
            new_vars = []
            for e, t in zip(lhs, rtypes):
                if e is None:
                    continue
                if not isinstance(e, ast.Ident):
                    self.error(e, f"non-name {self.expr_str(e)} on left side of :=")
                    continue
                v = Var(e.name, t if t is not None else INVALID_TYPE, self.pkg, e)
                self.record_def(e, v)
                new_vars.append((e, v))
            for e, v in new_vars:
                self.declare(self.scope, None, v)
        elif s.tok == "=":
            for e, t in zip(lhs, rtypes):
                if e is None or t is None:
                    continue
                y = Operand(VALUE, e, t)
                try:
                    self.assign_var(e, None, y)
                except CheckError:
                    pass
        self.stmt(s.body)
        self.close_scope()

    # ------------------------------------------------------------ terminating statements

    def is_terminating(self, s: ast.Stmt, label: str) -> bool:  # noqa: C901
        if isinstance(s, ast.ReturnStmt):
            return True
        if isinstance(s, ast.BranchStmt):
            return s.tok in ("goto", "fallthrough")
        if isinstance(s, ast.ExprStmt):
            call = _unparen(s.x)
            if isinstance(call, ast.CallExpr):
                f = _unparen(call.fun)
                if isinstance(f, ast.Ident) and f.name == "panic":
                    from go2py.check.objects import Builtin
                    return isinstance(self.info.uses.get(f), Builtin)
            return False
        if isinstance(s, ast.LabeledStmt):
            return self.is_terminating(s.stmt, s.label.name)
        if isinstance(s, ast.BlockStmt):
            return self.is_terminating_list(s.list, "")
        if isinstance(s, ast.IfStmt):
            return s.else_ is not None and self.is_terminating(s.body, "") and self.is_terminating(s.else_, "")
        if isinstance(s, (ast.SwitchStmt, ast.TypeSwitchStmt)):
            has_default = False
            for cl in s.body.list:
                assert isinstance(cl, ast.CaseClause)
                if cl.list is None:
                    has_default = True
                body = cl.body
                if not self.is_terminating_list(body, "") and not (
                        body and isinstance(body[-1], ast.BranchStmt) and body[-1].tok == "fallthrough"):
                    return False
                if _has_break(body, label, True):
                    return False
            return has_default
        if isinstance(s, ast.SelectStmt):
            for cl in s.body.list:
                assert isinstance(cl, ast.CommClause)
                if not self.is_terminating_list(cl.body, "") or _has_break(cl.body, label, True):
                    return False
            return True
        if isinstance(s, ast.ForStmt):
            return s.cond is None and not _has_break([s.body], label, True)
        return False

    def is_terminating_list(self, stmts: list[ast.Stmt], label: str) -> bool:
        i = len(stmts) - 1
        while i >= 0 and isinstance(stmts[i], ast.EmptyStmt):
            i -= 1
        return i >= 0 and self.is_terminating(stmts[i], label)


def _has_break(stmts: list[Any], label: str, implicit: bool) -> bool:
    """Whether a break in stmts refers to the enclosing statement (labeled `label`)."""
    stack: list[tuple[Any, bool]] = [(s, implicit) for s in stmts]
    while stack:
        n, impl = stack.pop()
        if isinstance(n, ast.FuncLit):
            continue
        if isinstance(n, ast.BranchStmt) and n.tok == "break":
            if n.label is None and impl:
                return True
            if n.label is not None and n.label.name == label:
                return True
            continue
        inner = impl and not isinstance(n, (ast.ForStmt, ast.RangeStmt, ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt))
        for c in n.children():
            stack.append((c, inner))
    return False


def _is_call(rhs: list[ast.Expr]) -> bool:
    """A single call on the right: its values are counted before they are assigned, so that
    a count mismatch is worded as the compiler words it ("f returns 2 values")."""
    return len(rhs) == 1 and isinstance(_unparen(rhs[0]), ast.CallExpr)


def _walk_body(body: ast.Node) -> Any:
    """The nodes of a function body, not descending into function literals."""
    stack: list[ast.Node] = [body]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(c for c in n.children() if not isinstance(c, ast.FuncLit))


def _unparen(e: Any) -> Any:
    while isinstance(e, ast.ParenExpr):
        e = e.x
    return e


def _is_bool(t: Optional[Type]) -> bool:
    if t is None:
        return False
    if isinstance(t, TypeParam):
        terms = t.iface().type_terms()
        return bool(terms) and all(_is_bool(x.type) for x in terms)
    u = t.underlying()
    return isinstance(u, Basic) and bool(u.info & 1)


def _is_numeric(t: Optional[Type]) -> bool:
    if t is None:
        return False
    if isinstance(t, TypeParam):
        terms = t.iface().type_terms()
        return bool(terms) and all(_is_numeric(x.type) for x in terms)
    u = t.underlying()
    return isinstance(u, Basic) and bool(u.info & (2 | 8 | 16))


def _has_nil_type(t: Type) -> bool:
    from go2py.check.types import has_nil
    return has_nil(t)


from go2py.check.checker import CheckError  # noqa: E402
