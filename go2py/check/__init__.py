"""The type checker, modelled on Go's go/types: scopes, types, exact constants, method
sets and embedding, assignability, generics, and errors worded like the Go compiler's.

    from go2py.check import check_files
    result = check_files([file_ast, ...], importer)   # -> CheckResult(pkg, info, errors)
"""

from __future__ import annotations

from dataclasses import dataclass

from go2py.check.checker import Checker, Error, Importer, Info
from go2py.check.objects import Package
from go2py.check.universe import UNIVERSE
from go2py.grammar import ast


@dataclass
class CheckResult:
    pkg: Package
    info: Info
    errors: list[Error]


MAX_ERRORS = 10


def check_files(files: list[ast.File], importer: Importer | None = None, path: str = "main",
                snippet: bool = False) -> CheckResult:
    """Type-check the files of one package; errors are sorted as the Go compiler sorts them."""
    name = files[0].package.name if files else "main"
    pkg = Package(path if path != "main" or name == "main" else name, name)
    pkg.scope.parent = UNIVERSE
    chk = Checker(pkg, importer or Importer(), snippet=snippet)
    chk.check_files(files)
    # One error per position, the first found, as cmd/compile reports.
    seen: set[tuple[str, int, int]] = set()
    out: list[Error] = []
    for i, e in enumerate(chk.errors):
        key = (e.file, e.line, e.col)
        if key in seen:
            continue
        seen.add(key)
        e.seq = i
        out.append(e)
    out.sort(key=lambda e: (e.file, e.line, e.col))
    return CheckResult(pkg, chk.info, out)


def format_errors(errors: list[Error]) -> str:
    """The errors as the compiler prints them: it stops at the tenth error found (not the
    tenth in position order), prints those ten sorted, and "too many errors" at the tenth."""
    if len(errors) <= MAX_ERRORS:
        return "\n".join(e.format() for e in errors)
    first = sorted(errors, key=lambda e: e.seq)[:MAX_ERRORS]
    last = first[-1]
    first.sort(key=lambda e: (e.file, e.line, e.col))
    return "\n".join([e.format() for e in first] + [f"{last.file}:{last.line}:{last.col}: too many errors"])


__all__ = ["CheckResult", "Checker", "Error", "Importer", "Info", "check_files", "format_errors"]
