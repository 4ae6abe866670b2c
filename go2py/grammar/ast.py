"""The Go syntax tree, after Go's `go/ast`.

Every node records where it starts: `file`, `line` and `col` (1-based, columns counted in
bytes as the Go toolchain counts them only for ASCII lines; here in characters). Names of
node classes and fields follow go/ast, so a reader who knows Go finds their way: an `Expr`
may also denote a type (go/ast does the same), and optional children are None.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Iterator, Optional, Union


@dataclass(slots=True, eq=False)
class Node:
    file: str
    line: int
    col: int

    def pos(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"

    def children(self) -> list["Node"]:
        """The direct child nodes, in source order."""
        names = _FIELD_NAMES.get(type(self))
        if names is None:
            names = _FIELD_NAMES[type(self)] = tuple(
                f.name for f in fields(self) if f.name not in ("file", "line", "col")
            )
        out: list[Node] = []
        for name in names:
            v = getattr(self, name)
            if isinstance(v, Node):
                out.append(v)
            elif type(v) is list:
                out.extend(x for x in v if isinstance(x, Node))
        return out


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


# ---------------------------------------------------------------- comments


@dataclass(slots=True, eq=False)
class Comment(Node):
    text: str  # with the `//` or `/* */` markers
    end_line: int


@dataclass(slots=True, eq=False)
class CommentGroup(Node):
    """Adjacent comments with no blank line or token between them."""

    list: list[Comment]

    @property
    def end_line(self) -> int:
        return self.list[-1].end_line

    def text(self) -> str:
        """The comment text without markers, as go/ast's CommentGroup.Text."""
        lines: list[str] = []
        for c in self.list:
            t = c.text
            if t.startswith("//"):
                t = t[2:]
                if t.startswith(" "):
                    t = t[1:]
                lines.append(t)
            else:
                lines.extend(t[2:-2].split("\n"))
        while lines and not lines[-1].strip():
            lines.pop()
        return "\n".join(line.rstrip() for line in lines) + ("\n" if lines else "")


# ---------------------------------------------------------------- expressions and types


class Expr(Node):
    __slots__ = ()


@dataclass(slots=True, eq=False)
class BadExpr(Expr):
    pass


@dataclass(slots=True, eq=False)
class Ident(Expr):
    name: str


@dataclass(slots=True, eq=False)
class Ellipsis(Expr):
    """`...T` in a parameter list, or the `...` of `[...]T` (Elt is None there)."""

    elt: Optional[Expr]


@dataclass(slots=True, eq=False)
class BasicLit(Expr):
    kind: str  # INT, FLOAT, IMAG, CHAR or STRING
    value: str  # the literal as written


@dataclass(slots=True, eq=False)
class FuncLit(Expr):
    type: "FuncType"
    body: "BlockStmt"


@dataclass(slots=True, eq=False)
class CompositeLit(Expr):
    type: Optional[Expr]  # None for an elided type inside another literal
    elts: list[Expr]
    lbrace_line: int
    rbrace_line: int
    rbrace_col: int


@dataclass(slots=True, eq=False)
class ParenExpr(Expr):
    x: Expr


@dataclass(slots=True, eq=False)
class SelectorExpr(Expr):
    x: Expr
    sel: Ident


@dataclass(slots=True, eq=False)
class IndexExpr(Expr):
    x: Expr
    index: Expr
    lbrack_line: int
    lbrack_col: int


@dataclass(slots=True, eq=False)
class IndexListExpr(Expr):
    x: Expr
    indices: list[Expr]
    lbrack_line: int
    lbrack_col: int


@dataclass(slots=True, eq=False)
class SliceExpr(Expr):
    x: Expr
    low: Optional[Expr]
    high: Optional[Expr]
    max: Optional[Expr]
    slice3: bool


@dataclass(slots=True, eq=False)
class TypeAssertExpr(Expr):
    x: Expr
    type: Optional[Expr]  # None for x.(type) in a type switch


@dataclass(slots=True, eq=False)
class CallExpr(Expr):
    fun: Expr
    args: list[Expr]
    has_ellipsis: bool  # f(xs...)
    lparen_line: int
    lparen_col: int


