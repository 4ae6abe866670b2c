"""Snippets: Go source pasted from a tutorial, without a package clause or imports.

A file whose first token is not `package` is a snippet: it becomes `package main`; when its
top level holds statements rather than declarations they become the body of `func main`;
imports of supported packages it uses but does not import are added (as goimports would).
Everything added goes on the snippet's first line, so line numbers stay the user's; columns
on that line are shifted back in messages by `Snippet.fix_col`. A snippet that mixes statements
with function, method and type declarations is rearranged (imports, `func main` holding the
statements, the declarations) and `Snippet.lines` maps positions back to the user's lines.
"""

from __future__ import annotations

from dataclasses import dataclass

from go2py.grammar import ParseError, ast, parse_file
from go2py.grammar.parser import decode_source
from go2py.grammar.scanner import ScanError, scan


@dataclass
class Snippet:
    file: ast.File
    prefix_len: int  # characters added before the first line's text
    wrapped: bool  # statements were wrapped in func main
    # Lines of the parsed text -> the snippet's lines, when declarations were moved out of the
    # statements (None: the lines are the snippet's own).
    lines: dict[int, int] | None = None

    def fix_col(self, line: int, col: int) -> int:
        return max(1, col - self.prefix_len) if line == 1 and self.lines is None else col

    def fix(self, line: int, col: int) -> tuple[int, int]:
        """The snippet's position of a position in the parsed text."""
        if self.lines is not None:
            return self.lines.get(line, 1), col
        return line, self.fix_col(line, col)


def is_snippet(text: str) -> bool:
    """Whether the source lacks a package clause (its first token is not `package`)."""
    try:
        toks, _ = scan(text)
    except ScanError:
        return False
    for t in toks:
        if t[0] != "NEWLINE":
            return t[0] != "PACKAGE"
    return False


def parse_snippet(filename: str, data: bytes | str, package_names: dict[str, str]) -> Snippet:
    """Parse a snippet as `package main`; package_names maps a package name to its import path."""
    text = decode_source(data)
    first_nl = text.find("\n")
    first, rest = (text, "") if first_nl < 0 else (text[:first_nl], text[first_nl:])
    wrapped = False
    prefix = "package main; "
    try:
        f = parse_file(filename, prefix + first + rest)
    except ParseError as e:
        if not any("non-declaration statement" in m for _, _, m in e.errors):
            raise _shifted(e, len(prefix))
        prefix = "package main; func main() { "
        wrapped = True
        try:
            f = parse_file(filename, prefix + first + rest + "\n}\n")
        except ParseError as e2:
            mixed = _mixed(filename, text, package_names)
            if mixed is not None:
                return mixed
            raise _shifted(e2, len(prefix))
    imports = _missing_imports(f, package_names)
    if imports:
        imp = "import (" + "; ".join(f'"{p}"' for p in imports) + "); "
        prefix = prefix.replace("package main; ", "package main; " + imp, 1)
        f = parse_file(filename, prefix + first + rest + ("\n}\n" if wrapped else ""))
    return Snippet(f, len(prefix), wrapped)


def _mixed(filename: str, text: str, package_names: dict[str, str]) -> Snippet | None:
    """A snippet mixing statements with declarations of functions, methods and types (as a
    tutorial shows them): its imports first, then `func main` with the statements, then the
    declarations. Positions map back through Snippet.lines. None if that does not parse."""
    spans = _declaration_spans(text)
    if not spans:
        return None
    src = text.split("\n")
    moved = {ln for a, b, _ in spans for ln in range(a, b + 1)}
    imports = [(a, b) for a, b, kind in spans if kind == "IMPORT"]
    decls = [(a, b) for a, b, kind in spans if kind != "IMPORT"]

    def compose(extra: list[str]) -> tuple[str, dict[int, int]]:
        out: list[str] = ["package main"] + extra
        where: dict[int, int] = {}

        def take(ln: int) -> None:
            out.append(src[ln - 1])
            where[len(out)] = ln

        for a, b in imports:
            for ln in range(a, b + 1):
                take(ln)
        out.append("func main() {")
        for ln in range(1, len(src) + 1):
            if ln not in moved:
                take(ln)
        out.append("}")
        for a, b in decls:
            for ln in range(a, b + 1):
                take(ln)
        return "\n".join(out) + "\n", where

    code, where = compose([])
    try:
        f = parse_file(filename, code)
        missing = _missing_imports(f, package_names)
        if missing:
            code, where = compose(["import (" + "; ".join(f'"{p}"' for p in missing) + ")"])
            f = parse_file(filename, code)
    except ParseError:
        return None
    return Snippet(f, 0, True, where)


