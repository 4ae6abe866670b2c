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


# Go matches the bytes of pattern and name: '*' skips bytes, a literal compares bytes, and
# '?' and a class read one rune (an invalid byte is one RuneError); a class bound that is
# an invalid byte is a bad pattern.
_STAR, _QUERY, _LBRACK, _RBRACK, _BSLASH, _DASH, _CARET = b"*?[]\\-^"


def _rune_at(b: bytes, i: int) -> tuple[int, int]:
    """utf8.DecodeRune of b[i:] (b[i:] not empty)."""
    c = b[i]
    if c < 0x80:
        return c, 1
    n = 2 if c < 0xE0 else (3 if c < 0xF0 else 4)
    try:
        return ord(b[i : i + n].decode("utf-8")), n
    except (UnicodeDecodeError, TypeError):
        return 0xFFFD, 1


def _scan_chunk(pattern: bytes) -> tuple[bool, bytes, bytes]:
    star = False
    while pattern and pattern[0] == _STAR:
        pattern = pattern[1:]
        star = True
    inrange = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == _BSLASH:
            if i + 1 < len(pattern):
                i += 1
        elif c == _LBRACK:
            inrange = True
        elif c == _RBRACK:
            inrange = False
        elif c == _STAR and not inrange:
            break
        i += 1
    return star, pattern[:i], pattern[i:]


def _get_esc(chunk: bytes) -> tuple[int, bytes]:
    if not chunk or chunk[0] in (_DASH, _RBRACK):
        raise _Bad
    if chunk[0] == _BSLASH:
        chunk = chunk[1:]
        if not chunk:
            raise _Bad
    r, n = _rune_at(chunk, 0)
    if r == 0xFFFD and n == 1:
        raise _Bad
    chunk = chunk[n:]
    if not chunk:
        raise _Bad
    return r, chunk


def _match_chunk(chunk: bytes, s: bytes) -> tuple[bytes, bool]:
    """(rest of s, ok); raises _Bad for a malformed chunk, even once matching failed."""
    failed = False
    while chunk:
        failed = failed or not s
        c = chunk[0]
        if c == _LBRACK:
            r = -1
            if not failed:
                r, n = _rune_at(s, 0)
                s = s[n:]
            chunk = chunk[1:]
            negated = False
            if chunk and chunk[0] == _CARET:
                negated = True
                chunk = chunk[1:]
            match = False
            nrange = 0
            while True:
                if chunk and chunk[0] == _RBRACK and nrange > 0:
                    chunk = chunk[1:]
                    break
                lo, chunk = _get_esc(chunk)
                hi = lo
                if chunk[0] == _DASH:
                    hi, chunk = _get_esc(chunk[1:])
                match = match or lo <= r <= hi
                nrange += 1
            failed = failed or match == negated
        elif c == _QUERY:
            if not failed:
                failed = s[0] == 0x2F
                s = s[_rune_at(s, 0)[1]:]
            chunk = chunk[1:]
        else:
            if c == _BSLASH:
                chunk = chunk[1:]
                if not chunk:
                    raise _Bad
            if not failed:
                failed = chunk[0] != s[0]
                s = s[1:]
            chunk = chunk[1:]
    if failed:
        return b"", False
    return s, True


def match(pattern: str, name: str, sep: str = "/", check_rest: bool = True):
    """Go's Match with separator ``sep``: (matched, error). path.Match checks, before it
    reports a mismatch, that the rest of the pattern is well formed; filepath.Match does
    not (``check_rest``)."""
    pat = pattern.encode("utf-8", "surrogateescape")
    nm = name.encode("utf-8", "surrogateescape")
    sepb = ord(sep)
    try:
        while pat:
            star, chunk, pat = _scan_chunk(pat)
            if star and not chunk:
                return sepb not in nm, None
            t, ok = _match_chunk(chunk, nm)
            if ok and (not t or pat):
                nm = t
                continue
            if star:
                found = False
                i = 0
                while i < len(nm) and nm[i] != sepb:
                    t, ok = _match_chunk(chunk, nm[i + 1 :])
                    if ok:
                        if not pat and t:
                            i += 1
                            continue
                        nm = t
                        found = True
                        break
                    i += 1
                if found:
                    continue
            # no match: path.Match checks that the rest of the pattern is well formed
            while pat and check_rest:
                _, chunk, pat = _scan_chunk(pat)
                _match_chunk(chunk, b"")
            return False, None
        return not nm, None
    except _Bad:
        return False, ErrBadPattern


def Match(pattern: str, name: str):
    return match(pattern, name)
