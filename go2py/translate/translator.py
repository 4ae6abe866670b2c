"""Lowering of a type-checked Go package to Python source.

The translator walks the go/ast nodes with the checker's `Info` at hand and writes Python
against `go2py.runtime` and the value model of docs/values.md. Every construct it does not
support yet raises `TranslateError` with the construct's position: it never guesses.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import keyword
import re
import textwrap

from typing import Any, Callable, Iterator, Optional

from go2py.check import constant
from go2py.check.checker import Info
from go2py.check.objects import Builtin, Const, Func, Nil, Package, PkgName, TypeName, Var
from go2py.check.operand import TYPEXPR
from go2py.check.types import (
    UNSAFE_POINTER,
    BOOL, COMPLEX64, COMPLEX128, FLOAT32, FLOAT64, INT, INT8, INT16, INT32, INT64, IS_COMPLEX, IS_FLOAT,
    IS_INTEGER, IS_STRING, IS_UNSIGNED, STRING, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR, UNTYPED_NIL,
    Array, Basic, Chan, Interface, Map, Named, Pointer, Signature, Slice, Struct, Tuple, Type,
    RECV_ONLY, SEND_ONLY, TypeParam, core_type, type_string,
)
from go2py.grammar import ast
from go2py.translate.comments import CommentPlacement
from go2py.translate.names import py_float, py_name, py_str

LINE_LENGTH = 100  # black's line length for the translation (format_python)

# Standard functions whose calls the translator writes with more than their arguments (call).
_SPECIAL_STD_CALLS = {("errors", "As"), ("iter", "Pull"), ("iter", "Pull2"), ("cmp", "Or")}


class TranslateError(Exception):
    def __init__(self, node: Any, msg: str) -> None:
        self.file, self.line, self.col = node.file, node.line, node.col
        self.msg = msg
        super().__init__(self.format())

    def format(self) -> str:
        return f"{self.file}:{self.line}:{self.col}: {self.msg}"


_WRAP = {INT: "gv.wrap_int64", INT64: "gv.wrap_int64", INT32: "gv.wrap_int32", INT16: "gv.wrap_int16",
         INT8: "gv.wrap_int8", UINT: "gv.wrap_uint64", UINT64: "gv.wrap_uint64", UINTPTR: "gv.wrap_uint64",
         UINT32: "gv.wrap_uint32", UINT16: "gv.wrap_uint16", UINT8: "gv.wrap_uint8"}
# The values each integer kind holds: a conversion between kinds wraps only where they differ.
_INT_RANGE = {k: (-(1 << (b - 1)), (1 << (b - 1)) - 1) for k, b in
              ((INT, 64), (INT64, 64), (INT32, 32), (INT16, 16), (INT8, 8))}
_INT_RANGE.update({k: (0, (1 << b) - 1) for k, b in
                   ((UINT, 64), (UINT64, 64), (UINTPTR, 64), (UINT32, 32), (UINT16, 16), (UINT8, 8))})


def _within(kind: int, bounds: Optional[tuple[int, int]]) -> bool:
    """Whether every value of the integer kind lies within bounds (None: no bounds known)."""
    r = _INT_RANGE.get(kind)
    return r is not None and bounds is not None and bounds[0] <= r[0] and r[1] <= bounds[1]


_DESC = {BOOL: "gv.BOOL", INT: "gv.INT", INT8: "gv.INT8", INT16: "gv.INT16", INT32: "gv.INT32",
         INT64: "gv.INT64", UINT: "gv.UINT", UINT8: "gv.UINT8", UINT16: "gv.UINT16", UINT32: "gv.UINT32",
         UINT64: "gv.UINT64", UINTPTR: "gv.UINTPTR", FLOAT32: "gv.FLOAT32", FLOAT64: "gv.FLOAT64",
         COMPLEX64: "gv.COMPLEX64", COMPLEX128: "gv.COMPLEX128", STRING: "gv.STRING"}
_ANNOT = {BOOL: "bool", STRING: "str", FLOAT32: "float", FLOAT64: "float", COMPLEX64: "complex",
          COMPLEX128: "complex"}
# Python operator precedence, for parenthesizing only where needed.
P_OR, P_AND, P_NOT, P_CMP, P_BOR, P_XOR, P_BAND, P_SHIFT, P_ADD, P_MUL, P_UNARY, P_ATOM = range(1, 13)
_BINOP = {"+": ("+", P_ADD), "-": ("-", P_ADD), "*": ("*", P_MUL), "|": ("|", P_BOR), "^": ("^", P_XOR),
          "&": ("&", P_BAND), "<<": ("<<", P_SHIFT), ">>": (">>", P_SHIFT), "==": ("==", P_CMP),
          "!=": ("!=", P_CMP), "<": ("<", P_CMP), "<=": ("<=", P_CMP), ">": (">", P_CMP), ">=": (">=", P_CMP),
          "&&": ("and", P_AND), "||": ("or", P_OR)}



def _u(t: Optional[Type]) -> Optional[Type]:
    return t.underlying() if t is not None else None


def _may_panic_or_block(e: ast.Expr, safe_call: Callable[[ast.CallExpr], bool]) -> bool:
    """Whether evaluating e may run code, panic or block: calls (but make, new, len and cap
    with constant arguments), indexing, slicing, dereferences, assertions, receives,
    divisions. Literals and arithmetic cannot."""
    stack: list[ast.Node] = [e]
    while stack:
        n = stack.pop()
        if isinstance(n, ast.FuncLit):
            continue  # its body runs when called
        stack.extend(n.children())
        if isinstance(n, ast.CallExpr) and safe_call(n):
            continue
        if isinstance(n, (ast.CallExpr, ast.IndexExpr, ast.IndexListExpr, ast.SliceExpr, ast.StarExpr,
                          ast.TypeAssertExpr)):
            return True
        if isinstance(n, ast.UnaryExpr) and n.op == "<-":
            return True
        if isinstance(n, ast.BinaryExpr) and n.op in ("/", "%", "<<", ">>"):
            return True
    return False


def _core(t: Optional[Type]) -> Optional[Type]:
    """The underlying type, or for a type parameter the core type of its constraint
    (what indexing and slicing a value of type S ~[]E operate on)."""
    if isinstance(t, TypeParam):
        return core_type(t)
    return _u(t)


def _kind(t: Optional[Type]) -> int:
    u = _u(t)
    return u.kind if isinstance(u, Basic) else -1


class Line(str):
    """A line of output that remembers the Go source position it was written for, and the
    Go name of the function a `def` line begins (see positions.py)."""

    pos: Optional[tuple[str, int]] = None
    func: Optional[str] = None


class Writer:
    # The Go position of the statement or declaration being written: shared by every
    # writer, since scratch writers hold parts of the same statement.
    pos: Optional[tuple[str, int]] = None

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.depth = 0

    def line(self, text: str, func: Optional[str] = None) -> None:
        ln = Line("    " * self.depth + text)
        ln.pos = Writer.pos
        if func is not None:
            ln.func = func
        self.lines.append(ln)

    def append_to_last(self, text: str) -> None:
        """Extend the last line (a trailing comment), keeping its position."""
        last = self.lines[-1]
        ln = Line(last + text)
        ln.pos, ln.func = getattr(last, "pos", None), getattr(last, "func", None)
        self.lines[-1] = ln

    def blank(self) -> None:
        self.lines.append("")

    def empty_since(self, n: int) -> bool:
        """Whether nothing but comments was written since line n (a block then needs `pass`)."""
        return all(not ln.strip() or ln.lstrip().startswith("#") for ln in self.lines[n:])

    def text(self) -> str:
        return "\n".join(self.lines) + "\n"


def _embedded_method_names(u: Struct, max_depth: int) -> set[str]:
    """The names of the methods of the fields embedded in u, and in theirs down to max_depth:
    the candidates for promotion (lookup_field_or_method says which are promoted)."""
    names: set[str] = set()
    stack: list[tuple[Type, int]] = [(f.type, 0) for f in u.fields if f.embedded and f.type is not None]
    while stack:
        t, depth = stack.pop()
        base = t.elem if isinstance(t, Pointer) else t
        bu = base.underlying()
        if isinstance(bu, Interface):
            names |= {m.name for m in bu.all_methods()}
        elif isinstance(base, Named):
            names |= {m.name for m in base.origin.methods}
        if isinstance(bu, Struct) and depth < max_depth:
            stack.extend((f.type, depth + 1) for f in bu.fields if f.embedded and f.type is not None)
    return names


class Translator:
    def __init__(self, pkg: Package, info: Info, files: list[ast.File]) -> None:
        self.pkg = pkg
        self.info = info
        self.files = files
        Writer.pos = None
        self.w = Writer()
        self.out_lines: list[str] = []
        # The Go names of the functions being written, innermost last, each with its count
        # of function literals and range-over-func bodies so far, and its kind (enter_func).
        self.fn_names: list[list[Any]] = [[("main" if pkg.name == "main" else pkg.path) + ".init", 0, 0, ""]]
        self.imports: dict[str, str] = {}  # Go path -> Python module alias
        self.tmp = 0
        self.ctx: list[_Ctx] = []  # enclosing loops and switches, innermost last
        # Go comments of the function body being written, by position, and the next one due.
        self.comments: list[ast.Comment] = []
        self.cpos = 0
        self.block_ends: dict[int, tuple[int, int]] = {}  # id of a block's statement list -> its end
        # gc's order of evaluation (see gc_order): calls of the statement being written go to
        # temporaries first; hoist_root is its outermost call, left in place.
        self.hoist = False
        self.hoist_root: Any = None
        self.hoisted_calls: dict[int, str] = {}
        self.closure_assigned: Optional[set[Any]] = None
        self.file_comments: dict[str, list[ast.Comment]] = {
            f.file: sorted((c for g in f.comments or [] for c in g.list), key=lambda c: (c.line, c.col))
            for f in files}
        self.label: Optional[str] = None  # the label of the statement being translated
        self.results: list[Var] = []  # results of the current function
        self.cells: set[Var] = set()  # variables whose address is taken
        # locals released after a statement (dead_after): names deleted, or Vars set to None
        self.releases: dict[int, list[Any]] = {}
        self.stack_appends: dict[int, tuple[int, bool]] = {}
        self.late: list[str] = []  # statements that must follow every type declaration
        self.copy_depth = 0
        self.anon: list[tuple[Struct, str]] = []  # classes of unnamed struct types
        self.anon_w = Writer()
        self.late_end: list[str] = []  # statements for the end of the module
        self.has_init = False  # package initialization is the function _init
        self.per_iteration: set[Var] = set()  # loop variables that closures bind per iteration
        self.gotos: set[str] = set()
        self.tparams: dict[TypeParam, str] = {}  # type parameter -> the parameter holding its GoType
        self.calling = False
        # Go scopes variables by block, Python by function: every local object gets a name
        # unique within its top-level function, never one of the module's names.
        self.local_names: dict[Any, str] = {}
        self.used_names: set[str] = set()
        self.module_names: set[str] = {"rt", "gv"}
        # Whether returns record their line for the deferred calls (a program asking for callers).
        self.return_lines = False
        self.in_defer_body = False
        # Comments outside function bodies, by the declaration or field they belong to.
        self.placement = CommentPlacement(files)
        self.var_specs: dict[int, ast.ValueSpec] = {}
        # Loop counters known to stay in [0, MaxInt) (range loops whose body leaves them alone).
        self.bounded: set[Var] = set()
        # While a for statement's post statement is written: variables it may step by one
        # without wrapping, and the direction (loop_guard).
        self.post_guard: dict[Var, str] = {}
        # Switch and select statements with a label: statement -> label.
        self.switch_labels: dict[Any, str] = {
            n.stmt: n.label.name for f in files for n in ast.walk(f)
            if isinstance(n, ast.LabeledStmt) and isinstance(n.stmt, (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt))}
        # Types declared in function bodies, hoisted to module level: object -> class name.
        self.hoisted: dict[TypeName, str] = {}

    # ------------------------------------------------------------ errors and helpers

    def unsupported(self, node: Any, what: str) -> TranslateError:
        return TranslateError(node, f"go2py does not support {what} yet")

    def new_tmp(self, base: str = "t") -> str:
        self.tmp += 1
        return f"_{base}{self.tmp}"

    def type_of(self, e: Any) -> Optional[Type]:
        return self.info.type_of(e)

    def obj_of(self, ident: ast.Ident) -> Any:
        return self.info.uses.get(ident) or self.info.defs.get(ident)

    # ------------------------------------------------------------ types

    def own_type_name(self, t: Named) -> Optional[str]:
        """The Python name of a non-generic type this package declares, at any level."""
        if t.obj.pkg is not self.pkg or t.type_args:
            return None
        if t.obj.parent is self.pkg.scope:
            return py_name(t.obj.name)
        return self.hoisted.get(t.obj)

    def annot(self, t: Optional[Type]) -> str:
        if t is None:
            return "None"
        u = t.underlying()
        if isinstance(u, Basic):
            if u.info & IS_INTEGER:
                return "int"
            return _ANNOT.get(u.kind, "Any")
        if isinstance(t, Named) and isinstance(u, Struct) and self.own_type_name(t.origin):
            return self.own_type_name(t.origin)  # type: ignore[return-value]
        if isinstance(t, Pointer) and isinstance(t.elem, Named) and isinstance(t.elem.underlying(), Struct) \
                and self.own_type_name(t.elem.origin):
            return f"Optional[{self.own_type_name(t.elem.origin)}]"
        if isinstance(u, Slice):
            return "gv.Slice"
        if isinstance(u, Map):
            return "dict"
        if isinstance(u, Array):
            return "list"
        if isinstance(u, Chan):
            return "Optional[rt.Chan]"
        return "Any"

    def zero(self, t: Type, at: Any) -> str:
        if isinstance(t, TypeParam):
            return f"{self.desc(t, at)}.zero()"
        u = t.underlying()
        if isinstance(u, Basic):
            if u.info & IS_INTEGER:
                return "0"
            if u.kind in (FLOAT32, FLOAT64):
                return "0.0"
            if u.kind in (COMPLEX64, COMPLEX128):
                return "0j"
            if u.kind == STRING:
                return '""'
            if u.kind == BOOL:
                return "False"
            return "None"
        if isinstance(t, TypeParam):
            return f"{self.desc(t, at)}.zero()"
        if isinstance(u, Struct):
            return self.struct_class(t if isinstance(t, Named) else u, at) + "()"
        if isinstance(u, Array):
            ez = self.zero(u.elem, at)
            if self.needs_copy(u.elem):
                return f"[{ez} for _ in range({u.len})]"
            return f"[{ez}] * {u.len}"
        if isinstance(u, Slice):
            return "gv.NIL_SLICE"
        if isinstance(u, Map):
            return "gv.NIL_MAP"
        return "None"

    def needs_copy(self, t: Optional[Type]) -> bool:
        u = _u(t)
        return isinstance(u, (Struct, Array)) and not isinstance(t, TypeParam)

    def elem_size_args(self, elem: Type) -> str:
        """The keyword arguments of gv.append that let a grown capacity round up to Go's
        allocator size classes (empty when the element's size is only known at run time)."""
        from go2py.check.sizes import has_pointers, sizeof

        def generic(t: Type) -> bool:
            u = t.underlying()
            if isinstance(t, TypeParam):
                return True
            if isinstance(u, Array):
                return generic(u.elem)
            if isinstance(u, Struct):
                return any(f.type is None or generic(f.type) for f in u.fields)
            return False

        if generic(elem):
            return ""
        return f", es={sizeof(elem)}" + (", ptr=True" if has_pointers(elem) else "")

    def copy_of(self, code: str, t: Type) -> str:
        u = t.underlying()
        if isinstance(u, Struct):
            if isinstance(t, Named) and t.obj.pkg is not self.pkg:
                return f"gv.copy_value({code})"
            return f"{code}._copy()"
        if isinstance(u, Array):
            if self.needs_copy(u.elem):
                var = f"_e{self.copy_depth}"
                self.copy_depth += 1
                inner = self.copy_of(var, u.elem)
                self.copy_depth -= 1
                return f"[{inner} for {var} in {code}]"
            return f"list({code})"
        return code

    def targs_code(self, t: Named, at: Any) -> str:
        """The run-time types of an instantiated type's arguments, comma-separated."""
        return ", ".join(self.desc(a, at) for a in t.type_args)

    def foreign_class(self, t: Named, at: Any) -> str:
        """The Python class implementing a defined type of a standard package."""
        path = t.obj.pkg.path if t.obj.pkg is not None else ""
        mod = _std_module(path)
        if mod is None or not hasattr(mod, py_name(t.obj.name)):
            raise self.unsupported(at, f"the type {t} here")
        return f"{self.import_alias(path)}.{py_name(t.obj.name)}"

    @staticmethod
    def nil_safe_std(t: Named) -> bool:
        """Whether a standard struct type's Python class takes a nil receiver in its methods,
        as Go's does (url.Userinfo): calls then go through the class."""
        mod = _std_module(t.obj.pkg.path) if t.obj.pkg is not None else None
        cls = getattr(mod, py_name(t.obj.name), None) if mod is not None else None
        return bool(getattr(cls, "__gonil__", False))

    def import_alias(self, path: str) -> str:
        """The module alias of a standard package, imported now if the program does not import
        it (os.PathError is io/fs's type: its class lives in io_fs)."""
        alias = self.imports.get(path)
        if alias is None:
            base = "_" + py_name(path.rsplit("/", 1)[-1])
            alias, k = base, 1
            while alias in self.module_names or alias in self.imports.values():
                k += 1
                alias = f"{base}{k}"
            self.imports[path] = alias
        return alias

    def anon_struct(self, t: Struct, at: Any) -> str:
        """A class for an unnamed struct type, one per identical type."""
        from go2py.check.types import identical

        for st, name in self.anon:
            if identical(st, t):
                return name
        name = f"_Struct{len(self.anon) + 1}"
        self.anon.append((t, name))
        self.emit_struct_class(name, t, [], at, self.reflect_name(t), self.anon_w)
        return name

    def struct_class(self, t: Type, at: Any) -> str:
        if isinstance(t, Struct):
            return self.anon_struct(t, at)
        if isinstance(t, Named) and self.own_type_name(t):
            return self.own_type_name(t)  # type: ignore[return-value]
        if isinstance(t, Named) and t.type_args and self.own_type_name(t.origin):
            return f"{self.own_type_name(t.origin)}.of({self.targs_code(t, at)})"
        if isinstance(t, Named) and t.obj.pkg is not None and t.obj.pkg is not self.pkg:
            # A standard package's generic type (atomic.Pointer[T]) is one class for every T.
            path = t.obj.pkg.path
            mod = _std_module(path)
            if mod is not None and hasattr(mod, py_name(t.obj.name)):
                return f"{self.import_alias(path)}.{py_name(t.obj.name)}"
        raise self.unsupported(at, f"the struct type {t} here")

    def desc(self, t: Type, at: Any) -> str:
        """A Python expression for the run-time GoType of t."""
        if isinstance(t, TypeParam):
            name = self.tparams.get(t)
            if name is None:
                raise self.unsupported(at, f"the type parameter {t} here")
            return name
        if isinstance(t, Basic):
            d = _DESC.get(t.kind)
            if d is not None:
                return d
        if isinstance(t, Named):
            if isinstance(t.underlying(), Struct):
                if t.obj.pkg is not self.pkg and t.obj.pkg is not None:
                    args = [self.struct_class(t, at), py_str(t.obj.pkg.name + "." + t.obj.name)]
                    args += [self.desc(a, at) for a in t.type_args]
                    return f"gv.foreign_type({', '.join(args + self.path_arg(t))})"
                return self.struct_class(t, at) + ".__gotype__"
            if isinstance(t.underlying(), Interface):
                qual = f"{t.obj.pkg.name}.{t.obj.name}" if t.obj.pkg is not None else t.obj.name
                names = tuple(sorted(m.name for m in t.underlying().all_methods()))  # type: ignore[attr-defined]
                return f"gv.interface_type({py_str(qual)}, {names!r})" if names else f"gv.interface_type({py_str(qual)})"
            if self.own_type_name(t):
                return f"T_{self.own_type_name(t)}"
            if t.type_args and self.own_type_name(t.origin):
                return f"T_{self.own_type_name(t.origin)}({self.targs_code(t, at)})"
            if t.obj.pkg is None and t.obj.name == "error":
                return 'gv.interface_type("error", ("Error",))'
            if t.obj.pkg is not None and t.obj.pkg is not self.pkg and not t.type_args:
                cls = self.foreign_class(t, at)
                args = [cls, py_str(t.obj.pkg.name + "." + t.obj.name), self.desc(t.underlying(), at)]
                return f"gv.foreign_named({', '.join(args + self.path_arg(t))})"
            raise self.unsupported(at, f"run-time type information for {t}")
        if isinstance(t, Struct):
            return self.anon_struct(t, at) + ".__gotype__"
        if isinstance(t, Slice):
            return f"gv.slice_of({self.desc(t.elem, at)})"
        if isinstance(t, Array):
            return f"gv.array_of({t.len}, {self.desc(t.elem, at)})"
        if isinstance(t, Map):
            return f"gv.map_of({self.desc(t.key, at)}, {self.desc(t.elem, at)})"
        if isinstance(t, Pointer):
            return f"gv.pointer_to({self.desc(t.elem, at)})"
        if isinstance(t, Chan):
            return f"gv.chan_of({self.desc(t.elem, at)}, {t.dir})"
        if isinstance(t, Signature):
            ps = "".join(self.desc(v.type, at) + ", " for v in t.params.vars)  # type: ignore[arg-type]
            rs = "".join(self.desc(v.type, at) + ", " for v in t.results.vars)  # type: ignore[arg-type]
            # A lambda: a defined function type may name itself (type stateFn func() stateFn).
            sig = f", lambda: (({ps.rstrip(' ')}), ({rs.rstrip(' ')}), {t.variadic})" if ps or rs else ""
            return f"gv.func_type({py_str(self.reflect_name(t))}{sig})"
        if isinstance(t, Interface):
            return f"gv.interface_type({py_str(self.reflect_name(t))})"
        raise self.unsupported(at, f"run-time type information for {t}")

    @staticmethod
    def path_arg(t: Named) -> list[str]:
        """`path=` for a standard package whose path is not its name (encoding/json)."""
        pkg = t.obj.pkg
        return [f"path={py_str(pkg.path)}"] if pkg is not None and pkg.path != pkg.name else []

    def reflect_name(self, t: Type) -> str:
        """An unnamed type spelled as Go's reflect spells it (%T, %#v): `any` is
        "interface {}", struct types read "struct { A int; B string }"."""
        if isinstance(t, Interface) and not isinstance(t, Named) and not t.all_methods():
            return "interface {}"
        if isinstance(t, Struct):
            fields = "; ".join(f"{f.name + ' ' if not f.embedded else ''}{self.reflect_name(f.type)}"
                               for f in t.fields)  # type: ignore[arg-type]
            return f"struct {{ {fields} }}" if fields else "struct {}"
        if isinstance(t, Slice):
            return "[]" + self.reflect_name(t.elem)
        if isinstance(t, Array):
            return f"[{t.len}]" + self.reflect_name(t.elem)
        if isinstance(t, Pointer):
            return "*" + self.reflect_name(t.elem)
        if isinstance(t, Map):
            return f"map[{self.reflect_name(t.key)}]{self.reflect_name(t.elem)}"
        if isinstance(t, Chan):
            head = {SEND_ONLY: "chan<- ", RECV_ONLY: "<-chan "}.get(t.dir, "chan ")
            elem = self.reflect_name(t.elem)
            if head == "chan " and elem.startswith("<-"):
                return f"chan ({elem})"  # `chan <-chan T` would read as chan<- (chan T)
            return head + elem
        if isinstance(t, Signature):
            return "func" + self.reflect_signature(t)
        if isinstance(t, Interface) and not isinstance(t, Named):
            ms = sorted(t.all_methods(), key=lambda m: m.name)
            return "interface { " + "; ".join(m.name + self.reflect_signature(m.type) for m in ms) + " }"  # type: ignore[arg-type]
        if isinstance(t, Basic):
            return {"byte": "uint8", "rune": "int32"}.get(t.name, t.name)
        if isinstance(t, Named) and t.obj.pkg is not None:
            return type_string(t, lambda pkg: pkg.name)
        return str(t)

    def reflect_signature(self, t: Signature) -> str:
        """(params) results of a function type, as reflect prints them: no parameter names."""
        ps = [self.reflect_name(v.type) for v in t.params.vars]  # type: ignore[arg-type]
        if t.variadic and ps:
            last = t.params.vars[-1].type
            ps[-1] = "..." + self.reflect_name(last.elem if isinstance(last, Slice) else last)  # type: ignore[arg-type]
        rs = [self.reflect_name(v.type) for v in t.results.vars]  # type: ignore[arg-type]
        res = "" if not rs else " " + rs[0] if len(rs) == 1 else " (" + ", ".join(rs) + ")"
        return "(" + ", ".join(ps) + ")" + res

    def to_iface(self, code: str, t: Optional[Type], at: Any) -> str:
        """Convert a value of static type t to an interface value."""
        if t is None:
            return code
        if isinstance(t, TypeParam):
            return f"gv.box_as({self.desc(t, at)}, {code})"
        u = t.underlying()
        if isinstance(u, Interface) and not isinstance(t, TypeParam):
            return code
        if isinstance(t, Basic):
            if t.kind == UNTYPED_NIL:
                return "None"
            if t.kind in (BOOL, INT, FLOAT64, STRING, COMPLEX128) and t.name not in ("byte", "rune"):
                return code
        if isinstance(t, Pointer) and isinstance(t.elem, Named) and isinstance(t.elem.underlying(), Struct):
            if t.elem.type_args and t.elem.obj.pkg is not self.pkg:
                # One class serves every instantiation of a standard package's generic type
                # (atomic.Pointer[T]): only the box tells the type arguments.
                return f"gv.Box({self.desc(t, at)}, {code})"
            inner = at
            while isinstance(inner, ast.ParenExpr):
                inner = inner.x
            if isinstance(inner, (ast.CompositeLit, ast.UnaryExpr, ast.CallExpr)) and not (
                    isinstance(inner, ast.CallExpr) and _returns_pointer_maybe_nil(inner)):
                return code  # never nil
            # A nil *T in an interface is not a nil interface.
            return f"gv.ptr_iface({code}, {self.desc(t, at)})"
        if isinstance(u, Struct) or (isinstance(u, Array) and isinstance(at, ast.Expr) and self.addressable(at)):
            return f"gv.Box({self.desc(t, at)}, {self.copy_of(code, t)})"  # the interface's own copy
        return f"gv.Box({self.desc(t, at)}, {code})"

    def wrap(self, code: str, t: Optional[Type]) -> str:
        if isinstance(t, TypeParam):
            return f"gv.wrap_as({self.tparams.get(t, 'None')}, {code})"
        u = _u(t)
        if isinstance(u, Basic):
            fn = _WRAP.get(u.kind)
            if fn is not None:
                return f"{fn}({code})"
            if u.kind == FLOAT32:
                return f"gv.f32({code})"
            if u.kind == COMPLEX64:
                return f"gv.c64({code})"
        return code

    # ------------------------------------------------------------ the module

    def module(self) -> str:
        w = self.w
        body = Writer()
        self.w = body
        self.decls()
        if "reflect" in self.imports:
            self.method_tables()
        self.w = w
        w.line('"""Translated from Go by go2py."""')
        w.blank()
        if self.placement.header:
            self.write_comments(self.placement.header)
            w.blank()
        w.line("from __future__ import annotations")
        w.blank()
        w.line("from typing import Any, Optional")
        w.blank()
        w.line("import go2py.runtime as rt")
        w.line("from go2py.runtime import values as gv")
        for path, alias in sorted(self.imports.items()):
            root, mod = impl_module(path)
            w.line(f"from {root} import {mod} as {alias}" if mod != alias else f"from {root} import {mod}")
        w.blank()
        w.line("__go2py_preemptible__ = True")
        w.blank()
        w.lines.extend(self.anon_w.lines)
        w.lines.extend(body.lines)
        if self.late_end:
            w.blank()
            for line in self.late_end:
                w.line(line)
        end = self.placement.end + self.placement.leftover()
        if end:
            w.blank()
            w.blank()
            self.write_comments(end)
        if self.pkg.name == "main":
            w.blank()
            w.blank()
            w.line('if __name__ == "__main__":')
            w.line("    rt.run_main(main, init=_init)" if self.has_init else "    rt.run_main(main)")
        elif self.has_init:
            w.blank()
            w.line("_init()")
        self.out_lines = w.lines
        return w.text()

    # ------------------------------------------------------------ reflect's method sets

    def method_tables(self) -> None:
        """For a program that imports reflect: the method sets of the defined and interface
        types it can meet (its own, and those its expressions have), with their signatures, for
        Type.Method and Value.Method. Types whose run-time description is refused are left out."""
        found: list[Type] = []
        seen: set[int] = set()

        def visit(t: Optional[Type], depth: int) -> None:
            if t is None or depth > 4 or id(t) in seen:
                return
            seen.add(id(t))
            if isinstance(t, Named):
                if not t.type_params or t.type_args:
                    found.append(t)
                return
            if isinstance(t, (Pointer, Slice, Array, Chan)):
                visit(t.elem, depth + 1)
            elif isinstance(t, Map):
                visit(t.key, depth + 1)
                visit(t.elem, depth + 1)
            elif isinstance(t, Tuple):
                for v in t.vars:
                    visit(v.type, depth + 1)
            elif isinstance(t, Signature):
                visit(t.params, depth + 1)
                visit(t.results, depth + 1)
            elif isinstance(t, Interface) and t.all_methods():
                found.append(t)

        for obj in self.info.defs.values():
            if isinstance(obj, TypeName) and not obj.is_alias:
                visit(obj.type, 0)
        for tv in list(self.info.types.values()):
            visit(tv.type, 0)
        at = self.files[0] if self.files else None
        saved, self.tparams = self.tparams, {}  # at module level no type parameter has a value
        try:
            for t in found:
                try:
                    line = self.method_table(t, at)
                except TranslateError:
                    continue
                if line is not None:
                    self.late_end.append(line)
        finally:
            self.tparams = saved

    def method_table(self, t: Type, at: Any) -> Optional[str]:
        from go2py.check.lookup import lookup_field_or_method

        u = t.underlying()
        entries: list[tuple[str, Type, bool]] = []
        if isinstance(u, Interface):
            entries = [(m.name, m.type, False) for m in sorted(u.all_methods(), key=lambda m: m.name)]  # type: ignore[misc]
        elif isinstance(t, Named):
            names = {m.name for m in t.origin.methods}
            if isinstance(u, Struct):
                names |= _embedded_method_names(u, 8)
            for n in sorted(names):
                obj, _, _ = lookup_field_or_method(Pointer(t), False, self.pkg, n)
                if not isinstance(obj, Func) or obj.type is None:
                    continue
                vobj, _, indirect = lookup_field_or_method(t, False, self.pkg, n)
                in_value_set = isinstance(vobj, Func) and (not vobj.has_ptr_recv or indirect)
                entries.append((n, obj.type, not in_value_set))
        if not entries:
            return None
        items = "".join(f"({py_str(n)}, {self.desc(sig, at)}, {ptr}), " for n, sig, ptr in entries)
        return f"gv.method_sigs({self.desc(t, at)}, lambda: ({items.rstrip(' ')}))"

    def decls(self) -> None:  # noqa: C901
        for f in self.files:
            for imp in f.imports:
                path = constant.string_val(constant.make_from_literal(imp.path.value, "STRING")).decode()
                pn = self.info.defs.get(imp.name) if imp.name is not None else self.info.implicits.get(imp)
                if imp.name is not None and imp.name.name == "_":
                    continue  # imported for its initialization, which go2py's packages do on import
                if imp.name is not None and imp.name.name == ".":
                    raise self.unsupported(imp, "dot imports")
                alias = py_name(pn.name) if pn is not None else path.rsplit("/", 1)[-1]
                if path == "unsafe":
                    # Sizeof, Alignof and Offsetof fold to constants; any other use is refused
                    # where it appears.
                    continue
                if _std_module(path) is None:
                    raise self.unsupported(imp, f'the package "{path}" (no Python implementation)')
                self.imports[path] = alias
        self.module_names |= {py_name(n) for n in self.pkg.scope.names} | set(self.imports.values())
        self.module_names |= {"T_" + py_name(n) for n in self.pkg.scope.names}
        methods: dict[str, list[ast.FuncDecl]] = {}
        funcs: list[ast.FuncDecl] = []
        for f in self.files:
            for d in f.decls:
                if isinstance(d, ast.FuncDecl):
                    if d.recv is not None:
                        methods.setdefault(_recv_base(d), []).append(d)
                    else:
                        funcs.append(d)
        # Types (classes), constants, package variables in initialization order, functions.
        for f in self.files:
            for d in f.decls:
                if isinstance(d, ast.GenDecl) and d.tok == "type":
                    for s in d.specs:
                        assert isinstance(s, ast.TypeSpec)
                        self.type_spec(s, methods.get(s.name.name, []))
                elif isinstance(d, ast.GenDecl) and d.tok == "const":
                    for s in d.specs:
                        assert isinstance(s, ast.ValueSpec)
                        self.write_comments(self.placement.before(s))
                        for n in s.names:
                            obj = self.info.defs.get(n)
                            if isinstance(obj, Const) and n.name != "_":
                                self.w.line(f"{py_name(n.name)} = {self.const_value(obj.val, obj.type, n)}")
                        self.trailing_comments(s)
        self.hoist_local_types(funcs + [m for ms in methods.values() for m in ms])
        if self.late:
            self.w.blank()
            for line in self.late:
                self.w.line(line)
        for f in self.files:
            for d in f.decls:
                if isinstance(d, ast.GenDecl) and d.tok == "var":
                    for s in d.specs:
                        assert isinstance(s, ast.ValueSpec)
                        if not s.values:
                            self.write_comments(self.placement.before(s))
                            for n in s.names:
                                obj = self.info.defs.get(n)
                                if obj is not None and n.name != "_":
                                    self.w.line(f"{py_name(n.name)} = {self.zero(obj.type, n)}")
                            self.trailing_comments(s)
                        for n in s.names:
                            obj = self.info.defs.get(n)
                            if obj is not None:
                                self.var_specs[id(obj)] = s
        inits = 0
        defined: list[tuple[ast.FuncDecl, str]] = []
        for fd in funcs:
            name = py_name(fd.name.name)
            if fd.name.name == "init":
                inits += 1
                name = f"_init{inits}"
            defined.append((fd, name))
            self.w.blank()
            self.w.blank()
            self.func_decl(fd, name)
        # Variable initializers may call functions, so they run after the defs. Those that
        # cannot panic or block stay at module level; from the first that can, package
        # initialization is a function the runtime runs in goroutine 1 before main, as Go
        # does, so that its panics, goroutines and channel operations behave as in Go.
        order = self.info.init_order
        split = next((i for i, (_, init) in enumerate(order) if _may_panic_or_block(init, self.safe_builtin_call)),
                     len(order))
        if split:
            self.w.blank()
        for lhs, init in order[:split]:
            self.init_assign(lhs, init)
        if split < len(order) or inits:
            self.w.blank()
            self.w.blank()
            self.w.line("def _init() -> None:")
            self.w.depth += 1
            self.w.line('"""Package initialization: variables in dependency order, then init()."""')
            names = sorted({py_name(v.name) for lhs, _ in order[split:] for v in lhs if v.name != "_"})
            if names:
                self.global_stmt(names)
            for lhs, init in order[split:]:
                self.init_assign(lhs, init)
            for i in range(1, inits + 1):
                self.w.line(f"_init{i}()")
            self.w.depth -= 1
            self.has_init = True

    def safe_builtin_call(self, e: ast.CallExpr) -> bool:
        """make, new, len or cap of types and constants: it can neither panic nor block."""
        if not (isinstance(e.fun, ast.Ident) and e.fun.name in ("make", "new", "len", "cap")
                and isinstance(self.obj_of(e.fun), Builtin)):
            return False
        for a in e.args:
            tv = self.info.types.get(a)
            if tv is None or not (tv.mode == TYPEXPR or tv.value is not None):
                return False
        return True

    def init_assign(self, lhs: list[Var], init: ast.Expr) -> None:
        names = ", ".join(py_name(v.name) for v in lhs)
        spec = self.var_specs.get(id(lhs[0])) if lhs else None
        if spec is not None:
            self.write_comments(self.placement.before(spec))
        if len(lhs) == 1:
            self.w.line(f"{names} = {self.value(init, lhs[0].type)}")
        else:
            self.w.line(f"{names} = {self.expr(init)}")
        if spec is not None:
            self.trailing_comments(spec)

    def hoist_local_types(self, funcs: list[ast.FuncDecl]) -> None:
        """Declare the types of function bodies at module level, as Go's own compiler does.

        A local type cannot refer to a local variable, so only its name is local: the class
        gets a module-level name of its own (its %T stays `main.T`). Methods cannot be
        declared on it.
        """
        for fd in funcs:
            if fd.body is None:
                continue
            for n in ast.walk(fd.body):
                if not (isinstance(n, ast.GenDecl) and n.tok == "type"):
                    continue
                if fd.type.type_params is not None:
                    raise self.unsupported(n, "local type declarations in generic functions")
                for spec in n.specs:
                    assert isinstance(spec, ast.TypeSpec)
                    obj = self.info.defs.get(spec.name)
                    if not isinstance(obj, TypeName) or spec.name.name == "_":
                        continue
                    base = py_name(spec.name.name)
                    name, k = base, 1
                    while name in self.module_names or "T_" + name in self.module_names:
                        k += 1
                        name = f"{base}_{k}"
                    self.module_names |= {name, "T_" + name}
                    self.hoisted[obj] = name
                    self.type_spec(spec, [], name)

    def type_spec(self, s: ast.TypeSpec, methods: list[ast.FuncDecl], name: str = "") -> None:
        obj = self.info.defs.get(s.name)
        assert isinstance(obj, TypeName)
        t = obj.type
        u = t.underlying()  # type: ignore[union-attr]
        if obj.is_alias or not isinstance(u, Struct):
            self.late.extend(self.doc_comments(s))
        if obj.is_alias:
            return
        name = name or py_name(s.name.name)
        qual = f"{self.pkg.name}.{s.name.name}"
        w = self.w
        tnames: list[str] = []
        if s.type_params is not None and not isinstance(u, Interface):
            for tp in t.type_params:  # type: ignore[union-attr]
                self.tparams[tp] = "_T_" + py_name(tp.obj.name)
                tnames.append(self.tparams[tp])
            if isinstance(u, Struct):
                self.emit_struct_class(name, u, methods, s, qual, w, t.type_params)  # type: ignore[union-attr]
                return
        if isinstance(u, Struct):
            self.emit_struct_class(name, u, methods, s, qual, w)
            return
        if isinstance(u, Interface):
            return
        # A defined type on a non-struct type: methods are functions T_M(recv, ...).
        for m in methods:
            w.blank()
            w.blank()
            self.func_decl(m, f"{name}_{py_name(m.name.name)}")
        mtable = ", ".join(f"{py_str(m.name.name)}: {name}_{py_name(m.name.name)}" for m in methods)
        # Pointer-receiver methods take the pointer cell; a *T in an interface calls them so.
        ptr = [m.name.name for m in methods if isinstance(m.recv.list[0].type, ast.StarExpr)]  # type: ignore[union-attr]
        ptr_arg = f", ptr=({''.join(py_str(n) + ', ' for n in ptr)})" if ptr else ""
        if tnames:
            # T_Name(GoType, ...) makes the run-time type of one instantiation; the methods
            # take the type arguments before the receiver.
            self.late.append(f"T_{name} = gv.generic_named({py_str(qual)}, "
                             f"lambda {', '.join(tnames)}: {self.desc(u, s)}, {{{mtable}}}{ptr_arg})")
            return
        self.late.append(f"T_{name} = gv.named({py_str(qual)}, {self.desc(u, s)}, {{{mtable}}}{ptr_arg})")

    def write_comments(self, comments: list[ast.Comment]) -> None:
        """Go comments as Python comment lines, at the current indentation."""
        for c in comments:
            for text in _py_comment(c.text):
                self.w.line(text)

    def trailing_comments(self, node: ast.Node) -> None:
        """The comments that end node's line in Go, ending the last line written."""
        for c in self.placement.trailing(node):
            self.w.append_to_last("  " + _py_comment(c.text)[0])

    def doc_comments(self, node: ast.Node) -> list[str]:
        """The comment lines before node and ending its line, for a declaration written as a
        block (a class or a def), whose first line ends with a colon."""
        return [text for c in self.placement.before(node) + self.placement.trailing(node)
                for text in _py_comment(c.text)]

    def emit_struct_class(self, name: str, u: Struct, methods: list[ast.FuncDecl], s: Any, qual: str,
                          w: Writer, tparams: Optional[list[TypeParam]] = None) -> None:
        """A struct type's class; for a generic type, one class whose instantiations
        (`Name.of(GoType, ...)`, made by gv.generic_struct) are subclasses holding the type
        arguments in `__targs__`."""
        saved, self.w = self.w, w
        w.blank()
        w.blank()
        if isinstance(s, ast.TypeSpec):
            for text in self.doc_comments(s):
                w.line(text)
        w.line(f"class {name}({'gv.WeakStruct' if self.observes_reachability else 'gv.Struct'}):")
        w.depth += 1
        fields = [py_name(f.name) if f.name != "_" else f"_blank{i}" for i, f in enumerate(u.fields)]
        w.line(f"__slots__ = ({', '.join(py_str(f) for f in fields)}{',' if len(fields) == 1 else ''})")
        tnames = [self.tparams[tp] for tp in tparams or []]
        if tparams:
            w.line("__targs__: tuple[gv.GoType, ...] = ()")
        # Fields whose zero value depends on the type arguments default to gv.UNSET.
        by_targs = [bool(tparams) and _zero_needs_targs(f.type) for f in u.fields]
        ptr = [m.name.name for m in methods if isinstance(m.recv.list[0].type, ast.StarExpr)]  # type: ignore[union-attr]
        if ptr:
            # Not in the method set of the struct value (fmt and interfaces consult this).
            w.line(f"__ptr_methods__ = ({', '.join(py_str(n) for n in ptr)},)")
        ifaces = [fn for fn, f in zip(fields, u.fields) if isinstance(_u(f.type), Interface)]
        if ifaces:
            w.line(f"_ifaces = ({', '.join(py_str(n) for n in ifaces)},)  # compared as interface values")
        w.blank()
        params = ", ".join(
            f"{fn}: {self.annot(f.type)} = "
            f"{'gv.UNSET' if bt else 'None' if self.needs_copy(f.type) else self.zero(f.type, s)}"
            for fn, f, bt in zip(fields, u.fields, by_targs))
        w.line(f"def __init__(self{', ' if params else ''}{params}) -> None:")
        w.depth += 1
        if not fields:
            w.line("pass")
        if any(by_targs):
            w.line(f"{', '.join(tnames)}{',' if len(tnames) == 1 else ''} = self.__targs__")
        shadowed: list[tuple[str, str]] = []
        # The Go field each field comes from (`X, Y int` is one), for its comments.
        ast_fields: list[Optional[ast.Field]] = [None] * len(fields)
        if isinstance(s, ast.TypeSpec) and isinstance(s.type, ast.StructType):
            ast_fields = [af for af in s.type.fields.list for _ in (af.names or [None])]
        for fn, f, bt, af in zip(fields, u.fields, by_targs, ast_fields):
            if af is not None:
                self.write_comments(self.placement.before(af))
            if bt:
                w.line(f"self.{fn} = {self.zero(f.type, s)} if {fn} is gv.UNSET else {fn}")
            elif self.needs_copy(f.type):
                z = self.zero(f.type, s)
                if any(re.search(rf"(?<![\w.]){re.escape(other)}\b", z) for other in fields):
                    # A parameter (field `Base Base`, embedded) would hide the class the zero
                    # value is built from: build it in a function of the class instead.
                    shadowed.append((fn, z))
                    z = f"self._zero_{fn}()"
                w.line(f"self.{fn} = {z} if {fn} is None else {fn}")
            else:
                w.line(f"self.{fn} = {fn}")
            if af is not None:
                self.trailing_comments(af)
        w.depth -= 1
        for fn, z in shadowed:
            w.blank()
            w.line("@staticmethod")
            w.line(f"def _zero_{fn}() -> Any:")
            w.line(f"    return {z}")
        w.blank()
        w.line(f"def _copy(self) -> {name}:")
        args = ", ".join(self.copy_of(f"self.{fn}", f.type) if self.needs_copy(f.type) else f"self.{fn}"
                         for fn, f in zip(fields, u.fields))
        w.line(f"    return {'type(self)' if tparams else name}({args})")
        w.blank()
        w.line(f"def _assign(self, v: {name}) -> None:")
        if not fields:
            w.line("    pass")
        for fn in fields:
            w.line(f"    self.{fn} = v.{fn}")
        for m in methods:
            w.blank()
            self.func_decl(m, py_name(m.name.name))
            if py_name(m.name.name) != m.name.name and not keyword.iskeyword(m.name.name):
                # The runtime finds methods by their Go names (interface checks, runtime.Error)
                w.line(f"{m.name.name} = {py_name(m.name.name)}")
        if isinstance(s, ast.TypeSpec):
            self.promoted_methods(s, u, w)
        w.depth -= 1
        fdescs = ", ".join(f"({py_str(f.name)}, {self.desc(f.type, s)}, {py_str(u.tags[i])}, {f.embedded})"
                           for i, f in enumerate(u.fields))
        if tparams:
            self.late.append(f"{name}.of = gv.generic_struct({name}, {py_str(qual)}, "
                             f"lambda {', '.join(tnames)}: [{fdescs}])")
            self.w = saved
            return
        w.blank()
        w.line(f'{name}.__gotype__ = gv.GoType({py_str(qual)}, "struct", py={name}, zero={name})')
        (self.late_end if w is self.anon_w else self.late).append(f"{name}.__gotype__.fields = [{fdescs}]")
        self.w = saved

    def promoted_methods(self, spec: ast.TypeSpec, u: Struct, w: Writer) -> None:
        """Methods promoted from embedded fields, forwarded so interface calls find them."""
        from go2py.check.lookup import lookup_field_or_method

        named = self.info.defs[spec.name].type  # type: ignore[union-attr]
        if not isinstance(named, Named):
            return
        own = {m.name for m in named.methods} | {f.name for f in u.fields}
        names = _embedded_method_names(u, 4)
        for n in sorted(names - own):
            obj, index, _ = lookup_field_or_method(Pointer(named), False, self.pkg, n)
            if not isinstance(obj, Func) or len(index) < 2:
                continue
            path: list[str] = []
            t: Type = named
            ok = True
            for i in index[:-1]:
                st = t.elem.underlying() if isinstance(t, Pointer) else t.underlying()
                if not isinstance(st, Struct):
                    ok = False
                    break
                f = st.fields[i]
                path.append(py_name(f.name))
                t = f.type  # type: ignore[assignment]
            owner = t.elem if isinstance(t, Pointer) else t
            if not ok:
                continue
            w.blank()
            w.line(f"def {py_name(n)}(self, *args: Any) -> Any:")
            if isinstance(owner, Named) and not isinstance(owner.underlying(), (Struct, Interface)):
                if owner.obj.pkg is not self.pkg or isinstance(t, Pointer):
                    w.lines.pop()
                    w.lines.pop()
                    continue
                # A method of a defined non-struct type is a function taking the value.
                w.line(f"    return {py_name(owner.obj.name)}_{py_name(n)}(self.{'.'.join(path)}, *args)")
            else:
                w.line(f"    return self.{'.'.join(path)}.{py_name(n)}(*args)")

    # ------------------------------------------------------------ functions

    def func_decl(self, fd: ast.FuncDecl, name: str) -> None:
        self.used_names = set()
        if fd.type.type_params is not None and fd.recv is not None:
            raise self.unsupported(fd, "generic methods")
        if fd.body is None:
            raise self.unsupported(fd, "functions without a body")
        obj = self.info.defs.get(fd.name)
        sig = obj.type if obj is not None else None
        assert isinstance(sig, Signature)
        params: list[str] = []
        prologue: list[str] = []
        # A generic function takes the run-time types of its type arguments first.
        for tp in sig.type_params:
            pname = "_T_" + py_name(tp.obj.name)
            self.tparams[tp] = pname
            params.append(f"{pname}: gv.GoType")
        if fd.recv is not None and sig.recv is not None:
            rname = self.lname(sig.recv) if sig.recv.name and sig.recv.name != "_" else "self"
            params.append(rname)
            rtps = sig.recv_type_params
            for tp in rtps:
                self.tparams[tp] = "_T_" + py_name(tp.obj.name)
            names = [self.tparams[tp] for tp in rtps]
            rbase = sig.recv.type.elem if isinstance(sig.recv.type, Pointer) else sig.recv.type
            if rtps and isinstance(_u(rbase), Struct):
                # A method of a generic struct type finds the type arguments on its receiver.
                prologue.append(f"{', '.join(names)}{',' if len(names) == 1 else ''} = "
                                f"gv.targs_of({rname}, {len(names)})")
            elif rtps:
                # A method of another generic type takes them before the receiver, like a
                # generic function.
                params[-1:-1] = [f"{n}: gv.GoType" for n in names]
            if self.needs_copy(sig.recv.type) and self.may_modify(fd.body, sig.recv):
                # A value receiver is the caller's copy: copied only when the method changes it.
                prologue.append(f"{rname} = {self.copy_of(rname, sig.recv.type)}")
        for v in sig.params.vars:
            pn = self.lname(v) if v.name and v.name != "_" else self.new_tmp("p")
            params.append(f"{pn}: {self.annot(v.type)}")
        res = sig.results.vars
        ret = "None" if not res else self.annot(res[0].type) if len(res) == 1 else "tuple"
        for text in self.doc_comments(fd):
            self.w.line(text)
        outer, Writer.pos = Writer.pos, (fd.file, fd.line)
        go_name = self.go_func_name(fd)
        self.fn_names.append([go_name, 0, 0, ""])
        self.w.line(f"def {name}({', '.join(params)}) -> {ret}:", func=go_name)
        start = len(self.w.lines)
        self.w.depth += 1
        self.function_body(fd.body, sig, prologue)
        self.w.depth -= 1
        self.fn_names.pop()
        Writer.pos = outer
        if sig.recv_type_params:
            self.drop_unused_targs(start, [self.tparams[tp] for tp in sig.recv_type_params])

    def go_func_name(self, fd: ast.FuncDecl) -> str:
        """The function's name as Go's runtime reports it: main.f, main.T.M, main.(*T).M."""
        pkg = self.pkg.path if self.pkg.name != "main" else "main"
        if fd.recv is None:
            generic = fd.type.type_params is not None and fd.type.type_params.list
            return f"{pkg}.{fd.name.name}" + ("[...]" if generic else "")
        base = _recv_base(fd) + ("[...]" if fd.recv.list[0].type and _has_type_args(fd.recv.list[0].type) else "")
        t = fd.recv.list[0].type
        while isinstance(t, ast.ParenExpr):
            t = t.x
        if isinstance(t, ast.StarExpr):
            return f"{pkg}.(*{base}).{fd.name.name}"
        return f"{pkg}.{base}.{fd.name.name}"

    def enter_func(self, kind: str) -> str:
        """The Go name of a function literal (kind ".func") or range-over-func body ("-range")
        starting in the current function, which it becomes until fn_names is popped: Go
        numbers them in order, main.main.func1, its own literals main.main.func1.1, and
        range bodies main.main-range1."""
        top = self.fn_names[-1]
        if kind == "-range":
            top[2] += 1
            name = f"{top[0]}-range{top[2]}"
        else:
            top[1] += 1
            name = f"{top[0]}.{top[1]}" if top[3] == ".func" else f"{top[0]}.func{top[1]}"
        self.fn_names.append([name, 0, 0, kind])
        return name

    def drop_unused_targs(self, start: int, names: list[str]) -> None:
        """Remove a method's `_T_X, = gv.targs_of(...)` line when its body needs none of them."""
        lines = self.w.lines
        for i in range(start, len(lines)):
            if "gv.targs_of(" in lines[i]:
                rest = lines[start:i] + lines[i + 1:]
                if not any(re.search(rf"\b{n}\b", ln) for ln in rest for n in names):
                    del lines[i]
                return

    def function_body(self, body: ast.BlockStmt, sig: Signature, prologue: list[str],
                      nonlocals: Optional[set[str]] = None) -> None:
        saved = (self.results, self.cells, self.gotos, self.releases, self.stack_appends, self.in_defer_body)
        self.in_defer_body = False
        saved_hoist = (self.hoist, self.hoist_root, self.hoisted_calls)
        self.hoist, self.hoist_root, self.hoisted_calls = False, None, {}
        saved_comments = (self.comments, self.cpos)
        self.comments = self.file_comments.get(body.file, [])
        self.cpos = bisect.bisect_left(self.comments, (body.line, body.col + 1), key=lambda c: (c.line, c.col))
        outermost = self.closure_assigned is None
        if outermost:
            # Analyses of the whole function, its literals included: a literal's body reuses them.
            self.closure_assigned = {self.obj_of(t) for lit in ast.walk(body) if isinstance(lit, ast.FuncLit)
                                     for n in ast.walk(lit.body) for t in _assign_targets(n)
                                     if isinstance(t, ast.Ident)}
            self.bounded |= self.small_counters(body, sig)
            if self.comments:
                self.note_block_ends(body)
        self.results = list(sig.results.vars)
        self.stack_appends = self.stack_backed_appends(body)
        self.cells = self.address_taken(body)
        self.gotos = {n.label.name for n in _walk_no_funclit(body)
                      if isinstance(n, ast.BranchStmt) and n.tok == "goto" and n.label is not None}
        self.releases = self.dead_after(body, sig)
        n0 = len(self.w.lines)
        globs = self.assigned_globals(body)
        if globs:
            self.global_stmt(sorted(globs))
        for p in sig.params.vars:
            if p in self.cells:
                prologue.append(f"{self.lname(p)} = rt.Cell({self.lname(p)})")
        for line in prologue:
            self.w.line(line)
        named = any(v.name for v in sig.results.vars)
        if named:
            for v in sig.results.vars:
                if v.name and v.name != "_":
                    self.w.line(f"{self.lname(v)} = {self.cell_wrap(v, self.zero(v.type, body))}")
        if self.uses_defer(body):
            # "=": runtime.Caller reports the body's frames as the function's (callers.py).
            self.w.line("def _body(_df: rt.DeferFrame) -> Any:", func="=")
            self.w.depth += 1
            self.in_defer_body = True
            # The body runs in a nested function: it declares again what it rebinds.
            if globs:
                self.global_stmt(sorted(globs))
            rnames = {self.lname(v) for v in sig.results.vars if v.name and v.name != "_" and v not in self.cells}
            # so do parameters (and the receiver) that the body assigns
            outside = [v for v in sig.params.vars + ([sig.recv] if sig.recv else [])
                       if v.name and v.name != "_" and v not in self.cells]
            assigned = {self.obj_of(t) for n in _walk_no_funclit(body) for t in _assign_targets(n)
                        if isinstance(t, ast.Ident)}
            rnames |= {self.lname(v) for v in outside if v in assigned}
            rnames |= nonlocals or set()
            if rnames:
                self.w.line("nonlocal " + ", ".join(sorted(rnames)))
            self.stmts(body.list)
            self.flush_comments(body.rbrace_line, body.rbrace_col)
            self.w.depth -= 1
            # Go runs the deferred calls of a return at the return statement, of a body that
            # ends at its closing brace: runtime.Caller in a deferred call reports that line.
            last = body.list[-1] if body.list else None
            outer_pos = Writer.pos
            if outer_pos is not None:
                Writer.pos = (outer_pos[0], last.line if isinstance(last, ast.ReturnStmt) else body.rbrace_line)
            self.w.line("_frame = rt.DeferFrame()")
            if named:
                self.w.line(f"_frame.results = lambda: {self.named_results()}")
            self.w.line("return _frame.run(_body)")
            Writer.pos = outer_pos
        else:
            self.stmts(body.list)
            self.flush_comments(body.rbrace_line, body.rbrace_col)
        if self.w.empty_since(n0):
            self.w.line("pass")
        self.results, self.cells, self.gotos, self.releases, self.stack_appends, self.in_defer_body = saved
        self.hoist, self.hoist_root, self.hoisted_calls = saved_hoist
        if outermost:
            self.closure_assigned = None
        if saved_comments[0] is self.comments:
            self.cpos = max(saved_comments[1], self.cpos)  # a function literal's comments are written
        else:
            self.comments, self.cpos = saved_comments

    def small_counters(self, body: ast.BlockStmt, sig: Signature) -> set[Var]:
        """Local int variables that only ever hold a constant within ±2^31, len or cap, or
        themselves plus or minus a constant of at most 256: leaving int64's range would take
        more than 2^54 steps, so their sums need no wrapping (small_sum)."""
        verdict: dict[Any, bool] = {}

        def var(x: ast.Expr) -> Any:
            while isinstance(x, ast.ParenExpr):
                x = x.x
            return self.obj_of(x) if isinstance(x, ast.Ident) and x.name != "_" else None

        def const(e: ast.Expr, bound: int) -> bool:
            tv = self.info.types.get(e)
            c = _const_int(tv.value) if tv is not None and tv.value is not None else None
            return c is not None and abs(c) <= bound

        def small_value(v: Any, e: ast.Expr) -> bool:
            while isinstance(e, ast.ParenExpr):
                e = e.x
            if const(e, 1 << 31):
                return True
            if isinstance(e, ast.CallExpr) and isinstance(e.fun, ast.Ident) and e.fun.name in ("len", "cap") \
                    and isinstance(self.obj_of(e.fun), Builtin):
                return True
            return isinstance(e, ast.BinaryExpr) and e.op in ("+", "-") and var(e.x) is v and const(e.y, 256)

        def note(x: ast.Expr, ok: bool) -> None:
            v = var(x)
            if v is not None:
                verdict[v] = verdict.get(v, True) and ok

        outside = set(sig.params.vars) | set(sig.results.vars) | ({sig.recv} if sig.recv else set())
        for n in ast.walk(body):
            if isinstance(n, ast.FuncLit):
                lit = self.type_of(n)
                if isinstance(lit, Signature):  # a literal's parameters come from its callers
                    outside |= set(lit.params.vars) | set(lit.results.vars)
            elif isinstance(n, ast.AssignStmt):
                if n.tok in ("=", ":=") and len(n.lhs) == len(n.rhs):
                    for l, r in zip(n.lhs, n.rhs):
                        note(l, small_value(var(l), r))
                else:
                    for l in n.lhs:
                        note(l, n.tok in ("+=", "-=") and const(n.rhs[0], 256))
            elif isinstance(n, ast.IncDecStmt):
                note(n.x, True)
            elif isinstance(n, ast.ValueSpec):
                for i, name in enumerate(n.names):
                    note(name, not n.values or len(n.values) == len(n.names) and small_value(var(name), n.values[i]))
            elif isinstance(n, ast.RangeStmt):
                for x in (n.key, n.value):
                    if x is not None:
                        note(x, False)
            elif isinstance(n, ast.UnaryExpr) and n.op == "&":
                note(n.x, False)
        return {v for v, ok in verdict.items()
                if ok and isinstance(v, Var) and v not in outside and v.parent is not self.pkg.scope
                and isinstance(v.type, Basic) and v.type.kind in (INT, INT64)}

    def may_modify(self, body: ast.Node, v: Var) -> bool:
        """Whether a function body may change (part of) the value held in variable v."""
        def root(e: Any) -> Any:
            while isinstance(e, (ast.SelectorExpr, ast.IndexExpr, ast.ParenExpr, ast.SliceExpr)):
                if isinstance(e, ast.IndexExpr) and isinstance(_u(self.type_of(e.x)), (Slice, Map)):
                    return None  # elements of slices and maps are not part of the value
                e = e.x
            return self.obj_of(e) if isinstance(e, ast.Ident) else None

        for n in ast.walk(body):
            for t in _assign_targets(n):
                if root(t) is v:
                    return True
            if isinstance(n, ast.UnaryExpr) and n.op == "&" and root(n.x) is v:
                return True
            if isinstance(n, ast.CallExpr) and isinstance(n.fun, ast.SelectorExpr):
                sel = self.info.selections.get(n.fun)
                if sel is not None and isinstance(sel.obj, Func) and sel.obj.has_ptr_recv and root(n.fun.x) is v:
                    return True
            if isinstance(n, ast.RangeStmt) and n.tok == "=":
                return True
        return False

    def assigned_globals(self, body: ast.Node) -> set[str]:
        out: set[str] = set()
        for n in _walk_no_funclit(body):
            for x in _assign_targets(n):
                if isinstance(x, ast.Ident):
                    obj = self.obj_of(x)
                    if isinstance(obj, Var) and obj.parent is self.pkg.scope:
                        out.add(py_name(obj.name))
        return out

    def named_results(self) -> str:
        vals = [self.read_var(v) for v in self.results]
        return vals[0] if len(vals) == 1 else "(" + ", ".join(vals) + ")"

    def observes(self, n: ast.Node) -> bool:
        """Whether n is a call that lets the program see when an object becomes unreachable."""
        if not (isinstance(n, ast.CallExpr) and isinstance(n.fun, ast.SelectorExpr)
                and isinstance(n.fun.x, ast.Ident) and n.fun.sel.name in ("AddCleanup", "SetFinalizer")):
            return False
        pkg = self.obj_of(n.fun.x)
        return isinstance(pkg, PkgName) and pkg.imported.path == "runtime"

    @functools.cached_property
    def observes_reachability(self) -> bool:
        """Whether the program calls runtime.AddCleanup or SetFinalizer: its structs then take
        weak references (gv.WeakStruct), which cost every other program 8 bytes a struct."""
        return any(self.observes(n) for f in self.files for n in ast.walk(f))

    # Go's compiler backs the first append to a slice whose appends do not escape with a 32-byte
    # array on the stack (cmd/compile's ssagen, getBackingStoreInfo): an append that finds the
    # slice empty and needing room gets capacity 32/size at once (4 ints, 2 strings) where the
    # heap would grow it 1, 2, 4. Go decides by escape analysis; go2py takes the slices whose
    # every use cannot let the backing array out.
    _STACK_STORE = 32

    def stack_backed_appends(self, body: ast.BlockStmt) -> dict[int, tuple[int, bool]]:
        """id of the append call -> (the stack array's length, whether it grows by steps), for
        each local slice variable of this function (not declared in a loop, where Go's one-time
        flag would be spent) that is only appended to (`v = append(v, x, ...)`), measured
        (`len`, `cap`), indexed without taking an address, ranged over and compared with nil.

        Go's first strategy gives the first append in the source the whole array. Its second
        (cmd/compile/internal/slice) applies when one `range` over a variable declared bare
        (`var v []T`, `v := []T{}`), outside the loops around its declaration, copies it (the slice would be
        moved to the heap there), the capacity is read and it is appended to in a loop: every
        append then walks up the size classes within the array."""
        from go2py.check.sizes import sizeof

        parents: dict[int, ast.Node] = {}
        idents: dict[Any, list[ast.Ident]] = {}
        declared: dict[Any, ast.Ident] = {}
        in_loops: dict[int, bool] = {}
        stack: list[tuple[ast.Node, bool, bool]] = [(body, False, False)]
        while stack:
            n, in_loop, in_lit = stack.pop()
            in_loops[id(n)] = in_loop
            if isinstance(n, ast.Ident):
                obj = self.obj_of(n)
                if isinstance(obj, Var) and isinstance(_u(obj.type), Slice):
                    if self.info.defs.get(n) is obj:
                        if not in_loop and not in_lit:
                            declared[obj] = n
                    else:
                        idents.setdefault(obj, []).append(n)
            loop = in_loop or isinstance(n, (ast.ForStmt, ast.RangeStmt))
            lit = in_lit or isinstance(n, ast.FuncLit)
            for c in reversed(n.children()):
                parents[id(c)] = n
                stack.append((c, loop, lit))
        out: dict[int, int] = {}
        for obj, decl in declared.items():
            elem = _u(obj.type).elem
            if isinstance(elem, TypeParam) or any(isinstance(t, TypeParam) for t in _type_parts(elem)):
                continue
            size = sizeof(elem)
            if not 0 < size <= self._STACK_STORE:
                continue
            sites, ranges, cap_used = [], [], False
            for ident in idents.get(obj, []):
                site = self._kept_use(ident, obj, parents)
                if site is False:
                    break
                p = parents.get(id(ident))
                if isinstance(site, ast.CallExpr):
                    sites.append(site)
                elif isinstance(p, ast.RangeStmt):
                    ranges.append(p)
                elif isinstance(p, ast.CallExpr) and isinstance(p.fun, ast.Ident) \
                        and isinstance(self.obj_of(p.fun), Builtin) and p.fun.name == "cap":
                    cap_used = True
            else:
                if not sites:
                    continue
                k = self._STACK_STORE // size
                looped = any(in_loops.get(id(c)) for c in sites) or len(sites) > 1
                # (the slice pass follows a variable declared `var v []T` or `v := []T{}`, not
                # one from make)
                dp = parents.get(id(decl))
                bare = (isinstance(dp, ast.ValueSpec) and not dp.values) or (
                    isinstance(dp, ast.AssignStmt) and len(dp.lhs) == len(dp.rhs) == 1
                    and isinstance(dp.rhs[0], ast.CompositeLit) and not dp.rhs[0].elts)
                if bare and len(ranges) == 1 and not in_loops.get(id(ranges[0])) and cap_used and looped:
                    for c in sites:
                        out[id(c)] = (k, True)
                else:
                    first = min(sites, key=lambda c: (c.line, c.col))
                    out[id(first)] = (k, False)
        return out

    def _kept_use(self, ident: ast.Ident, obj: Any, parents: dict[int, ast.Node]) -> Any:
        """False when this use of a slice variable may let its backing array out of the function
        (or reassign it); the append call when it is `v = append(v, ...)`; else True."""
        p = parents.get(id(ident))
        if isinstance(p, ast.FuncLit) or any(isinstance(a, ast.FuncLit) for a in _ancestors(ident, parents)):
            return False
        if isinstance(p, ast.CallExpr):
            if not p.args or p.args[0] is not ident:
                return False
            fn = p.fun.x if isinstance(p.fun, ast.ParenExpr) else p.fun
            b = self.obj_of(fn) if isinstance(fn, ast.Ident) else None
            if isinstance(b, Builtin) and b.name in ("len", "cap"):
                return True
            if isinstance(b, Builtin) and b.name == "append" and not p.has_ellipsis:
                a = parents.get(id(p))
                if isinstance(a, ast.AssignStmt) and a.tok == "=" and len(a.lhs) == 1 and len(a.rhs) == 1 \
                        and a.rhs[0] is p and isinstance(a.lhs[0], ast.Ident) and self.obj_of(a.lhs[0]) is obj:
                    return p
            return False
        if isinstance(p, ast.AssignStmt) and p.tok == "=" and len(p.lhs) == 1 and p.lhs[0] is ident:
            r = p.rhs[0] if len(p.rhs) == 1 else None
            ok = isinstance(r, ast.CallExpr) and isinstance(r.fun, ast.Ident) and r.args \
                and isinstance(r.args[0], ast.Ident) and self.obj_of(r.args[0]) is obj
            b = self.obj_of(r.fun) if ok else None  # type: ignore[union-attr]
            return isinstance(b, Builtin) and b.name == "append" and not r.has_ellipsis  # type: ignore[union-attr]
        if isinstance(p, ast.IndexExpr) and p.x is ident:
            # v[i] as a value or a target; not &v[i], nor a method call that takes its address
            n: ast.Node = p
            while True:
                q = parents.get(id(n))
                if isinstance(q, ast.UnaryExpr) and q.op == "&":
                    return False
                if isinstance(q, ast.SelectorExpr) and q.x is n:
                    sel = self.info.selections.get(q)
                    if sel is not None and getattr(sel, "kind", "") != "field":
                        return False
                    n = q
                    continue
                if isinstance(q, (ast.IndexExpr, ast.ParenExpr)) and getattr(q, "x", None) is n:
                    n = q
                    continue
                if isinstance(q, ast.SliceExpr) and q.x is n:
                    return False
                return True
        if isinstance(p, ast.RangeStmt) and p.x is ident:
            return True
        if isinstance(p, ast.BinaryExpr) and p.op in ("==", "!="):
            other = p.y if p.x is ident else p.x
            return isinstance(other, ast.Ident) and isinstance(self.obj_of(other), Nil)
        return False

    def dead_after(self, body: ast.BlockStmt, sig: Signature) -> dict[int, list[Any]]:
        """In a function that lets the program see what is unreachable (it calls
        runtime.AddCleanup or runtime.SetFinalizer): the locals to delete after the top-level
        statement that last mentions them, keyed by that statement's id. Go's collector takes a
        variable as dead after its last use; a Python frame keeps every local alive until it
        returns, so a cleanup the function then waits for would never run. A variable of an
        inner block (a loop's, an if's) is out of scope after its top-level statement: its
        Var is listed, to be set to None there (a loop that never ran leaves it unbound)."""
        if self.gotos or self.uses_defer(body) or not any(self.observes(n) for n in _walk_no_funclit(body)):
            return {}
        # Parameters and the variables the body's own statements declare; not one a closure
        # names (it lives on in the closure) nor a named result (the return reads it).
        own: list[Var] = [v for v in list(sig.params.vars) + ([sig.recv] if sig.recv else []) if v.name not in ("", "_")]
        for st in body.list:
            names: list[Any] = []
            if isinstance(st, ast.AssignStmt) and st.tok == ":=":
                names = list(st.lhs)
            elif isinstance(st, ast.DeclStmt) and isinstance(st.decl, ast.GenDecl) and st.decl.tok == "var":
                names = [n for sp in st.decl.specs for n in getattr(sp, "names", [])]
            own += [v for v in (self.obj_of(x) for x in names if isinstance(x, ast.Ident) and x.name != "_")
                    if isinstance(v, Var) and v not in own]
        captured = {self.obj_of(n) for lit in ast.walk(body) if isinstance(lit, ast.FuncLit)
                    for n in ast.walk(lit) if isinstance(n, ast.Ident)}
        last: dict[Var, int] = {}
        for i, st in enumerate(body.list):
            for n in ast.walk(st):
                if isinstance(n, ast.Ident):
                    v = self.obj_of(n)
                    if isinstance(v, Var):
                        last[v] = i
        out: dict[int, list[Any]] = {}
        for v in own:
            i = last.get(v)
            if i is None or i == len(body.list) - 1 or v in captured:
                continue
            out.setdefault(id(body.list[i]), []).append(self.lname(v))
        for st in body.list[:-1]:
            if isinstance(st, (ast.AssignStmt, ast.DeclStmt)):
                continue
            inner = [v for n in _walk_no_funclit(st) if isinstance(n, ast.Ident)
                     for v in (self.info.defs.get(n),)
                     if isinstance(v, Var) and v.name != "_" and v not in own and v not in captured]
            if inner:
                out.setdefault(id(st), []).extend(dict.fromkeys(inner))
        return out

    def uses_defer(self, body: ast.BlockStmt) -> bool:
        return any(isinstance(n, ast.DeferStmt) for n in _walk_no_funclit(body))

    def address_taken(self, body: ast.Node) -> set[Var]:
        out: set[Var] = set()
        for n in ast.walk(body):
            if isinstance(n, ast.UnaryExpr) and n.op == "&":
                x = n.x
                while isinstance(x, ast.ParenExpr):
                    x = x.x
                if isinstance(x, ast.Ident):
                    obj = self.obj_of(x)
                    if isinstance(obj, Var) and not isinstance(_u(obj.type), (Struct, Array)) \
                            and obj.parent is not self.pkg.scope:
                        out.add(obj)
            if isinstance(n, ast.SelectorExpr) and isinstance(n.x, ast.Ident):
                # v.M with M on *T takes v's address implicitly.
                sel = self.info.selections.get(n)
                obj = self.obj_of(n.x)
                if sel is not None and sel.kind == "method_val" and isinstance(sel.obj, Func) \
                        and sel.obj.has_ptr_recv and isinstance(obj, Var) and not isinstance(obj.type, Pointer) \
                        and not isinstance(_u(obj.type), (Struct, Array, Pointer, Interface)) \
                        and obj.parent is not self.pkg.scope:
                    out.add(obj)
            if isinstance(n, (ast.ForStmt, ast.RangeStmt)):
                # A variable declared in a loop body is a new variable every iteration; a closure
                # keeps the one of its iteration. When it changes after its declaration the
                # closures bind a fresh cell per iteration (see check_loop_closures).
                for v in self.body_vars_captured(n.body):
                    if not isinstance(_u(v.type), (Struct, Array)) and self.reassigned(n.body, v):
                        out.add(v)
        return out | (self.cells if self.cells else set())

    def body_vars_captured(self, body: ast.BlockStmt) -> set[Var]:
        """Variables declared in a loop body (not in a closure) that a closure in it uses."""
        declared = {self.info.defs[n] for n in _walk_no_funclit(body)
                    if isinstance(n, ast.Ident) and isinstance(self.info.defs.get(n), Var)}
        return {o for n in ast.walk(body) if isinstance(n, ast.FuncLit)
                for m in ast.walk(n.body) if isinstance(m, ast.Ident)
                for o in [self.info.uses.get(m)] if o in declared}

    def reassigned(self, body: ast.Node, v: Var) -> bool:
        """Whether v is assigned anywhere but in its declaration."""
        return any(isinstance(t, ast.Ident) and self.info.uses.get(t) is v
                   for n in ast.walk(body) for t in _assign_targets(n))

    def lname(self, obj: Any) -> str:
        """The Python name of a Go variable or constant."""
        if obj.parent is self.pkg.scope or obj.parent is None and not isinstance(obj, Var):
            return py_name(obj.name)
        name = self.local_names.get(obj)
        if name is not None:
            return name
        base = py_name(obj.name)
        if base == "_":
            return "_"
        name, k = base, 1
        while name in self.used_names or name in self.module_names:
            k += 1
            name = f"{base}_{k}"
        self.used_names.add(name)
        self.local_names[obj] = name
        return name

    def cell_wrap(self, v: Var, code: str) -> str:
        return f"rt.Cell({code})" if v in self.cells else code

    def read_var(self, v: Var) -> str:
        return f"{self.lname(v)}.v" if v in self.cells else self.lname(v)

    # ------------------------------------------------------------ statements

    def stmts(self, stmts: list[ast.Stmt]) -> None:
        starts = [i for i, s in enumerate(stmts) if self.is_goto_target(s)]
        if starts:
            self.goto_region(stmts, starts)
            return
        for s in stmts:
            self.stmt(s)
            dead = self.releases.get(id(s))
            if dead:
                names = [d for d in dead if isinstance(d, str)]
                if names:
                    self.w.line("del " + ", ".join(names))
                inner = [self.local_names[v] for v in dead if isinstance(v, Var) and v in self.local_names]
                if inner:
                    self.w.line(" = ".join(inner) + " = None")
        end = self.block_ends.get(id(stmts))
        if end is not None:
            self.flush_comments(*end)

    def is_goto_target(self, s: ast.Stmt) -> bool:
        return isinstance(s, ast.LabeledStmt) and s.label.name in self.gotos

    def goto_region(self, stmts: list[ast.Stmt], starts: list[int]) -> None:
        """A statement list holding targets of goto: its segments, each starting at a label,
        in a loop that a goto re-enters with the number of the segment to resume at.

            _pc1 = 0
            while True:
                if _pc1 <= 0: ...    # statements before the first label
                if _pc1 <= 1: ...    # from label 1 on
                break

        Go forbids jumping into a block or over a variable declaration, so every goto is
        in the list or nested in it, and no segment uses a variable a skipped one declares.
        """
        w = self.w
        ctx = _Ctx("goto", None, [], True)
        ctx.pc = self.new_tmp("pc")
        ctx.labels = {stmts[i].label.name: k + 1 for k, i in enumerate(starts)}  # type: ignore[attr-defined]
        if self.branch_crosses(stmts, "goto", ctx.labels):
            ctx.cnt = self.new_tmp("goto")
            w.line(f"{ctx.cnt} = gv.Jump()")
        w.line(f"{ctx.pc} = 0")
        w.line("while True:")
        w.depth += 1
        if ctx.cnt:
            w.line("try:")
            w.depth += 1
        self.ctx.append(ctx)
        bounds = [0] + starts + [len(stmts)]
        for k in range(len(bounds) - 1):
            seg = stmts[bounds[k]:bounds[k + 1]]
            if not seg:
                continue
            first = seg[0]
            w.line(f"if {ctx.pc} <= {k}:" + (f"  # {first.label.name}:" if k and isinstance(first, ast.LabeledStmt) else ""))
            w.depth += 1
            n = len(w.lines)
            for st in seg:
                self.stmt(st)
            if w.empty_since(n):
                w.line("pass")
            w.depth -= 1
        self.ctx.pop()
        w.line("break")
        if ctx.cnt:
            w.depth -= 1
            w.line("except gv.Jump as _j:")
            w.line(f"    if _j is not {ctx.cnt}:")
            w.line("        raise")
        w.depth -= 1

    def branch_crosses(self, nodes: list[Any], tok: str, labels: Any) -> bool:
        """Whether a `tok label` (goto, break) with one of these labels, inside nodes, sits
        in an inner Python loop."""
        stack: list[tuple[ast.Node, int]] = [(n, 0) for n in nodes]
        while stack:
            n, crossed = stack.pop()
            if isinstance(n, ast.FuncLit):
                continue
            if isinstance(n, ast.BranchStmt):
                if n.tok == tok and n.label is not None and n.label.name in labels and crossed:
                    return True
                continue
            c2 = crossed + 1 if self.is_python_loop(n) else crossed
            stack.extend((c, c2) for c in n.children())
        return False

    def is_python_loop(self, n: ast.Node) -> bool:
        """Whether the translation of n is a Python loop (break and continue stop there)."""
        if isinstance(n, ast.RangeStmt):
            return not self.is_range_func(n)
        if isinstance(n, ast.ForStmt):
            return True
        if isinstance(n, (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt)):
            return self.needs_wrapper(n)
        if isinstance(n, ast.BlockStmt):
            return any(self.is_goto_target(x) for x in n.list)
        if isinstance(n, (ast.CaseClause, ast.CommClause)):
            return any(self.is_goto_target(x) for x in n.body)
        return False

    def block(self, stmts: list[ast.Stmt]) -> None:
        self.w.depth += 1
        n = len(self.w.lines)
        self.stmts(stmts)
        if self.w.empty_since(n):
            self.w.line("pass")
        self.w.depth -= 1

    def stmt(self, s: ast.Stmt) -> None:
        """A statement, after the Go comments before it; a comment ending its line follows it."""
        self.flush_comments(s.line, s.col)
        n = len(self.w.lines)
        # A call's position is its "(", as in Go's tracebacks: `func() { ... }()` calls
        # from the line it ends on.
        line = s.x.lparen_line if isinstance(s, ast.ExprStmt) and isinstance(s.x, ast.CallExpr) else s.line
        outer, Writer.pos = Writer.pos, (s.file, line)
        self.stmt_node(s)
        Writer.pos = outer
        cs = self.comments
        if cs and self.cpos < len(cs) and cs[self.cpos].line == s.line and not isinstance(s, _COMPOUND) \
                and len(self.w.lines) > n and not self.w.lines[-1].endswith(":"):
            c = cs[self.cpos]
            if c.end_line == c.line:
                self.w.append_to_last("  " + _py_comment(c.text)[0])
                self.cpos += 1

    def note_block_ends(self, body: ast.BlockStmt) -> None:
        """Where each block and case clause of a body ends: its last comments are written there."""
        ends = self.block_ends
        for n in ast.walk(body):
            if isinstance(n, ast.BlockStmt):
                ends[id(n.list)] = (n.rbrace_line, n.rbrace_col)
                clauses = [c for c in n.list if isinstance(c, (ast.CaseClause, ast.CommClause))]
                for c, nxt in zip(clauses, clauses[1:] + [None]):
                    ends[id(c.body)] = (nxt.line, nxt.col) if nxt is not None else (n.rbrace_line, n.rbrace_col)

    def flush_comments(self, line: int, col: int) -> None:
        """Write the Go comments of the current body that come before (line, col)."""
        cs = self.comments
        while self.cpos < len(cs) and (cs[self.cpos].line, cs[self.cpos].col) < (line, col):
            for text in _py_comment(cs[self.cpos].text):
                self.w.line(text)
            self.cpos += 1

    def stmt_node(self, s: ast.Stmt) -> None:  # noqa: C901
        w = self.w
        if isinstance(s, ast.EmptyStmt):
            return
        if isinstance(s, ast.ExprStmt):
            with self.gc_order([s.x]):
                w.line(self.expr(s.x))
        elif isinstance(s, ast.AssignStmt):
            with self.gc_order(s.rhs if s.tok in ("=", ":=") else []):
                self.assign(s)
        elif isinstance(s, ast.IncDecStmt):
            t = self.type_of(s.x)
            op = "+" if s.tok == "++" else "-"
            x = s.x.x if isinstance(s.x, ast.ParenExpr) else s.x
            target, pre = self.operands_once(x)
            if isinstance(x, ast.Ident) and (self.obj_of(x) in self.bounded or self.guarded_step(x, op)):
                # a small counter (small_counters) or a step the loop condition bounds (loop_guard)
                self.store(target, f"{self.expr(target)} {op} 1", pre)
            else:
                self.store(target, self.wrap(f"{self.expr(target)} {op} 1", t), pre)
        elif isinstance(s, ast.DeclStmt):
            self.local_decl(s.decl)
        elif isinstance(s, ast.ReturnStmt):
            with self.gc_order(s.results):
                self.return_stmt(s)
        elif isinstance(s, ast.IfStmt):
            self.if_stmt(s, "if")
        elif isinstance(s, ast.ForStmt):
            self.for_stmt(s)
        elif isinstance(s, ast.RangeStmt):
            self.range_stmt(s)
        elif isinstance(s, ast.SwitchStmt):
            self.switch_stmt(s)
        elif isinstance(s, ast.SelectStmt):
            self.select_stmt(s)
        elif isinstance(s, ast.TypeSwitchStmt):
            self.type_switch_stmt(s)
        elif isinstance(s, ast.LabeledStmt):
            if isinstance(s.stmt, (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt)):
                self.label = s.label.name
                self.stmt(s.stmt)
                return
            if not isinstance(s.stmt, (ast.ForStmt, ast.RangeStmt)):
                if any(isinstance(n, ast.BranchStmt) and n.tok != "goto" and n.label is not None
                       and n.label.name == s.label.name for n in _walk_no_funclit(s.stmt)):
                    raise self.unsupported(s, "labels on statements other than loops")
                self.stmt(s.stmt)
                return
            self.label = s.label.name
            self.stmt(s.stmt)
        elif isinstance(s, ast.BlockStmt):
            w.line("if True:")
            self.block(s.list)
        elif isinstance(s, ast.BranchStmt):
            self.branch(s)
        elif isinstance(s, ast.GoStmt):
            fn, args = self.call_parts(s.call)
            w.line(f"rt.go({', '.join([fn] + args)})")
        elif isinstance(s, ast.DeferStmt):
            fn, args = self.call_parts(s.call)
            w.line(f"_df.defer({', '.join([fn] + args)})")
        elif isinstance(s, ast.SendStmt):
            ct = _u(self.type_of(s.chan))
            elem = ct.elem if isinstance(ct, Chan) else None
            w.line(f"rt.send({self.expr(s.chan)}, {self.value(s.value, elem)})")
        else:
            raise self.unsupported(s, f"the statement {type(s).__name__}")

    def call_parts(self, call: ast.Expr) -> tuple[str, list[str]]:
        """A call for go/defer: the function and its arguments, evaluated now."""
        while isinstance(call, ast.ParenExpr):
            call = call.x
        assert isinstance(call, ast.CallExpr)
        tv = self.info.types.get(call.fun)
        fun = call.fun
        while isinstance(fun, ast.ParenExpr):
            fun = fun.x
        if (isinstance(fun, ast.Ident) and isinstance(self.obj_of(fun), Builtin)) or (tv and tv.mode == TYPEXPR) \
                or isinstance(fun, ast.SelectorExpr) and isinstance(fun.x, ast.Ident) and isinstance(self.obj_of(fun.x), PkgName):
            # Arguments are evaluated now, the call later.
            sig = _u(self.type_of(fun))
            if isinstance(fun, ast.SelectorExpr) and isinstance(self.obj_of(fun.sel), Func) and not call.has_ellipsis \
                    and isinstance(sig, Signature) \
                    and (self.obj_of(fun.x).imported.path, fun.sel.name) not in _SPECIAL_STD_CALLS:
                # A standard function deferred as itself, not in a lambda of the program: the
                # program's frame is its caller (log's Lshortfile, runtime.Caller).
                args = self.args(call, sig) if call.args else []
                if sig.variadic and call.args:
                    self.spread_variadic(args, call)
                return self.selector(fun, called=True), args
            if not call.args:
                return f"lambda: {self.expr(call)}", []
            # The arguments are bound now, as default values of the deferred lambda.
            tmps = [self.new_tmp("a") for _ in call.args]
            for t, a in zip(tmps, call.args):
                self.w.line(f"{t} = {self.expr(a)}")
            sub = ast.CallExpr(call.file, call.line, call.col, call.fun, [_Name(t) for t in tmps], call.has_ellipsis,
                               call.lparen_line, call.lparen_col)
            for t, a in zip(sub.args, call.args):
                self.info.types[t] = self.info.types.get(a)  # type: ignore[assignment]
            bind = ", ".join(f"{t}={t}" for t in tmps)
            return f"lambda {bind}: {self.expr(sub)}", []
        sig = _u(self.type_of(call.fun))
        if not isinstance(sig, Signature):
            raise self.unsupported(call, "this go/defer call")
        if call.has_ellipsis:
            raise self.unsupported(call, "go/defer with ... arguments")
        if isinstance(fun, ast.SelectorExpr) and sig.variadic:
            sel = self.info.selections.get(fun)
            if sel is not None and sel.obj.pkg is not None and sel.obj.pkg is not self.pkg \
                    and not isinstance(_u(sel.recv), Interface):
                # A method of a standard package's type (Logger.Print) takes its variadic arguments spread, as in call.
                args = self.args(call, sig)
                self.spread_variadic(args, call)
                return self.selector(fun, called=True), args
        return self.expr(call.fun), self.args(call, sig)

    def local_decl(self, d: ast.GenDecl) -> None:
        if d.tok == "var":
            for s in d.specs:
                assert isinstance(s, ast.ValueSpec)
                objs = [self.info.defs.get(n) for n in s.names]
                if s.values:
                    if len(s.values) == len(s.names):
                        vals = [self.value(v, o.type if o else None) for v, o in zip(s.values, objs)]
                        for n, o, v in zip(s.names, objs, vals):
                            self.define(n, o, v)
                    else:
                        tmp = [self.new_tmp() for _ in s.names]
                        self.w.line(f"{', '.join(tmp)} = {self.expr(s.values[0])}")
                        for n, o, t in zip(s.names, objs, tmp):
                            self.define(n, o, t)
                else:
                    for n, o in zip(s.names, objs):
                        self.define(n, o, self.zero(o.type, n) if o is not None else "None")
        elif d.tok == "const":
            for s in d.specs:
                assert isinstance(s, ast.ValueSpec)
                for n in s.names:
                    obj = self.info.defs.get(n)
                    if isinstance(obj, Const) and n.name != "_":
                        self.w.line(f"{self.lname(obj)} = {self.const_value(obj.val, obj.type, n)}")
        # A "type" declaration was hoisted to module level (hoist_local_types).

    def define(self, n: ast.Ident, obj: Any, code: str) -> None:
        if n.name == "_" or obj is None:
            self.w.line(f"_ = {code}")
            return
        self.w.line(f"{self.lname(obj)} = {self.cell_wrap(obj, code)}")

    def assign(self, s: ast.AssignStmt) -> None:
        if s.tok in ("=", ":="):
            if len(s.lhs) == len(s.rhs):
                if len(s.lhs) == 1:
                    code = self.value(s.rhs[0], self.type_of(s.lhs[0]))
                    self.store(s.lhs[0], code)
                    return
                targets = self.parallel_targets(s.lhs)
                pres = self.freeze_targets(s.lhs) if targets is None else []
                vals = [self.value(r, self.type_of(l)) for l, r in zip(s.lhs, s.rhs)]
                if targets is not None:
                    self.w.line(f"{', '.join(targets)} = {', '.join(vals)}")
                    return
                tmps = [self.new_tmp() for _ in vals]
                self.w.line(f"{', '.join(tmps)} = {', '.join(vals)}")
                for l, t, pre in zip(s.lhs, tmps, pres):
                    self.store(l, t, pre)
                return
            r = s.rhs[0]
            while isinstance(r, ast.ParenExpr):
                r = r.x
            simple = [self.simple_target(l) for l in s.lhs]
            pres = [] if all(simple) else self.freeze_targets(s.lhs)
            if len(s.lhs) == 2 and (isinstance(r, (ast.IndexExpr, ast.TypeAssertExpr))
                                    or (isinstance(r, ast.UnaryExpr) and r.op == "<-")):
                code = self.comma_ok(r)
            else:
                code = self.expr(r)
            if all(simple):
                self.w.line(f"{', '.join(simple)} = {code}")  # type: ignore[arg-type]
                return
            tmps = [self.new_tmp() for _ in s.lhs]
            self.w.line(f"{', '.join(tmps)} = {code}")
            for l, t, pre in zip(s.lhs, tmps, pres):
                self.store(l, t, pre)
            return
        op = s.tok[:-1]
        lt = self.type_of(s.lhs[0])
        target, pre = self.operands_once(s.lhs[0])
        fake = ast.BinaryExpr(s.file, s.line, s.col, target, op, s.tok_line, s.tok_col, s.rhs[0])
        self.info.types[fake] = self.info.types.get(s.lhs[0])  # type: ignore[assignment]
        code = self.binary(fake, lt)[0]
        self.store(target, code, pre)

    def operands_once(self, l: ast.Expr) -> tuple[ast.Expr, Optional[tuple[str, str]]]:
        """`a[f()] += v` evaluates a and f() once: an index target whose operands may have
        effects gets them in temporaries, read and stored through (store's pre)."""
        while isinstance(l, ast.ParenExpr):
            l = l.x
        if not (isinstance(l, ast.IndexExpr) and any(
                isinstance(n, (ast.CallExpr, ast.UnaryExpr)) for part in (l.x, l.index) for n in ast.walk(part))):
            return l, None
        xt = _u(self.type_of(l.x))
        x, i = self.new_tmp(), self.new_tmp()
        key = self.map_key(l.index, xt.key) if isinstance(xt, Map) else self.expr(l.index)
        self.w.line(f"{x}, {i} = {self.expr(l.x)}, {key}")
        nx, ni = _Name(x), _Name(i)
        self.info.types[nx] = self.info.types.get(l.x)  # type: ignore[assignment]
        self.info.types[ni] = self.info.types.get(l.index)  # type: ignore[assignment]
        sub = ast.IndexExpr(l.file, l.line, l.col, nx, ni, l.lbrack_line, l.lbrack_col)
        self.info.types[sub] = self.info.types.get(l)  # type: ignore[assignment]
        return sub, (x, i)

    def freeze_targets(self, lhs: list[ast.Expr]) -> list[Optional[tuple[str, str]]]:
        """Go evaluates the operands of index expressions on the left before assigning any
        variable (`i, xs[i] = 1, 9` stores into the old xs[i]): when a variable assigned by the
        statement appears in such an operand, the operand and index are evaluated into
        temporaries first (given to store)."""
        assigned = {self.obj_of(l) for l in lhs if isinstance(l, ast.Ident) and l.name != "_"}
        out: list[Optional[tuple[str, str]]] = []
        for l in lhs:
            while isinstance(l, ast.ParenExpr):
                l = l.x
            pre = None
            if isinstance(l, ast.IndexExpr) and any(
                    isinstance(m, ast.Ident) and self.obj_of(m) in assigned
                    for part in (l.x, l.index) for m in ast.walk(part)):
                xt = _u(self.type_of(l.x))
                x, i = self.new_tmp(), self.new_tmp()
                key = self.map_key(l.index, xt.key) if isinstance(xt, Map) else self.expr(l.index)
                self.w.line(f"{x}, {i} = {self.expr(l.x)}, {key}")
                pre = (x, i)
            out.append(pre)
        return out

    def parallel_targets(self, lhs: list[ast.Expr]) -> Optional[list[str]]:
        """Targets for one Python tuple assignment `a, s[i] = x, y`, when it means what Go's
        does: Python evaluates a target's index only when it assigns it, which equals Go's
        evaluating it first when no target changes a variable another target reads."""
        names: set[Any] = set()
        reads: set[Any] = set()
        out: list[str] = []
        for l in lhs:
            while isinstance(l, ast.ParenExpr):
                l = l.x
            if isinstance(l, ast.Ident):
                t = self.simple_target(l)
                if t is None:
                    return None
                if l.name != "_":
                    obj = self.obj_of(l)
                    if obj in names:
                        return None
                    names.add(obj)
                out.append(t)
                continue
            if not isinstance(l, ast.IndexExpr) or not isinstance(l.x, ast.Ident):
                return None
            for part in (l.x, l.index):
                tv = self.info.types.get(part)
                if tv is not None and tv.value is not None:
                    continue
                if not isinstance(part, ast.Ident) or self.simple_target(part) is None:
                    return None
                reads.add(self.obj_of(part))
            scratch, self.w = self.w, Writer()
            try:
                self.store(l, "_")
                line = self.w.lines[0] if len(self.w.lines) == 1 else ""
            finally:
                self.w = scratch
            if not line.endswith(" = _"):
                return None
            out.append(line[:-4])
        return None if names & reads else out
    def simple_target(self, l: ast.Expr) -> Optional[str]:
        """The Python name a plain local or package variable is assigned through, if any."""
        while isinstance(l, ast.ParenExpr):
            l = l.x
        if not isinstance(l, ast.Ident):
            return None
        if l.name == "_":
            return "_"
        obj = self.obj_of(l)
        if isinstance(obj, Var) and obj not in self.cells:
            return self.lname(obj)
        return None

    def store(self, l: ast.Expr, code: str, pre: Optional[tuple[str, str]] = None) -> None:
        while isinstance(l, ast.ParenExpr):
            l = l.x
        if isinstance(l, ast.Ident):
            if l.name == "_":
                self.w.line(f"_ = {code}")
                return
            obj = self.obj_of(l)
            if isinstance(obj, Var) and obj in self.cells:
                if self.info.defs.get(l) is obj:
                    self.w.line(f"{self.lname(obj)} = rt.Cell({code})")
                elif isinstance(obj.type, TypeParam):
                    self.w.line(f"gv.tset({self.lname(obj)}, {code})")
                else:
                    self.w.line(f"{self.lname(obj)}.v = {code}")
                return
            self.w.line(f"{self.lname(obj)} = {code}")
            return
        if isinstance(l, ast.IndexExpr):
            xt = _u(self.type_of(l.x))
            x = self.expr(l.x) if pre is None else pre[0]
            if isinstance(xt, Map):
                key = self.map_key(l.index, xt.key) if pre is None else pre[1]
                ku = xt.key.underlying()
                if isinstance(ku, Interface) or (isinstance(ku, Basic) and ku.info & (IS_FLOAT | IS_COMPLEX)):
                    key = f"gv.store_key({key})"  # a NaN key is a new entry each time
                self.w.line(f"{x}[{key}] = {code}")
                return
            index = self.expr(l.index) if pre is None else pre[1]
            if isinstance(xt, Pointer):
                xt = xt.elem.underlying()
            if isinstance(xt, Array):
                self.w.line(f"{x}[gv.checked_index({index}, {xt.len})] = {code}")
                return
            self.w.line(f"{x}[{index}] = {code}")
            return
        if isinstance(l, ast.SelectorExpr):
            self.w.line(f"{self.expr(l)} = {code}")
            return
        if isinstance(l, ast.StarExpr):
            pt = _u(self.type_of(l.x))
            if isinstance(pt, Pointer) and isinstance(pt.elem, TypeParam):
                self.w.line(f"gv.tstore({self.expr(l.x)}, {code})")
                return
            if isinstance(pt, Pointer) and isinstance(pt.elem.underlying(), Struct):
                self.w.line(f"gv.deref({self.expr(l.x)})._assign({code})")
                return
            if isinstance(pt, Pointer) and isinstance(pt.elem.underlying(), Array):
                self.w.line(f"gv.deref({self.expr(l.x)})[:] = {code}")
                return
            self.w.line(f"{self.expr(l.x)}.set({code})")
            return
        raise self.unsupported(l, "this assignment")

    def return_stmt(self, s: ast.ReturnStmt) -> None:
        bodies = [c for c in self.ctx if c.kind == "rangefunc"]
        if bodies:
            self.return_from_body(s, bodies[-1])
            return
        if self.in_defer_body and self.return_lines:
            # The deferred calls run at this return: runtime.Caller in them reports its line.
            self.w.line(f"_df.line = {s.line}")
        if not s.results:
            if any(v.name for v in self.results):
                self.w.line(f"return {self.named_results()}")
            else:
                self.w.line("return")
            return
        named = [v for v in self.results if v.name and v.name != "_"]
        if len(s.results) == 1 and len(self.results) > 1:
            code = self.expr(s.results[0])
            vals = None
        else:
            vals = [self.value(r, v.type) for r, v in zip(s.results, self.results)]
            code = ", ".join(vals)
        if len(named) == len(self.results) and named:
            # Named results take the returned values first: deferred calls may change them.
            targets = ", ".join(self.read_var(v) for v in self.results)
            self.w.line(f"{targets} = {code}")
            self.w.line(f"return {self.named_results()}")
            return
        self.w.line(f"return {code}")

    def return_from_body(self, s: ast.ReturnStmt, ctx: _Ctx) -> None:
        """A `return` in a range-over-func body: the results are stored (in the named results,
        or in ctx.rf.value) and the body leaves the loop; return_after returns them."""
        ctx.returns = True
        if s.results:
            if len(s.results) == 1 and len(self.results) > 1:
                code = self.expr(s.results[0])
            else:
                code = ", ".join(self.value(r, v.type) for r, v in zip(s.results, self.results))
            if any(v.name for v in self.results):
                self.w.line(f"{', '.join(self.read_var(v) for v in self.results)} = {code}")
            else:
                self.w.line(f"{ctx.rf}.value = {code}")
        self.w.line(f"return {ctx.rf}.exit(-1)")

    def if_stmt(self, s: ast.IfStmt, kw: str) -> None:
        if s.init is not None:
            self.stmt(s.init)
        n = len(self.w.lines)
        cond = self.expr(s.cond)
        if kw == "elif" and len(self.w.lines) != n:
            raise self.unsupported(s.cond, "a function literal in an else-if condition")
        self.w.line(f"{kw} {cond}:")
        self.block(s.body.list)
        if isinstance(s.else_, ast.IfStmt):
            if s.else_.init is not None:
                self.w.line("else:")
                self.w.depth += 1
                self.if_stmt(s.else_, "if")
                self.w.depth -= 1
            else:
                self.if_stmt(s.else_, "elif")
        elif isinstance(s.else_, ast.BlockStmt):
            self.w.line("else:")
            self.block(s.else_.list)

    def for_stmt(self, s: ast.ForStmt) -> None:
        self.check_loop_closures(s)
        label, self.label = self.label, None
        simple = self.range_loop(s)
        if simple is not None:
            var, start, stop = simple
            tv = self.info.types.get(s.init.rhs[0])  # type: ignore[union-attr]
            if tv is not None and tv.value is not None and (_const_int(tv.value) or 0) >= 0 \
                    and _const_int(tv.value) is not None:
                self.bounded.add(self.obj_of(s.init.lhs[0]))  # type: ignore[union-attr]
            header = f"for {var} in range({start}, {stop}):" if start != "0" else f"for {var} in range({stop}):"
            self.emit_loop(s, header, s.body.list, [], label, [])
            return
        if s.init is not None:
            self.stmt(s.init)
        n = len(self.w.lines)
        cond = self.expr(s.cond) if s.cond is not None else "True"
        if len(self.w.lines) != n:
            raise self.unsupported(s.cond, "a function literal in a loop condition")
        posts: list[str] = []
        if isinstance(s.init, ast.AssignStmt) and s.init.tok == ":=":
            # Go 1.22: each iteration has its own variable; one whose address is taken is a
            # fresh cell holding the previous value, made before the post statement.
            for x in s.init.lhs:
                obj = self.obj_of(x) if isinstance(x, ast.Ident) else None
                if obj in self.cells:
                    posts.append(f"{self.lname(obj)} = rt.Cell({self.lname(obj)}.v)")
        if s.post is not None:
            saved = self.w
            self.w = Writer()
            self.post_guard = self.loop_guard(s)
            try:
                self.stmt(s.post)
            finally:
                self.post_guard = {}
            posts += [line.strip() for line in self.w.lines]
            self.w = saved
        self.emit_loop(s, f"while {cond}:", s.body.list, posts, label, [])

    def global_stmt(self, names: list[str]) -> None:
        """`global` declarations, as many lines as keep each within the formatter's line
        length: black leaves a long `global` line as it is, ruff breaks it with backslashes,
        and the translation must not depend on which of them formats it."""
        limit = LINE_LENGTH - 4 * self.w.depth - len("global ")
        line: list[str] = []
        for n in names:
            if line and len(", ".join(line + [n])) > limit:
                self.w.line("global " + ", ".join(line))
                line = []
            line.append(n)
        if line:
            self.w.line("global " + ", ".join(line))

    def loop_guard(self, s: ast.ForStmt) -> dict[Var, str]:
        """Local integer variables of a loop condition `a < b` (or `b > a`) that the body leaves
        alone: the condition held when the iteration began, so the post statement's a+1 is at
        most b and b-1 at least a, both inside the type's range, and need no wrapping."""
        c = s.cond
        while isinstance(c, ast.ParenExpr):
            c = c.x
        if not isinstance(c, ast.BinaryExpr) or c.op not in ("<", ">") \
                or any(isinstance(n, ast.FuncLit) for n in ast.walk(s.post)):
            return {}
        lo, hi = (c.x, c.y) if c.op == "<" else (c.y, c.x)
        out: dict[Var, str] = {}
        for side, step in ((lo, "+"), (hi, "-")):
            while isinstance(side, ast.ParenExpr):
                side = side.x
            obj = self.obj_of(side) if isinstance(side, ast.Ident) else None
            u = _u(self.type_of(side))
            if isinstance(obj, Var) and obj.parent is not self.pkg.scope and obj not in self.cells \
                    and obj not in (self.closure_assigned or ()) and isinstance(u, Basic) and u.info & IS_INTEGER and not isinstance(obj.type, TypeParam):
                out[obj] = step
        if not out:
            return {}
        # Closures (closure_assigned) and pointers (cells) were ruled out above: what is left
        # to look at is the body's own assignments.
        for n in ast.walk(s.body):
            for x in _assign_targets(n):
                if isinstance(x, ast.Ident):
                    out.pop(self.obj_of(x), None)  # type: ignore[arg-type]
        return out

    def guarded_step(self, e: ast.Expr, op: str) -> bool:
        """Whether e, stepped by one with op in a post statement, is covered by loop_guard."""
        while isinstance(e, ast.ParenExpr):
            e = e.x
        return isinstance(e, ast.Ident) and self.post_guard.get(self.obj_of(e)) == op  # type: ignore[arg-type]

    def emit_loop(self, node: Any, header: str, body: list[ast.Stmt], posts: list[str], label: Optional[str],
                  prelude: list[str]) -> None:
        """A loop, with Python exceptions carrying break/continue across inner loops."""
        need_brk, need_cnt = self.jumps_needed(node, label)
        ctx = _Ctx("loop", label, posts, True)
        w = self.w
        if need_brk:
            ctx.brk = self.new_tmp("brk")
            w.line(f"{ctx.brk} = gv.Jump()")
        if need_cnt:
            ctx.cnt = self.new_tmp("cnt")
            w.line(f"{ctx.cnt} = gv.Jump()")
        if need_brk:
            w.line("try:")
            w.depth += 1
        w.line(header)
        w.depth += 1
        n = len(w.lines)
        for line in prelude:
            w.line(line)
        self.ctx.append(ctx)
        if need_cnt:
            w.line("try:")
            self.block(body)
            w.line("except gv.Jump as _j:")
            w.line(f"    if _j is not {ctx.cnt}:")
            w.line("        raise")
        else:
            self.stmts(body)
        self.ctx.pop()
        for p in posts:
            w.line(p)
        if w.empty_since(n):
            w.line("pass")
        w.depth -= 1
        if need_brk:
            w.depth -= 1
            w.line("except gv.Jump as _j:")
            w.line(f"    if _j is not {ctx.brk}:")
            w.line("        raise")

    def jumps_needed(self, loop: Any, label: Optional[str]) -> tuple[bool, bool]:
        """Whether a break (continue) out of the loop must cross an inner Python loop."""
        brk = cnt = False
        start = 1 if self.is_python_loop(loop.body) else 0
        # (node, Python loops crossed, Go loops between, Go switches and selects between)
        stack: list[tuple[ast.Node, int, int, int]] = [(c, start, 0, 0) for c in loop.body.children()]
        while stack:
            n, crossed, loops, switches = stack.pop()
            if isinstance(n, ast.FuncLit):
                continue
            if isinstance(n, ast.BranchStmt):
                if n.label is not None:
                    targets_us = n.label.name == label and n.tok in ("break", "continue")
                elif n.tok == "continue":
                    targets_us = loops == 0
                else:
                    targets_us = n.tok == "break" and loops == 0 and switches == 0
                if targets_us and crossed > 0:
                    if n.tok == "break":
                        brk = True
                    elif n.tok == "continue":
                        cnt = True
                continue
            c2, l2, s2 = crossed, loops, switches
            if isinstance(n, (ast.ForStmt, ast.RangeStmt)):
                l2 = loops + 1
            elif isinstance(n, (ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt)):
                s2 = switches + 1
            if self.is_python_loop(n):
                c2 = crossed + 1
            stack.extend((c, c2, l2, s2) for c in n.children())
        return brk, cnt

    def needs_wrapper(self, s: Any) -> bool:
        """Whether a switch or select holds a break of its own (then it is a `while True`)."""
        label = self.switch_labels.get(s)
        if label is not None and any(isinstance(n, ast.BranchStmt) and n.tok == "break" and n.label is not None
                                     and n.label.name == label for n in _walk_no_funclit(s)):
            return True
        stack = list(s.children())
        while stack:
            n = stack.pop()
            if isinstance(n, (ast.FuncLit, ast.ForStmt, ast.RangeStmt, ast.SwitchStmt, ast.TypeSwitchStmt,
                              ast.SelectStmt)):
                continue
            if isinstance(n, ast.BranchStmt) and n.tok == "break" and n.label is None:
                return True
            stack.extend(n.children())
        return False

    def branch(self, s: ast.BranchStmt) -> None:
        w = self.w
        if s.tok == "goto":
            self.goto(s)
            return
        if s.tok == "fallthrough":
            return  # handled by switch_stmt
        target = None
        for c in reversed(self.ctx):
            if c.kind == "goto":
                continue
            if s.label is not None:
                if c.label == s.label.name:
                    target = c
                    break
            elif s.tok == "break" or c.kind in ("loop", "rangefunc"):
                target = c
                break
        if target is None:
            raise self.unsupported(s, f"this {s.tok}")
        inner = self.ctx[self.ctx.index(target) + 1:]
        bodies = [c for c in inner if c.kind == "rangefunc"]
        if bodies:
            # Leave the innermost range-over-func body first; the jump goes on after its loop.
            bodies[-1].exits.append(s)
            w.line(f"return {bodies[-1].rf}.exit({len(bodies[-1].exits)})")
            return
        if target.kind == "rangefunc":
            w.line("return True" if s.tok == "continue" else f"return {target.rf}.exit()")
            return
        crossed = [c for c in inner if c.py_loop]
        if not crossed:
            if s.tok == "continue":
                for p in target.posts:
                    w.line(p)
                w.line("continue")
            else:
                w.line("break")
            return
        jump = target.brk if s.tok == "break" else target.cnt
        if jump is None:
            raise self.unsupported(s, f"this {s.tok}")
        w.line(f"raise {jump}")

    def goto(self, s: ast.BranchStmt) -> None:
        assert s.label is not None
        for i in range(len(self.ctx) - 1, -1, -1):
            c = self.ctx[i]
            if c.kind == "goto" and s.label.name in c.labels:
                if any(x.kind == "rangefunc" for x in self.ctx[i + 1:]):
                    raise self.unsupported(s, "a goto out of the body of a range over a function")
                self.w.line(f"{c.pc} = {c.labels[s.label.name]}")
                if any(x.py_loop for x in self.ctx[i + 1:]):
                    if c.cnt is None:
                        raise self.unsupported(s, "this goto")
                    self.w.line(f"raise {c.cnt}")
                else:
                    self.w.line("continue")
                return
        raise self.unsupported(s, "this goto")

    def range_loop(self, s: ast.ForStmt) -> Optional[tuple[str, str, str]]:
        """`for i := a; i < b; i++` with i unchanged in the body and b invariant becomes
        `for i in range(a, b)` (the variable is not visible after the loop)."""
        if not (isinstance(s.init, ast.AssignStmt) and s.init.tok == ":=" and len(s.init.lhs) == 1
                and isinstance(s.post, ast.IncDecStmt) and s.post.tok == "++"
                and isinstance(s.cond, ast.BinaryExpr) and s.cond.op == "<"):
            return None
        i = s.init.lhs[0]
        if not (isinstance(i, ast.Ident) and isinstance(s.post.x, ast.Ident) and s.post.x.name == i.name
                and isinstance(s.cond.x, ast.Ident) and s.cond.x.name == i.name):
            return None
        obj = self.obj_of(i)
        if obj in self.cells or not isinstance(_u(obj.type), Basic):
            return None
        if not self.is_loop_invariant(s.cond.y, s.body):
            return None
        for n in ast.walk(s.body):
            for t in _assign_targets(n):
                if isinstance(t, ast.Ident) and self.obj_of(t) is obj:
                    return None
        return self.lname(obj), self.expr(s.init.rhs[0]), self.expr(s.cond.y)

    def is_loop_invariant(self, e: ast.Expr, body: ast.Node) -> bool:
        tv = self.info.types.get(e)
        if tv is not None and tv.value is not None:
            return True
        if isinstance(e, ast.Ident):
            obj = self.obj_of(e)
            if isinstance(obj, Var) and obj not in self.cells and obj.parent is not self.pkg.scope:
                for n in ast.walk(body):
                    if isinstance(n, ast.FuncLit):
                        return False
                    if any(isinstance(t, ast.Ident) and self.obj_of(t) is obj for t in _assign_targets(n)):
                        return False
                return True
        return False

    def check_loop_closures(self, s: Any) -> None:
        # Go 1.22 gives each iteration its own loop variables; Python closures would share one.
        for v in self.body_vars_captured(s.body):
            if v not in self.cells and isinstance(_u(v.type), (Struct, Array)) and self.reassigned(s.body, v):
                raise self.unsupported(s, "closures that capture a struct or array declared in a loop "
                                          "body and assigned again")
            # The closure binds its iteration's variable (or cell) when it is created.
            self.per_iteration.add(v)
        loop_vars: set[Any] = set()
        if isinstance(s, ast.ForStmt) and isinstance(s.init, ast.AssignStmt) and s.init.tok == ":=":
            loop_vars = {self.obj_of(x) for x in s.init.lhs if isinstance(x, ast.Ident)}
        elif isinstance(s, ast.RangeStmt) and s.tok == ":=":
            loop_vars = {self.obj_of(x) for x in (s.key, s.value) if isinstance(x, ast.Ident)}
        if not loop_vars:
            return
        assigned = any(isinstance(t, ast.Ident) and self.obj_of(t) in loop_vars
                       for n in ast.walk(s.body) for t in _assign_targets(n))
        if isinstance(s, ast.ForStmt) and s.post is not None:
            # The post statement changes the variable of the next iteration only.
            pass
        for n in ast.walk(s.body):
            if isinstance(n, ast.FuncLit):
                for m in ast.walk(n):
                    if isinstance(m, ast.Ident) and self.obj_of(m) in loop_vars:
                        if assigned or self.obj_of(m) in self.cells:
                            raise self.unsupported(m, "closures that capture a loop variable the loop body changes")
                        # Each iteration has its own variable (Go 1.22): the closure binds it now.
                        self.per_iteration.add(self.obj_of(m))

    def is_range_func(self, s: ast.RangeStmt) -> bool:
        return isinstance(_u(self.type_of(s.x)), Signature)

    def range_stmt(self, s: ast.RangeStmt) -> None:
        if self.is_range_func(s):
            label, self.label = self.label, None
            self.range_func(s, label)
            return
        self.check_loop_closures(s)
        label, self.label = self.label, None
        xt = self.type_of(s.x)
        u = _u(xt)
        key = self.range_target(s.key)
        val = self.range_target(s.value)
        x = self.expr(s.x)
        through_pointer = isinstance(u, Pointer) and isinstance(u.elem.underlying(), Array)
        if through_pointer:
            u = u.elem.underlying()  # ranged in place: only an array value is copied first
        prelude: list[str] = []
        if isinstance(u, (Basic, Slice, Array)) and s.tok == ":=" and isinstance(s.key, ast.Ident):
            kobj = self.obj_of(s.key)
            if isinstance(kobj, Var) and not any(
                    isinstance(t, ast.Ident) and self.obj_of(t) is kobj
                    for n in ast.walk(s.body) for t in _assign_targets(n)):
                self.bounded.add(kobj)
        if isinstance(u, Basic) and u.info & IS_INTEGER:
            header = f"for {key} in range({x}):"
        elif isinstance(u, Basic) and u.info & IS_STRING:
            header = f"for {key}, {val} in gv.str_range({x}):"
        elif isinstance(u, (Slice, Array)):
            if s.value is None:
                header = f"for {key} in range(len({x})):"
            else:
                src = x if isinstance(u, Slice) or through_pointer else f"list({x})"
                header = f"for {val} in {src}:" if key == "_" else f"for {key}, {val} in enumerate({src}):"
                if self.needs_copy(u.elem) and val != "_":
                    prelude.append(f"{val} = {self.copy_of(val, u.elem)}")
        elif isinstance(u, Map):
            header = f"for {key} in list({x}):" if s.value is None else f"for {key}, {val} in list({x}.items()):"
            if s.value is not None and self.needs_copy(u.elem) and val != "_":
                prelude.append(f"{val} = {self.copy_of(val, u.elem)}")
            if isinstance(u.key.underlying(), Array) and key != "_" and s.tok == ":=":
                prelude.append(f"{key} = list({key})")  # an array key is kept as a tuple
        elif isinstance(u, Chan):
            header = f"for {key} in rt.chan_range({x}):"
        else:
            raise self.unsupported(s, f"range over {xt}")
        if s.tok == "=":
            # Assigning to existing variables: iterate into temporaries, then store.
            for target, name in ((s.key, key), (s.value, val)):
                if target is not None and name != "_":
                    tmp = self.new_tmp("it")
                    header = header.replace(f"for {name}", f"for {tmp}", 1).replace(f", {name} in", f", {tmp} in", 1)
                    saved = self.w
                    self.w = Writer()
                    self.store(target, tmp)
                    prelude = [line.strip() for line in self.w.lines] + prelude
                    self.w = saved
        if s.tok == ":=":
            # A range variable whose address is taken: a fresh cell each iteration (Go 1.22).
            for target in (s.key, s.value):
                obj = self.obj_of(target) if isinstance(target, ast.Ident) else None
                if obj in self.cells:
                    prelude.append(f"{self.lname(obj)} = rt.Cell({self.lname(obj)})")
        self.emit_loop(s, header, s.body.list, [], label, prelude)

    def range_func(self, s: ast.RangeStmt, label: Optional[str]) -> None:
        """`for k, v := range f` calls f with the loop body as its yield function; the body's
        own locals are then per iteration, as Go 1.22 wants. Its jumps out of the loop return
        false and are finished after the call (see rt.RangeFunc)."""
        w = self.w
        sig = _u(self.type_of(s.x))
        assert isinstance(sig, Signature)
        ysig = _u(sig.params.vars[0].type)
        assert isinstance(ysig, Signature)
        f = self.paren(s.x, P_ATOM)
        ctx = _Ctx("rangefunc", label, [], False)
        ctx.rf = self.new_tmp("rf")
        yname = self.new_tmp("yield")
        params: list[str] = []
        cells: list[str] = []  # loop variables whose address is taken: a cell per iteration
        stores: list[tuple[ast.Expr, str]] = []  # `for k, v = range f`: into existing variables
        for target, p in zip((s.key, s.value), ysig.params.vars):
            annot = self.annot(p.type)
            if target is None or isinstance(target, ast.Ident) and target.name == "_":
                params.append(f"{self.new_tmp('p')}: {annot}")
            elif s.tok == ":=":
                obj = self.obj_of(target)
                params.append(f"{self.lname(obj)}: {annot}")
                if obj in self.cells:
                    cells.append(self.lname(obj))
            else:
                tmp = self.new_tmp("it")
                params.append(f"{tmp}: {annot}")
                stores.append((target, tmp))
        params += [f"{self.new_tmp('p')}: {self.annot(p.type)}" for p in ysig.params.vars[len(params):]]
        w.line(f"{ctx.rf} = rt.RangeFunc()")
        w.line(f"def {yname}({', '.join(params)}) -> bool:", func=self.enter_func("-range"))
        w.depth += 1
        globs = self.assigned_globals(s.body)
        if globs:
            self.global_stmt(sorted(globs))
        outer = self.body_assigned_outer(s)
        if outer:
            w.line("nonlocal " + ", ".join(sorted(outer)))
        w.line(f"{ctx.rf}.enter()")
        for name in cells:
            w.line(f"{name} = rt.Cell({name})")
        for target, tmp in stores:
            self.store(target, tmp)
        self.ctx.append(ctx)
        self.stmts(s.body.list)
        self.ctx.pop()
        if not (s.body.list and isinstance(s.body.list[-1], (ast.ReturnStmt, ast.BranchStmt))):
            w.line("return True")
        w.depth -= 1
        self.fn_names.pop()
        w.line(f"{f}({yname})")
        w.line(f"{ctx.rf}.done()")
        if ctx.returns:
            w.line(f"if {ctx.rf}.how == -1:")
            w.depth += 1
            self.return_after(ctx)
            w.depth -= 1
        for k, x in enumerate(ctx.exits, 1):
            w.line(f"if {ctx.rf}.how == {k}:")
            w.depth += 1
            self.branch(x)
            w.depth -= 1

    def body_assigned_outer(self, s: ast.RangeStmt) -> set[str]:
        """The enclosing function's variables that a range-over-func body assigns (nonlocal there)."""
        keys = tuple(x for x in (s.key, s.value) if x is not None and s.tok == "=")
        out = self.enclosing_assigned(s.body, s.body, keys)
        if any(isinstance(n, ast.ReturnStmt) and n.results for n in _walk_no_funclit(s.body)):
            # `return x` stores into named results
            out |= {self.lname(v) for v in self.results if v.name and v.name != "_" and v not in self.cells}
        return out

    def return_after(self, ctx: _Ctx) -> None:
        """Finish a `return` that left a range-over-func body: its values are in ctx.rf."""
        unnamed = bool(self.results) and not any(v.name for v in self.results)
        outer = [c for c in self.ctx if c.kind == "rangefunc"]
        if outer:
            o = outer[-1]
            if unnamed:
                self.w.line(f"{o.rf}.value = {ctx.rf}.value")
            o.returns = True
            self.w.line(f"return {o.rf}.exit(-1)")
        elif unnamed:
            self.w.line(f"return {ctx.rf}.value")
        elif self.results:
            self.w.line(f"return {self.named_results()}")
        else:
            self.w.line("return")

    def range_target(self, e: Optional[ast.Expr]) -> str:
        if e is None:
            return "_"
        if isinstance(e, ast.Ident) and e.name != "_" and self.info.defs.get(e) is None:
            return self.lname(self.obj_of(e))  # assigned (tok "="): replaced by a temporary
        if isinstance(e, ast.Ident):
            return self.lname(self.obj_of(e)) if e.name != "_" else "_"
        return self.new_tmp("rv")

    def switch_stmt(self, s: ast.SwitchStmt) -> None:
        label, self.label = self.label, None
        wrapped = self.needs_wrapper(s)
        if s.init is not None:
            self.stmt(s.init)
        tag = None
        if s.tag is not None:
            tag = self.new_tmp("tag")
            self.w.line(f"{tag} = {self.expr(s.tag)}")
        clauses = [c for c in s.body.list if isinstance(c, ast.CaseClause)]
        tt = self.type_of(s.tag) if s.tag is not None else None

        def conditions(c: ast.CaseClause) -> str:
            n = len(self.w.lines)
            if tag is not None:
                conds = [f"{tag} == {self.value(e, tt)}" for e in c.list or []]
            else:
                conds = [self.expr(e) for e in c.list or []]
            if len(self.w.lines) != n:
                raise self.unsupported(c, "a function literal in a case expression")
            return " or ".join(conds)

        falls = [bool(c.body) and isinstance(c.body[-1], ast.BranchStmt) and c.body[-1].tok == "fallthrough"
                 for c in clauses]
        if any(falls):
            # Choose the clause first, then run clauses in source order: fallthrough moves on.
            chosen = self.new_tmp("case")
            first = True
            default_i = -1
            for i, c in enumerate(clauses):
                if c.list is None:
                    default_i = i
                    continue
                self.w.line(f"{'if' if first else 'elif'} {conditions(c)}:")
                self.w.line(f"    {chosen} = {i}")
                first = False
            if first:
                self.w.line(f"{chosen} = {default_i}")
            else:
                self.w.line("else:")
                self.w.line(f"    {chosen} = {default_i}")
            self.open_breakable(label, wrapped, "a switch", s)
            for i, (c, fall) in enumerate(zip(clauses, falls)):
                self.w.line(f"if {chosen} == {i}:")
                body = c.body[:-1] if fall else c.body
                self.w.depth += 1
                n = len(self.w.lines)
                self.stmts(body)
                if fall:
                    self.w.line(f"{chosen} = {i + 1}")
                if self.w.empty_since(n):
                    self.w.line("pass")
                self.w.depth -= 1
            self.close_breakable(wrapped)
            return
        default = None
        first = True
        self.open_breakable(label, wrapped, "a switch", s)
        for c in clauses:
            if c.list is None:
                default = c
                continue
            self.w.line(f"{'if' if first else 'elif'} {conditions(c)}:")
            self.block(c.body)
            first = False
        if default is not None:
            self.w.line("if True:" if first else "else:")
            self.block(default.body)
        self.close_breakable(wrapped)

    def open_breakable(self, label: Optional[str], wrapped: bool, what: str, node: Any) -> None:
        """Enter a switch or select; wrapped in `while True:` when a break must leave it."""
        ctx = _Ctx("switch", label, [], wrapped)
        if label is not None and self.branch_crosses(node.children(), "break", (label,)):
            ctx.brk = self.new_tmp("brk")
            self.w.line(f"{ctx.brk} = gv.Jump()")
            self.w.line("try:")
            self.w.depth += 1
        if wrapped:
            self.w.line(f"while True:  # {what}: break leaves it")
            self.w.depth += 1
        self.ctx.append(ctx)

    def close_breakable(self, wrapped: bool) -> None:
        ctx = self.ctx.pop()
        if wrapped:
            self.w.line("break")
            self.w.depth -= 1
        if ctx.brk:
            self.w.depth -= 1
            self.w.line("except gv.Jump as _j:")
            self.w.line(f"    if _j is not {ctx.brk}:")
            self.w.line("        raise")

    def type_switch_stmt(self, s: ast.TypeSwitchStmt) -> None:
        label, self.label = self.label, None
        wrapped = self.needs_wrapper(s)
        if s.init is not None:
            self.stmt(s.init)
        guard = s.assign
        if isinstance(guard, ast.AssignStmt):
            name: Optional[str] = "guard"
            ta = guard.rhs[0]
        else:
            name = None
            ta = guard.x  # type: ignore[attr-defined]
        assert isinstance(ta, ast.TypeAssertExpr)
        x = self.new_tmp("x")
        self.w.line(f"{x} = {self.expr(ta.x)}")
        self.open_breakable(label, wrapped, "a type switch", s)
        first = True
        default = None
        for c in s.body.list:
            assert isinstance(c, ast.CaseClause)
            if c.list is None:
                default = c
                continue
            conds = []
            for te in c.list:
                if isinstance(te, ast.Ident) and te.name == "nil" and isinstance(self.obj_of(te), Nil):
                    conds.append(f"{x} is None")
                else:
                    tv = self.info.types.get(te)
                    assert tv is not None and tv.type is not None
                    conds.append(self.type_check_expr(x, tv.type, te))
            self.w.line(f"{'if' if first else 'elif'} {' or '.join(conds)}:")
            first = False
            self.w.depth += 1
            v = self.info.implicits.get(c)
            if name is not None and v is not None:
                single = len(c.list) == 1 and not isinstance(_u(v.type), Interface)
                val = f"gv.unbox({x})" if single else x
                if single and self.needs_copy(v.type):
                    val = self.copy_of(val, v.type)  # the case's own copy of the value
                self.w.line(f"{self.lname(v)} = {val}")
            self.w.depth -= 1
            self.block(c.body)
        if default is not None:
            self.w.line("if True:" if first else "else:")
            self.w.depth += 1
            v = self.info.implicits.get(default)
            if name is not None and v is not None:
                self.w.line(f"{self.lname(v)} = {x}")
            self.w.depth -= 1
            self.block(default.body)
        self.close_breakable(wrapped)

    def select_stmt(self, s: ast.SelectStmt) -> None:
        label, self.label = self.label, None
        wrapped = self.needs_wrapper(s)
        clauses = [c for c in s.body.list if isinstance(c, ast.CommClause)]
        cases: list[tuple[str, str]] = []  # (channel, value to send or rt.RECV)
        bodies: list[tuple[ast.CommClause, list[str]]] = []
        default = None
        for c in clauses:
            if c.comm is None:
                default = c
                continue
            comm = c.comm
            binds: list[str] = []
            if isinstance(comm, ast.SendStmt):
                ct = _u(self.type_of(comm.chan))
                elem = ct.elem if isinstance(ct, Chan) else None
                cases.append((self.expr(comm.chan), self.value(comm.value, elem)))
            else:
                if isinstance(comm, ast.ExprStmt):
                    recv = comm.x
                    lhs: list[Any] = []
                else:
                    assert isinstance(comm, ast.AssignStmt)
                    recv = comm.rhs[0]
                    lhs = comm.lhs
                while isinstance(recv, ast.ParenExpr):
                    recv = recv.x
                assert isinstance(recv, ast.UnaryExpr) and recv.op == "<-"
                cases.append((self.expr(recv.x), "rt.RECV"))
                for target, src in zip(lhs, ("_v", "_ok")):
                    binds.append((target, src))  # type: ignore[arg-type]
            bodies.append((c, binds))  # type: ignore[arg-type]
        names = self.new_tmp("sel")
        idx, val, ok = f"{names}_i", f"{names}_v", f"{names}_ok"
        dflt = ", default=True" if default is not None else ""
        if 1 <= len(cases) <= 4:
            # the runtime's unrolled forms, with the cases as flat arguments (faster)
            args = ", ".join(f"{ch}, {v}" for ch, v in cases)
            self.w.line(f"{idx}, {val}, {ok} = rt.select{len(cases)}({args}{dflt})")
        else:
            tail = "," if len(cases) == 1 else ""
            tuples = ", ".join(f"({ch}, {v})" for ch, v in cases)
            self.w.line(f"{idx}, {val}, {ok} = rt.select(({tuples}{tail}){dflt})")
        self.open_breakable(label, wrapped, "a select", s)
        for i, (c, binds) in enumerate(bodies):
            self.w.line(f"{'if' if i == 0 else 'elif'} {idx} == {i}:")
            self.w.depth += 1
            for target, src in binds:  # type: ignore[misc]
                self.store(target, val if src == "_v" else ok)
            self.w.depth -= 1
            self.block(c.body)
        if default is not None:
            self.w.line("else:" if bodies else "if True:")
            self.block(default.body)
        self.close_breakable(wrapped)

    # ------------------------------------------------------------ expressions

    def value(self, e: ast.Expr, target: Optional[Type]) -> str:
        """e as a value stored into a location of type target: converted to interfaces,
        copied where Go copies."""
        inner = e
        while isinstance(inner, ast.ParenExpr):
            inner = inner.x
        if target is not None and isinstance(inner, ast.Ident) and isinstance(self.obj_of(inner), Nil):
            return self.zero(target, e)  # nil of the target's type
        code = self.expr(e)
        t = self.type_of(e)
        if target is not None and isinstance(_u(target), Interface) and not isinstance(target, TypeParam):
            return self.to_iface(code, t, e)
        if self.needs_copy(t) and self.addressable(e):
            return self.copy_of(code, t)  # type: ignore[arg-type]
        if isinstance(t, TypeParam) and self.may_hold_aggregate(t) and t in self.tparams and self.addressable(e):
            return f"gv.tcopy({self.desc(t, e)}, {code})"  # T may be a struct or an array: it asks at run time
        return code

    @staticmethod
    def may_hold_aggregate(t: TypeParam) -> bool:
        """Whether a type argument of t may be a struct or an array (values Go copies)."""
        terms = t.iface().type_terms()
        return not terms or any(isinstance(term.type.underlying(), (Struct, Array, Interface)) for term in terms)

    def addressable(self, e: ast.Expr) -> bool:
        while isinstance(e, ast.ParenExpr):
            e = e.x
        return isinstance(e, (ast.Ident, ast.SelectorExpr, ast.IndexExpr, ast.StarExpr))

    def expr(self, e: ast.Expr) -> str:
        return self.expr_p(e)[0]

    def expr_p(self, e: ast.Expr) -> tuple[str, int]:  # noqa: C901
        if isinstance(e, _Name):
            return e.name, P_ATOM
        tv = self.info.types.get(e)
        if tv is not None and tv.value is not None and tv.mode != TYPEXPR:
            return self.const_value(tv.value, tv.type, e), P_ATOM
        if isinstance(e, ast.ParenExpr):
            return self.expr_p(e.x)
        if isinstance(e, ast.Ident):
            return self.ident(e), P_ATOM
        if isinstance(e, ast.BinaryExpr):
            return self.binary(e, self.type_of(e))
        if isinstance(e, ast.UnaryExpr):
            if self.hoist and e.op == "<-" and e is not self.hoist_root:
                return self.hoisted_value(e, lambda: self.unary(e)[0]), P_ATOM
            return self.unary(e)
        if isinstance(e, ast.CallExpr):
            if self.hoist and e is not self.hoist_root and self.is_real_call(e):
                return self.hoisted_value(e, lambda: self.call(e)), P_ATOM
            return self.call(e), P_ATOM
        if isinstance(e, ast.SelectorExpr):
            return self.selector(e), P_ATOM
        if isinstance(e, (ast.IndexExpr, ast.IndexListExpr)) and isinstance(e.x, ast.SelectorExpr) \
                and isinstance(e.x.x, ast.Ident) and isinstance(self.obj_of(e.x.x), PkgName) \
                and isinstance(self.obj_of(e.x.sel), Func):
            # A standard package's generic function, instantiated: its Python function takes
            # no type arguments.
            assert isinstance(e.x, ast.SelectorExpr)
            return self.std_func_value(self.selector(e.x, called=True), self.obj_of(e.x.sel), self.type_of(e), e), P_ATOM
        if isinstance(e, (ast.IndexExpr, ast.IndexListExpr)) and self.type_args_of(e) is not None:
            targs = self.type_args_of(e)
            self.calling = True
            base = self.expr(e.x)
            self.calling = False
            return f"gv.instantiate({base}, {', '.join(targs)})", P_ATOM  # type: ignore[arg-type]
        if isinstance(e, ast.IndexExpr):
            return self.index(e), P_ATOM
        if isinstance(e, ast.SliceExpr):
            return self.slice_expr(e), P_ATOM
        if isinstance(e, ast.CompositeLit):
            return self.composite(e, self.type_of(e)), P_ATOM
        if isinstance(e, ast.StarExpr):
            pt = _u(self.type_of(e.x))
            if isinstance(pt, Pointer) and isinstance(pt.elem, TypeParam):
                return f"gv.tderef({self.expr(e.x)})", P_ATOM
            if isinstance(pt, Pointer) and isinstance(pt.elem.underlying(), (Struct, Array)):
                return f"gv.deref({self.expr(e.x)})", P_ATOM
            return f"{self.paren(e.x, P_ATOM)}.get()", P_ATOM
        if isinstance(e, ast.FuncLit):
            return self.func_lit(e), P_ATOM
        if isinstance(e, ast.TypeAssertExpr):
            return self.type_assert(e, False), P_ATOM
        raise self.unsupported(e, f"the expression {type(e).__name__}")

    def hoisted_value(self, e: ast.Expr, code: Any) -> str:
        tmp = self.hoisted_calls.get(id(e))
        if tmp is None:
            tmp = self.hoisted_calls[id(e)] = self.new_tmp("c")
            self.w.line(f"{tmp} = {code()}")
        return tmp

    def is_real_call(self, e: ast.CallExpr) -> bool:
        """A call of a function or method (not a conversion or a built-in)."""
        fun = e.fun
        while isinstance(fun, ast.ParenExpr):
            fun = fun.x
        tv = self.info.types.get(fun)
        if tv is not None and tv.mode == TYPEXPR:
            return False
        return not (isinstance(fun, ast.Ident) and isinstance(self.obj_of(fun), Builtin))

    @contextlib.contextmanager
    def gc_order(self, roots: list[ast.Expr]) -> Iterator[None]:
        """Evaluate as gc does when it differs from left to right: Go leaves the order of
        plain operands against calls unspecified, and gc evaluates every call (and receive)
        of a statement first, then the other operands. That shows when a variable, field or
        element is read left of a call that may change it (`fmt.Println(n, inc())`): then
        the statement's calls go to temporaries first."""
        if self.hoist or not roots or not self.reads_before_calls(roots):
            yield
            return
        self.hoist, self.hoisted_calls = True, {}
        self.hoist_root = roots[0] if len(roots) == 1 else None
        try:
            yield
        finally:
            self.hoist, self.hoist_root, self.hoisted_calls = False, None, {}

    def reads_before_calls(self, roots: list[ast.Expr]) -> bool:
        events: list[str] = []

        def visit(n: Any, record: bool) -> bool:
            if isinstance(n, ast.FuncLit):
                return True
            if isinstance(n, ast.BinaryExpr) and n.op in ("&&", "||"):
                return False  # the right operand is conditional: left as it is
            if isinstance(n, ast.CallExpr) and self.is_real_call(n):
                fun = n.fun
                while isinstance(fun, ast.ParenExpr):
                    fun = fun.x
                if isinstance(fun, ast.SelectorExpr) and not visit(fun.x, False):
                    return False
                if not all(visit(a, True) for a in n.args):
                    return False
                events.append("call")
                return True
            if isinstance(n, ast.UnaryExpr) and n.op == "<-":
                if not visit(n.x, False):
                    return False
                events.append("call")
                return True
            if record and isinstance(n, ast.Expr) and self.read_may_change(n):
                events.append("read")
                return all(visit(c, False) for c in n.children())
            return all(visit(c, record) for c in n.children())

        if not all(visit(r, True) for r in roots):
            return False
        return "read" in events and "call" in events[events.index("read"):]

    def read_may_change(self, e: ast.Expr) -> bool:
        """Whether e reads a value that a call elsewhere in the statement may change, one gc
        reads late (not a struct or array: those it copies when it meets them)."""
        t = self.info.types.get(e)
        if t is None or t.value is not None or t.mode == TYPEXPR or isinstance(_u(t.type), (Struct, Array)):
            return False
        if isinstance(e, ast.Ident):
            obj = self.obj_of(e)
            return isinstance(obj, Var) and (obj.parent is self.pkg.scope or obj in self.cells
                                             or obj in (self.closure_assigned or ()))
        if isinstance(e, ast.SelectorExpr):
            sel = self.info.selections.get(e)
            return sel is not None and sel.kind == "field" and isinstance(_u(self.type_of(e.x)), Pointer)
        if isinstance(e, ast.IndexExpr):
            return isinstance(_u(self.type_of(e.x)), (Slice, Map))
        return isinstance(e, ast.StarExpr)

    def func_lit(self, e: ast.FuncLit) -> str:
        """A function literal becomes a nested def written just before the statement
        that uses it; Python closures capture variables by reference, as Go's do."""
        sig = self.type_of(e)
        assert isinstance(sig, Signature)
        name = self.new_tmp("f")
        params = [f"{self.lname(v) if v.name and v.name != '_' else self.new_tmp('p')}: {self.annot(v.type)}"
                  for v in sig.params.vars]
        captured = sorted({self.lname(o) for m in ast.walk(e.body) if isinstance(m, ast.Ident)
                           for o in [self.obj_of(m)] if o in self.per_iteration})
        params += [f"{c}={c}" for c in captured]
        res = sig.results.vars
        ret = "None" if not res else self.annot(res[0].type) if len(res) == 1 else "tuple"
        self.w.line(f"def {name}({', '.join(params)}) -> {ret}:", func=self.enter_func(".func"))
        self.w.depth += 1
        outer = self.enclosing_assigned(e, e.body)
        if outer:
            self.w.line("nonlocal " + ", ".join(sorted(outer)))
        saved_ctx = self.ctx
        self.ctx = []
        self.function_body(e.body, sig, [], outer)
        self.ctx = saved_ctx
        self.w.depth -= 1
        self.fn_names.pop()
        return name

    def enclosing_assigned(self, scope: ast.Node, body: ast.BlockStmt, extra: tuple[Any, ...] = ()) -> set[str]:
        """Variables of enclosing functions that body, written as a nested def, assigns (they
        need nonlocal): not those scope declares, nor cells, nor package variables. extra are
        more targets (a range-over-func loop's `k, v =`)."""
        inner = {self.info.defs[n] for n in ast.walk(scope)
                 if isinstance(n, ast.Ident) and self.info.defs.get(n) is not None}
        out: set[str] = set()
        for x in [*(x for n in _walk_no_funclit(body) for x in _assign_targets(n)), *extra]:
            if isinstance(x, ast.Ident):
                obj = self.obj_of(x)
                if isinstance(obj, Var) and obj not in inner and obj.parent is not self.pkg.scope \
                        and obj not in self.cells:
                    out.add(self.lname(obj))
        return out

    def const_value(self, val: Any, t: Optional[Type], at: Any) -> str:
        k = val.kind
        if k == constant.BOOL:
            return "True" if constant.bool_val(val) else "False"
        if k == constant.STRING:
            return py_str(constant.string_val(val).decode("utf-8", "surrogateescape"))
        u = _u(t)
        kind = u.kind if isinstance(u, Basic) else -1
        if kind in (FLOAT32, FLOAT64) or (isinstance(u, Basic) and u.info & 8):
            return py_float(constant.float32_val(val) if kind == FLOAT32 else constant.float64_val(val))
        if kind in (COMPLEX64, COMPLEX128) or (isinstance(u, Basic) and u.info & 16):
            re_, im_ = constant.complex_val(val)
            return f"complex({py_float(float(re_))}, {py_float(float(im_))})"
        if k == constant.INT:
            return str(constant.int_val(val))
        if k == constant.FLOAT:
            return py_float(constant.float64_val(val))
        raise self.unsupported(at, "this constant")

    def ident(self, e: ast.Ident) -> str:
        obj = self.obj_of(e)
        if isinstance(obj, Nil):
            u = _u(self.type_of(e))
            if isinstance(u, Slice):
                return "gv.NIL_SLICE"
            if isinstance(u, Map):
                return "gv.NIL_MAP"
            return "None"
        if isinstance(obj, Var):
            return self.read_var(obj)
        if isinstance(obj, Func):
            if isinstance(obj.type, Signature) and obj.type.type_params and e in self.info.instances \
                    and not self.calling:
                return f"gv.instantiate({py_name(e.name)}, {', '.join(self.type_args_of(e) or [])})"
            return py_name(e.name)
        raise self.unsupported(e, f"the identifier {e.name} here")

    def binary(self, e: ast.BinaryExpr, t: Optional[Type]) -> tuple[str, int]:
        op = e.op
        xt = self.type_of(e.x)
        xu = _u(xt)
        if op in ("/", "%") and isinstance(xt, TypeParam):
            fn = "gv.div_as" if op == "/" else "gv.rem_as"
            return f"{fn}({self.desc(xt, e)}, {self.expr(e.x)}, {self.expr(e.y)})", P_ATOM
        if op in ("/", "%"):
            if isinstance(xu, Basic) and xu.info & IS_INTEGER:
                if xu.info & IS_UNSIGNED:
                    # Unsigned operands: Python's // and % agree with Go's and stay in range; a
                    # ZeroDivisionError is Go's divide-by-zero panic (panic.as_panic).
                    pyop, prec = ("//", P_MUL) if op == "/" else ("%", P_MUL)
                    return f"{self.paren(e.x, prec)} {pyop} {self.paren(e.y, prec + 1)}", prec
                if op == "/":
                    code = f"gv.quo({self.expr(e.x)}, {self.expr(e.y)})"
                    c = self.info.types.get(e.y)
                    if c is not None and c.value is not None and _const_int(c.value) not in (None, -1):
                        return code, P_ATOM  # |x/c| <= |x|: only MinInt64/-1 overflows
                    return self.wrap(code, t), P_ATOM
                return f"gv.rem({self.expr(e.x)}, {self.expr(e.y)})", P_ATOM
            if op == "/":
                fn = "gv.cdiv" if isinstance(xu, Basic) and xu.info & IS_COMPLEX else "gv.fdiv"
                return self.wrap(f"{fn}({self.expr(e.x)}, {self.expr(e.y)})", t), P_ATOM
        if op == "&^":
            return f"{self.paren(e.x, P_BAND)} & ~{self.paren(e.y, P_UNARY)}", P_BAND
        yt = self.type_of(e.y)
        divisible = self.divisibility(e)
        if divisible is not None:
            return divisible, P_CMP
        if op in ("==", "!=") and (isinstance(_u(xt), Interface) or isinstance(_u(yt), Interface)):
            xi = self.to_iface(self.expr(e.x), xt, e.x)
            yi = self.to_iface(self.expr(e.y), yt, e.y)
            if xi == "None" or yi == "None":
                return (f"{xi} is {yi}" if op == "==" else f"{xi} is not {yi}"), P_CMP
            code = f"gv.iface_eq({xi}, {yi})"
            return (code, P_ATOM) if op == "==" else (f"not {code}", P_NOT)
        if op in ("==", "!=") and (isinstance(_u(xt), (Pointer, Chan, Signature)) or isinstance(_u(yt), (Pointer, Chan, Signature))):
            return f"{self.paren(e.x, P_CMP + 1)} {'is' if op == '==' else 'is not'} {self.paren(e.y, P_CMP + 1)}", P_CMP
        if op in ("==", "!=") and (isinstance(_u(xt), (Slice, Map)) or isinstance(_u(yt), (Slice, Map))):
            # Only comparison with nil is allowed: nil is the type's nil value.
            def side(a: ast.Expr, other: Optional[Type]) -> str:
                if isinstance(self.obj_of(a) if isinstance(a, ast.Ident) else None, Nil):
                    return "gv.NIL_SLICE" if isinstance(_u(other), Slice) else "gv.NIL_MAP"
                return self.paren(a, P_CMP + 1)
            return f"{side(e.x, yt)} {'is' if op == '==' else 'is not'} {side(e.y, xt)}", P_CMP
        pyop, prec = _BINOP[op]
        tu = _u(t)
        if op in _RING_OPS and isinstance(tu, Basic) and tu.info & IS_INTEGER and not isinstance(t, TypeParam):
            # Wrapping commutes with + - *: a tree of them is wrapped once, at its root.
            code, p = self.ring_raw(e, tu)
            if tu.kind in (INT, INT64) and self.small_sum(e, 3):
                return code, p  # cannot leave int64's range
            if self.post_guard and op in ("+", "-") and self.guarded_step(e.x, op) and self.is_one(e.y) \
                    or self.post_guard and op == "+" and self.guarded_step(e.y, op) and self.is_one(e.x):
                return code, p  # a step the loop condition bounds (loop_guard)
            return self.wrap(code, t), P_ATOM
        if op in ("<<", ">>"):
            tv = self.info.types.get(e.y)
            y = self.paren(e.y, P_SHIFT + 1)
            if not (tv and tv.value is not None):
                y = f"gv.shift_count({self.expr(e.y)})"
            code = f"{self.paren(e.x, P_SHIFT)} {pyop} {y}"
            return (self.wrap(code, t), P_ATOM) if op == "<<" else (code, prec)
        # Python chains comparisons (a < b == c): an operand that is a comparison gets parentheses.
        left = self.paren(e.x, prec + 1 if prec == P_CMP else prec)
        code = f"{left} {pyop} {self.paren(e.y, prec + 1)}"
        if op in ("+", "-", "*") and isinstance(t, TypeParam):
            return self.wrap(code, t), P_ATOM
        if op in ("+", "-", "*") and isinstance(tu, Basic) and (tu.info & IS_INTEGER or tu.kind in (FLOAT32, COMPLEX64)):
            return self.wrap(code, t), P_ATOM
        return code, prec

    def divisibility(self, e: ast.BinaryExpr) -> Optional[str]:
        """`x%c == 0` (or `!=`) with a constant c: Python's % has another sign than Go's, but is
        zero exactly when Go's is, so the test needs no helper."""
        if e.op not in ("==", "!="):
            return None
        for rem, zero in ((e.x, e.y), (e.y, e.x)):
            while isinstance(rem, ast.ParenExpr):
                rem = rem.x
            ztv = self.info.types.get(zero)
            if not (isinstance(rem, ast.BinaryExpr) and rem.op == "%" and ztv is not None
                    and ztv.value is not None and _const_int(ztv.value) == 0):
                continue
            ru = _u(self.type_of(rem))
            ctv = self.info.types.get(rem.y)
            if isinstance(ru, Basic) and ru.info & IS_INTEGER and ctv is not None and ctv.value is not None \
                    and _const_int(ctv.value):
                return f"{self.paren(rem.x, P_MUL)} % {self.paren(rem.y, P_MUL + 1)} {e.op} 0"
        return None

    def is_one(self, e: ast.Expr) -> bool:
        tv = self.info.types.get(e)
        return tv is not None and tv.value is not None and _const_int(tv.value) == 1

    def small_sum(self, e: ast.Expr, depth: int) -> bool:
        """Whether e is a sum or difference of a few terms each within ±2^31 or in [0, MaxInt)
        (a range loop's counter, len, cap): it cannot overflow int64 in any run that ends."""
        while isinstance(e, ast.ParenExpr):
            e = e.x
        tv = self.info.types.get(e)
        if tv is not None and tv.value is not None:
            c = _const_int(tv.value)
            return c is not None and abs(c) <= 1 << 31
        if isinstance(e, ast.Ident):
            return self.obj_of(e) in self.bounded
        if isinstance(e, ast.CallExpr) and isinstance(e.fun, ast.Ident) and e.fun.name in ("len", "cap") \
                and isinstance(self.obj_of(e.fun), Builtin):
            return True
        if isinstance(e, ast.BinaryExpr) and e.op in ("+", "-") and depth > 0:
            return self.small_sum(e.x, depth - 1) and self.small_sum(e.y, depth - 1)
        if isinstance(e, ast.BinaryExpr) and e.op == "%":
            c = self.info.types.get(e.y)
            k = _const_int(c.value) if c is not None and c.value is not None else None
            return k is not None and abs(k) <= 1 << 31  # |x % c| < |c|
        if isinstance(e, ast.CallExpr) and len(e.args) == 1 and self.info.types.get(e.fun) is not None \
                and self.info.types[e.fun].mode == TYPEXPR:
            # A conversion from a type of at most 32 bits.
            su = _u(self.type_of(e.args[0]))
            return isinstance(su, Basic) and _within(su.kind, (-(1 << 32), 1 << 32))
        return False

    def ring_raw(self, e: ast.BinaryExpr, tu: Basic) -> tuple[str, int]:
        """x op y for an integer + - *, with operands of the same kind left unwrapped."""
        pyop, prec = _BINOP[e.op]
        return f"{self.ring_operand(e.x, tu, prec)} {pyop} {self.ring_operand(e.y, tu, prec + 1)}", prec

    def ring_operand(self, x: ast.Expr, tu: Basic, prec: int) -> str:
        inner = x
        while isinstance(inner, ast.ParenExpr):
            inner = inner.x
        tv = self.info.types.get(inner)
        xu = _u(tv.type) if tv is not None else None
        if tv is not None and tv.value is None and isinstance(xu, Basic) and xu.kind == tu.kind \
                and not isinstance(tv.type, TypeParam):
            if isinstance(inner, ast.BinaryExpr) and inner.op in _RING_OPS:
                code, p = self.ring_raw(inner, tu)
                return f"({code})" if p < prec else code
            if isinstance(inner, ast.UnaryExpr) and inner.op == "-":
                code = f"-{self.ring_operand(inner.x, tu, P_UNARY)}"
                return f"({code})" if P_UNARY < prec else code
        return self.paren(x, prec)

    def paren(self, e: ast.Expr, prec: int) -> str:
        code, p = self.expr_p(e)
        return f"({code})" if p < prec else code

    def unary(self, e: ast.UnaryExpr) -> tuple[str, int]:  # noqa: C901
        op = e.op
        t = self.type_of(e)
        tu = _u(t)
        if op == "-":
            if isinstance(tu, Basic) and (tu.info & IS_INTEGER or tu.kind == FLOAT32):
                return self.wrap(f"-{self.paren(e.x, P_UNARY)}", t), P_ATOM
            return f"-{self.paren(e.x, P_UNARY)}", P_UNARY
        if op == "+":
            return self.expr_p(e.x)
        if op == "!":
            return f"not {self.paren(e.x, P_NOT)}", P_NOT
        if op == "^":
            if isinstance(tu, Basic) and tu.info & IS_UNSIGNED:
                return self.wrap(f"~{self.paren(e.x, P_UNARY)}", t), P_ATOM
            return f"~{self.paren(e.x, P_UNARY)}", P_UNARY
        if op == "<-":
            return f"rt.recv({self.expr(e.x)})", P_ATOM
        if op == "&":
            return self.address_of(e.x, e), P_ATOM
        raise self.unsupported(e, f"the operator {op}")

    def address_of(self, x: Any, at: Any) -> str:
        """&x: a pointer to the variable, field or element x."""
        while isinstance(x, ast.ParenExpr):
            x = x.x
        if isinstance(_u(self.type_of(x)), (Struct, Array)):
            return self.expr(x)  # a pointer to a struct or array is the object itself
        if isinstance(x, ast.CompositeLit):  # &[]T{...}, &map[K]V{...}: a new variable
            return f"rt.Cell({self.expr(x)})"
        if isinstance(x, ast.Ident) and self.obj_of(x) in self.cells:
            if isinstance(self.obj_of(x).type, TypeParam):
                return f"gv.tptr({self.lname(self.obj_of(x))})"
            return self.lname(self.obj_of(x))
        if isinstance(x, ast.Ident) and isinstance(self.obj_of(x), Var) and self.obj_of(x).parent is self.pkg.scope:
            return f"rt.GlobalCell(globals(), {py_str(py_name(x.name))})"
        if isinstance(x, ast.SelectorExpr) and self.info.selections.get(x) is not None:
            base = self.selector(x).rsplit(".", 1)[0]
            return f"rt.AttrCell({base}, {py_str(py_name(x.sel.name))})"
        if isinstance(x, ast.IndexExpr) and isinstance(_u(self.type_of(x.x)), (Slice, Array, Pointer)):
            return f"rt.ItemCell({self.expr(x.x)}, {self.expr(x.index)})"
        raise self.unsupported(at, "taking this address")

    def comma_ok(self, e: ast.Expr) -> str:
        if isinstance(e, ast.IndexExpr):
            mt = _u(self.type_of(e.x))
            if isinstance(mt, Map):
                cp = f", {self.desc(mt.elem, e)}" if self.needs_copy(mt.elem) else ""
                return f"gv.map_get2({self.expr(e.x)}, {self.map_key(e.index, mt.key)}, {self.zero(mt.elem, e)}{cp})"
        if isinstance(e, ast.UnaryExpr) and e.op == "<-":
            return f"rt.recv2({self.expr(e.x)})"
        if isinstance(e, ast.TypeAssertExpr):
            return self.type_assert(e, True)
        raise self.unsupported(e, "this comma-ok expression")

    def type_check_expr(self, x: str, t: Type, at: Any) -> str:
        """A Python condition: interface value x holds a T (or implements interface T)."""
        u = t.underlying()
        if isinstance(u, Interface) and not isinstance(t, TypeParam):
            names = [m.name for m in u.all_methods()]
            return f"gv.implements({x}, {tuple(names)!r})"
        return f"gv.dynamic_type({x}) is {self.desc(t, at)}"

    def type_assert(self, e: ast.TypeAssertExpr, comma_ok: bool) -> str:
        t = self.type_of(e)
        if isinstance(t, Tuple):
            t = t.vars[0].type
        assert t is not None and e.type is not None
        it = self.type_of(e.x)
        x = self.expr(e.x)
        u = t.underlying()
        iface_name = py_str("interface {}" if isinstance(it, Interface) and not it.all_methods() and not isinstance(it, Named)
                            else str(it) if not isinstance(it, Named) or it.obj.pkg is None
                            else f"{it.obj.pkg.name}.{it.obj.name}")
        if isinstance(u, Interface):
            names = tuple(m.name for m in u.all_methods())
            target = py_str(str(t) if not isinstance(t, Named) or t.obj.pkg is None else f"{t.obj.pkg.name}.{t.obj.name}")
            if comma_ok:
                return f"gv.assert_iface2({x}, {names!r})"
            return f"gv.assert_iface({x}, {names!r}, {iface_name}, {target})"
        d = self.desc(t, e.type)
        if comma_ok:
            return f"gv.assert_type2({x}, {d}, {self.zero(t, e)})"
        return f"gv.assert_type({x}, {d}, {iface_name})"

    def map_key(self, e: ast.Expr, kt: Type) -> str:
        code = self.value(e, kt)
        if isinstance(kt.underlying(), Array):
            return f"tuple({code})"
        return code

    def check_std_method(self, e: ast.SelectorExpr, sel: Any) -> None:
        """Refuse a method of a standard package's type that its Python class does not have."""
        sig = sel.obj.type
        recv = getattr(sig, "recv", None)
        if recv is None:
            return
        rt = recv.type.elem if isinstance(recv.type, Pointer) else recv.type
        if not isinstance(rt, Named) or rt.obj.pkg is None or rt.obj.pkg is self.pkg:
            return
        path = rt.obj.pkg.path
        mod = _std_module(path)
        cls = getattr(mod, py_name(rt.obj.name), None) if mod is not None else None
        if isinstance(rt.underlying(), Interface) and not getattr(cls, "__go_interface_impl__", False):
            return  # an interface's class is a marker unless it implements every dynamic value's methods
        if isinstance(cls, type) and not hasattr(cls, py_name(e.sel.name)):
            raise self.unsupported(e, f"{path}.{rt.obj.name}.{e.sel.name}")

    def selector(self, e: ast.SelectorExpr, called: bool = False) -> str:
        if isinstance(e.x, ast.Ident) and isinstance(self.obj_of(e.x), PkgName):
            pn = self.obj_of(e.x)
            path = pn.imported.path
            alias = self.imports.get(path, py_name(pn.name))
            mod = _std_module(path)
            if mod is None or not hasattr(mod, py_name(e.sel.name)):
                raise self.unsupported(e, f"{path}.{e.sel.name}")
            code = f"{alias}.{py_name(e.sel.name)}"
            return code if called else self.std_func_value(code, self.obj_of(e.sel), self.type_of(e), e)
        sel = self.info.selections.get(e)
        if sel is None:
            raise self.unsupported(e, "this selector")
        if sel.kind != "field":
            self.check_std_method(e, sel)
        if sel.kind == "method_expr":
            return self.method_expr(e, sel)
        x = self.expr(e.x)
        # Promoted fields and methods: through the embedded fields on the way.
        t = sel.recv
        parts: list[str] = []
        for i in sel.index[:-1]:
            st = t.elem.underlying() if isinstance(t, Pointer) else t.underlying()
            assert isinstance(st, Struct)
            f = st.fields[i]
            parts.append(py_name(f.name))
            t = f.type  # type: ignore[assignment]
        prefix = x + "".join("." + p for p in parts)
        if sel.kind == "field":
            return f"{prefix}.{py_name(e.sel.name)}"
        base = t.elem if isinstance(t, Pointer) else t
        obj = sel.obj
        if isinstance(t, TypeParam):
            return f"gv.method({self.desc(t, e)}, {prefix}, {py_str(py_name(e.sel.name))})"
        if not called and isinstance(obj, Func) and obj.pkg is not None and obj.pkg is not self.pkg \
                and not isinstance(base.underlying(), Interface):
            return self.std_func_value(self.selector(e, called=True), obj, self.type_of(e), e)
        if not called and isinstance(obj, Func) and not obj.has_ptr_recv and isinstance(base.underlying(), Struct):
            # A method value with a value receiver binds a copy of the receiver now.
            return f"{prefix}._copy().{py_name(e.sel.name)}"
        if isinstance(base, Named) and not isinstance(base.underlying(), (Struct, Interface)):
            recv = prefix if not isinstance(t, Pointer) else f"{prefix}.get()"
            if isinstance(obj, Func) and obj.has_ptr_recv:
                # A pointer-receiver method takes the pointer cell; v.M() is (&v).M().
                if isinstance(t, Pointer):
                    recv = prefix
                else:
                    if parts:
                        raise self.unsupported(e, "pointer methods promoted from embedded non-struct types")
                    recv = self.address_of(e.x, e)
            if base.obj.pkg is not self.pkg:
                cls = self.foreign_class(base, e)
                return f"gv.bind({cls}.{py_name(e.sel.name)}, {recv})"
            if base.type_args:
                return f"gv.bind({py_name(base.obj.name)}_{py_name(e.sel.name)}, {self.targs_code(base, e)}, {recv})"
            return f"gv.bind({py_name(base.obj.name)}_{py_name(e.sel.name)}, {recv})"
        return f"{prefix}.{py_name(e.sel.name)}"

    def std_func_value(self, code: str, fn: Any, t: Optional[Type], at: ast.Expr) -> str:
        """A standard package's function or method fn used as a value (not called): one with a
        variadic parameter is wrapped to take that parameter as one slice, as func values of
        the program do."""
        sig = _u(t) if t is not None else None
        if not isinstance(sig, Signature) or not sig.variadic:
            return code
        if isinstance(fn, Func) and fn.pkg is not None and (fn.pkg.path, fn.name) == ("cmp", "Or"):
            # Or compares with T's zero, which the call sites pass (see call)
            return f"gv.spread_last({code}, zero={self.zero(sig.results.vars[0].type, at)})"
        return f"gv.spread_last({code})"

    def method_expr(self, e: ast.SelectorExpr, sel: Any) -> str:
        """T.M and (*T).M: the method as a function taking the receiver first."""
        if len(sel.index) > 1:
            raise self.unsupported(e, "method expressions of promoted methods")
        t = sel.recv
        base = t.elem if isinstance(t, Pointer) else t
        name = py_name(e.sel.name)
        if isinstance(base.underlying(), Interface):
            return f"(lambda _r, *_a: _r.{name}(*_a))"
        if isinstance(base, Named) and isinstance(base.underlying(), Struct):
            return f"{self.struct_class(base, e)}.{name}"
        if isinstance(base, Named) and base.obj.pkg is self.pkg and base.type_args:
            return f"gv.bind({py_name(base.obj.name)}_{name}, {self.targs_code(base, e)})"
        if isinstance(base, Named) and base.obj.pkg is self.pkg:
            return f"{py_name(base.obj.name)}_{name}"
        raise self.unsupported(e, "this method expression")

    def index(self, e: ast.IndexExpr) -> str:
        xt = _core(self.type_of(e.x))
        x = self.expr(e.x)
        if isinstance(xt, Map):
            return f"{x}.get({self.map_key(e.index, xt.key)}, {self.zero(xt.elem, e)})"
        if isinstance(xt, Basic) and xt.info & IS_STRING:
            return f"gv.str_index({x}, {self.expr(e.index)})"
        if isinstance(xt, Pointer):
            xt = xt.elem.underlying()
        if isinstance(xt, Array):
            tv = self.info.types.get(e.index)
            if tv is not None and tv.value is not None:
                return f"{x}[{self.expr(e.index)}]"
            return f"{x}[gv.checked_index({self.expr(e.index)}, {xt.len})]"
        if isinstance(xt, Slice):
            return f"{x}[{self.expr(e.index)}]"
        raise self.unsupported(e, "this index expression")

    def slice_expr(self, e: ast.SliceExpr) -> str:
        xt = _core(self.type_of(e.x))
        x = self.expr(e.x)
        lo = self.expr(e.low) if e.low is not None else "None"
        hi = self.expr(e.high) if e.high is not None else "None"
        mx = f", {self.expr(e.max)}" if e.max is not None else ""
        if isinstance(xt, Basic) and xt.info & IS_STRING:
            return f"gv.str_slice({x}, {lo}, {hi})"
        if isinstance(xt, Slice):
            return f"{x}.slice({lo}, {hi}{mx})"
        if isinstance(xt, Pointer):
            xt = xt.elem.underlying()
        if isinstance(xt, Array):
            return f"gv.array_slice({x}, {lo}, {hi}{mx})"
        raise self.unsupported(e, "this slice expression")

    def composite(self, e: ast.CompositeLit, t: Optional[Type]) -> str:
        if t is None:
            raise self.unsupported(e, "this composite literal")
        if isinstance(t, Pointer):
            t = t.elem
        u = t.underlying()
        if isinstance(u, Struct):
            cls = self.struct_class(t if isinstance(t, Named) else u, e)
            if not e.elts:
                return f"{cls}()"
            if isinstance(e.elts[0], ast.KeyValueExpr):
                args = []
                for kv in e.elts:
                    assert isinstance(kv, ast.KeyValueExpr) and isinstance(kv.key, ast.Ident)
                    f = next(f for f in u.fields if f.name == kv.key.name)
                    args.append(f"{py_name(f.name)}={self.elem_value(kv.value, f.type)}")  # type: ignore[arg-type]
                return f"{cls}({', '.join(args)})"
            return f"{cls}({', '.join(self.elem_value(v, f.type) for v, f in zip(e.elts, u.fields))})"  # type: ignore[arg-type]
        if isinstance(u, (Slice, Array)):
            elem = u.elem
            if any(isinstance(x, ast.KeyValueExpr) for x in e.elts):
                raise self.unsupported(e, "indexed elements in array and slice literals")
            items = [self.elem_value(x, elem) for x in e.elts]
            if isinstance(u, Array):
                for _ in range(u.len - len(items)):
                    items.append(self.zero(elem, e))
                return "[" + ", ".join(items) + "]"
            return "gv.Slice([" + ", ".join(items) + "])"
        if isinstance(u, Map):
            pairs = []
            for kv in e.elts:
                assert isinstance(kv, ast.KeyValueExpr)
                k = self.elem_value(kv.key, u.key)
                if isinstance(u.key.underlying(), Array):
                    k = f"tuple({k})"
                pairs.append((k, self.elem_value(kv.value, u.elem)))
            if isinstance(_u(u.key), Interface):
                return "gv.IfaceMap([" + ", ".join(f"({k}, {v})" for k, v in pairs) + "])"
            return "{" + ", ".join(f"{k}: {v}" for k, v in pairs) + "}"
        raise self.unsupported(e, f"composite literals of type {t}")

    def elem_value(self, e: ast.Expr, t: Type) -> str:
        if isinstance(e, ast.CompositeLit) and e.type is None:
            lit_t = t.elem if isinstance(_u(t), Pointer) else t  # type: ignore[union-attr]
            return self.composite(e, lit_t)
        return self.value(e, t)

    # ------------------------------------------------------------ calls

    def args(self, call: ast.CallExpr, sig: Signature) -> list[str]:
        params = sig.params.vars
        n = len(params)
        tt = self.type_of(call.args[0]) if len(call.args) == 1 else None
        if isinstance(tt, Tuple):
            # f(g()) with several results: name them, then pass each as an argument.
            tmp = self.new_tmp("r")
            self.w.line(f"{tmp} = {self.expr(call.args[0])}")
            names = [_Name(f"{tmp}[{i}]") for i in range(len(tt.vars))]
            for nm, v in zip(names, tt.vars):
                self.info.types[nm] = type(self.info.types[call.args[0]])(7, v.type)
            call = ast.CallExpr(call.file, call.line, call.col, call.fun, names, False, call.lparen_line, call.lparen_col)
        out: list[str] = []
        for i, a in enumerate(call.args):
            if sig.variadic and i >= n - 1 and not call.has_ellipsis:
                out.append(self.value(a, params[-1].type.elem))  # type: ignore[union-attr]
            else:
                out.append(self.value(a, params[min(i, n - 1)].type))
        if sig.variadic and not call.has_ellipsis:
            fixed, rest = out[: n - 1], out[n - 1:]
            return fixed + [("gv.Slice([" + ", ".join(rest) + "])") if rest else "gv.NIL_SLICE"]
        return out

    def call(self, e: ast.CallExpr) -> str:
        fun = e.fun
        while isinstance(fun, ast.ParenExpr):
            fun = fun.x
        tv = self.info.types.get(fun)
        if tv is not None and tv.mode == TYPEXPR:
            return self.conversion(e.args[0], tv.type, e)  # type: ignore[arg-type]
        if isinstance(fun, ast.Ident) and isinstance(self.obj_of(fun), Builtin):
            return self.builtin(e, fun.name)
        ft = _u(self.type_of(fun))
        if not isinstance(ft, Signature):
            raise self.unsupported(e, "this call")
        if isinstance(fun, ast.IndexExpr) and isinstance(fun.x, ast.SelectorExpr) and fun.x.sel.name == "AsType" \
                and isinstance(fun.x.x, ast.Ident) and isinstance(self.obj_of(fun.x.x), PkgName) \
                and self.obj_of(fun.x.x).imported.path == "errors" and len(e.args) == 1:
            # errors.AsType[E](err): the implementation takes E's run-time form as errors.As does.
            target = self.info.types[fun.index].type
            return f"{self.expr(fun.x)}({self.expr(e.args[0])}, {self.as_target(target, fun.index)})"
        if isinstance(fun, (ast.IndexExpr, ast.IndexListExpr)) and isinstance(fun.x, ast.SelectorExpr) \
                and isinstance(fun.x.x, ast.Ident) and isinstance(self.obj_of(fun.x.x), PkgName) \
                and isinstance(self.obj_of(fun.x.sel), Func):
            fun = fun.x  # a standard function instantiated explicitly takes no type arguments
        if isinstance(fun, ast.SelectorExpr) and isinstance(fun.x, ast.Ident) and isinstance(self.obj_of(fun.x), PkgName):
            # Functions of the standard packages take variadic arguments spread.
            args = self.args(e, ft)
            if self.obj_of(fun.x).imported.path == "errors" and fun.sel.name == "As" and len(e.args) == 2:
                # Python cannot see the target's static type: errors.As takes it as well.
                target = _u(self.type_of(e.args[1]))
                if isinstance(target, Pointer):
                    if isinstance(target.elem.underlying(), Struct):
                        args[1] = f"gv.AssignCell({args[1]})"  # &v of a struct v: assign into v
                    args.append(self.as_target(target.elem, e.args[1]))
            if self.obj_of(fun.x).imported.path == "iter" and fun.sel.name in ("Pull", "Pull2"):
                # next() returns zero values once the sequence ends: the implementation takes them.
                results = _u(ft.results.vars[0].type)
                assert isinstance(results, Signature)
                args += [self.zero(v.type, e) for v in results.results.vars[:-1]]
            if ft.variadic:
                self.spread_variadic(args, e)
            if self.obj_of(fun.x).imported.path == "cmp" and fun.sel.name == "Or":
                # Python's truth is not Go's zero (a struct, an interface holding 0): Or takes T's
                t = self.type_of(e)
                if t is not None and not isinstance(t, Tuple):
                    args.append(f"zero={self.zero(t, e)}")
            return f"{self.selector(fun, called=True)}({', '.join(args)})"
        if isinstance(fun, ast.SelectorExpr):
            sel = self.info.selections.get(fun)
            if sel is not None and ft.variadic and sel.obj.pkg is not None and sel.obj.pkg is not self.pkg \
                    and not isinstance(_u(sel.recv), Interface):
                # Methods of the standard packages' types (Logger.Printf) take them spread too.
                args = self.args(e, ft)
                self.spread_variadic(args, e)
                return f"{self.selector(fun, called=True)}({', '.join(args)})"
            if sel is not None and sel.kind == "method_val" and len(sel.index) == 1 \
                    and isinstance(sel.recv, Pointer) and isinstance(sel.recv.elem, Named) \
                    and isinstance(sel.recv.elem.underlying(), Struct) and (
                        sel.recv.elem.obj.pkg is self.pkg or self.nil_safe_std(sel.recv.elem)):
                # Through the class: Go calls methods on nil pointers too.
                cls = self.struct_class(sel.recv.elem, fun) if sel.recv.elem.obj.pkg is self.pkg \
                    else self.foreign_class(sel.recv.elem, fun)
                recv = self.expr(fun.x)
                return f"{cls}.{py_name(fun.sel.name)}({', '.join([recv] + self.args(e, ft))})"
            bound = self.selector(fun, called=True)
            if bound.startswith("gv.bind("):
                fn, recv = bound[len("gv.bind("):-1].split(", ", 1)
                return f"{fn}({', '.join([recv] + self.args(e, ft))})"
            return f"{bound}({', '.join(self.args(e, ft))})"
        targs = self.type_args_of(fun)
        if targs is not None:
            base = fun.x if isinstance(fun, (ast.IndexExpr, ast.IndexListExpr)) else fun
            self.calling = True
            fcode = self.paren(base, P_ATOM)
            self.calling = False
            return f"{fcode}({', '.join(targs + self.args(e, ft))})"
        return f"{self.paren(fun, P_ATOM)}({', '.join(self.args(e, ft))})"

    @staticmethod
    def spread_variadic(args: list[str], e: ast.CallExpr) -> None:
        """The variadic slice argument, last in args, as separate arguments."""
        last = args.pop()
        if e.has_ellipsis:
            args.append("*" + last)
        elif last.startswith("gv.Slice(["):
            inner = last[len("gv.Slice(["):-2]
            if inner:
                args.append(inner)

    def type_args_of(self, fun: ast.Expr) -> Optional[list[str]]:
        """The run-time types passed to a generic function called as fun, if it is one."""
        key = fun.x if isinstance(fun, (ast.IndexExpr, ast.IndexListExpr)) else fun
        inst = self.info.instances.get(key)
        if inst is None:
            return None
        return [self.desc(t, fun) for t in inst[0]]

    def as_target(self, t: Type, at: Any) -> str:
        """The target type of errors.As as the Python implementation takes it."""
        if isinstance(t, Pointer) and isinstance(t.elem, Named) and isinstance(t.elem.underlying(), Struct):
            return self.struct_class(t.elem, at)
        u = t.underlying()
        if isinstance(u, Interface):
            names = tuple(m.name for m in u.all_methods())
            qual = str(t) if not isinstance(t, Named) or t.obj.pkg is None else f"{t.obj.pkg.name}.{t.obj.name}"
            return f"gv.interface_methods({py_str(qual)}, {names!r})"
        return self.desc(t, at)

    def conversion(self, a: ast.Expr, t: Type, at: Any) -> str:
        inner = a
        while isinstance(inner, ast.ParenExpr):
            inner = inner.x
        if isinstance(inner, ast.Ident) and isinstance(self.obj_of(inner), Nil):
            return self.zero(t, at)
        st = self.type_of(a)
        tu, su = t.underlying(), _u(st)
        if any(isinstance(x, Basic) and x.kind == UNSAFE_POINTER for x in (tu, su)):
            raise self.unsupported(at, "conversions to or from unsafe.Pointer")
        code = self.expr(a)
        if isinstance(tu, Basic) and isinstance(su, Basic):
            if tu.info & IS_STRING and su.info & IS_INTEGER:
                return f"gv.rune_str({code})"
            if tu.info & IS_STRING:
                return code
            if tu.info & IS_INTEGER:
                if su.info & IS_INTEGER:
                    if _within(su.kind, _INT_RANGE.get(tu.kind)) and not isinstance(t, TypeParam) \
                            and not isinstance(st, TypeParam):
                        return code  # every value of the source's type is one of the target's
                    return self.wrap(code, t)
                return self.wrap(f"gv.float_to_int({code})", t)
            if tu.kind in (FLOAT32, FLOAT64):
                v = f"float({code})" if su.info & IS_INTEGER else code
                return f"gv.f32({v})" if tu.kind == FLOAT32 else v
            if tu.info & 16:
                return f"gv.c64({code})" if tu.kind == COMPLEX64 and su.kind != COMPLEX64 else f"complex({code})"
            if tu.kind == BOOL and isinstance(st, Named) and st.obj.pkg is not None and st.obj.pkg is not self.pkg \
                    and _std_module(st.obj.pkg.path) is not None:
                return f"bool({code})"  # a standard package's boolean type may be a class (glog.Verbose)
            return code
        if isinstance(tu, Slice) and isinstance(su, Basic) and su.info & IS_STRING:
            return f"gv.str_runes({code})" if _kind(tu.elem) == INT32 else f"gv.bytes_of({code})"
        if isinstance(tu, Basic) and tu.info & IS_STRING and isinstance(su, Slice):
            return f"gv.runes_str({code})" if _kind(su.elem) == INT32 else f"gv.string_of_bytes({code})"
        if isinstance(tu, Interface):
            return self.to_iface(code, st, a)
        if isinstance(su, Slice) and isinstance(tu, Array):
            deep = ", deep=True" if self.needs_copy(tu.elem) else ""
            return f"gv.slice_to_array({code}, {tu.len}{deep})"
        if isinstance(su, Slice) and isinstance(tu, Pointer):
            raise self.unsupported(at, "converting a slice to an array pointer")
        if self.needs_copy(st) and self.addressable(a):
            return self.copy_of(code, st)  # type: ignore[arg-type]
        return code

    def builtin(self, e: ast.CallExpr, name: str) -> str:  # noqa: C901
        args = e.args
        if name == "len":
            t = _u(self.type_of(args[0]))
            x = self.expr(args[0])
            if isinstance(t, Basic):
                return f"gv.str_len({x})"
            if isinstance(t, Chan):
                return f"rt.chan_len({x})"
            if isinstance(t, Pointer) and isinstance(t.elem.underlying(), Array):
                return str(t.elem.underlying().len)  # type: ignore[attr-defined]
            return f"len({x})"
        if name == "cap":
            t = _u(self.type_of(args[0]))
            x = self.expr(args[0])
            if isinstance(t, Slice):
                return f"{x}.cap"
            if isinstance(t, Chan):
                return f"rt.chan_cap({x})"
            return f"len({x})"
        if name == "append":
            st = _u(self.type_of(args[0]))
            assert isinstance(st, Slice)
            s = self.expr(args[0])
            grow = self.elem_size_args(st.elem)
            if self.needs_copy(st.elem) or isinstance(st.elem, TypeParam):
                grow += ", z=gv.NOPAD"
            elif (z := self.zero(st.elem, e)) != "0":
                grow += f", z={z}"
            if e.has_ellipsis:
                if self.needs_copy(st.elem):
                    grow += f", et={self.desc(st.elem, e)}"  # the elements are appended as copies
                return f"gv.append_slice({s}, {self.expr(args[1])}{grow})"
            rest = [self.value(a, st.elem) for a in args[1:]]
            if id(e) in self.stack_appends:
                k, steps = self.stack_appends[id(e)]
                grow += f", k={k}" + (", steps=True" if steps else "")
            return f"gv.append({', '.join([s] + rest)}{grow})"
        if name == "make":
            t = self.type_of(args[0])
            u = _u(t)
            if isinstance(u, Slice):
                n = self.expr(args[1])
                cap = self.expr(args[2]) if len(args) > 2 else "None"
                z = self.zero(u.elem, e)
                if self.needs_copy(u.elem):
                    return f"gv.make_slice({n}, {cap}, lambda: {z}, fresh=True)"
                return f"gv.make_slice({n}, {cap}, {z})"
            if isinstance(u, Map):
                return "gv.IfaceMap()" if isinstance(_u(u.key), Interface) else "{}"
            if isinstance(u, Chan):
                cap = self.expr(args[1]) if len(args) > 1 else "0"
                return f"rt.Chan({cap}, zero={self.zero(u.elem, e)})"
        if name == "new":
            t = self.type_of(args[0])
            assert t is not None
            tv = self.info.types.get(args[0])
            # new(T) points at T's zero value; new(expr), since Go 1.26, at a copy of expr.
            init = self.zero(t, e) if tv is not None and tv.mode == TYPEXPR else self.value(args[0], t)
            if isinstance(_u(t), (Struct, Array)):  # pointers to these are the value itself
                return init
            if isinstance(t, TypeParam):
                return f"gv.tnew({init})"
            return f"rt.Cell({init})"
        if name == "delete":
            mt = _u(self.type_of(args[0]))
            assert isinstance(mt, Map)
            return f"{self.expr(args[0])}.pop({self.map_key(args[1], mt.key)}, None)"
        if name == "copy":
            dt = _core(self.type_of(args[0]))
            if isinstance(dt, Slice) and self.needs_copy(dt.elem):
                return f"gv.copy_elems({self.expr(args[0])}, {self.expr(args[1])}, {self.desc(dt.elem, e)})"
            return f"gv.copy({self.expr(args[0])}, {self.expr(args[1])})"
        if name == "panic":
            return f"rt.gopanic({self.to_iface(self.expr(args[0]), self.type_of(args[0]), args[0])})"
        if name == "recover":
            return "rt.recover()"
        if name in ("print", "println"):
            return f"gv.builtin_{name}({', '.join(self.expr(a) for a in args)})"
        if name == "close":
            return f"rt.close({self.expr(args[0])})"
        if name in ("min", "max"):
            if _kind(self.type_of(e)) in (FLOAT32, FLOAT64):
                # Go's min and max of floats are NaN when any argument is (Python's are not).
                return f"gv.float_{name}({', '.join(self.expr(a) for a in args)})"
            return f"{name}({', '.join(self.expr(a) for a in args)})"
        if name in ("real", "imag"):
            x, prec = self.expr_p(args[0])
            return f"{x if prec >= P_ATOM else '(' + x + ')'}.{name}"
        if name == "complex":
            return f"complex({self.expr(args[0])}, {self.expr(args[1])})"
        if name == "clear":
            t = _u(self.type_of(args[0]))
            if isinstance(t, Map):
                return f"{self.expr(args[0])}.clear()"
            if isinstance(t, Slice):
                z = self.zero(t.elem, e)
                return f"gv.clear_slice({self.expr(args[0])}, lambda: {z})"
        raise self.unsupported(e, f"the built-in {name} in this form")


class _Ctx:
    """An enclosing loop or switch/select: where break and continue go."""

    __slots__ = ("kind", "label", "posts", "py_loop", "brk", "cnt", "pc", "labels", "rf", "exits", "returns")

    def __init__(self, kind: str, label: Optional[str], posts: list[str], py_loop: bool) -> None:
        self.kind = kind
        self.label = label
        self.posts = posts
        self.py_loop = py_loop  # translated to a Python loop
        self.brk: Optional[str] = None
        self.cnt: Optional[str] = None
        self.pc = ""  # a goto region's segment counter
        self.labels: dict[str, int] = {}  # a goto region's labels -> segment numbers
        self.rf = ""  # a range-over-func loop's rt.RangeFunc
        self.exits: list[ast.BranchStmt] = []  # its body's jumps out, finished after the loop (how = index + 1)
        self.returns = False  # whether its body returns from the function (how = -1)


class _Name(ast.Expr):
    """A Python name standing for an already evaluated Go expression."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name
        self.file, self.line, self.col = "", 0, 0

    def children(self) -> Iterator[ast.Node]:
        return iter(())


def _returns_pointer_maybe_nil(call: ast.CallExpr) -> bool:
    # new(T) never returns nil; any other call may.
    f = call.fun
    return not (isinstance(f, ast.Ident) and f.name == "new")


def std_module_name(path: str) -> str:
    """The Python module implementing a Go package: `/` and `.` become `_`."""
    return path.replace("/", "_").replace(".", "_")


def impl_module(path: str) -> tuple[str, str]:
    """The Python package and module implementing a Go package (std or kafka)."""
    from go2py.runtime.kafka import MODULES

    mod = MODULES.get(path)
    if mod is not None:
        return "go2py.runtime.kafka", mod
    return "go2py.runtime.std", std_module_name(path)


def _std_module(path: str) -> Any:
    """The Python implementation of a supported package, or None."""
    import importlib

    try:
        return importlib.import_module(".".join(impl_module(path)))
    except ImportError:
        return None


def _assign_targets(n: ast.Node) -> list[Any]:
    targets: list[Any] = []
    if isinstance(n, ast.AssignStmt):
        targets = list(n.lhs)
    elif isinstance(n, ast.IncDecStmt):
        targets = [n.x]
    elif isinstance(n, ast.RangeStmt):
        targets = [n.key, n.value]
    out = []
    for x in targets:
        while isinstance(x, ast.ParenExpr):
            x = x.x
        out.append(x)
    return out


_RING_OPS = ("+", "-", "*")


def _const_int(v: Any) -> Optional[int]:
    """The value of an integer constant, else None."""
    try:
        return constant.int_val(constant.to_int(v)) if constant.is_int(v) else None
    except (TypeError, ValueError, AttributeError):
        return None


def _zero_needs_targs(t: Optional[Type]) -> bool:
    """Whether the zero value of t can only be made with the type arguments in hand."""
    if isinstance(t, TypeParam):
        return True
    if isinstance(t, Named) and t.type_args:
        return isinstance(t.underlying(), Struct) and any(_mentions_tparam(a) for a in t.type_args)
    u = _u(t)
    if isinstance(u, Array):
        return _zero_needs_targs(u.elem)
    if isinstance(u, Struct) and not isinstance(t, Named):
        return any(_zero_needs_targs(f.type) for f in u.fields)
    return False


def _mentions_tparam(t: Optional[Type], depth: int = 0) -> bool:
    if depth > 20 or t is None:
        return False
    if isinstance(t, TypeParam):
        return True
    if isinstance(t, Named):
        return any(_mentions_tparam(a, depth + 1) for a in t.type_args)
    for sub in (getattr(t, "elem", None), getattr(t, "key", None)):
        if isinstance(sub, Type) and _mentions_tparam(sub, depth + 1):
            return True
    if isinstance(t, Struct):
        return any(_mentions_tparam(f.type, depth + 1) for f in t.fields)
    return False


def _recv_base(fd: ast.FuncDecl) -> str:
    assert fd.recv is not None
    t = fd.recv.list[0].type
    while isinstance(t, (ast.StarExpr, ast.ParenExpr)):
        t = t.x
    if isinstance(t, (ast.IndexExpr, ast.IndexListExpr)):
        t = t.x
    return t.name if isinstance(t, ast.Ident) else ""


def _has_type_args(t: ast.Expr) -> bool:
    while isinstance(t, (ast.StarExpr, ast.ParenExpr)):
        t = t.x
    return isinstance(t, (ast.IndexExpr, ast.IndexListExpr))


def _ancestors(node: ast.Node, parents: dict[int, ast.Node]) -> Iterator[ast.Node]:
    p = parents.get(id(node))
    while p is not None:
        yield p
        p = parents.get(id(p))


def _type_parts(t: Type) -> Iterator[Type]:
    """t and the types it is made of (elements, fields), to find a type parameter in it."""
    todo, seen = [t], set()
    while todo:
        x = todo.pop()
        if id(x) in seen:
            continue
        seen.add(id(x))
        yield x
        u = x.underlying() if not isinstance(x, TypeParam) else x
        if isinstance(u, Array):
            todo.append(u.elem)
        elif isinstance(u, Struct):
            todo.extend(f.type for f in u.fields if f.type is not None)


def _walk_no_funclit(node: ast.Node) -> Iterator[ast.Node]:
    stack = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(c for c in n.children() if not isinstance(c, ast.FuncLit))


def _walk_no_loops(node: ast.Node) -> Iterator[ast.Node]:
    stack = list(node.children())
    while stack:
        n = stack.pop()
        yield n
        stack.extend(c for c in n.children() if not isinstance(c, (ast.FuncLit, ast.ForStmt, ast.RangeStmt)))


_COMPOUND = (ast.IfStmt, ast.ForStmt, ast.RangeStmt, ast.SwitchStmt, ast.TypeSwitchStmt, ast.SelectStmt,
             ast.BlockStmt, ast.LabeledStmt)


# Characters some Python tools take for line breaks (str.splitlines does): blanks in a comment.
_LINE_BREAKS = {ord(c): " " for c in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"}


def _py_comment(text: str) -> list[str]:
    """A Go comment (with its markers) as Python comment lines. Only a newline ends a Python
    comment, so every line break Python's tokenizer knows (\\r too) starts a new `#` line."""
    if text.startswith("//"):
        body = [text[2:]]
    else:
        body = text[2:-2].replace("\r\n", "\n").replace("\r", "\n").split("\n")
        body[1:] = textwrap.dedent("\n".join(ln.expandtabs(4) for ln in body[1:])).split("\n")
        while body and not body[0].strip():
            body.pop(0)
        while body and not body[-1].strip():
            body.pop()
    out = []
    for ln in body:
        ln = ln.translate(_LINE_BREAKS).rstrip()
        out.append("#" + ("" if not ln or ln.startswith(" ") else " ") + ln)
    return out
