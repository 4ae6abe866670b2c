"""Expressions printed as the Go compiler prints them in messages (`x + y`, `f(a, b)`,
`[]int{…}`, `func() {…}`)."""

from __future__ import annotations

from go2py.grammar import ast

_PREC = {"||": 1, "&&": 2, "==": 3, "!=": 3, "<": 3, "<=": 3, ">": 3, ">=": 3,
         "+": 4, "-": 4, "|": 4, "^": 4, "*": 5, "/": 5, "%": 5, "<<": 5, ">>": 5, "&": 5, "&^": 5}


def expr_string(e: ast.Node | None) -> str:
    out: list[str] = []
    _write(e, out)
    return "".join(out)


def _write(e, out: list[str]) -> None:  # noqa: C901 - one case per node kind
    if e is None:
        return
    if isinstance(e, ast.Ident):
        out.append(e.name)
    elif isinstance(e, ast.BasicLit):
        out.append(e.value)
    elif isinstance(e, ast.ParenExpr):
        out.append("(")
        _write(e.x, out)
        out.append(")")
    elif isinstance(e, ast.SelectorExpr):
        _write(e.x, out)
        out.append("." + e.sel.name)
    elif isinstance(e, ast.IndexExpr):
        _write(e.x, out)
        out.append("[")
        _write(e.index, out)
        out.append("]")
    elif isinstance(e, ast.IndexListExpr):
        _write(e.x, out)
        out.append("[")
        for i, x in enumerate(e.indices):
            if i:
                out.append(", ")
            _write(x, out)
        out.append("]")
    elif isinstance(e, ast.SliceExpr):
        _write(e.x, out)
        out.append("[")
        _write(e.low, out)
        out.append(":")
        _write(e.high, out)
        if e.slice3:
            out.append(":")
            _write(e.max, out)
        out.append("]")
    elif isinstance(e, ast.TypeAssertExpr):
        _write(e.x, out)
        out.append(".(")
        if e.type is None:
            out.append("type")
        else:
            _write(e.type, out)
        out.append(")")
    elif isinstance(e, ast.CallExpr):
        _write(e.fun, out)
        out.append("(")
        for i, a in enumerate(e.args):
            if i:
                out.append(", ")
            _write(a, out)
        if e.has_ellipsis:
            out.append("...")
        out.append(")")
    elif isinstance(e, ast.StarExpr):
        out.append("*")
        _write(e.x, out)
    elif isinstance(e, ast.UnaryExpr):
        out.append(e.op)
        _write(e.x, out)
    elif isinstance(e, ast.BinaryExpr):
        _write(e.x, out)
        out.append(f" {e.op} ")
        _write(e.y, out)
    elif isinstance(e, ast.KeyValueExpr):
        _write(e.key, out)
        out.append(": ")
        _write(e.value, out)
    elif isinstance(e, ast.CompositeLit):
        _write(e.type, out)
        out.append("{…}" if e.elts else "{}")
    elif isinstance(e, ast.FuncLit):
        _write(e.type, out)
        out.append(" {…}")
    elif isinstance(e, ast.ArrayType):
        out.append("[")
        if isinstance(e.len, ast.Ellipsis):
            out.append("...")
        else:
            _write(e.len, out)
        out.append("]")
        _write(e.elt, out)
    elif isinstance(e, ast.MapType):
        out.append("map[")
        _write(e.key, out)
        out.append("]")
        _write(e.value, out)
    elif isinstance(e, ast.ChanType):
        out.append({ast.SEND: "chan<- ", ast.RECV: "<-chan "}.get(e.dir, "chan "))
        _write(e.value, out)
    elif isinstance(e, ast.FuncType):
        out.append("func(")
        _fields(e.params, out)
        out.append(")")
        if e.results and e.results.list:
            res = e.results.list
            if len(res) == 1 and not res[0].names:
                out.append(" ")
                _write(res[0].type, out)
            else:
                out.append(" (")
                _fields(e.results, out)
                out.append(")")
    elif isinstance(e, ast.StructType):
        out.append("struct{")
        for i, f in enumerate(e.fields.list):
            if i:
                out.append("; ")
            if f.names:
                out.append(", ".join(n.name for n in f.names) + " ")
            _write(f.type, out)
        out.append("}")
    elif isinstance(e, ast.InterfaceType):
        if not e.methods.list:
            out.append("interface{}")
        else:
            out.append("interface{")
            for i, f in enumerate(e.methods.list):
                if i:
                    out.append("; ")
                if f.names:
                    out.append(f.names[0].name)
                    ft = f.type
                    s: list[str] = []
                    _write(ft, s)
                    out.append("".join(s)[4:])
                else:
                    _write(f.type, out)
            out.append("}")
    elif isinstance(e, ast.Ellipsis):
        out.append("...")
        _write(e.elt, out)
    else:
        out.append("?")


def _fields(fl: ast.FieldList, out: list[str]) -> None:
    for i, f in enumerate(fl.list):
        if i:
            out.append(", ")
        if f.names:
            out.append(", ".join(n.name for n in f.names) + " ")
        _write(f.type, out)
