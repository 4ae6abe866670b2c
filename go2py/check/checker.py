"""The type checker's driver: package-level declarations, type expressions, results.

Modelled on go/types: `check_package` collects the objects of every file, resolves them
lazily in dependency order (reporting cycles), checks function bodies, then reports unused
imports. Expressions and statements are checked by the mixins in expr.py and stmt.py.
Everything the translator needs is recorded in `Info`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from go2py.check import constant
from go2py.check.objects import (
    Builtin, Const, Func, Label, Nil, Object, Package, PkgName, Scope, TypeName, Var,
)
from go2py.check.operand import CONSTANT, TYPEXPR, Operand
from go2py.check.lookup import undefined_in_package
from go2py.check.types import (
    INVALID_TYPE, SEND_ONLY, RECV_ONLY, SEND_RECV, TYP, UNTYPED_INT, Array, Basic, Chan,
    Interface, Map, Named, Pointer, Signature, Slice, Struct, Term, Tuple, Type, TypeParam,
    Union, type_string,
)
from go2py.check.universe import IOTA, UNIVERSE, UNSAFE
from go2py.grammar import ast


class CheckError(Exception):
    """Raised to abandon checking an expression after its error was reported."""


@dataclass
class TypeAndValue:
    mode: int
    type: Optional[Type]
    value: Optional[constant.Value] = None


@dataclass
class Selection:
    kind: str  # "field", "method", "method_val", "method_expr"
    recv: Type
    obj: Object
    index: list[int]
    indirect: bool


@dataclass
class Info:
    """What the checker learned, keyed by AST node (nodes hash by identity)."""

    types: dict[Any, TypeAndValue] = field(default_factory=dict)
    defs: dict[Any, Optional[Object]] = field(default_factory=dict)
    uses: dict[Any, Object] = field(default_factory=dict)
    implicits: dict[Any, Object] = field(default_factory=dict)
    selections: dict[Any, Selection] = field(default_factory=dict)
    scopes: dict[Any, Scope] = field(default_factory=dict)
    instances: dict[Any, tuple[list[Type], Type]] = field(default_factory=dict)
    init_order: list[tuple[list[Var], Any]] = field(default_factory=list)

    def type_of(self, e: Any) -> Optional[Type]:
        tv = self.types.get(e)
        if tv is not None:
            return tv.type
        if isinstance(e, ast.Ident):
            obj = self.defs.get(e) or self.uses.get(e)
            if obj is not None:
                return obj.type
        return None


@dataclass
class Error:
    file: str
    line: int
    col: int
    msg: str
    soft: bool = False  # "declared and not used" and the like
    seq: int = 0  # the order in which the checker found it

    def format(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.msg}"


class DeclInfo:
    """How a package-level object was declared, for lazy checking."""

    __slots__ = ("file_scope", "lhs", "vtype", "init", "inherited", "tdecl", "fdecl", "iota", "deps",
                 "alias")

    def __init__(self, file_scope: Scope) -> None:
        self.file_scope = file_scope
        self.lhs: Optional[list[Var]] = None  # n:1 variable declarations
        self.vtype: Optional[ast.Expr] = None
        self.init: Optional[ast.Expr] = None
        self.inherited = False
        self.tdecl: Optional[ast.TypeSpec] = None
        self.fdecl: Optional[ast.FuncDecl] = None
        self.iota = 0
        self.deps: set[Object] = set()
        self.alias = False


WHITE, GREY, BLACK = 0, 1, 2


class Importer:
    """Resolves import paths to checked packages; see loader.py for the standard one."""

    def import_package(self, path: str, pos: ast.Node) -> Optional[Package]:
        return None


from go2py.check.expr import ExprChecker  # noqa: E402
from go2py.check.stmt import StmtChecker  # noqa: E402


class Checker(ExprChecker, StmtChecker):
    def __init__(self, pkg: Package, importer: Importer, info: Optional[Info] = None,
                 snippet: bool = False) -> None:
        self.pkg = pkg
        self.importer = importer
        self.info = info or Info()
        self.errors: list[Error] = []
        self.obj_map: dict[Object, DeclInfo] = {}
        self.color: dict[Object, int] = {}
        self.obj_path: list[Object] = []
        self.file_scopes: list[Scope] = []
        self.imports_used: dict[PkgName, bool] = {}
        self.delayed: list[Callable[[], None]] = []
        self.methods: dict[str, list[Func]] = {}  # receiver base type name -> methods
        self.snippet = snippet
        self.declarations = False  # a declaration file: functions have no bodies
        # function context
        self.scope: Scope = pkg.scope
        self.sig: Optional[Signature] = None
        self.iota: Optional[constant.Value] = None
        self.decl: Optional[DeclInfo] = None
        self.func_vars: list[Var] = []
        self.order = 0

    # ------------------------------------------------------------ errors

    def qualifier(self, pkg: Package) -> str:
        return "" if pkg is self.pkg or pkg is None else pkg.name

    def tstr(self, t: Optional[Type]) -> str:
        return type_string(t, self.qualifier) if t is not None else "invalid type"

    def describe(self, x: Operand) -> str:
        return x.describe(self.qualifier)

    def error(self, at: Any, msg: str, soft: bool = False) -> None:
        if isinstance(at, tuple):
            file, line, col = at
        else:
            file, line, col = at.file, at.line, at.col
        self.errors.append(Error(file, line, col, msg, soft))

    def fail(self, at: Any, msg: str) -> None:
        self.error(at, msg)
        raise CheckError(msg)

    # ------------------------------------------------------------ recording

    def record(self, e: Any, mode: int, typ: Optional[Type], val: Optional[constant.Value] = None) -> None:
        self.info.types[e] = TypeAndValue(mode, typ, val)

    def record_def(self, ident: ast.Ident, obj: Optional[Object]) -> None:
        self.info.defs[ident] = obj

    def record_use(self, ident: ast.Ident, obj: Object) -> None:
        self.info.uses[ident] = obj

    def declare(self, scope: Scope, ident: Optional[ast.Ident], obj: Object) -> None:
        if obj.name != "_":
            old = scope.insert(obj)
            if old is not None:
                at = ident if ident is not None else obj.pos
                msg = f"{obj.name} redeclared in this block"
                if old.pos is not None:
                    msg += f"\n\t{old.pos.pos()}: other declaration of {obj.name}"
                self.error(at, msg)
                return
        if ident is not None:
            self.record_def(ident, obj)
        self.order += 1
        obj.order = self.order

    # ------------------------------------------------------------ packages

    def check_files(self, files: list[ast.File]) -> None:
        self.collect_objects(files)
        self.package_objects()
        self.process_delayed()
        self.init_order()
        self.unused_imports()

    def process_delayed(self) -> None:
        i = 0
        while i < len(self.delayed):
            self.delayed[i]()
            i += 1
        self.delayed.clear()

    def collect_objects(self, files: list[ast.File]) -> None:
        pkg = self.pkg
        for f in files:
            fscope = Scope(pkg.scope, f"file {f.file}")
            self.file_scopes.append(fscope)
            self.info.scopes[f] = fscope
            for d in f.decls:
                if isinstance(d, ast.GenDecl):
                    self._collect_gen_decl(d, fscope)
                elif isinstance(d, ast.FuncDecl):
                    self._collect_func(d, fscope)
        # A file's imports and the package's declarations share no name (resolver.go).
        for fscope in self.file_scopes:
            for name, obj in fscope.names.items():
                alt = pkg.scope.names.get(name)
                if alt is None:
                    continue
                if isinstance(obj, PkgName):
                    imp = obj.imported
                    self.error(alt.pos, f"{name} already declared through import of package {imp.name} "
                               f"(\"{imp.path}\")\n\t{obj.pos.pos()}: other declaration of {name}")
                else:
                    imp = obj.pkg
                    self.error(alt.pos, f"{name} already declared through dot-import of package {imp.name} "
                               f"(\"{imp.path}\")")

    def _collect_gen_decl(self, d: ast.GenDecl, fscope: Scope) -> None:
        pkg = self.pkg
        if d.tok == "import":
            for s in d.specs:
                assert isinstance(s, ast.ImportSpec)
                self._collect_import(s, fscope)
        elif d.tok == "const":
            last: Optional[ast.ValueSpec] = None
            for iota, s in enumerate(d.specs):
                assert isinstance(s, ast.ValueSpec)
                inherited = False
                if s.type is not None or s.values:
                    last = s
                else:
                    inherited = True
                src = last if last is not None else s
                for i, name in enumerate(s.names):
                    obj = Const(name.name, None, pkg, name, None)
                    info = DeclInfo(fscope)
                    info.vtype = src.type
                    info.init = src.values[i] if i < len(src.values) else None
                    info.iota = iota
                    info.inherited = inherited
                    self.declare(pkg.scope, name, obj)
                    self.obj_map[obj] = info
                self._arity(s, src, const=True)
        elif d.tok == "var":
            for s in d.specs:
                assert isinstance(s, ast.ValueSpec)
                lhs = [Var(n.name, None, pkg, n) for n in s.names]
                shared: Optional[DeclInfo] = None
                if len(s.values) == 1 and len(s.names) > 1:
                    shared = DeclInfo(fscope)
                    shared.lhs = lhs
                    shared.vtype = s.type
                    shared.init = s.values[0]
                for i, (name, obj) in enumerate(zip(s.names, lhs)):
                    info = shared
                    if info is None:
                        info = DeclInfo(fscope)
                        info.vtype = s.type
                        info.init = s.values[i] if i < len(s.values) else None
                    self.declare(pkg.scope, name, obj)
                    self.obj_map[obj] = info
                self._arity(s, s, const=False)
        elif d.tok == "type":
            for s in d.specs:
                assert isinstance(s, ast.TypeSpec)
                obj = TypeName(s.name.name, None, pkg, s.name)
                info = DeclInfo(fscope)
                info.tdecl = s
                self.declare(pkg.scope, s.name, obj)
                self.obj_map[obj] = info

    def _arity(self, s: ast.ValueSpec, src: ast.ValueSpec, const: bool) -> None:
        nl, nr = len(s.names), len(src.values)
        if nr == 0:
            if not const and s.type is None:
                pass
            return
        if nl < nr:
            self.error(src.values[nl], "extra init expr")
        elif nl > nr and (const or nr != 1):
            n = s.names[nr]
            self.error(n, "missing init expr for const declaration" if const else
                       f"assignment mismatch: {nl} variable{'s' if nl > 1 else ''} but {nr} value{'s' if nr != 1 else ''}")

    def _collect_import(self, s: ast.ImportSpec, fscope: Scope) -> None:
        path = constant.string_val(constant.make_from_literal(s.path.value, "STRING")).decode("utf-8", "replace")
        if path == "unsafe":
            imp: Optional[Package] = UNSAFE
        elif path == "C":
            self.error(s.path, "cgo is not supported by go2py")
            return
        else:
            imp = self.importer.import_package(path, s.path)
        if imp is None:
            unsupported = getattr(self.importer, "unsupported", None)
            self.error(s.path, unsupported(path) if unsupported else f"could not import {path}")
            imp = Package(path, path.rsplit("/", 1)[-1])
            imp.fake = True
        name = imp.name
        if s.name is not None:
            name = s.name.name
            if name == "init":
                self.error(s.name, "cannot import package as init - init must be a func")
                return
        if name == "_":
            return
        if name == ".":
            for obj in imp.scope.names.values():
                if obj.exported():
                    fscope.insert(obj)
            return
        pn = PkgName(name, imp, self.pkg, s)
        self.imports_used[pn] = imp.fake  # an unresolved import was reported already
        if s.name is not None:
            self.record_def(s.name, pn)
        else:
            self.info.implicits[s] = pn
        old = fscope.insert(pn)
        if old is not None:
            self.error(s, f"{name} redeclared in this block")

    def _collect_func(self, d: ast.FuncDecl, fscope: Scope) -> None:
        pkg = self.pkg
        name = d.name.name
        obj = Func(name, None, pkg, d.name)
        obj.decl = d
        info = DeclInfo(fscope)
        info.fdecl = d
        self.obj_map[obj] = info
        if d.recv is None:
            if name == "init" or (name == "main" and pkg.name == "main"):
                if d.type.type_params is not None:
                    self.error(d.type.type_params, f"func {name} must have no type parameters")
                if d.type.params.list or (d.type.results and d.type.results.list):
                    self.error(d.name, f"func {name} must have no arguments and no return values")
            if name == "init":
                self.record_def(d.name, obj)
                if d.body is None:
                    self.error(d.name, "missing function body")
                self.order += 1
                obj.order = self.order
            else:
                if d.body is None and not self.declarations:
                    self.error(d.name, "missing function body")
                self.declare(pkg.scope, d.name, obj)
        else:
            self.record_def(d.name, obj)
            if d.body is None and not self.declarations:
                self.error(d.name, "missing function body")
            base = _receiver_base(d.recv)
            if base is not None:
                self.methods.setdefault(base, []).append(obj)
            self.order += 1
            obj.order = self.order

    # ------------------------------------------------------------ package-level objects

    def package_objects(self) -> None:
        objs = sorted(self.obj_map, key=lambda o: o.order)
        # Type declarations first: methods need their receiver types.
        for obj in objs:
            if isinstance(obj, TypeName):
                self.obj_decl(obj)
        self.valid_types([o for o in objs if isinstance(o, TypeName)])
        for obj in objs:
            if not isinstance(obj, TypeName):
                self.obj_decl(obj)
        # Methods whose receiver type is not declared in this package.
        for name, ms in self.methods.items():
            tobj = self.pkg.scope.lookup(name)
            if not isinstance(tobj, TypeName):
                for m in ms:
                    if self.color.get(m, WHITE) == WHITE:
                        self.obj_decl(m)

    def obj_decl(self, obj: Object) -> None:
        color = self.color.get(obj, WHITE)
        if color == BLACK:
            return
        if color == GREY:
            self.cycle(obj)
            return
        info = self.obj_map.get(obj)
        if info is None:
            return
        self.color[obj] = GREY
        self.obj_path.append(obj)
        saved = (self.scope, self.sig, self.iota, self.decl)
        self.scope = info.file_scope
        self.sig = None
        self.decl = info
        try:
            if isinstance(obj, Const):
                self.iota = constant.make_int(info.iota)
                self.const_decl(obj, info.vtype, info.init, info.inherited)
            elif isinstance(obj, Var):
                self.iota = None
                self.var_decl(obj, info.lhs, info.vtype, info.init)
            elif isinstance(obj, TypeName):
                self.iota = None
                assert info.tdecl is not None
                self.type_decl(obj, info.tdecl)
            elif isinstance(obj, Func):
                self.iota = None
                self.func_decl(obj, info)
        finally:
            self.scope, self.sig, self.iota, self.decl = saved
            self.obj_path.pop()
            self.color[obj] = BLACK

    def cycle(self, obj: Object) -> None:
        # A cycle through a type name is fine when it passes through a pointer, slice, ...;
        # such references never come back here because type_decl sets obj.type first.
        if isinstance(obj, TypeName) and obj.type is not None:
            return
        if isinstance(obj, Func):
            return
        i = self.obj_path.index(obj) if obj in self.obj_path else 0
        cyc = self.obj_path[i:]
        nval = sum(isinstance(o, (Const, Var)) for o in cyc)
        ndef = sum(isinstance(o, TypeName) and not o.is_alias for o in cyc)
        # Cycles of values alone are reported by the initialization order, and cycles of
        # type definitions alone by valid_types (go/types' validCycle).
        if not (nval == len(cyc) or (nval == 0 and ndef > 0)):
            self.cycle_error(cyc)
        if obj.type is None:
            obj.type = INVALID_TYPE
        if isinstance(obj, Const) and obj.val is None:
            obj.val = constant.make_unknown()

    def valid_types(self, tnames: list[TypeName]) -> None:
        """Report defined types that contain themselves other than through a pointer, slice,
        map, channel, function or interface (go/types' validtype.go): they would be infinite."""
        valid: set[int] = set()
        path: list[Named] = []

        def visit(t: Optional[Type]) -> bool:
            if isinstance(t, Array):
                return visit(t.elem)
            if isinstance(t, Struct):
                return all(visit(f.type) for f in t.fields)
            if not isinstance(t, Named) or t.obj.pkg is not self.pkg or t.type_params or t.type_args:
                return True
            if id(t) in valid:
                return True
            if t in path:
                cyc = path[path.index(t):]
                self.cycle_error([n.obj for n in cyc])
                for n in cyc:
                    valid.add(id(n))  # reported once
                    n.set_underlying(INVALID_TYPE)
                    n.obj.type = INVALID_TYPE  # later uses stay silent
                return False
            path.append(t)
            t.underlying()  # resolve a lazily declared type
            ok = visit(t._underlying)
            path.pop()
            valid.add(id(t))
            return ok

        for obj in tnames:
            if not obj.is_alias:
                visit(obj.type)

    def cycle_error(self, cyc: list[Object]) -> None:
        """Report a declaration cycle from its first object in source order (cycleError)."""
        start = min(range(len(cyc)), key=lambda k: (cyc[k].pos.file, cyc[k].pos.line, cyc[k].pos.col))
        obj = cyc[start]
        is_type = isinstance(obj, TypeName)
        if len(cyc) == 1:
            self.error(obj.pos, f"invalid recursive type: {obj.name} refers to itself" if is_type
                       else f"invalid cycle in declaration: {obj.name} refers to itself")
            return
        lines = [f"invalid recursive type {obj.name}" if is_type else f"invalid cycle in declaration of {obj.name}"]
        for k in range(len(cyc)):
            nxt = cyc[(start + k + 1) % len(cyc)]
            lines.append(f"\t{obj.pos.pos()}: {obj.name} refers to {nxt.name}")
            obj = nxt
        self.error(cyc[start].pos, "\n".join(lines))

    def const_decl(self, obj: Const, typ: Optional[ast.Expr], init: Optional[ast.Expr], inherited: bool) -> None:
        t: Optional[Type] = None
        if typ is not None:
            t = self.typexpr(typ)
            if not isinstance(t.underlying(), Basic) or not (t.underlying().info & 63):  # type: ignore[attr-defined]
                if t is not INVALID_TYPE:
                    self.error(typ, f"invalid constant type {self.tstr(t)}")
                obj.type = INVALID_TYPE
                obj.val = constant.make_unknown()
                return
        x = Operand()
        if init is not None:
            try:
                self.expr(x, init)
            except CheckError:
                x.mode = 0
        if x.mode != CONSTANT:
            if init is not None and x.mode != 0:
                self.error(init, f"{self.describe(x)} is not constant")
            obj.type = t or INVALID_TYPE
            obj.val = constant.make_unknown()
            return
        if t is not None:
            self.assignment(x, t, "constant declaration")
        obj.type = x.type if x.mode != 0 else INVALID_TYPE
        obj.val = x.val if x.mode != 0 else constant.make_unknown()

    def var_decl(self, obj: Var, lhs: Optional[list[Var]], typ: Optional[ast.Expr], init: Optional[ast.Expr]) -> None:
        if typ is not None:
            obj.type = self.vartype(typ)
            if lhs:
                for v in lhs:
                    v.type = obj.type
        if init is None:
            if typ is None:
                obj.type = INVALID_TYPE
            return
        if lhs is None or len(lhs) == 1:
            x = Operand()
            try:
                self.expr(x, init, obj.type)
                self.init_var(obj, x, "variable declaration")
            except CheckError:
                if obj.type is None:
                    obj.type = INVALID_TYPE
            return
        self.init_vars(lhs, [init], None)

    def type_decl(self, obj: TypeName, spec: ast.TypeSpec) -> None:
        if spec.assign:
            obj.is_alias = True
            if spec.type_params is not None:
                # Generic aliases: keep the aliased type; parameters are resolved in the RHS.
                scope = Scope(self.scope, "type parameters")
                saved = self.scope
                self.scope = scope
                self.collect_type_params(spec.type_params)
                obj.type = self.typexpr(spec.type)
                self.scope = saved
                return
            obj.type = INVALID_TYPE  # guard against self-reference
            obj.type = self.typexpr(spec.type)
            return
        named = Named(obj, None)
        obj.type = named
        if spec.type_params is not None:
            scope = Scope(self.scope, "type parameters")
            self.info.scopes[spec] = scope
            saved = self.scope
            self.scope = scope
            named.type_params = self.collect_type_params(spec.type_params)
            rhs = self.definedtype(spec.type, named)
            self.scope = saved
        else:
            rhs = self.definedtype(spec.type, named)
        u = rhs.underlying() if rhs is not named else INVALID_TYPE
        if isinstance(rhs, TypeParam):
            self.error(spec.type, f"cannot use a type parameter as RHS in type declaration")
            u = INVALID_TYPE
        named.set_underlying(u)
        # Methods.
        for m in self.methods.get(obj.name, []):
            named.methods.append(m)
        if self.scope.parent is self.pkg.scope or self.scope is self.pkg.scope or self.decl is not None:
            for m in self.methods.get(obj.name, []):
                self.obj_decl(m)
        self._check_field_method_collisions(named)

    def _check_field_method_collisions(self, named: Named) -> None:
        seen: dict[str, Func] = {}
        for m in named.methods:
            if m.name == "_":
                continue
            if m.name in seen:
                other = seen[m.name]
                self.error(m.pos, f"method {named.obj.name}.{m.name} already declared at {other.pos.pos()}")
            else:
                seen[m.name] = m
        u = named._underlying
        if isinstance(u, Struct):
            for f in u.fields:
                if f.name in seen:
                    m = seen[f.name]
                    self.error(m.pos, f"field and method with the same name {f.name}"
                               f"\n\t{f.pos.pos()}: other declaration of {f.name}")

    def func_decl(self, obj: Func, info: DeclInfo) -> None:
        d = info.fdecl
        assert d is not None
        scope = Scope(self.scope, f"function {obj.name}", is_func=True)
        self.info.scopes[d.type] = scope
        saved = self.scope
        self.scope = scope
        recv: Optional[Var] = None
        rtparams: list[TypeParam] = []
        if d.recv is not None:
            recv, rtparams = self.collect_recv(d.recv)
        tparams: list[TypeParam] = []
        if d.type.type_params is not None:
            tparams = self.collect_type_params(d.type.type_params)
        sig = self.func_type(d.type, scope)
        sig.recv = recv
        sig.type_params = tparams
        sig.recv_type_params = rtparams
        obj.type = sig
        self.scope = saved
        if recv is not None and recv.type is not None:
            t = recv.type
            if isinstance(t, Pointer):
                obj.has_ptr_recv = True
        if d.body is not None:
            body = d.body
            self.delayed.append(lambda: self.func_body(obj.name, sig, body, scope, info))
        elif d.body is None and obj.name != "init":
            pass  # declared in another language (assembly) or in a declaration file

    def collect_recv(self, recv: ast.FieldList) -> tuple[Optional[Var], list[TypeParam]]:
        if len(recv.list) != 1 or len(recv.list[0].names) > 1:
            if not recv.list:
                self.error(recv, "method has no receiver")
            else:
                self.error(recv, "method has multiple receivers")
            return None, []
        f = recv.list[0]
        texpr = f.type
        ptr = False
        if isinstance(texpr, ast.ParenExpr):
            texpr = texpr.x
        if isinstance(texpr, ast.StarExpr):
            ptr = True
            texpr = texpr.x
            if isinstance(texpr, ast.ParenExpr):
                texpr = texpr.x
        tparams: list[TypeParam] = []
        args: list[ast.Expr] = []
        base_expr = texpr
        if isinstance(texpr, ast.IndexExpr):
            base_expr, args = texpr.x, [texpr.index]
        elif isinstance(texpr, ast.IndexListExpr):
            base_expr, args = texpr.x, texpr.indices
        rtype: Type = INVALID_TYPE
        if isinstance(base_expr, ast.Ident):
            _, obj = self.scope.lookup_parent(base_expr.name)
            if obj is None:
                self.error(base_expr, f"undefined: {base_expr.name}")
            elif not isinstance(obj, TypeName):
                self.error(base_expr, f"{base_expr.name} is not a type")
            else:
                self.record_use(base_expr, obj)
                if obj.pkg is not self.pkg:
                    self.error(base_expr, f"cannot define new methods on non-local type {self.tstr(obj.type)}")
                else:
                    self.obj_decl(obj)
                    t = obj.type
                    if isinstance(t, Named) and t.type_params:
                        if len(args) != len(t.type_params):
                            self.error(texpr, f"receiver declares {len(args)} type parameters, but receiver base type declares {len(t.type_params)}")
                        for i, a in enumerate(args):
                            if not isinstance(a, ast.Ident):
                                self.error(a, "receiver type parameter must be an identifier")
                                continue
                            tn = TypeName(a.name, None, self.pkg, a)
                            bound = t.type_params[i].constraint if i < len(t.type_params) else INVALID_TYPE
                            tp = TypeParam(tn, i, bound)
                            tn.type = tp
                            self.declare(self.scope, a, tn)
                            tparams.append(tp)
                        rtype = self.instantiate_named(t, tparams, texpr) if len(tparams) == len(t.type_params) else t
                    else:
                        if args:
                            self.error(texpr, f"{base_expr.name} is not a generic type")
                        rtype = t if t is not None else INVALID_TYPE
                        u = rtype.underlying()
                        if isinstance(u, (Pointer, Interface)):
                            what = "pointer" if isinstance(u, Pointer) else "interface"
                            self.error(base_expr, f"invalid receiver type {base_expr.name} ({what} or interface type)"
                                       if False else f"invalid receiver type {base_expr.name} (pointer or interface type)")
                            rtype = INVALID_TYPE
                    if isinstance(obj.type, Basic):
                        self.error(base_expr, f"cannot define new methods on non-local type {obj.name}")
        elif isinstance(base_expr, ast.SelectorExpr):
            rt = self.typexpr(base_expr)
            self.error(base_expr, f"cannot define new methods on non-local type {self.tstr(rt)}")
        else:
            self.error(texpr, f"invalid receiver type {self.expr_str(texpr)}")
        t_final: Type = Pointer(rtype) if ptr else rtype
        name = f.names[0].name if f.names else ""
        v = Var(name, t_final, self.pkg, f.names[0] if f.names else f, is_param=True)
        if f.names:
            self.declare(self.scope, f.names[0], v)
            self.func_vars.append(v)
            v.used = True
        self.record(f.type, TYPEXPR, t_final)
        return v, tparams

    # ------------------------------------------------------------ type expressions

    def typexpr(self, e: ast.Expr, def_: Optional[Named] = None) -> Type:
        try:
            t = self._typexpr(e, def_)
        except CheckError:
            t = INVALID_TYPE
        self.record(e, TYPEXPR, t)
        return t

    def vartype(self, e: ast.Expr) -> Type:
        t = self.typexpr(e)
        if isinstance(t, Named) and t._underlying is None and t.resolver is None:
            # Still being declared (a method of the type refers to it): check later.
            def later(t: Type = t) -> None:
                self._constraint_as_type(e, t)
            self.delayed.append(later)
            return t
        if self._constraint_as_type(e, t):
            return INVALID_TYPE
        return t

    def _constraint_as_type(self, e: ast.Expr, t: Type) -> bool:
        u = t.underlying()
        if isinstance(u, Interface) and not isinstance(t, TypeParam) and not u.is_method_set_only():
            self.error(e, f"cannot use type {self.tstr(t)} outside a type constraint: interface contains type constraints"
                       if u.type_terms() is not None else
                       f"cannot use type {self.tstr(t)} outside a type constraint: interface is (or embeds) comparable")
            return True
        return False

    def definedtype(self, e: ast.Expr, def_: Named) -> Type:
        return self.typexpr(e, def_)

    def _typexpr(self, e: ast.Expr, def_: Optional[Named]) -> Type:  # noqa: C901
        if isinstance(e, ast.Ident):
            scope, obj = self.scope.lookup_parent(e.name)
            if obj is None:
                if e.name == "_":
                    self.fail(e, "cannot use _ as value or type")
                self.fail(e, f"undefined: {e.name}")
            self.record_use(e, obj)
            if not isinstance(obj, TypeName):
                if isinstance(obj, Var) and obj.pkg is self.pkg:
                    obj.used = True  # no "declared and not used" on top of this error
                self.fail(e, f"{e.name} is not a type" if not isinstance(obj, (Var, Const, Func)) else f"{e.name} (" + _obj_kind(obj) + f") is not a type")
            self.obj_decl(obj)
            t = obj.type
            if t is None:
                self.fail(e, f"invalid recursive type {e.name}")
            if isinstance(t, Named) and t.type_params and not self._allow_generic:
                self.fail(e, f"cannot use generic type {self.generic_str(t)} without instantiation")
            return t  # type: ignore[return-value]
        if isinstance(e, ast.SelectorExpr) and isinstance(e.x, ast.Ident):
            _, obj = self.scope.lookup_parent(e.x.name)
            if isinstance(obj, PkgName):
                self.imports_used[obj] = True
                self.record_use(e.x, obj)
                if obj.imported.fake:
                    raise CheckError("fake package")
                m = obj.imported.scope.lookup(e.sel.name)
                if m is None or not m.exported():
                    if m is None:
                        self.fail(e.sel, undefined_in_package(obj.imported, e.x.name, e.sel.name))
                    self.fail(e.sel, f"name {e.sel.name} not exported by package {obj.imported.name}")
                self.record_use(e.sel, m)
                if not isinstance(m, TypeName):
                    self.fail(e, f"{e.x.name}.{e.sel.name} is not a type")
                t = m.type
                if isinstance(t, Named) and t.type_params and not self._allow_generic:
                    self.fail(e, f"cannot use generic type {self.tstr(t)} without instantiation")
                return t  # type: ignore[return-value]
            self.fail(e, f"{self.expr_str(e)} is not a type")
        if isinstance(e, (ast.IndexExpr, ast.IndexListExpr)):
            args = [e.index] if isinstance(e, ast.IndexExpr) else e.indices
            saved = self._allow_generic
            self._allow_generic = True
            try:
                gt = self.typexpr(e.x)
            finally:
                self._allow_generic = saved
            if not isinstance(gt, Named) or not gt.type_params:
                if gt is INVALID_TYPE:
                    raise CheckError("invalid")
                self.fail(e.x, f"{self.expr_str(e.x)} is not a generic type")
            targs = [self.typexpr(a) for a in args]
            if len(targs) != len(gt.type_params):
                if len(targs) > len(gt.type_params):
                    self.fail(args[len(gt.type_params)], f"too many type arguments for type {gt.obj.name}: have {len(targs)}, want {len(gt.type_params)}")
                self.fail(e, f"not enough type arguments for type {gt.obj.name}: have {len(targs)}, want {len(gt.type_params)}")
            inst = self.instantiate_named(gt, targs, e)
            self.delayed.append(lambda: self.verify_instance(gt.type_params, targs, args, gt.obj.name))
            return inst
        if isinstance(e, ast.ParenExpr):
            return self._typexpr(e.x, def_)
        if isinstance(e, ast.StarExpr):
            p = Pointer(INVALID_TYPE)
            p.elem = self.typexpr(e.x)
            return p
        if isinstance(e, ast.ArrayType):
            if e.len is None:
                return Slice(self.vartype(e.elt))
            if isinstance(e.len, ast.Ellipsis):
                self.error(e.len, "invalid use of [...] array (outside a composite literal)")
                return Array(0, self.vartype(e.elt))
            n = self.array_length(e.len)
            return Array(n, self.vartype(e.elt))
        if isinstance(e, ast.MapType):
            k = self.vartype(e.key)
            v = self.vartype(e.value)
            mt = Map(k, v)

            def check_key() -> None:
                from go2py.check.types import comparable as is_comparable
                if not isinstance(k, TypeParam) and not is_comparable(k) and k is not INVALID_TYPE:
                    self.error(e.key, f"invalid map key type {self.tstr(k)}")
                elif isinstance(k, TypeParam) and not is_comparable(k):
                    self.error(e.key, f"invalid map key type {self.tstr(k)} (missing comparable constraint)")
            self.delayed.append(check_key)
            return mt
        if isinstance(e, ast.ChanType):
            d = {ast.SEND: SEND_ONLY, ast.RECV: RECV_ONLY}.get(e.dir, SEND_RECV)
            return Chan(d, self.vartype(e.value))
        if isinstance(e, ast.FuncType):
            scope = Scope(self.scope, "function type", is_func=True)
            saved = self.scope
            self.scope = scope
            try:
                return self.func_type(e, scope)
            finally:
                self.scope = saved
        if isinstance(e, ast.StructType):
            return self.struct_type(e)
        if isinstance(e, ast.InterfaceType):
            return self.interface_type(e, def_)
        if isinstance(e, ast.Ellipsis):
            self.fail(e, "invalid use of ...")
        self.fail(e, f"{self.expr_str(e)} is not a type")
        raise AssertionError

    _allow_generic = False

    def array_length(self, e: ast.Expr) -> int:
        if isinstance(e, ast.Ident):
            _, obj = self.scope.lookup_parent(e.name)
            if obj is None:
                self.error(e, f"undefined array length {e.name} or missing type constraint")
                return 0
            if not isinstance(obj, Const):
                self.error(e, f"invalid array length {e.name}")
                return 0
        x = Operand()
        try:
            self.expr(x, e)
        except CheckError:
            return 0
        if x.mode != CONSTANT:
            if x.mode != 0:
                self.error(e, f"array length {self.expr_str(e)} (value of type {self.tstr(x.type)}) must be constant"
                           if x.mode != TYPEXPR else f"invalid array length {self.expr_str(e)}")
            return 0
        if x.type is not None and isinstance(x.type.underlying(), Basic) and x.type.underlying().info & 2:  # type: ignore[attr-defined]
            n = constant.to_int(x.val)  # type: ignore[arg-type]
            if n.kind == constant.INT and constant.int_val(n) >= 0:
                return constant.int_val(n)
            self.error(e, f"invalid array length {self.describe(x)}")
            return 0
        if x.type is not None and getattr(x.type.underlying(), "info", 0) & 64:
            n = constant.to_int(x.val)  # type: ignore[arg-type]
            if n.kind == constant.INT and constant.int_val(n) >= 0:
                return constant.int_val(n)
        self.error(e, f"array length {self.expr_str(e)} (value of type {self.tstr(x.type)}) must be integer")
        return 0

    def func_type(self, e: ast.FuncType, scope: Scope) -> Signature:
        params, variadic = self.collect_params(e.params, True)
        results, _ = self.collect_params(e.results, False) if e.results is not None else ([], False)
        return Signature(Tuple(params), Tuple(results), variadic)

    def collect_params(self, fl: Optional[ast.FieldList], variadic_ok: bool) -> tuple[list[Var], bool]:
        if fl is None:
            return [], False
        out: list[Var] = []
        variadic = False
        n = len(fl.list)
        for i, f in enumerate(fl.list):
            ftype = f.type
            if isinstance(ftype, ast.Ellipsis):
                if variadic_ok and i == n - 1 and len(f.names) <= 1:
                    variadic = True
                else:
                    self.error(ftype, "can only use ... with final parameter in list")
                t: Type = Slice(self.vartype(ftype.elt))  # type: ignore[arg-type]
                self.record(ftype, TYPEXPR, t)
            else:
                t = self.vartype(ftype)
            if f.names:
                for name in f.names:
                    v = Var(name.name, t, self.pkg, name, is_param=True)
                    self.declare(self.scope, name, v)
                    v.used = True
                    out.append(v)
            else:
                v = Var("", t, self.pkg, f, is_param=True)
                self.info.implicits[f] = v
                out.append(v)
        return out, variadic

    def struct_type(self, e: ast.StructType) -> Struct:
        fields: list[Var] = []
        tags: list[str] = []
        seen: dict[str, Var] = {}
        for f in e.fields.list:
            tag = ""
            if f.tag is not None:
                tag = constant.string_val(constant.make_from_literal(f.tag.value, "STRING")).decode("utf-8", "replace")
            t = self.vartype(f.type)
            if f.names:
                for name in f.names:
                    v = Var(name.name, t, self.pkg, name, is_field=True)
                    self._add_field(fields, tags, seen, v, tag, name)
            else:
                texpr = f.type
                if isinstance(texpr, ast.StarExpr):
                    texpr = texpr.x
                if isinstance(texpr, (ast.IndexExpr, ast.IndexListExpr)):
                    texpr = texpr.x
                name = texpr.sel.name if isinstance(texpr, ast.SelectorExpr) else getattr(texpr, "name", "?")
                v = Var(name, t, self.pkg, f, embedded=True, is_field=True)
                self.info.implicits[f] = v
                self._add_field(fields, tags, seen, v, tag, f)

                def check_embedded(t: Type = t, at: ast.Node = f.type) -> None:
                    u = t.underlying()
                    if isinstance(t, Pointer):
                        bu = t.elem.underlying()
                        if isinstance(bu, (Pointer, Interface)):
                            self.error(at, "embedded field type cannot be a pointer to an interface"
                                       if isinstance(bu, Interface) else "embedded field type cannot be a pointer")
                    elif isinstance(u, Pointer):
                        self.error(at, "embedded field type cannot be a pointer")
                    elif isinstance(t, TypeParam):
                        self.error(at, "embedded field type cannot be a (pointer to a) type parameter")
                self.delayed.append(check_embedded)
        return Struct(fields, tags)

    def _add_field(self, fields: list[Var], tags: list[str], seen: dict[str, Var], v: Var, tag: str,
                   at: ast.Node) -> None:
        if v.name != "_" and v.name in seen:
            other = seen[v.name]
            self.error(at, f"{v.name} redeclared\n\t{other.pos.pos()}: other declaration of {v.name}")
        else:
            seen[v.name] = v
        if isinstance(at, ast.Ident):
            self.record_def(at, v)
        fields.append(v)
        tags.append(tag)

    def interface_type(self, e: ast.InterfaceType, def_: Optional[Named]) -> Interface:
        methods: list[Func] = []
        embeddeds: list[Type] = []
        iface = Interface(methods, embeddeds)
        iface.building = True
        if def_ is not None:
            def_.set_underlying(iface)
        for f in e.methods.list:
            if f.names:
                name = f.names[0]
                scope = Scope(self.scope, "method", is_func=True)
                saved = self.scope
                self.scope = scope
                ft = f.type
                assert isinstance(ft, ast.FuncType)
                sig = self.func_type(ft, scope)
                self.scope = saved
                recv_t: Type = def_ if def_ is not None else iface
                sig.recv = Var("", recv_t, self.pkg, name)
                m = Func(name.name, sig, self.pkg, name)
                if any(x.name == m.name for x in methods) and m.name != "_":
                    self.error(name, f"duplicate method {m.name}")
                methods.append(m)
                self.record_def(name, m)
            else:
                embeddeds.append(self.union_or_type(f.type))
        iface.building = False
        iface._all_methods = None
        return iface

    def union_or_type(self, e: ast.Expr) -> Type:
        if isinstance(e, ast.BinaryExpr) and e.op == "|":
            terms: list[Term] = []
            for part in _flatten_union(e):
                terms.append(self.term(part))
            u = Union(terms)
            self.record(e, TYPEXPR, u)
            return u
        if isinstance(e, ast.UnaryExpr) and e.op == "~":
            u = Union([self.term(e)])
            self.record(e, TYPEXPR, u)
            return u
        t = self.typexpr(e)
        return t

    def term(self, e: ast.Expr) -> Term:
        if isinstance(e, ast.UnaryExpr) and e.op == "~":
            t = self.typexpr(e.x)
            if t is not INVALID_TYPE and t.underlying() is not t and not isinstance(t, Basic):
                self.error(e, f"invalid use of ~ ({self.tstr(t)} is not the underlying type of {self.tstr(t)})"
                           if False else f"invalid use of ~ (underlying type of {self.tstr(t)} is {self.tstr(t.underlying())})")
            return Term(True, t)
        return Term(False, self.typexpr(e))

    def collect_type_params(self, fl: ast.FieldList) -> list[TypeParam]:
        tparams: list[TypeParam] = []
        bounds: list[tuple[ast.Expr, list[TypeParam]]] = []
        for f in fl.list:
            group: list[TypeParam] = []
            for name in f.names:
                tn = TypeName(name.name, None, self.pkg, name)
                tp = TypeParam(tn, len(tparams), INVALID_TYPE)
                tn.type = tp
                self.declare(self.scope, name, tn)
                tparams.append(tp)
                group.append(tp)
            bounds.append((f.type, group))
        for bexpr, group in bounds:
            b = self.bound(bexpr)
            for tp in group:
                tp.constraint = b
        return tparams

    def bound(self, e: ast.Expr) -> Type:
        if (isinstance(e, ast.BinaryExpr) and e.op == "|") or (isinstance(e, ast.UnaryExpr) and e.op == "~"):
            u = self.union_or_type(e)
            iface = Interface([], [u])
            iface.implicit = True
            return iface
        t = self.typexpr(e)
        if isinstance(t.underlying(), Interface) or t is INVALID_TYPE:
            return t
        iface = Interface([], [t])
        iface.implicit = True
        return iface

    # ------------------------------------------------------------ after the bodies

    def unused_imports(self) -> None:
        if self.snippet:
            return
        for pn, used in self.imports_used.items():
            if not used:
                spec = pn.pos
                path = spec.path.value
                if spec.name is not None and spec.name.name != pn.imported.name:
                    self.error(spec, f"{path} imported as {pn.name} and not used", soft=True)
                else:
                    self.error(spec, f"{path} imported and not used", soft=True)

    def init_order(self) -> None:
        """Package-level variables in initialization order (the spec's dependency rule)."""
        from go2py.check.initorder import compute_init_order

        self.info.init_order = compute_init_order(self)

    def generic_str(self, t: Named) -> str:
        """A generic type with its parameters: `List[T any]`."""
        groups: list[str] = []
        for tp in t.type_params:
            groups.append(f"{tp.obj.name} {self.tstr(tp.constraint)}")
        return f"{self.tstr(t)}[{', '.join(groups)}]"

    def expr_str(self, e: Any) -> str:
        from go2py.check.exprstring import expr_string

        return expr_string(e)


def _obj_kind(obj: Object) -> str:
    """How the compiler names an object's kind in "x (kind) is not a type" (objectKind)."""
    if isinstance(obj, Var):
        if obj.is_field:
            return "struct field"
        if obj.is_param:
            return "parameter"
        if obj.pkg is not None and obj.pkg.scope.lookup(obj.name) is obj:
            return "package-level variable"
        return "local variable"
    if isinstance(obj, Const):
        return "constant"
    return obj.kind


def _receiver_base(recv: ast.FieldList) -> Optional[str]:
    if len(recv.list) != 1:
        return None
    t = recv.list[0].type
    while isinstance(t, (ast.ParenExpr, ast.StarExpr)):
        t = t.x
    if isinstance(t, (ast.IndexExpr, ast.IndexListExpr)):
        t = t.x
    return t.name if isinstance(t, ast.Ident) else None


def _flatten_union(e: ast.Expr) -> list[ast.Expr]:
    out: list[ast.Expr] = []
    stack = [e]
    while stack:
        x = stack.pop()
        if isinstance(x, ast.BinaryExpr) and x.op == "|":
            stack.append(x.y)
            stack.append(x.x)
        else:
            out.append(x)
    return out