@dataclass(slots=True, eq=False)
class StarExpr(Expr):
    """`*x`: a dereference, or a pointer type."""

    x: Expr


@dataclass(slots=True, eq=False)
class UnaryExpr(Expr):
    op: str  # + - ! ^ & <- (and ~ in constraints)
    x: Expr


@dataclass(slots=True, eq=False)
class BinaryExpr(Expr):
    x: Expr
    op: str
    op_line: int
    op_col: int
    y: Expr


@dataclass(slots=True, eq=False)
class KeyValueExpr(Expr):
    key: Expr
    value: Expr


@dataclass(slots=True, eq=False)
class ArrayType(Expr):
    len: Optional[Expr]  # None for a slice type; Ellipsis for [...]T
    elt: Expr


@dataclass(slots=True, eq=False)
class Field(Node):
    """A parameter, result, struct field, method or embedded element."""

    names: list[Ident]
    type: Expr
    tag: Optional[BasicLit]
    doc: Optional[CommentGroup] = None


@dataclass(slots=True, eq=False)
class FieldList(Node):
    list: list[Field]

    def num_fields(self) -> int:
        return sum(len(f.names) or 1 for f in self.list)


@dataclass(slots=True, eq=False)
class StructType(Expr):
    fields: FieldList


@dataclass(slots=True, eq=False)
class FuncType(Expr):
    type_params: Optional[FieldList]
    params: FieldList
    results: Optional[FieldList]


@dataclass(slots=True, eq=False)
class InterfaceType(Expr):
    methods: FieldList  # methods (names set) and embedded elements (no names)


@dataclass(slots=True, eq=False)
class MapType(Expr):
    key: Expr
    value: Expr


SEND = 1
RECV = 2


@dataclass(slots=True, eq=False)
class ChanType(Expr):
    dir: int  # SEND | RECV for a bidirectional channel
    value: Expr


# ---------------------------------------------------------------- statements


class Stmt(Node):
    __slots__ = ()


@dataclass(slots=True, eq=False)
class BadStmt(Stmt):
    pass


@dataclass(slots=True, eq=False)
class DeclStmt(Stmt):
    decl: "GenDecl"


@dataclass(slots=True, eq=False)
class EmptyStmt(Stmt):
    implicit: bool


@dataclass(slots=True, eq=False)
class LabeledStmt(Stmt):
    label: Ident
    stmt: Stmt


@dataclass(slots=True, eq=False)
class ExprStmt(Stmt):
    x: Expr


@dataclass(slots=True, eq=False)
class SendStmt(Stmt):
    chan: Expr
    value: Expr


@dataclass(slots=True, eq=False)
class IncDecStmt(Stmt):
    x: Expr
    tok: str  # ++ or --


@dataclass(slots=True, eq=False)
class AssignStmt(Stmt):
    lhs: list[Expr]
    tok: str  # = := += ...
    rhs: list[Expr]
    tok_line: int
    tok_col: int


@dataclass(slots=True, eq=False)
class GoStmt(Stmt):
    call: Expr


@dataclass(slots=True, eq=False)
class DeferStmt(Stmt):
    call: Expr


@dataclass(slots=True, eq=False)
class ReturnStmt(Stmt):
    results: list[Expr]


@dataclass(slots=True, eq=False)
class BranchStmt(Stmt):
    tok: str  # break continue goto fallthrough
    label: Optional[Ident]


@dataclass(slots=True, eq=False)
class BlockStmt(Stmt):
    list: list[Stmt]
    rbrace_line: int
    rbrace_col: int


@dataclass(slots=True, eq=False)
class IfStmt(Stmt):
    init: Optional[Stmt]
    cond: Expr
    body: BlockStmt
    else_: Optional[Stmt]


@dataclass(slots=True, eq=False)
class CaseClause(Stmt):
    list: Optional[list[Expr]]  # None for default
    body: list[Stmt]


@dataclass(slots=True, eq=False)
class SwitchStmt(Stmt):
    init: Optional[Stmt]
    tag: Optional[Expr]
    body: BlockStmt  # of CaseClause


