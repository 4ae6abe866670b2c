"""Go's ``path``: lexical operations on slash-separated paths (``Clean``, ``Join``,
``Split``, ``Base``, ``Dir``, ``Ext``, ``IsAbs``) and ``Match`` with Go's pattern
syntax and ``ErrBadPattern``. ``path/filepath`` builds on these (Unix separators)."""

from __future__ import annotations

from go2py.runtime.std import errors as _errors

ErrBadPattern = _errors.New("syntax error in pattern")


def Clean(path: str) -> str:
    if path == "":
        return "."
    rooted = path[0] == "/"
    out: list[str] = []
    for e in path.split("/"):
        if e == "" or e == ".":
            continue
        if e == "..":
            if out and out[-1] != "..":
                out.pop()
            elif not rooted:
                out.append("..")
            continue
        out.append(e)
    s = ("/" if rooted else "") + "/".join(out)
    return s or "."


def Split(path: str) -> tuple[str, str]:
    i = path.rfind("/")
    return path[: i + 1], path[i + 1 :]


def Join(*elem: str) -> str:
    for i, e in enumerate(elem):
        if e != "":
            return Clean("/".join(elem[i:]))
    return ""


def Ext(path: str) -> str:
    for i in range(len(path) - 1, -1, -1):
        if path[i] == "/":
            break
        if path[i] == ".":
            return path[i:]
    return ""


def Base(path: str) -> str:
    if path == "":
        return "."
    path = path.rstrip("/")
    if path == "":
        return "/"
    return path[path.rfind("/") + 1 :]


def IsAbs(path: str) -> bool:
    return path.startswith("/")


def Dir(path: str) -> str:
    d, _ = Split(path)
    return Clean(d)


# -- Match: Go's pattern language, chunk by chunk as Go scans it


class _Bad(Exception):
    pass


def _scan_chunk(pattern: str) -> tuple[bool, str, str]:
    star = False
    while pattern and pattern[0] == "*":
        pattern = pattern[1:]
        star = True
    inrange = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            if i + 1 < len(pattern):
                i += 1
        elif c == "[":
            inrange = True
        elif c == "]":
            inrange = False
        elif c == "*" and not inrange:
            break
        i += 1
    return star, pattern[:i], pattern[i:]


def _get_esc(chunk: str) -> tuple[str, str]:
    if not chunk or chunk[0] in "-]":
        raise _Bad
    if chunk[0] == "\\":
        chunk = chunk[1:]
        if not chunk:
            raise _Bad
    r, chunk = chunk[0], chunk[1:]
    if not chunk:
        raise _Bad
    return r, chunk


def _match_chunk(chunk: str, s: str) -> tuple[str, bool]:
    """(rest of s, ok); raises _Bad for a malformed chunk, even once matching failed."""
    failed = False
    while chunk:
        if not failed and not s:
            failed = True
        c = chunk[0]
        if c == "[":
            r = ""
            if not failed:
                r, s = s[0], s[1:]
            chunk = chunk[1:]
            negated = False
            if chunk and chunk[0] == "^":
                negated = True
                chunk = chunk[1:]
            match = False
            nrange = 0
            while True:
                if chunk and chunk[0] == "]" and nrange > 0:
                    chunk = chunk[1:]
                    break
                lo, chunk = _get_esc(chunk)
                hi = lo
                if chunk[0] == "-":
                    hi, chunk = _get_esc(chunk[1:])
                if lo <= r <= hi and r != "":
                    match = True
                nrange += 1
            if match == negated:
                failed = True
        elif c == "?":
            if not failed:
                if s[0] == "/":
                    failed = True
                s = s[1:]
            chunk = chunk[1:]
        elif c == "\\":
            chunk = chunk[1:]
            if not chunk:
                raise _Bad
            if not failed:
                if chunk[0] != s[0]:
                    failed = True
                s = s[1:]
            chunk = chunk[1:]
        else:
            if not failed:
                if chunk[0] != s[0]:
                    failed = True
                s = s[1:]
            chunk = chunk[1:]
    if failed:
        return "", False
    return s, True


def match(pattern: str, name: str, sep: str = "/"):
    """Go's Match with separator ``sep``: (matched, error)."""
    try:
        while pattern:
            star, chunk, pattern = _scan_chunk(pattern)
            if star and chunk == "":
                return sep not in name, None
            t, ok = _match_chunk(chunk, name)
            if ok and (len(t) == 0 or len(pattern) > 0):
                name = t
                continue
            if star:
                i = 0
                found = False
                while i < len(name) and name[i] != sep:
                    t, ok = _match_chunk(chunk, name[i + 1 :])
                    if ok:
                        if not pattern and t:
                            i += 1
                            continue
                        name = t
                        found = True
                        break
                    i += 1
                if found:
                    continue
            # no match: the rest of the pattern must still be well formed
            while pattern:
                _, chunk, pattern = _scan_chunk(pattern)
                _match_chunk(chunk, "")
            return False, None
        return len(name) == 0, None
    except _Bad:
        return False, ErrBadPattern


def Match(pattern: str, name: str):
    return match(pattern, name)
