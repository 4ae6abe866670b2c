"""Verify the declaration files of go2py/runtime/std/*.go against the real Go toolchain.

For every declaration file this script writes one Go package that refers to each
declared name of the real package in a way that only compiles if the declaration is
right, and builds all of them with one `go build`:

- a function: `var _ func(int) string = P.F` (function types must be identical);
  a generic function is instantiated with types chosen from its constraints;
- a method: `var _ func(P.T, int) string = P.T.M`, or `(*P.T).M` for a pointer receiver;
- a constant: the declaration's constant group is copied under new names, then the
  values must be equal (`map[bool]int{false: 0, P.C == c: 1}` has a duplicate key
  otherwise) and the types the same (variables of both are assigned to each other);
- a variable: `var _ *T = &P.V`;
- a struct type: a keyed composite literal of the declared fields, `&x.F` of type `*F`
  for each field, and when no placeholder field hides unexported ones, an unkeyed
  literal proving there are no other fields; comparability where the declaration
  makes the struct comparable;
- an interface: assignability in both directions with the declared method set
  (one direction when the declaration has an unexported marker method); a
  constraint interface: type-set inclusion both ways through generic functions;
- any other defined type: its underlying type, through a `~U` constraint;
- an alias: `var _ *X = (*P.A)(nil)`.

Also lists the real exported API of each package (parsed from its sources for
linux/amd64 by a small Go program) to report coverage.

Usage: python scripts/check_declarations.py [-v] [--coverage] [FILE.go ...]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from go2py.gotool import go_binary, go_environ  # noqa: E402
from go2py.grammar import ast, parse_file  # noqa: E402

DECL_DIR = ROOT / "go2py" / "runtime" / "std"
PKG = "P"  # the name the real package is imported under in a check program

# Files with no real package to compare with (the toolchain ships only the standard library).
UNVERIFIABLE = {"github.com_golang_glog": "not in the Go distribution and no network to fetch it"}
# Packages declared as a documented subset: no coverage floor.
SUBSETS = {"reflect", "runtime", "syscall"}


def import_path(decl: Path) -> str:
    """The import path a declaration file declares: its name with "_" for "/", unless a
    `// go2py:import PATH` line among the first lines says otherwise."""
    for line in decl.read_text().splitlines()[:20]:
        if line.startswith("// go2py:import "):
            return line.split(None, 2)[2].strip()
    return decl.stem.replace("_", "/")


def decl_files() -> list[Path]:
    return sorted(DECL_DIR.glob("*.go"))


def parse_decl(path: Path) -> ast.File:
    return parse_file(str(path), path.read_text())


# ---------------------------------------------------------------- printing types back to Go


class Printer:
    """Prints declaration-file expressions as Go text of the check program: names
    declared at file level become `P.Name` (or a renamed local copy), type parameters
    are replaced by chosen type arguments."""

    def __init__(self, toplevel: dict[str, str], imports: dict[str, str]):
        self.toplevel = toplevel  # name -> replacement text
        self.imports = imports  # local package name -> import path
        self.used: set[str] = set()  # import names referred to
        self.unexported: dict[str, ast.Expr] = {}  # unexported types: printed as their definition
        self.approx = False  # set when an unexported type was printed as its definition

    def expr(self, e: ast.Node | None, sub: dict[str, str] | None = None) -> str:  # noqa: C901
        sub = sub or {}
        p = lambda x: self.expr(x, sub)  # noqa: E731
        if e is None:
            return ""
        if isinstance(e, ast.Ident):
            if e.name in sub:
                return sub[e.name]
            if e.name in self.unexported:
                self.approx = True
                return self.expr(self.unexported[e.name], sub)
            return self.toplevel.get(e.name, e.name)
        if isinstance(e, ast.BasicLit):
            return e.value
        if isinstance(e, ast.ParenExpr):
            return f"({p(e.x)})"
        if isinstance(e, ast.SelectorExpr):
            if isinstance(e.x, ast.Ident) and e.x.name in self.imports:
                self.used.add(e.x.name)
                return f"{e.x.name}.{e.sel.name}"
            return f"{p(e.x)}.{e.sel.name}"
        if isinstance(e, ast.IndexExpr):
            return f"{p(e.x)}[{p(e.index)}]"
        if isinstance(e, ast.IndexListExpr):
            return f"{p(e.x)}[{', '.join(p(i) for i in e.indices)}]"
        if isinstance(e, ast.StarExpr):
            return f"*{p(e.x)}"
        if isinstance(e, ast.UnaryExpr):
            return f"{e.op}{p(e.x)}"
        if isinstance(e, ast.BinaryExpr):
            return f"{p(e.x)} {e.op} {p(e.y)}"
        if isinstance(e, ast.CallExpr):
            return f"{p(e.fun)}({', '.join(p(a) for a in e.args)}{'...' if e.has_ellipsis else ''})"
        if isinstance(e, ast.ArrayType):
            if e.len is None:
                return f"[]{p(e.elt)}"
            n = "..." if isinstance(e.len, ast.Ellipsis) else p(e.len)
            return f"[{n}]{p(e.elt)}"
        if isinstance(e, ast.MapType):
            return f"map[{p(e.key)}]{p(e.value)}"
        if isinstance(e, ast.ChanType):
            return {ast.SEND: "chan<- ", ast.RECV: "<-chan "}.get(e.dir, "chan ") + p(e.value)
        if isinstance(e, ast.Ellipsis):
            return "..." + p(e.elt)
        if isinstance(e, ast.FuncType):
            return "func" + self.signature(e, sub)
        if isinstance(e, ast.StructType):
            parts = []
            for f in e.fields.list:
                names = ", ".join(n.name for n in f.names)
                parts.append(f"{names} {p(f.type)}".strip())
            return "struct{" + "; ".join(parts) + "}"
        if isinstance(e, ast.InterfaceType):
            parts = []
            for f in e.methods.list:
                if f.names:
                    assert isinstance(f.type, ast.FuncType)
                    parts.append(f.names[0].name + self.signature(f.type, sub))
                else:
                    parts.append(p(f.type))
            return "interface{" + "; ".join(parts) + "}"
        raise ValueError(f"{e.pos()}: cannot print {type(e).__name__}")

    def types(self, fl: ast.FieldList | None, sub: dict[str, str]) -> list[str]:
        """The types of a parameter list, one per parameter (names dropped)."""
        out: list[str] = []
        for f in fl.list if fl else []:
            out.extend([self.expr(f.type, sub)] * max(1, len(f.names)))
        return out

    def signature(self, ft: ast.FuncType, sub: dict[str, str], recv: str | None = None) -> str:
        params = self.types(ft.params, sub)
        if recv is not None:
            params.insert(0, recv)
        res = self.types(ft.results, sub)
        s = "(" + ", ".join(params) + ")"
        if len(res) == 1:
            s += " " + res[0]
        elif res:
            s += " (" + ", ".join(res) + ")"
        return s


# ---------------------------------------------------------------- choosing type arguments


def _pick(constraint: ast.Expr, pr: Printer, sub: dict[str, str], local_types: dict) -> str | None:
    """A type argument satisfying `constraint`, or None when no simple choice is known."""
    c = constraint
    if isinstance(c, ast.Ident):
        if c.name in ("any", "comparable"):
            return "int"
        if c.name == "error":
            return "error"
        spec = local_types.get(c.name)
        if spec is not None and isinstance(spec.type, ast.InterfaceType):
            return _pick(spec.type, pr, sub, local_types)
        return None
    if isinstance(c, ast.SelectorExpr):
        if isinstance(c.x, ast.Ident) and c.x.name == "cmp" and c.sel.name == "Ordered":
            return "int"
        return None
    if isinstance(c, ast.InterfaceType):
        elems = [f for f in c.methods.list if not f.names]
        if len(elems) != len(c.methods.list) or len(elems) != 1:
            return None
        return _pick(elems[0].type, pr, sub, local_types)
    if isinstance(c, ast.BinaryExpr) and c.op == "|":
        return _pick(c.x, pr, sub, local_types)
    if isinstance(c, ast.UnaryExpr) and c.op == "~":
        c = c.x
    names = {n.name for n in ast.walk(c) if isinstance(n, ast.Ident)}
    if any(n in sub and sub[n] is None for n in names):  # refers to an unresolved parameter
        return None
    return pr.expr(c, {k: v for k, v in sub.items() if v is not None})


def type_args(tparams: ast.FieldList | None, pr: Printer,
              local_types: dict) -> dict[str, str] | None:
    names: list[tuple[str, ast.Expr]] = []
    for f in tparams.list if tparams else []:
        for n in f.names:
            names.append((n.name, f.type))
    sub: dict[str, str | None] = {n: None for n, _ in names}
    for _ in range(len(names) + 1):
        for n, c in names:
            if sub[n] is None:
                sub[n] = _pick(c, pr, sub, local_types)  # type: ignore[arg-type]
    if any(v is None for v in sub.values()):
        return None
    return sub  # type: ignore[return-value]


# ---------------------------------------------------------------- generating a check program


@dataclass
class Check:
    decl: Path
    lines: list[str] = field(default_factory=list)  # statements inside func _()
    toplevel: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # declared API names (F, T, T.M)
    counter: int = 0

    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"


def _has_unexported_method(it: ast.InterfaceType) -> bool:
    return any(f.names and not f.names[0].name[0].isupper() for f in it.methods.list)


def _has_terms(it: ast.InterfaceType) -> bool:
    for f in it.methods.list:
        named = (ast.Ident, ast.SelectorExpr, ast.IndexExpr, ast.IndexListExpr)
        if not f.names and not isinstance(f.type, named):
            return True
        if not f.names and isinstance(f.type, ast.Ident) and f.type.name in ("comparable",):
            return True
    return False


_BASIC = {"bool", "string", "int", "int8", "int16", "int32", "int64", "uint", "uint8", "uint16",
          "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "byte",
          "rune", "error", "any"}


def _comparable(e: ast.Expr, local_types: dict, seen: set[str]) -> bool | None:
    if isinstance(e, ast.Ident):
        if e.name in _BASIC:
            return True
        spec = local_types.get(e.name)
        if spec is None or e.name in seen:
            return None
        return _comparable(spec.type, local_types, seen | {e.name})
    if isinstance(e, (ast.StarExpr, ast.ChanType, ast.InterfaceType)):
        return True
    if isinstance(e, (ast.MapType, ast.FuncType)):
        return False
    if isinstance(e, ast.ArrayType):
        return False if e.len is None else _comparable(e.elt, local_types, seen)
    if isinstance(e, ast.StructType):
        verdicts = [_comparable(f.type, local_types, seen) for f in e.fields.list]
        if False in verdicts:
            return False
        return None if None in verdicts else True
    return None


def generate(decl: Path) -> tuple[str, Check]:  # noqa: C901 - one case per declaration kind
    f = parse_decl(decl)
    chk = Check(decl)
    imports: dict[str, str] = {}
    for imp in f.imports:
        path = imp.path.value.strip('"`')
        name = imp.name.name if imp.name else path.rsplit("/", 1)[-1]
        if name == "v2" and "/" in path:
            name = path.rsplit("/", 2)[-2]
        imports[name] = path
    local_types: dict[str, ast.TypeSpec] = {}
    unexported: dict[str, ast.Expr] = {}
    consts: list[ast.GenDecl] = []
    toplevel: dict[str, str] = {}
    for d in f.decls:
        if isinstance(d, ast.GenDecl):
            for s in d.specs:
                if isinstance(s, ast.TypeSpec):
                    local_types[s.name.name] = s
                    if not s.name.name[0].isupper():
                        unexported[s.name.name] = s.type
                        continue
                    toplevel[s.name.name] = f"{PKG}.{s.name.name}"
                elif isinstance(s, ast.ValueSpec):
                    for n in s.names:
                        toplevel[n.name] = f"{PKG}.{n.name}"
        elif isinstance(d, ast.FuncDecl) and d.recv is None:
            toplevel[d.name.name] = f"{PKG}.{d.name.name}"
    pr = Printer(toplevel, imports)
    pr.unexported = unexported
    L, T = chk.lines, chk.toplevel

    for d in f.decls:
        if isinstance(d, ast.FuncDecl):
            ft = d.type
            if d.recv is None:
                chk.names.append(d.name.name)
                target = f"{PKG}.{d.name.name}"
                sub: dict[str, str] = {}
                if ft.type_params and ft.type_params.list:
                    got = type_args(ft.type_params, pr, local_types)
                    if got is None:
                        chk.skipped.append(f"{d.name.name}: no simple type arguments")
                        continue
                    sub = got
                    order = [n.name for fl in ft.type_params.list for n in fl.names]
                    target += "[" + ", ".join(sub[n] for n in order) + "]"
                L.append(f"var _ func{pr.signature(ft, sub)} = {target}")
                continue
            rt = d.recv.list[0].type
            ptr = isinstance(rt, ast.StarExpr)
            base = rt.x if ptr else rt
            targs: list[ast.Expr] = []
            if isinstance(base, ast.IndexExpr):
                targs, base = [base.index], base.x
            elif isinstance(base, ast.IndexListExpr):
                targs, base = list(base.indices), base.x
            assert isinstance(base, ast.Ident)
            chk.names.append(f"{base.name}.{d.name.name}")
            sub = {}
            tname = f"{PKG}.{base.name}"
            if targs:
                spec = local_types[base.name]
                got = type_args(spec.type_params, pr, local_types)
                if got is None:
                    chk.skipped.append(f"{base.name}.{d.name.name}: no simple type arguments")
                    continue
                assert spec.type_params is not None
                decl_names = [n.name for fl in spec.type_params.list for n in fl.names]
                for a, dn in zip(targs, decl_names):
                    if isinstance(a, ast.Ident):
                        sub[a.name] = got[dn]
                tname += "[" + ", ".join(got[n] for n in decl_names) + "]"
            recv = f"*{tname}" if ptr else tname
            expr = f"({recv}).{d.name.name}" if ptr else f"{tname}.{d.name.name}"
            if ft.type_params and ft.type_params.list:
                got = type_args(ft.type_params, pr, local_types)
                if got is None:
                    chk.skipped.append(f"{base.name}.{d.name.name}: no simple type arguments")
                    continue
                sub.update(got)
                order = [n.name for fl in ft.type_params.list for n in fl.names]
                expr += "[" + ", ".join(got[n] for n in order) + "]"
            L.append(f"var _ func{pr.signature(ft, sub, recv)} = {expr}")
            continue
        if not isinstance(d, ast.GenDecl) or d.tok == "import":
            continue
        if d.tok == "const":
            consts.append(d)
            continue
        for s in d.specs:
            if isinstance(s, ast.ValueSpec):  # var
                for n in s.names:
                    chk.names.append(n.name)
                    if s.type is None:
                        chk.skipped.append(f"{n.name}: variable without a declared type")
                        continue
                    L.append(f"var _ *{pr.expr(s.type)} = &{PKG}.{n.name}")
                continue
            assert isinstance(s, ast.TypeSpec)
            name = s.name.name
            if name in unexported:
                continue
            chk.names.append(name)
            if s.assign:
                if s.type_params and s.type_params.list:
                    chk.skipped.append(f"{name}: generic alias")
                    continue
                L.append(f"var _ *{pr.expr(s.type)} = (*{PKG}.{name})(nil)")
                continue
            sub = {}
            tname = f"{PKG}.{name}"
            if s.type_params and s.type_params.list:
                got = type_args(s.type_params, pr, local_types)
                if got is None:
                    chk.skipped.append(f"{name}: no simple type arguments")
                    continue
                sub = got
                order = [n.name for fl in s.type_params.list for n in fl.names]
                tname += "[" + ", ".join(sub[n] for n in order) + "]"
            u = s.type
            if isinstance(u, ast.StructType):
                fields = [(fl, n.name) for fl in u.fields.list for n in fl.names] + [
                    (fl, _embedded_name(fl.type)) for fl in u.fields.list if not fl.names]
                # an unexported field is hidden from other packages as `_` is
                real = [(fl, n) for fl, n in fields if n != "_" and n[0].isupper()]
                keyed = ", ".join(f"{n}: *new({pr.expr(fl.type, sub)})" for fl, n in real)
                L.append(f"_ = {tname}{{{keyed}}}")
                v = chk.fresh("x")
                L.append(f"var {v} {tname}")
                L.append(f"_ = {v}")
                for fl, n in real:
                    pr.approx = False
                    ft = pr.expr(fl.type, sub)
                    if pr.approx:
                        chk.skipped.append(
                            f"{name}.{n}: field of an unexported type, only assignability checked")
                    else:
                        L.append(f"var _ *{ft} = &{v}.{n}")
                if len(real) == len(fields):
                    pr.approx = False
                    lit = pr.expr(u, sub)
                    if not pr.approx:  # no hidden fields declared: the field lists are the same
                        L.append(f"_ = {lit}({tname}{{}})")
                if _comparable(u, local_types, {name}) is True:
                    L.append(f"isComparable[{tname}]()")
            elif isinstance(u, ast.InterfaceType):
                if _has_terms(u):
                    a, b = chk.fresh("subset"), chk.fresh("subset")
                    lit = pr.expr(u, sub)
                    T.append(f"func {a}[X {lit}]() {{ {b}[X]() }}")
                    T.append(f"func {b}[X {tname}]() {{}}")
                    c, e = chk.fresh("subset"), chk.fresh("subset")
                    T.append(f"func {c}[X {tname}]() {{ {e}[X]() }}")
                    T.append(f"func {e}[X {lit}]() {{}}")
                else:
                    exported = ast.InterfaceType(u.file, u.line, u.col, ast.FieldList(
                        u.file, u.line, u.col,
                        [m for m in u.methods.list if not m.names or m.names[0].name[0].isupper()]))
                    lit = pr.expr(exported, sub)
                    L.append(f"var _ {lit} = ({tname})(nil)")
                    if not _has_unexported_method(u):
                        L.append(f"var _ {tname} = ({lit})(nil)")
                    else:
                        chk.skipped.append(
                            f"{name}: unexported marker method, no check that no method is missing")
                for m in u.methods.list:
                    if m.names and m.names[0].name[0].isupper():
                        chk.names.append(f"{name}.{m.names[0].name}")
            else:
                under = pr.expr(u, sub)
                defined = isinstance(u, ast.Ident) and u.name not in _BASIC
                if defined or isinstance(u, (ast.SelectorExpr, ast.IndexExpr)):
                    L.append(f"_ = {tname}(*new({under}))")
                    chk.skipped.append(
                        f"{name}: underlying type is a defined type, only convertibility checked")
                else:
                    g = chk.fresh("under")
                    T.append(f"func {g}[X ~{under}]() {{}}")
                    L.append(f"{g}[{tname}]()")

    # Constants: copy each group under new names, then compare with the real ones.
    kinds: dict[str, str | None] = {}
    for d in consts:
        renamed = {n.name: f"c_{n.name}"
                   for s in d.specs if isinstance(s, ast.ValueSpec) for n in s.names}
        cp = Printer({**toplevel, **{k: v for k, v in renamed.items()}}, imports)
        # later groups may refer to constants of earlier ones: those keep P.Name.
        body = []
        prev: tuple[ast.Expr | None, list[ast.Expr]] = (None, [])
        for s in d.specs:
            assert isinstance(s, ast.ValueSpec)
            typ, vals = (s.type, s.values) if s.values else prev
            prev = (typ, vals)
            for i, n in enumerate(s.names):
                untyped = typ is None and i < len(vals)
                kinds[n.name] = _untyped_kind(vals[i], kinds) if untyped else None
            line = ", ".join(renamed[n.name] for n in s.names)
            if s.type is not None:
                line += " " + cp.expr(s.type)
            if s.values:
                line += " = " + ", ".join(cp.expr(v) for v in s.values)
            body.append("\t" + line)
            for n in s.names:
                chk.names.append(n.name)
                c = renamed[n.name]
                L.append(f"_ = map[bool]int{{false: 0, {PKG}.{n.name} == {c}: 1}}")
                kind = kinds.get(n.name)
                # untyped in Go too: only an untyped operand makes this a uint8 constant
                if kind == "numeric":
                    L.append(f"{{ const _ uint8 = {PKG}.{n.name} * 0 }}")
                elif kind in ("string", "bool"):
                    L.append(f"{{ type local {kind}; const _ local = {PKG}.{n.name} }}")
                if s.type is None and _big_int(s.values):
                    continue  # its default type int cannot hold it; the check above suffices
                L.append(f"{{ a, b := {PKG}.{n.name}, {c}; a = b; b = a; _, _ = a, b }}")
        T.append("const (\n" + "\n".join(body) + "\n)")
        pr.used |= cp.used

    used_imports = sorted(pr.used)
    src = [f"package check_{decl.stem.replace('.', '_')}", "", "import ("]
    src.append(f'\t{PKG} "{import_path(decl)}"')
    for n in used_imports:
        src.append(f'\t{n} "{imports[n]}"')
    src += [")", "", "func isComparable[T comparable]() {}", ""]
    src += T
    src.append("")
    src.append("func _() {")
    src += ["\t" + line for line in L]
    src.append("}")
    return "\n".join(src) + "\n", chk


def _untyped_kind(e: ast.Expr, known: dict[str, str | None]) -> str | None:
    """numeric, string or bool for an untyped constant expression; None if typed or unknown."""
    if isinstance(e, ast.BasicLit):
        return "string" if e.kind == "STRING" else "numeric"
    if isinstance(e, ast.Ident):
        if e.name in ("true", "false"):
            return "bool"
        if e.name == "iota":
            return "numeric"
        return known.get(e.name)
    if isinstance(e, ast.ParenExpr):
        return _untyped_kind(e.x, known)
    if isinstance(e, ast.UnaryExpr):
        return _untyped_kind(e.x, known)
    if isinstance(e, ast.BinaryExpr):
        if e.op in ("==", "!=", "<", "<=", ">", ">="):
            return "bool" if _untyped_kind(e.x, known) and _untyped_kind(e.y, known) else None
        if e.op in ("<<", ">>"):
            return _untyped_kind(e.x, known)
        a, b = _untyped_kind(e.x, known), _untyped_kind(e.y, known)
        return a if a == b else None
    return None


def _big_int(values: list[ast.Expr]) -> bool:
    """Whether the one value is an integer literal (maybe negated) outside int64."""
    if len(values) != 1:
        return False
    v, sign = values[0], 1
    if isinstance(v, ast.UnaryExpr) and v.op == "-":
        v, sign = v.x, -1
    if not (isinstance(v, ast.BasicLit) and v.kind == "INT"):
        return False
    n = sign * int(v.value.replace("_", ""), 0)
    return not -(1 << 63) <= n < (1 << 63)


def _embedded_name(t: ast.Expr) -> str:
    while True:
        if isinstance(t, ast.StarExpr):
            t = t.x
        elif isinstance(t, (ast.IndexExpr, ast.IndexListExpr)):
            t = t.x
        elif isinstance(t, ast.SelectorExpr):
            return t.sel.name
        elif isinstance(t, ast.Ident):
            return t.name
        else:
            raise ValueError("odd embedded field")


def verify(decls: list[Path], workdir: Path) -> tuple[bool, str, dict[str, Check]]:
    """Writes one check package per declaration file and builds them all at once."""
    (workdir / "go.mod").write_text("module declcheck\n\ngo 1.23\n")
    checks: dict[str, Check] = {}
    for decl in decls:
        if decl.stem in UNVERIFIABLE:
            continue
        src, chk = generate(decl)
        d = workdir / decl.stem.replace(".", "_")
        d.mkdir()
        (d / "check.go").write_text(src)
        checks[decl.stem] = chk
    go = go_binary()
    assert go, "the Go toolchain is required"
    out = subprocess.run([go, "build", "./..."], cwd=workdir, capture_output=True, text=True,
                         env=go_environ())
    return out.returncode == 0, out.stdout + out.stderr, checks


# ---------------------------------------------------------------- the real API, for coverage

_LISTER = r'''package main

import (
	"encoding/json"
	"go/ast"
	"go/build"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
)

func recvName(e ast.Expr) string {
	for {
		switch x := e.(type) {
		case *ast.StarExpr:
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.IndexListExpr:
			e = x.X
		case *ast.Ident:
			return x.Name
		default:
			return ""
		}
	}
}

func main() {
	out := map[string]map[string][]string{}
	for _, path := range os.Args[1:] {
		p, err := build.Import(path, "", 0)
		if err != nil {
			panic(err)
		}
		names, ptr := []string{}, []string{}
		fset := token.NewFileSet()
		for _, name := range p.GoFiles {
			f, err := parser.ParseFile(fset, filepath.Join(p.Dir, name), nil, parser.SkipObjectResolution)
			if err != nil {
				panic(err)
			}
			for _, d := range f.Decls {
				switch d := d.(type) {
				case *ast.FuncDecl:
					if !d.Name.IsExported() {
						continue
					}
					if d.Recv == nil {
						names = append(names, d.Name.Name)
					} else if r := recvName(d.Recv.List[0].Type); ast.IsExported(r) {
						names = append(names, r+"."+d.Name.Name)
						if _, ok := d.Recv.List[0].Type.(*ast.StarExpr); ok {
							ptr = append(ptr, r+"."+d.Name.Name)
						}
					}
				case *ast.GenDecl:
					for _, s := range d.Specs {
						switch s := s.(type) {
						case *ast.TypeSpec:
							if !s.Name.IsExported() {
								continue
							}
							names = append(names, s.Name.Name)
							if it, ok := s.Type.(*ast.InterfaceType); ok {
								for _, m := range it.Methods.List {
									for _, n := range m.Names {
										if n.IsExported() {
											names = append(names, s.Name.Name+"."+n.Name)
										}
									}
								}
							}
						case *ast.ValueSpec:
							for _, n := range s.Names {
								if n.IsExported() {
									names = append(names, n.Name)
								}
							}
						}
					}
				}
			}
		}
		out[path] = map[string][]string{"names": names, "ptr": ptr}
	}
	json.NewEncoder(os.Stdout).Encode(out)
}
'''


def real_api(paths: list[str]) -> dict[str, dict[str, set[str]]]:
    """For each real package (linux/amd64): "names", its exported names (F, T, T.M, I.M),
    and "ptr", the methods among them with pointer receivers."""
    go = go_binary()
    assert go, "the Go toolchain is required"
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "main.go").write_text(_LISTER)
        (Path(tmp) / "go.mod").write_text("module lister\n\ngo 1.23\n")
        env = go_environ()
        env.update(GOOS="linux", GOARCH="amd64", CGO_ENABLED="0")
        out = subprocess.run([go, "run", ".", *paths], cwd=tmp, capture_output=True, text=True,
                             env=env)
        if out.returncode:
            raise RuntimeError(out.stderr)
    return {k: {kk: set(vv) for kk, vv in v.items()} for k, v in json.loads(out.stdout).items()}


def declared_api(decl: Path, pointer_methods: set[str] | None = None) -> set[str]:
    """The exported names a declaration file declares; methods with pointer receivers
    are also added to `pointer_methods` when given."""
    f = parse_decl(decl)
    names: set[str] = set()
    for d in f.decls:
        if isinstance(d, ast.FuncDecl):
            if d.recv is None:
                names.add(d.name.name)
            else:
                names.add(f"{_embedded_name(d.recv.list[0].type)}.{d.name.name}")
                if pointer_methods is not None and isinstance(d.recv.list[0].type, ast.StarExpr):
                    pointer_methods.add(f"{_embedded_name(d.recv.list[0].type)}.{d.name.name}")
        elif isinstance(d, ast.GenDecl):
            for s in d.specs:
                if isinstance(s, ast.TypeSpec):
                    names.add(s.name.name)
                    if isinstance(s.type, ast.InterfaceType):
                        for m in s.type.methods.list:
                            if m.names:
                                names.add(f"{s.name.name}.{m.names[0].name}")
                elif isinstance(s, ast.ValueSpec):
                    names.update(n.name for n in s.names)
    return {n for n in names if all(part[:1].isupper() for part in n.split("."))}


@dataclass
class Coverage:
    declared: int  # declared names the real package has
    real: int  # exported names of the real package
    missing: list[str]  # real names not declared
    receiver_mismatch: list[str]  # declared with a pointer receiver where Go's is a value


def coverage(decls: list[Path]) -> dict[str, Coverage]:
    """For each verifiable file, how much of the real package's exported API it declares.

    Also catches what the build cannot: a method declared with a pointer receiver that
    has a value receiver in Go compiles in the check program as well."""
    verifiable = [d for d in decls if d.stem not in UNVERIFIABLE]
    real = real_api([import_path(d) for d in verifiable])
    out = {}
    for d in verifiable:
        r = real[import_path(d)]
        ptr: set[str] = set()
        got = declared_api(d, ptr) & r["names"]
        wrong = sorted(m for m in ptr if m in r["names"] and m not in r["ptr"])
        out[d.stem] = Coverage(len(got), len(r["names"]), sorted(r["names"] - got), wrong)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true",
                    help="list the names not checked and the missing ones")
    ap.add_argument("--coverage", action="store_true", help="also report coverage of the real API")
    ap.add_argument("--keep", type=Path,
                    help="write the check programs here instead of a temporary directory")
    args = ap.parse_args()
    decls = [f.resolve() for f in args.files] or decl_files()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        ok, log, checks = verify(decls, args.keep)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            ok, log, checks = verify(decls, Path(tmp))
    for stem, chk in checks.items():
        print(f"{stem}: {len(chk.names)} names checked, {len(chk.skipped)} skipped")
        if args.verbose:
            for s in chk.skipped:
                print(f"    skipped {s}")
    for d in decls:
        if d.stem in UNVERIFIABLE:
            print(f"{d.stem}: not verified ({UNVERIFIABLE[d.stem]})")
    if args.coverage:
        for stem, c in coverage(decls).items():
            pct = 100.0 * c.declared / c.real if c.real else 100.0
            print(f"coverage {stem}: {c.declared}/{c.real} = {pct:.1f}%"
                  + (f"  missing: {' '.join(c.missing[:12])}"
                     if c.missing and args.verbose else ""))
            if c.receiver_mismatch:
                ok = False
                print("    pointer receivers where Go has value receivers: "
                      + " ".join(c.receiver_mismatch))
    if not ok:
        print(log)
        print("FAILED: the real compiler rejects the checks above")
        return 1
    print("OK: the real compiler accepts every check")
    return 0


if __name__ == "__main__":
    sys.exit(main())