@dataclass(slots=True, eq=False)
class TypeSwitchStmt(Stmt):
    init: Optional[Stmt]
    assign: Stmt  # x := y.(type) or y.(type)
    body: BlockStmt  # of CaseClause


@dataclass(slots=True, eq=False)
class CommClause(Stmt):
    comm: Optional[Stmt]  # None for default
    body: list[Stmt]


@dataclass(slots=True, eq=False)
class SelectStmt(Stmt):
    body: BlockStmt  # of CommClause


@dataclass(slots=True, eq=False)
class ForStmt(Stmt):
    init: Optional[Stmt]
    cond: Optional[Expr]
    post: Optional[Stmt]
    body: BlockStmt


@dataclass(slots=True, eq=False)
class RangeStmt(Stmt):
    key: Optional[Expr]
    value: Optional[Expr]
    tok: Optional[str]  # = or := (None for `for range x`)
    x: Expr
    body: BlockStmt


# ---------------------------------------------------------------- declarations


class Spec(Node):
    __slots__ = ()


@dataclass(slots=True, eq=False)
class ImportSpec(Spec):
    name: Optional[Ident]
    path: BasicLit
    doc: Optional[CommentGroup] = None


@dataclass(slots=True, eq=False)
class ValueSpec(Spec):
    names: list[Ident]
    type: Optional[Expr]
    values: list[Expr]
    doc: Optional[CommentGroup] = None


@dataclass(slots=True, eq=False)
class TypeSpec(Spec):
    name: Ident
    type_params: Optional[FieldList]
    assign: bool  # an alias: type A = B
    type: Expr
    doc: Optional[CommentGroup] = None


class Decl(Node):
    __slots__ = ()


@dataclass(slots=True, eq=False)
class BadDecl(Decl):
    pass


@dataclass(slots=True, eq=False)
class GenDecl(Decl):
    tok: str  # import const type var
    specs: list[Spec]
    lparen: bool  # a parenthesized group
    doc: Optional[CommentGroup] = None


@dataclass(slots=True, eq=False)
class FuncDecl(Decl):
    recv: Optional[FieldList]
    name: Ident
    type: FuncType
    body: Optional[BlockStmt]
    doc: Optional[CommentGroup] = None


@dataclass(slots=True, eq=False)
class File(Node):
    package: Ident
    decls: list[Decl]
    imports: list[ImportSpec]
    comments: list[CommentGroup]
    doc: Optional[CommentGroup] = None


AnyNode = Union[Node, list, None]


def walk(node: Node) -> Iterator[Node]:
    """Every node below and including `node`, depth first, without recursion."""
    stack: list[Node] = [node]
    while stack:
        n = stack.pop()
        yield n
        stack.extend(reversed(n.children()))


def dump(node: Any) -> str:
    """An indented textual form of the tree, like go/ast.Fprint but shorter."""
    out: list[str] = []
    # (value, indent, label) triples, processed iteratively so deep trees need no recursion.
    stack: list[tuple[Any, int, str]] = [(node, 0, "")]
    while stack:
        v, ind, label = stack.pop()
        pad = "  " * ind + (label + ": " if label else "")
        if isinstance(v, Node):
            simple = []
            kids: list[tuple[Any, int, str]] = []
            for f in fields(v):
                if f.name in ("file", "line", "col"):
                    continue
                x = getattr(v, f.name)
                if isinstance(x, (Node, list)) and x:
                    kids.append((x, ind + 1, f.name))
                elif isinstance(x, list) or x is None:
                    continue
                else:
                    simple.append(f"{f.name}={x!r}")
            out.append(f"{pad}{type(v).__name__} @{v.line}:{v.col} {' '.join(simple)}".rstrip())
            stack.extend(reversed(kids))
        elif isinstance(v, list):
            out.append(f"{pad}[{len(v)}]")
            stack.extend(reversed([(x, ind + 1, str(i)) for i, x in enumerate(v)]))
        else:
            out.append(f"{pad}{v!r}")
    return "\n".join(out)
