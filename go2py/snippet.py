"""Snippets: Go source pasted from a tutorial, without a package clause or imports.

A file whose first token is not `package` is a snippet: it becomes `package main`; when its
top level holds statements rather than declarations they become the body of `func main`;
imports of supported packages it uses but does not import are added (as goimports would).
Everything added goes on the snippet's first line, so line numbers stay the user's; columns
on that line are shifted back in messages by `Snippet.fix_col`.
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

    def fix_col(self, line: int, col: int) -> int:
        return max(1, col - self.prefix_len) if line == 1 else col


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
            raise _shifted(e2, len(prefix))
    imports = _missing_imports(f, package_names)
    if imports:
        imp = "import (" + "; ".join(f'"{p}"' for p in imports) + "); "
        prefix = prefix.replace("package main; ", "package main; " + imp, 1)
        f = parse_file(filename, prefix + first + rest + ("\n}\n" if wrapped else ""))
    return Snippet(f, len(prefix), wrapped)


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