def _declaration_spans(text: str) -> list[tuple[int, int, str]]:
    """(first line, last line, FUNC | TYPE | IMPORT) of each top-level declaration that starts
    a line: `func Name`, `func (recv) Name`, `type`, `import`."""
    try:
        toks, _ = scan(text)
    except ScanError:
        return []
    opens, closes = {"LPAREN", "LBRACK", "LBRACE"}, {"RPAREN", "RBRACK", "RBRACE"}
    spans: list[tuple[int, int, str]] = []
    depth, i, line_start = 0, 0, True
    while i < len(toks):
        kind = toks[i][0]
        if depth == 0 and line_start and kind in ("FUNC", "TYPE", "IMPORT") and _is_declaration(toks, i):
            d, j = 0, i
            while j < len(toks) and not (d == 0 and toks[j][0] == "NEWLINE" and j > i):
                d += toks[j][0] in opens
                d -= toks[j][0] in closes
                j += 1
            end = toks[j][2] if j < len(toks) else toks[-1][2]
            spans.append((toks[i][2], end, kind))
            i, line_start = j + 1, True
            continue
        depth += (kind in opens) - (kind in closes)
        line_start = kind == "NEWLINE" or depth == 0 and kind == "SEMICOLON"
        i += 1
    return spans


def _is_declaration(toks: list, i: int) -> bool:
    if toks[i][0] != "FUNC":
        return True
    nxt = toks[i + 1][0] if i + 1 < len(toks) else ""
    if nxt == "IDENT":
        return True
    if nxt != "LPAREN":
        return False
    d, j = 0, i + 1
    while j < len(toks):  # a receiver, then the method's name: not a function literal
        d += toks[j][0] == "LPAREN"
        d -= toks[j][0] == "RPAREN"
        j += 1
        if d == 0:
            break
    return j < len(toks) and toks[j][0] == "IDENT"


def _shifted(e: ParseError, n: int) -> ParseError:
    return ParseError(e.filename, [(line, max(1, col - n) if line == 1 else col, msg)
                                   for line, col, msg in e.errors])


def _missing_imports(f: ast.File, package_names: dict[str, str]) -> list[str]:
    imported = {(i.name.name if i.name else i.path.value.strip('"').rsplit("/", 1)[-1]) for i in f.imports}
    declared: set[str] = set()
    for d in f.decls:
        if isinstance(d, ast.FuncDecl) and d.recv is None:
            declared.add(d.name.name)
        elif isinstance(d, ast.GenDecl):
            for s in d.specs:
                if isinstance(s, ast.TypeSpec):
                    declared.add(s.name.name)
                elif isinstance(s, ast.ValueSpec):
                    declared.update(n.name for n in s.names)
    # Local names that shadow a package make `x.Sel` a field or method, not a package member.
    local: set[str] = set()
    for n in ast.walk(f):
        if isinstance(n, ast.AssignStmt) and n.tok == ":=":
            local.update(x.name for x in n.lhs if isinstance(x, ast.Ident))
        elif isinstance(n, ast.Field):
            local.update(x.name for x in n.names)
        elif isinstance(n, ast.ValueSpec):
            local.update(x.name for x in n.names)
    needed: list[str] = []
    for n in ast.walk(f):
        if isinstance(n, ast.SelectorExpr) and isinstance(n.x, ast.Ident):
            name = n.x.name
            if name in imported or name in declared or name in local:
                continue
            path = package_names.get(name)
            if path is not None and path not in needed:
                needed.append(path)
    return sorted(needed)
