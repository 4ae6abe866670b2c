"""The Go positions of the running goroutine's callers (Go's runtime.Caller).

A translated module that may ask for positions holds `__go_positions__`, a `Positions`
table written by the translator (go2py/translate/positions.py): its Python lines in runs,
each run with the Go file and line it came from, and the Go names of its functions. The
frames of such modules are Go frames; frames of the runtime and of the standard packages
have no table and are skipped, as they stand for Go code that is not the program's.
"""

from __future__ import annotations

import sys
from bisect import bisect_right
from typing import Optional


class Positions:
    """Python line -> (Go file, Go line), and a function's first line -> its Go name."""

    __slots__ = ("files", "starts", "where", "funcs")

    def __init__(self, files: tuple[str, ...], runs: tuple[int, ...], funcs: dict[int, str]) -> None:
        self.files = files
        self.starts = runs[0::3]
        self.where = list(zip(runs[1::3], runs[2::3]))
        self.funcs = funcs

    def at(self, pyline: int) -> tuple[str, int]:
        i = bisect_right(self.starts, pyline) - 1
        if i < 0:
            return "?", 0
        f, line = self.where[i]
        return self.files[f], line

    def func_name(self, firstline: int) -> str:
        """The Go name of the function whose def is on `firstline`; "=" for the nested def
        that runs the body of a function with defers (its caller is the same Go function)."""
        name = self.funcs.get(firstline)
        if name is not None and name != "=":
            return name
        # The function around it: the last named def before it.
        best = max((ln for ln, n in self.funcs.items() if ln < firstline and n != "="), default=None)
        outer = self.funcs[best] if best is not None else "main.init"
        return "=" + outer if name == "=" else outer


class Frame:
    """One Go caller: where it is, and the function it is in."""

    __slots__ = ("file", "line", "function")

    def __init__(self, file: str, line: int, function: str) -> None:
        self.file, self.line, self.function = file, line, function


def callers(skip: int, limit: int = 1 << 30) -> list[Frame]:
    """The Go frames of the calling goroutine, innermost first, after skipping `skip` of
    them: callers(0)[0] is the Go code that called into the runtime."""
    out: list[Frame] = []
    for f, _, tab, name in _walk(sys._getframe(1)):
        if len(out) >= limit:
            break
        if skip > 0:
            skip -= 1
        else:
            file, line = _position(f, tab)
            out.append(Frame(file, line, name))
    return out


def _position(f, tab: Positions) -> tuple[str, int]:  # type: ignore[no-untyped-def]
    """The Go file and line frame f is at. A function whose body has returned is running its
    deferred calls at `return _frame.run(_body)`: it is at the return statement that ended
    the body, if the body noted it (DeferFrame.line)."""
    file, line = tab.at(f.f_lineno)
    if "_frame" in f.f_code.co_varnames:
        fr = f.f_locals.get("_frame")
        if getattr(fr, "line", None) is not None:
            line = fr.line
    return file, line


def traceback(f, below=None) -> str:  # type: ignore[no-untyped-def]
    """The Go frames of a stack from frame f outward, as Go's tracebacks print them (the
    arguments as `(...)`, and no program counter offsets, which have no Python equivalent);
    empty when no frame belongs to a translated module with a positions table.

    `below`: where an earlier panic was raised, when f is in a deferred call that this panic
    ran. Go's stack then goes on from the deferred call to the function that panicked first,
    at that panic's line: the Python stack has unwound that far and resumes at the function
    running its defers, so the frames from there on are the earlier panic's."""
    entries = list(_walk(f))
    if below is not None:
        lower = list(_walk(below))
        seen = {id(e[k]) for e in lower for k in (0, 1)}
        for i, e in enumerate(entries):
            if id(e[0]) in seen:
                entries[i:] = lower
                break
    lines = []
    for fr, own, tab, name in entries:
        file, line = _position(fr, tab)
        args = "()" if own.f_code.co_argcount == 0 and not own.f_code.co_flags & _VARARGS else "(...)"
        lines.append(f"{name}{args}\n\t{file}:{line}\n")
    return "".join(lines)


_VARARGS = 0x04  # CO_VARARGS


def _walk(f):  # type: ignore[no-untyped-def]
    """(frame, the Go function's own frame, its table, its Go name) of each Go frame from f
    outward. A function with deferred calls runs its body in a nested def named "=" in the
    table: that frame stands for the function, and the function's own frame is passed over."""
    f = _go_frame(f)
    while f is not None:
        tab: Positions = f.f_globals["__go_positions__"]
        name = tab.func_name(f.f_code.co_firstlineno)
        own = f
        if name[0] == "=":
            own = _go_frame(f.f_back) or f
            yield f, own, tab, name[1:]
            f = own
        else:
            yield f, own, tab, name
        f = _go_frame(f.f_back)


def _go_frame(f):  # type: ignore[no-untyped-def]
    """The first frame from f on that runs a function of a translated module: the runtime's
    and the standard packages' frames have no positions table and are skipped."""
    while f is not None and (f.f_globals.get("__go_positions__") is None or f.f_code.co_name == "<module>"):
        f = f.f_back
    return f


def caller(skip: int) -> Optional[Frame]:
    """The Go frame `skip` frames up from the Go code calling into the runtime, if any."""
    frames = callers(skip, 1)
    return frames[0] if frames else None
