"""Reduce callbacks: the children of one grammar rule in, a go/ast node out.

Each method is named by the alias of a rule alternative in go.lark and receives the
rule's children: tokens as `(type, value, line, col)` tuples, nonterminals as whatever
their own callback returned. The builder also narrows the grammar's supersets back to Go
(see the header of go.lark), recording errors in go/parser's and the Go compiler's words.
"""

from __future__ import annotations

from typing import Any, Optional

from go2py.grammar import ast

Tok = tuple[str, str, int, int]
C = list[Any]

# Composite literals may only have these types (go/parser's isLiteralType).
_LITERAL_TYPES = (
    ast.Ident,
    ast.SelectorExpr,
    ast.IndexExpr,
    ast.IndexListExpr,
    ast.ArrayType,
    ast.StructType,
    ast.MapType,
)


class SyntaxErrorAt(Exception):
    def __init__(self, line: int, col: int, msg: str) -> None:
        super().__init__(msg)
        self.line = line
        self.col = col
        self.msg = msg


class Builder:
    """Builds the nodes of one file; `errors` collects what the grammar let through."""

    def __init__(self, filename: str) -> None:
        self.f = filename
        self.errors: list[SyntaxErrorAt] = []
        # x.(type) guards not (yet) taken by a type switch.
        self.guards: dict[int, ast.TypeAssertExpr] = {}
        # Nodes that may have a doc comment, outer ones first (see _attach_comments).
        self.doc_nodes: list[Any] = []

    def error(self, line: int, col: int, msg: str) -> None:
        self.errors.append(SyntaxErrorAt(line, col, msg))

    # ------------------------------------------------------------ generic helpers

    def none(self, c: C) -> None:
        return None

    def list_empty(self, c: C) -> list:
        return []

    def list_one(self, c: C) -> list:
        return [c[0]]

    def list_append(self, c: C) -> list:
        c[0].append(c[1])
        return c[0]

    def list_append_sep(self, c: C) -> list:
        c[0].append(c[2])
        return c[0]

    def ident(self, c: C) -> ast.Ident:
        t = c[0]
        return ast.Ident(self.f, t[2], t[3], t[1])

    def _id(self, t: Tok) -> ast.Ident:
        return ast.Ident(self.f, t[2], t[3], t[1])

    def ident_list_one(self, c: C) -> list:
        return [self._id(c[0])]

    def ident_list_append(self, c: C) -> list:
        c[0].append(self._id(c[2]))
        return c[0]

    # ------------------------------------------------------------ file and declarations

    def source_file(self, c: C) -> ast.File:
        pkg = c[0]
        decls = c[3]
        imports: list[ast.ImportSpec] = []
        seen_other = False
        for d in decls:
            if isinstance(d, ast.GenDecl) and d.tok == "import":
                if seen_other:
                    self.error(d.line, d.col, "syntax error: imports must appear before other declarations")
                imports.extend(d.specs)  # type: ignore[arg-type]
            else:
                seen_other = True
        return ast.File(self.f, pkg[2], pkg[3], self._id(c[1]), decls, imports, [])

    def _doc(self, node: Any) -> Any:
        self.doc_nodes.append(node)
        return node

    def import_spec(self, c: C) -> ast.ImportSpec:
        t = c[0]
        return self._doc(ast.ImportSpec(self.f, t[2], t[3], None, self._lit(t)))

    def import_spec_named(self, c: C) -> ast.ImportSpec:
        n = c[0]
        return self._doc(ast.ImportSpec(self.f, n[2], n[3], self._id(n), self._lit(c[1])))

    def import_decl(self, c: C) -> ast.GenDecl:
        t = c[0]
        return self._doc(ast.GenDecl(self.f, t[2], t[3], "import", [c[1]], False))

    def import_group_empty(self, c: C) -> ast.GenDecl:
        t = c[0]
        return self._doc(ast.GenDecl(self.f, t[2], t[3], "import", [], True))

    def import_group(self, c: C) -> ast.GenDecl:
        t = c[0]
        return self._doc(ast.GenDecl(self.f, t[2], t[3], "import", c[2], True))

    def gen_decl(self, c: C) -> ast.GenDecl:
        t = c[0]
        decl = self._doc(ast.GenDecl(self.f, t[2], t[3], t[1], [c[1]], False))
        if t[1] == "const":
            self._check_consts(decl)
        return decl

    def gen_decl_empty(self, c: C) -> ast.GenDecl:
        t = c[0]
        return self._doc(ast.GenDecl(self.f, t[2], t[3], t[1], [], True))

    def gen_decl_group(self, c: C) -> ast.GenDecl:
        t = c[0]
        decl = self._doc(ast.GenDecl(self.f, t[2], t[3], t[1], c[2], True))
        if t[1] == "const":
            self._check_consts(decl)
        return decl

    def _check_consts(self, decl: ast.GenDecl) -> None:
        # The first constant of a declaration must have a value; later ones repeat the last.
        first = decl.specs[0] if decl.specs else None
        if isinstance(first, ast.ValueSpec) and not first.values:
            self.error(first.line, first.col, "missing init expr for const declaration")
        for s in decl.specs:
            if isinstance(s, ast.ValueSpec) and s.type is not None and not s.values:
                self.error(s.line, s.col, "missing init expr for const declaration")

    def _value_spec(self, names: list, typ: Optional[ast.Expr], values: list) -> ast.ValueSpec:
        n = names[0]
        return self._doc(ast.ValueSpec(self.f, n.line, n.col, names, typ, values))

    def value_spec_names(self, c: C) -> ast.ValueSpec:
        return self._value_spec(c[0], None, [])

    def value_spec_values(self, c: C) -> ast.ValueSpec:
        return self._value_spec(c[0], None, c[2])

    def value_spec_typed(self, c: C) -> ast.ValueSpec:
        return self._value_spec(c[0], c[1], c[3])

    def value_spec_type_only(self, c: C) -> ast.ValueSpec:
        return self._value_spec(c[0], c[1], [])

    def type_spec(self, c: C) -> ast.TypeSpec:
        n = c[0]
        return self._doc(ast.TypeSpec(self.f, n[2], n[3], self._id(n), None, False, c[1]))

    def alias_spec(self, c: C) -> ast.TypeSpec:
        n = c[0]
        return self._doc(ast.TypeSpec(self.f, n[2], n[3], self._id(n), None, True, c[2]))

    def type_spec_generic(self, c: C) -> ast.TypeSpec:
        n = c[0]
        tparams = self._field_list(c[1], c[2])
        return self._doc(ast.TypeSpec(self.f, n[2], n[3], self._id(n), tparams, False, c[5]))

    def alias_spec_generic(self, c: C) -> ast.TypeSpec:
        n = c[0]
        tparams = self._field_list(c[1], c[2])
        return self._doc(ast.TypeSpec(self.f, n[2], n[3], self._id(n), tparams, True, c[6]))

    def type_spec_generic_expr(self, c: C) -> ast.TypeSpec:
        n = c[0]
        rest = c[4] if len(c) >= 8 else []
        if isinstance(c[2], ast.Ident) and rest:
            # [K, V any]: K shares the constraint of the names after it.
            rest[0].names.insert(0, c[2])
            rest[0].line, rest[0].col = c[2].line, c[2].col
            fields = rest
        else:
            fields = [self._extract_tparam(c[2])] + rest
        tparams = self._field_list(c[1], fields)
        return self._doc(ast.TypeSpec(self.f, n[2], n[3], self._id(n), tparams, False, c[-1]))

    def alias_spec_generic_expr(self, c: C) -> ast.TypeSpec:
        spec = self.type_spec_generic_expr(c[:7] + [c[8]])
        spec.assign = True
        return spec

    def _extract_tparam(self, x: ast.Expr) -> ast.Field:
        """Split `P *C`, `P *C | D` or `P(C)`, read as an expression, into name and constraint."""
        name, typ = self._split_name(x)
        if name is None or typ is None:
            self.error(x.line, x.col, "syntax error: missing type constraint")
            return ast.Field(self.f, x.line, x.col, [], x, None)
        return self._doc(ast.Field(self.f, name.line, name.col, [name], typ, None))

    def _split_name(self, x: ast.Expr) -> tuple[Optional[ast.Ident], Optional[ast.Expr]]:
        if isinstance(x, ast.BinaryExpr):
            if x.op == "*" and isinstance(x.x, ast.Ident):
                return x.x, ast.StarExpr(self.f, x.op_line, x.op_col, x.y)
            if x.op == "|":
                name, lhs = self._split_name(x.x)
                if name is not None and lhs is not None:
                    return name, ast.BinaryExpr(self.f, lhs.line, lhs.col, lhs, "|", x.op_line, x.op_col, x.y)
        if isinstance(x, ast.CallExpr) and isinstance(x.fun, ast.Ident) and len(x.args) == 1:
            return x.fun, x.args[0]
        return None, None

    def _field_list(self, open_tok: Tok, fields: list) -> ast.FieldList:
        return ast.FieldList(self.f, open_tok[2], open_tok[3], fields)

    def type_params(self, c: C) -> ast.FieldList:
        return self._field_list(c[0], c[1])

    def tparam_decl(self, c: C) -> ast.Field:
        names = c[0]
        return self._doc(ast.Field(self.f, names[0].line, names[0].col, names, c[1], None))

    def _func(self, c: C, recv: Optional[ast.FieldList], name: Tok, tparams, sig, body) -> ast.FuncDecl:
        t = c[0]
        params, results = sig
        ftype = ast.FuncType(self.f, t[2], t[3], tparams, params, results)
        return self._doc(ast.FuncDecl(self.f, t[2], t[3], recv, self._id(name), ftype, body))

    def func_decl(self, c: C) -> ast.FuncDecl:
        return self._func(c, None, c[1], None, c[2], None)

    def func_decl_body(self, c: C) -> ast.FuncDecl:
        return self._func(c, None, c[1], None, c[2], c[3])

    def func_decl_generic(self, c: C) -> ast.FuncDecl:
        return self._func(c, None, c[1], c[2], c[3], None)

    def func_decl_generic_body(self, c: C) -> ast.FuncDecl:
        return self._func(c, None, c[1], c[2], c[3], c[4])

    def method_decl(self, c: C) -> ast.FuncDecl:
        return self._func(c, c[1], c[2], None, c[3], None)

    def method_decl_body(self, c: C) -> ast.FuncDecl:
        return self._func(c, c[1], c[2], None, c[3], c[4])

    def method_decl_generic(self, c: C) -> ast.FuncDecl:
        return self._func(c, c[1], c[2], c[3], c[4], None)

    def method_decl_generic_body(self, c: C) -> ast.FuncDecl:
        return self._func(c, c[1], c[2], c[3], c[4], c[5])

    # ------------------------------------------------------------ types

    def qualified_ident(self, c: C) -> ast.SelectorExpr:
        p = c[0]
        return ast.SelectorExpr(self.f, p[2], p[3], self._id(p), self._id(c[2]))

    def _instance(self, x: ast.Expr, targs: tuple) -> ast.Expr:
        lb, args = targs
        if len(args) == 1:
            return ast.IndexExpr(self.f, x.line, x.col, x, args[0], lb[2], lb[3])
        return ast.IndexListExpr(self.f, x.line, x.col, x, args, lb[2], lb[3])

    def generic_type(self, c: C) -> ast.Expr:
        return self._instance(self._id(c[0]), c[1])

    def qualified_generic_type(self, c: C) -> ast.Expr:
        return self._instance(self.qualified_ident(c), c[3])

    def paren_type(self, c: C) -> ast.ParenExpr:
        t = c[0]
        return ast.ParenExpr(self.f, t[2], t[3], c[1])

    def star_type(self, c: C) -> ast.StarExpr:
        t = c[0]
        return ast.StarExpr(self.f, t[2], t[3], c[1])

    def star_ident(self, c: C) -> ast.StarExpr:
        t = c[0]
        return ast.StarExpr(self.f, t[2], t[3], self._id(c[1]))

    def star_qualified_ident(self, c: C) -> ast.StarExpr:
        t = c[0]
        return ast.StarExpr(self.f, t[2], t[3], self.qualified_ident(c[1:]))

    def star_generic_type(self, c: C) -> ast.StarExpr:
        t = c[0]
        return ast.StarExpr(self.f, t[2], t[3], self.generic_type(c[1:]))

    def star_qualified_generic_type(self, c: C) -> ast.StarExpr:
        t = c[0]
        return ast.StarExpr(self.f, t[2], t[3], self.qualified_generic_type(c[1:]))

    # Type arguments are (`[` token, list of arguments).
    def type_args_one(self, c: C) -> tuple:
        return (c[0], [c[1]])

    def type_args_one_comma(self, c: C) -> tuple:
        return (c[0], [c[1]])

    def type_args_many(self, c: C) -> tuple:
        return (c[0], [c[1]] + c[3])

    def array_type(self, c: C) -> ast.ArrayType:
        t = c[0]
        return ast.ArrayType(self.f, t[2], t[3], c[1], c[3])

    def array_type_ellipsis(self, c: C) -> ast.ArrayType:
        t = c[0]
        e = c[1]
        return ast.ArrayType(self.f, t[2], t[3], ast.Ellipsis(self.f, e[2], e[3], None), c[3])

    def slice_type(self, c: C) -> ast.ArrayType:
        t = c[0]
        return ast.ArrayType(self.f, t[2], t[3], None, c[2])

    def map_type(self, c: C) -> ast.MapType:
        t = c[0]
        return ast.MapType(self.f, t[2], t[3], c[2], c[4])

    def chan_type(self, c: C) -> ast.ChanType:
        t = c[0]
        return ast.ChanType(self.f, t[2], t[3], ast.SEND | ast.RECV, c[1])

    def chan_type_send(self, c: C) -> ast.ChanType:
        t = c[0]
        return ast.ChanType(self.f, t[2], t[3], ast.SEND, c[2])

    def chan_type_recv(self, c: C) -> ast.ChanType:
        t = c[0]
        return ast.ChanType(self.f, t[2], t[3], ast.RECV, c[2])

    def func_type(self, c: C) -> ast.FuncType:
        t = c[0]
        params, results = c[1]
        return ast.FuncType(self.f, t[2], t[3], None, params, results)

    def struct_type_empty(self, c: C) -> ast.StructType:
        t = c[0]
        return ast.StructType(self.f, t[2], t[3], self._field_list(c[1], []))

    def struct_type(self, c: C) -> ast.StructType:
        t = c[0]
        return ast.StructType(self.f, t[2], t[3], self._field_list(c[1], c[2]))

    def interface_type_empty(self, c: C) -> ast.InterfaceType:
        t = c[0]
        return ast.InterfaceType(self.f, t[2], t[3], self._field_list(c[1], []))

    def interface_type(self, c: C) -> ast.InterfaceType:
        t = c[0]
        return ast.InterfaceType(self.f, t[2], t[3], self._field_list(c[1], c[2]))

    def _lit(self, t: Tok) -> ast.BasicLit:
        return ast.BasicLit(self.f, t[2], t[3], t[0], t[1])

    def field_one(self, c: C) -> ast.Field:
        n = c[0]
        return self._doc(ast.Field(self.f, n[2], n[3], [self._id(n)], c[1], None))

    def field_one_tag(self, c: C) -> ast.Field:
        n = c[0]
        return self._doc(ast.Field(self.f, n[2], n[3], [self._id(n)], c[1], self._lit(c[2])))

    def field_many(self, c: C) -> ast.Field:
        n = c[0]
        return self._doc(ast.Field(self.f, n[2], n[3], [self._id(n)] + c[2], c[3], None))

    def field_many_tag(self, c: C) -> ast.Field:
        n = c[0]
        return self._doc(ast.Field(self.f, n[2], n[3], [self._id(n)] + c[2], c[3], self._lit(c[4])))

    def field_embedded(self, c: C) -> ast.Field:
        t = c[0]
        return self._doc(ast.Field(self.f, t.line, t.col, [], t, None))

    def field_embedded_tag(self, c: C) -> ast.Field:
        t = c[0]
        return self._doc(ast.Field(self.f, t.line, t.col, [], t, self._lit(c[1])))

    def iface_method(self, c: C) -> ast.Field:
        n = c[0]
        params, results = c[1]
        ftype = ast.FuncType(self.f, params.line, params.col, None, params, results)
        return self._doc(ast.Field(self.f, n[2], n[3], [self._id(n)], ftype, None))

    def iface_embed(self, c: C) -> ast.Field:
        t = c[0]
        return self._doc(ast.Field(self.f, t.line, t.col, [], t, None))

    def tilde(self, c: C) -> ast.UnaryExpr:
        t = c[0]
        return ast.UnaryExpr(self.f, t[2], t[3], "~", c[1])

    def signature(self, c: C) -> tuple:
        return (c[0], None)

    def signature_results(self, c: C) -> tuple:
        return (c[0], c[1])

    def signature_result(self, c: C) -> tuple:
        r = c[1]
        return (c[0], ast.FieldList(self.f, r.line, r.col, [ast.Field(self.f, r.line, r.col, [], r, None)]))

    def params_empty(self, c: C) -> ast.FieldList:
        return self._field_list(c[0], [])

    # Parameter entries are (name token or None, type, `...` token or None).
    def param_type(self, c: C) -> tuple:
        return (None, c[0], None)

    def param_named(self, c: C) -> tuple:
        return (c[0], c[1], None)

    def param_variadic(self, c: C) -> tuple:
        return (None, c[1], c[0])

    def param_named_variadic(self, c: C) -> tuple:
        return (c[0], c[2], c[1])

    def params(self, c: C) -> ast.FieldList:
        """Group entries as go/parser does: in `(a, b int)` the bare `a` is a name."""
        entries = c[1]
        fields: list[ast.Field] = []
        named = any(e[0] is not None for e in entries)

        def typ(e: tuple) -> ast.Expr:
            t = e[1]
            if e[2] is not None:
                return ast.Ellipsis(self.f, e[2][2], e[2][3], t)
            return t

        if not named:
            for e in entries:
                t = typ(e)
                pos = e[2] if e[2] is not None else None
                line, col = (pos[2], pos[3]) if pos else (t.line, t.col)
                fields.append(ast.Field(self.f, line, col, [], t, None))
        else:
            pending: list[ast.Ident] = []
            for e in entries:
                if e[0] is None:
                    t = e[1]
                    if isinstance(t, ast.Ident) and e[2] is None:
                        pending.append(t)
                        continue
                    self.error(t.line, t.col, "syntax error: mixed named and unnamed parameters")
                    continue
                names = pending + [self._id(e[0])]
                pending = []
                fields.append(ast.Field(self.f, names[0].line, names[0].col, names, typ(e), None))
            if pending:
                p = pending[-1]
                self.error(p.line, p.col, "syntax error: mixed named and unnamed parameters")
        return self._field_list(c[0], fields)

    # ------------------------------------------------------------ statements

    def block(self, c: C) -> ast.BlockStmt:
        t = c[0]
        r = c[2]
        return ast.BlockStmt(self.f, t[2], t[3], c[1], r[2], r[3])

    def stmt_list_one(self, c: C) -> list:
        return [] if c[0] is None else [c[0]]

    def stmt_list_append(self, c: C) -> list:
        if c[2] is not None:
            c[0].append(c[2])
        return c[0]

    def decl_stmt(self, c: C) -> ast.DeclStmt:
        d = c[0]
        return ast.DeclStmt(self.f, d.line, d.col, d)

    def labeled_empty(self, c: C) -> ast.LabeledStmt:
        n = c[0]
        empty = ast.EmptyStmt(self.f, c[1][2], c[1][3] + 1, True)
        return ast.LabeledStmt(self.f, n[2], n[3], self._id(n), empty)

    def labeled(self, c: C) -> ast.LabeledStmt:
        n = c[0]
        return ast.LabeledStmt(self.f, n[2], n[3], self._id(n), c[2])

    def _call_of(self, kw: Tok, x: ast.Expr) -> ast.Expr:
        inner = x
        while isinstance(inner, ast.ParenExpr):
            inner = inner.x
        if not isinstance(inner, ast.CallExpr):
            self.error(x.line, x.col, f"expression in {kw[1]} must be function call")
        return x

    def go_stmt(self, c: C) -> ast.GoStmt:
        t = c[0]
        return ast.GoStmt(self.f, t[2], t[3], self._call_of(t, c[1]))

    def defer_stmt(self, c: C) -> ast.DeferStmt:
        t = c[0]
        return ast.DeferStmt(self.f, t[2], t[3], self._call_of(t, c[1]))

    def return_stmt(self, c: C) -> ast.ReturnStmt:
        t = c[0]
        return ast.ReturnStmt(self.f, t[2], t[3], [])

    def return_stmt_values(self, c: C) -> ast.ReturnStmt:
        t = c[0]
        return ast.ReturnStmt(self.f, t[2], t[3], c[1])

    def branch_stmt(self, c: C) -> ast.BranchStmt:
        t = c[0]
        return ast.BranchStmt(self.f, t[2], t[3], t[1], None)

    def branch_stmt_label(self, c: C) -> ast.BranchStmt:
        t = c[0]
        return ast.BranchStmt(self.f, t[2], t[3], t[1], self._id(c[1]))

    def _cond(self, s: Any, what: str) -> Optional[ast.Expr]:
        """The condition of an if or for: a statement that must be an expression."""
        if s is None:
            return None
        if isinstance(s, ast.ExprStmt):
            return s.x
        if isinstance(s, ast.AssignStmt):
            what = "" if s.tok == ":=" else "assignment "
            self.error(s.tok_line, s.tok_col, f"syntax error: cannot use {what}{self._short(s)} as value")
        else:
            self.error(s.line, s.col, "syntax error: cannot use statement as value")
        return ast.BadExpr(self.f, s.line, s.col)

    def _short(self, s: ast.AssignStmt) -> str:
        def name(e: ast.Expr) -> str:
            return e.name if isinstance(e, ast.Ident) else "..."

        rhs = s.rhs[0]
        r = rhs.value if isinstance(rhs, ast.BasicLit) else name(rhs)
        return f"{', '.join(name(x) for x in s.lhs)} {s.tok} {r}"

    def if_stmt(self, c: C) -> ast.IfStmt:
        t = c[0]
        init, cond = c[1]
        cond = self._cond(cond, "if")
        return ast.IfStmt(self.f, t[2], t[3], init, cond, c[2], None)

    def if_else(self, c: C) -> ast.IfStmt:
        t = c[0]
        init, cond = c[1]
        cond = self._cond(cond, "if")
        return ast.IfStmt(self.f, t[2], t[3], init, cond, c[2], c[4])

    def header_cond(self, c: C) -> tuple:
        return (None, c[0])

    def header_init_cond(self, c: C) -> tuple:
        return (c[0], c[2])

    def header_none(self, c: C) -> tuple:
        return (None, None)

    def header_tag(self, c: C) -> tuple:
        return (None, c[0])

    def header_init(self, c: C) -> tuple:
        return (c[0], None)

    def header_init_tag(self, c: C) -> tuple:
        return (c[0], c[2])

    def _guard(self, s: Any) -> bool:
        """Whether statement `s` is a type switch guard, taking its x.(type) if so."""
        x = None
        if isinstance(s, ast.ExprStmt):
            x = s.x
        elif isinstance(s, ast.AssignStmt) and s.tok == ":=" and len(s.lhs) == 1 and len(s.rhs) == 1:
            x = s.rhs[0]
        if isinstance(x, ast.TypeAssertExpr) and x.type is None:
            self.guards.pop(id(x), None)
            return True
        return False

    def switch_stmt(self, c: C) -> ast.Stmt:
        t = c[0]
        init, tag = c[1]
        lb, rb = c[2], c[4]
        body = ast.BlockStmt(self.f, lb[2], lb[3], c[3], rb[2], rb[3])
        self._check_defaults(c[3], "switch")
        if tag is not None and self._guard(tag):
            return ast.TypeSwitchStmt(self.f, t[2], t[3], init, tag, body)
        return ast.SwitchStmt(self.f, t[2], t[3], init, self._cond(tag, "switch"), body)

    def _check_defaults(self, clauses: list, what: str) -> None:
        first = None
        for cl in clauses:
            is_default = cl.list is None if isinstance(cl, ast.CaseClause) else cl.comm is None
            if is_default:
                if first is not None:
                    self.error(cl.line, cl.col, f"multiple defaults (first at {first.pos()})")
                else:
                    first = cl

    def select_stmt(self, c: C) -> ast.SelectStmt:
        t = c[0]
        lb, rb = c[1], c[3]
        self._check_defaults(c[2], "select")
        body = ast.BlockStmt(self.f, lb[2], lb[3], c[2], rb[2], rb[3])
        return ast.SelectStmt(self.f, t[2], t[3], body)

    def case_clause(self, c: C) -> ast.CaseClause:
        t = c[0]
        return ast.CaseClause(self.f, t[2], t[3], c[1], c[3])

    def default_clause(self, c: C) -> ast.CaseClause:
        t = c[0]
        return ast.CaseClause(self.f, t[2], t[3], None, c[2])

    def comm_clause(self, c: C) -> ast.CommClause:
        t = c[0]
        s = c[1]
        ok = isinstance(s, ast.SendStmt)
        if isinstance(s, ast.ExprStmt):
            ok = isinstance(s.x, ast.UnaryExpr) and s.x.op == "<-"
        elif isinstance(s, ast.AssignStmt) and s.tok in ("=", ":=") and len(s.rhs) == 1:
            r = s.rhs[0]
            ok = isinstance(r, ast.UnaryExpr) and r.op == "<-" and len(s.lhs) <= 2
        if not ok:
            self.error(s.line, s.col, "syntax error: select case must be receive, send or assign recv")
        return ast.CommClause(self.f, t[2], t[3], s, c[3])

    def default_comm_clause(self, c: C) -> ast.CommClause:
        t = c[0]
        return ast.CommClause(self.f, t[2], t[3], None, c[2])

    def for_forever(self, c: C) -> ast.ForStmt:
        t = c[0]
        return ast.ForStmt(self.f, t[2], t[3], None, None, None, c[1])

    def for_cond(self, c: C) -> ast.ForStmt:
        t = c[0]
        return ast.ForStmt(self.f, t[2], t[3], None, c[1], None, c[2])

    def for_clause(self, c: C) -> ast.ForStmt:
        t = c[0]
        post = c[5]
        if isinstance(post, ast.AssignStmt) and post.tok == ":=":
            self.error(post.tok_line, post.tok_col, "syntax error: cannot declare in post statement of for loop")
        return ast.ForStmt(self.f, t[2], t[3], c[1], c[3], post, c[6])

    def for_range(self, c: C) -> ast.RangeStmt:
        t = c[0]
        lhs, tok, x = c[1]
        key = value = None
        if lhs:
            key = lhs[0]
            if len(lhs) > 1:
                value = lhs[1]
            if len(lhs) > 2:
                e = lhs[2]
                self.error(e.line, e.col, f"range clause permits at most two iteration variables")
        return ast.RangeStmt(self.f, t[2], t[3], key, value, tok, x, c[2])

    def range_bare(self, c: C) -> tuple:
        return ([], None, c[1])

    def range_assign(self, c: C) -> tuple:
        return (c[0], c[1][1], c[3])

    def expr_stmt(self, c: C) -> ast.ExprStmt:
        x = c[0]
        return ast.ExprStmt(self.f, x.line, x.col, x)

    def send_stmt(self, c: C) -> ast.SendStmt:
        x = c[0]
        return ast.SendStmt(self.f, x.line, x.col, x, c[2])

    def incdec_stmt(self, c: C) -> ast.IncDecStmt:
        x = c[0]
        return ast.IncDecStmt(self.f, x.line, x.col, x, c[1][1])

    def assign_stmt(self, c: C) -> ast.AssignStmt:
        lhs = c[0]
        op = c[1]
        if op[1] != "=" and op[1] != ":=" and (len(lhs) > 1 or len(c[2]) > 1):
            self.error(op[2], op[3], f"syntax error: unexpected {op[1]}, expected := or = or comma")
        if op[1] == ":=":
            for x in lhs:
                if not isinstance(x, ast.Ident):
                    self.error(x.line, x.col, f"non-name {self._expr_text(x)} on left side of :=")
                    break
        x0 = lhs[0]
        return ast.AssignStmt(self.f, x0.line, x0.col, lhs, op[1], c[2], op[2], op[3])

    def _expr_text(self, x: ast.Expr) -> str:
        if isinstance(x, ast.Ident):
            return x.name
        if isinstance(x, ast.SelectorExpr):
            return f"{self._expr_text(x.x)}.{x.sel.name}"
        if isinstance(x, ast.IndexExpr):
            return f"{self._expr_text(x.x)}[{self._expr_text(x.index)}]"
        if isinstance(x, ast.BasicLit):
            return x.value
        if isinstance(x, ast.StarExpr):
            return "*" + self._expr_text(x.x)
        return "..."

    # ------------------------------------------------------------ expressions

    def binary(self, c: C) -> ast.BinaryExpr:
        x = c[0]
        op = c[1]
        return ast.BinaryExpr(self.f, x.line, x.col, x, op[1], op[2], op[3], c[2])

    def unary(self, c: C) -> ast.UnaryExpr:
        t = c[0]
        return ast.UnaryExpr(self.f, t[2], t[3], t[1], c[1])

    def star_expr(self, c: C) -> ast.StarExpr:
        t = c[0]
        return ast.StarExpr(self.f, t[2], t[3], c[1])

    def selector(self, c: C) -> ast.SelectorExpr:
        x = c[0]
        return ast.SelectorExpr(self.f, x.line, x.col, x, self._id(c[2]))

    def type_assert(self, c: C) -> ast.TypeAssertExpr:
        x = c[0]
        return ast.TypeAssertExpr(self.f, x.line, x.col, x, c[3])

    def type_switch_guard(self, c: C) -> ast.TypeAssertExpr:
        x = c[0]
        e = ast.TypeAssertExpr(self.f, x.line, x.col, x, None)
        self.guards[id(e)] = e
        return e

    def index(self, c: C) -> ast.IndexExpr:
        x = c[0]
        return ast.IndexExpr(self.f, x.line, x.col, x, c[2], c[1][2], c[1][3])

    def index_comma(self, c: C) -> ast.Expr:
        x = c[0]
        return ast.IndexListExpr(self.f, x.line, x.col, x, [c[2]], c[1][2], c[1][3])

    def index_list(self, c: C) -> ast.IndexListExpr:
        x = c[0]
        return ast.IndexListExpr(self.f, x.line, x.col, x, [c[2]] + c[4], c[1][2], c[1][3])

    def slice2(self, c: C) -> ast.SliceExpr:
        x = c[0]
        return ast.SliceExpr(self.f, x.line, x.col, x, c[2], c[4], None, False)

    def slice3(self, c: C) -> ast.SliceExpr:
        x = c[0]
        return ast.SliceExpr(self.f, x.line, x.col, x, c[2], c[4], c[6], True)

    def call_empty(self, c: C) -> ast.CallExpr:
        x = c[0]
        return ast.CallExpr(self.f, x.line, x.col, x, [], False, c[1][2], c[1][3])

    def call(self, c: C) -> ast.CallExpr:
        x = c[0]
        return ast.CallExpr(self.f, x.line, x.col, x, c[2], False, c[1][2], c[1][3])

    def call_ellipsis(self, c: C) -> ast.CallExpr:
        x = c[0]
        return ast.CallExpr(self.f, x.line, x.col, x, c[2], True, c[1][2], c[1][3])

    def composite_lit(self, c: C) -> ast.CompositeLit:
        x = c[0]
        lit = c[1]
        t = x
        while isinstance(t, ast.ParenExpr):
            t = t.x
        if not isinstance(t, _LITERAL_TYPES):
            self.error(lit.line, lit.col, "syntax error: unexpected {, expected expression")
        lit.type = x
        lit.line, lit.col = x.line, x.col
        return lit

    def basic_lit(self, c: C) -> ast.BasicLit:
        return self._lit(c[0])

    def paren_expr(self, c: C) -> ast.ParenExpr:
        t = c[0]
        return ast.ParenExpr(self.f, t[2], t[3], c[1])

    def func_lit(self, c: C) -> ast.FuncLit:
        t = c[0]
        params, results = c[1]
        ftype = ast.FuncType(self.f, t[2], t[3], None, params, results)
        return ast.FuncLit(self.f, t[2], t[3], ftype, c[2])

    def lit_value_empty(self, c: C) -> ast.CompositeLit:
        t = c[0]
        return ast.CompositeLit(self.f, t[2], t[3], None, [], t[2], c[1][2], c[1][3])

    def lit_value(self, c: C) -> ast.CompositeLit:
        t = c[0]
        return ast.CompositeLit(self.f, t[2], t[3], None, c[1], t[2], c[3][2], c[3][3])

    def key_value(self, c: C) -> ast.KeyValueExpr:
        k = c[0]
        return ast.KeyValueExpr(self.f, k.line, k.col, k, c[2])

    def elided_lit(self, c: C) -> ast.CompositeLit:
        return c[0]
