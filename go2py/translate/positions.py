"""The Go source positions of a translated module, for run-time callers.

`runtime.Caller`, the `Lshortfile`/`Llongfile` headers of `log` and the `file.go:42` of every
glog line need, at run time, the Go file and line of a Python frame. The translator notes the
Go position of each line it writes (`Line.pos`); formatting moves lines, so the positions are
carried over to the formatted text by matching the syntax trees of the two texts node by
node (formatting changes no node). The result is written into the module as a table of runs,
`__go_positions__`, read by go2py.runtime.callers.

Programs that can ask for a position get the table: those importing glog, or naming
`runtime.Caller`/`Callers`/`Stack` or `log.Lshortfile`/`Llongfile`. `go2py run` writes it
into every program, for the Go frames of its panic and deadlock tracebacks.
"""

from __future__ import annotations

import ast as pyast
import os
from typing import Optional

from go2py.check import CheckResult
from go2py.grammar import ast

_ASKS = {"runtime": {"Caller", "Callers", "Stack"}, "log": {"Lshortfile", "Llongfile"}}
_ALWAYS = {"github.com/golang/glog"}


def wanted(files: list[ast.File], result: CheckResult) -> bool:
    """Whether the package may ask for the position of a caller at run time."""
    from go2py.check.objects import PkgName

    for f in files:
        for imp in f.imports:
            if imp.path.value.strip('"`') in _ALWAYS:
                return True
        for n in ast.walk(f):
            if isinstance(n, ast.SelectorExpr) and isinstance(n.x, ast.Ident):
                obj = result.info.uses.get(n.x)
                if isinstance(obj, PkgName) and n.sel.name in _ASKS.get(obj.imported.path, ()):
                    return True
    return False


def physical_lines(lines: list[str]) -> list[tuple[Optional[tuple[str, int]], Optional[str]]]:
    """(Go position, Go function name) of each physical line of the joined writer lines."""
    out: list[tuple[Optional[tuple[str, int]], Optional[str]]] = []
    for ln in lines:
        pos, func = getattr(ln, "pos", None), getattr(ln, "func", None)
        out.append((pos, func))
        out.extend((pos, None) for _ in range(ln.count("\n")))
    return out


def carry_over(before: str, after: str,
               marks: list[tuple[Optional[tuple[str, int]], Optional[str]]]) -> Optional[list]:
    """`marks` (one per line of `before`) moved to the lines of `after`, the same module
    formatted; None if the two trees differ in shape."""
    nodes_before = [n for n in pyast.walk(pyast.parse(before)) if hasattr(n, "lineno")]
    nodes_after = [n for n in pyast.walk(pyast.parse(after)) if hasattr(n, "lineno")]
    if len(nodes_before) != len(nodes_after):
        return None
    moved: list = [(None, None)] * (after.count("\n") + 1)
    for a, b in zip(nodes_before, nodes_after):
        if type(a) is not type(b):
            return None
        pos, func = marks[a.lineno - 1]
        old = moved[b.lineno - 1]
        # A line holds several nodes: the first (outermost) one decides.
        if old[0] is None:
            moved[b.lineno - 1] = (pos, func if isinstance(a, (pyast.FunctionDef, pyast.AsyncFunctionDef)) else None)
    return moved


def table(marks: list[tuple[Optional[tuple[str, int]], Optional[str]]]) -> str:
    """The `__go_positions__` assignment for a module whose lines carry `marks`."""
    files: list[str] = []
    runs: list[int] = []
    funcs: list[str] = []
    last: object = ()
    for i, (pos, func) in enumerate(marks, 1):
        if func is not None:
            funcs.append(f"{i}: {func!r}")
        if pos != last and pos is not None:
            path = os.path.abspath(pos[0])
            if path not in files:
                files.append(path)
            runs += [i, files.index(path), pos[1]]
            last = pos
    lines = [
        "# The Go source positions of this module's lines, for runtime.Caller and log headers:",
        "# (first line, file, Go line) for each run of lines, and the functions' Go names.",
        "__go_positions__ = rt.Positions(",
        "    (" + "".join(f"{f!r}, " for f in files).rstrip() + "),",
    ]
    lines += _wrapped([str(n) for n in runs], "    (", "),")
    lines += _wrapped(funcs, "    {", "},")
    lines.append(")")
    return "\n".join(lines) + "\n"


def _wrapped(items: list[str], open_: str, close: str) -> list[str]:
    out: list[str] = []
    cur = open_
    for it in items:
        if len(cur) + len(it) + 2 > 96:
            out.append(cur.rstrip())
            cur = "     "
        cur += it + ", "
    out.append(cur.rstrip().rstrip(",") + close if items else open_ + close)
    return out


def insert(src: str, tab: str) -> str:
    """`src` with the table before its `if __name__ == "__main__":` (or at its end)."""
    guard = '\nif __name__ == "__main__":'
    at = src.rfind(guard)
    if at < 0:
        return src + "\n\n" + tab
    return src[: at + 1] + tab + "\n" + src[at + 1 :]
