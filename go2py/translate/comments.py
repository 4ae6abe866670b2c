"""Where a file's Go comments outside function bodies go in the Python module.

The module does not keep Go's order of declarations (classes first, then constants, variables,
functions), so a comment cannot simply be written when the translator passes its position, as
comments inside bodies are. Each comment is given to an anchor instead: the declaration, spec
or struct field it documents (the first anchor after it), or the anchor it follows on the same
line (a trailing comment). Comments before the package clause and among the imports head the
module; those after the last declaration end it. The translator writes an anchor's comments
where it writes the anchor, so none is lost whatever the order.
"""

from __future__ import annotations

import bisect
from typing import Optional

from go2py.grammar import ast

Pos = tuple[int, int]


class CommentPlacement:
    """The comments of a package's files, by the anchor each belongs to."""

    def __init__(self, files: list[ast.File]) -> None:
        self.header: list[ast.Comment] = []
        self.end: list[ast.Comment] = []
        self._before: dict[int, list[ast.Comment]] = {}
        self._trailing: dict[int, list[ast.Comment]] = {}
        for f in files:
            self._place(f)

    def before(self, node: ast.Node) -> list[ast.Comment]:
        """The comments to write before node (each is handed out once)."""
        return self._before.pop(id(node), [])

    def trailing(self, node: ast.Node) -> list[ast.Comment]:
        """The comments that end node's first line."""
        return self._trailing.pop(id(node), [])

    def leftover(self) -> list[ast.Comment]:
        """The comments whose anchor wrote no code (a blank variable): they end the module."""
        rest = [c for cs in (*self._before.values(), *self._trailing.values()) for c in cs]
        self._before.clear()
        self._trailing.clear()
        return sorted(rest, key=lambda c: (c.file, c.line, c.col))

    def _place(self, f: ast.File) -> None:
        bodies = sorted(_bodies(f))
        header_ids: set[int] = set()
        anchors: list[tuple[Pos, ast.Node]] = [((f.package.line, f.package.col), f.package)]
        header_ids.add(id(f.package))
        for d in f.decls:
            if isinstance(d, ast.FuncDecl):
                anchors.append(((d.line, d.col), d))
                continue
            if not isinstance(d, ast.GenDecl):
                continue
            for s in d.specs:
                anchors.append(((s.line, s.col), s))
                if isinstance(s, ast.ImportSpec):
                    header_ids.add(id(s))
                elif isinstance(s, ast.TypeSpec) and isinstance(s.type, ast.StructType):
                    anchors += [((fd.line, fd.col), fd) for fd in s.type.fields.list]
        anchors.sort(key=lambda a: a[0])
        positions = [a[0] for a in anchors]
        for c in sorted((c for g in f.comments or [] for c in g.list), key=lambda c: (c.line, c.col)):
            pos = (c.line, c.col)
            if _inside(bodies, pos):
                continue  # written with its function's statements
            i = bisect.bisect_left(positions, pos)
            prev = anchors[i - 1] if i > 0 else None
            if prev is not None and prev[0][0] == c.line and c.end_line == c.line and \
                    (i == len(anchors) or anchors[i][0][0] != c.line):
                node, where = prev[1], self._trailing
            elif i < len(anchors):
                node, where = anchors[i][1], self._before
            else:
                self.end.append(c)
                continue
            if id(node) in header_ids:
                self.header.append(c)
            else:
                where.setdefault(id(node), []).append(c)


def _bodies(f: ast.File) -> list[tuple[Pos, Pos]]:
    """The spans of the function bodies (declared and literal) of a file."""
    out = []
    for n in ast.walk(f):
        body: Optional[ast.BlockStmt] = None
        if isinstance(n, ast.FuncDecl):
            body = n.body
        elif isinstance(n, ast.FuncLit):
            body = n.body
        if body is not None:
            out.append(((body.line, body.col), (body.rbrace_line, body.rbrace_col)))
    return out


def _inside(spans: list[tuple[Pos, Pos]], pos: Pos) -> bool:
    return any(lo < pos < hi for lo, hi in spans)
