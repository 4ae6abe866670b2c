"""Go's ``regexp``: RE2 syntax and semantics over Python's ``re``.

The expression is translated by ``_re2syntax`` (which also gives Go's syntax errors), and
matched leftmost-first by Python's engine, which is what RE2 does outside POSIX mode.
``CompilePOSIX`` (POSIX ERE syntax) and ``Longest`` switch to leftmost-longest matching, which
Python's engine cannot do: those expressions run on ``_relongest``'s matcher, which stands in
for the compiled Python pattern.
Around the engine this module follows Go's own code paths: the loop that finds successive
matches (an empty match right after a previous match is skipped), the one that replaces
them, ``Expand``'s templates, ``Split``, and byte offsets: Go reports positions in UTF-8
bytes, so offsets in non-ASCII text are converted. Not implemented, so the translator refuses
it: ``LiteralPrefix`` (Go derives it from the compiled program, after simplification).
"""

from __future__ import annotations

import re as _re
from typing import Any, Callable, Optional

from go2py.runtime.panic import GoPanic
from go2py.runtime.std import _re2syntax, _relongest
from go2py.runtime.values import NIL_SLICE, Slice

__all__ = ["Regexp", "Compile", "CompilePOSIX", "MustCompile", "MustCompilePOSIX", "Match", "MatchString",
           "MatchReader", "QuoteMeta"]

_SPECIAL = set("\\.+*?()|[]{}^$")


class _Text:
    """A subject string with Go's byte offsets for Python's character offsets."""

    __slots__ = ("s", "ascii", "_offs")

    def __init__(self, s: str) -> None:
        self.s = s
        self.ascii = s.isascii()
        self._offs: Optional[list[int]] = None

    def byte(self, i: int) -> int:
        if self.ascii or i <= 0:
            return i
        if self._offs is None:
            offs, n = [0], 0
            for ch in self.s:
                c = ord(ch)
                n += 1 if c < 0x80 or 0xDC80 <= c <= 0xDCFF else 2 if c < 0x800 else 3 if c < 0x10000 else 4
                offs.append(n)
            self._offs = offs
        return self._offs[i]


def _as_str(b: Slice) -> str:
    return bytes(b.a[b.off:b.off + b.len]).decode("utf-8", "surrogateescape")


def _quote(s: str) -> str:
    from go2py.runtime.std import strconv

    return "`" + s + "`" if strconv.CanBackquote(s) else strconv.Quote(s)


class Regexp:
    """*regexp.Regexp."""

    __slots__ = ("expr", "prog", "names")
    __goname__ = "*regexp.Regexp"

    def __init__(self, expr: str = "", prog: Any = None, names: Optional[list[str]] = None) -> None:
        self.expr = expr
        self.prog = prog
        self.names = names or [""]

    # -------------------------------------------------------------- matching core

    def _match(self, s: str, pos: int) -> Optional[_re.Match]:
        return self.prog.search(s, pos)

    def _all(self, s: str, n: int) -> list[_re.Match]:
        """Go's allMatches: successive matches, an empty one right after a match skipped."""
        out: list[_re.Match] = []
        if n < 0:
            n = len(s) + 1
        pos, prev_end, end = 0, -1, len(s)
        while len(out) < n and pos <= end:
            m = self.prog.search(s, pos)
            if m is None:
                break
            accept = True
            if m.end() == pos:
                if m.start() == prev_end:
                    accept = False
                pos += 1
            else:
                pos = m.end()
            prev_end = m.end()
            if accept:
                out.append(m)
        return out

    def _spans(self, m: _re.Match, t: _Text) -> list[int]:
        out: list[int] = []
        for g in range(len(self.names)):
            a, b = m.span(g)
            out += [t.byte(a), t.byte(b)] if a >= 0 else [-1, -1]
        return out

    # -------------------------------------------------------------- strings

    def MatchString(self, s: str) -> bool:
        return self.prog.search(s) is not None

    def FindString(self, s: str) -> str:
        m = self.prog.search(s)
        return m.group(0) if m else ""

    def FindStringIndex(self, s: str) -> Slice:
        m = self.prog.search(s)
        if m is None:
            return NIL_SLICE
        t = _Text(s)
        return Slice([t.byte(m.start()), t.byte(m.end())])

    def FindStringSubmatch(self, s: str) -> Slice:
        m = self.prog.search(s)
        if m is None:
            return NIL_SLICE
        return Slice([g if g is not None else "" for g in (m.group(i) for i in range(len(self.names)))])

    def FindStringSubmatchIndex(self, s: str) -> Slice:
        m = self.prog.search(s)
        return NIL_SLICE if m is None else Slice(self._spans(m, _Text(s)))

    def FindAllString(self, s: str, n: int) -> Slice:
        ms = self._all(s, n)
        return Slice([m.group(0) for m in ms]) if ms else NIL_SLICE

    def FindAllStringIndex(self, s: str, n: int) -> Slice:
        ms = self._all(s, n)
        t = _Text(s)
        return Slice([Slice([t.byte(m.start()), t.byte(m.end())]) for m in ms]) if ms else NIL_SLICE

    def FindAllStringSubmatch(self, s: str, n: int) -> Slice:
        ms = self._all(s, n)
        if not ms:
            return NIL_SLICE
        k = len(self.names)
        return Slice([Slice([g if g is not None else "" for g in (m.group(i) for i in range(k))]) for m in ms])

    def FindAllStringSubmatchIndex(self, s: str, n: int) -> Slice:
        ms = self._all(s, n)
        t = _Text(s)
        return Slice([Slice(self._spans(m, t)) for m in ms]) if ms else NIL_SLICE

    def ReplaceAllString(self, src: str, repl: str) -> str:
        return self._replace(src, lambda m: self._expand(repl, src, m))

    def ReplaceAllLiteralString(self, src: str, repl: str) -> str:
        return self._replace(src, lambda m: repl)

    def ReplaceAllStringFunc(self, src: str, repl: Callable[[str], str]) -> str:
        return self._replace(src, lambda m: repl(m.group(0)))

    def _replace(self, src: str, repl: Callable[[_re.Match], str]) -> str:
        """Go's replaceAll: no replacement for an empty match right after a match."""
        out: list[str] = []
        last_end = 0
        pos = 0
        end = len(src)
        while pos <= end:
            m = self.prog.search(src, pos)
            if m is None:
                break
            out.append(src[last_end:m.start()])
            if m.end() > last_end or m.start() == 0:
                out.append(repl(m))
            last_end = m.end()
            pos = pos + 1 if pos + 1 > m.end() else m.end()
        out.append(src[last_end:])
        return "".join(out)

    def _expand(self, template: str, src: str, m: _re.Match) -> str:
        """Go's expand: $1, ${1}, $name, ${name} and $$ in template."""
        out: list[str] = []
        i, n = 0, len(template)
        while i < n:
            j = template.find("$", i)
            if j < 0:
                out.append(template[i:])
                break
            out.append(template[i:j])
            i = j + 1
            if i < n and template[i] == "$":
                out.append("$")
                i += 1
                continue
            name, rest = _extract(template, i)
            if name is None:
                out.append("$")  # malformed: the $ is text
                continue
            i = rest
            if name.isdigit():
                k = int(name)
                if k < len(self.names) and m.group(k) is not None:
                    out.append(m.group(k))
            else:
                for k, nm in enumerate(self.names):
                    if nm == name:  # the first group of that name, matched or not
                        if m.group(k) is not None:
                            out.append(m.group(k))
                        break
        return "".join(out)

    def Split(self, s: str, n: int) -> Slice:
        if n == 0:
            return NIL_SLICE
        if self.expr and not s:
            return Slice([""])
        t = _Text(s)
        matches = [(t.byte(m.start()), t.byte(m.end()), m.start(), m.end()) for m in self._all(s, n)]
        parts: list[str] = []
        beg = end = 0
        for _, b1, c0, c1 in matches:
            if n > 0 and len(parts) == n - 1:
                break
            end = c0
            if b1 != 0:
                parts.append(s[beg:end])
            beg = c1
        if end != len(s):
            parts.append(s[beg:])
        return Slice(parts)

    # -------------------------------------------------------------- byte slices

    def Match(self, b: Slice) -> bool:
        return self.MatchString(_as_str(b))

    def _sub(self, b: Slice, t: _Text, a: int, e: int) -> Slice:
        lo, hi = t.byte(a), t.byte(e)
        return Slice(b.a, b.off + lo, hi - lo, hi - lo)  # Go's b[lo:hi:hi]

    def Find(self, b: Slice) -> Slice:
        s = _as_str(b)
        m = self.prog.search(s)
        return NIL_SLICE if m is None else self._sub(b, _Text(s), m.start(), m.end())

    def FindIndex(self, b: Slice) -> Slice:
        return self.FindStringIndex(_as_str(b))

    def FindSubmatch(self, b: Slice) -> Slice:
        s = _as_str(b)
        m = self.prog.search(s)
        if m is None:
            return NIL_SLICE
        t = _Text(s)
        return Slice([self._sub(b, t, *m.span(i)) if m.span(i)[0] >= 0 else NIL_SLICE
                      for i in range(len(self.names))])

    def FindSubmatchIndex(self, b: Slice) -> Slice:
        return self.FindStringSubmatchIndex(_as_str(b))

    def FindAll(self, b: Slice, n: int) -> Slice:
        s = _as_str(b)
        t = _Text(s)
        ms = self._all(s, n)
        return Slice([self._sub(b, t, m.start(), m.end()) for m in ms]) if ms else NIL_SLICE

    def FindAllIndex(self, b: Slice, n: int) -> Slice:
        return self.FindAllStringIndex(_as_str(b), n)

    def FindAllSubmatch(self, b: Slice, n: int) -> Slice:
        s = _as_str(b)
        t = _Text(s)
        ms = self._all(s, n)
        if not ms:
            return NIL_SLICE
        return Slice([Slice([self._sub(b, t, *m.span(i)) if m.span(i)[0] >= 0 else NIL_SLICE
                             for i in range(len(self.names))]) for m in ms])

    def FindAllSubmatchIndex(self, b: Slice, n: int) -> Slice:
        return self.FindAllStringSubmatchIndex(_as_str(b), n)

    def ReplaceAll(self, src: Slice, repl: Slice) -> Slice:
        s, r = _as_str(src), _as_str(repl)
        return _bytes_of(self._replace(s, lambda m: self._expand(r, s, m)))

    def ReplaceAllLiteral(self, src: Slice, repl: Slice) -> Slice:
        r = _as_str(repl)
        return _bytes_of(self._replace(_as_str(src), lambda m: r))

    def ReplaceAllFunc(self, src: Slice, repl: Callable[[Slice], Slice]) -> Slice:
        return _bytes_of(self._replace(_as_str(src), lambda m: _as_str(repl(_bytes_of(m.group(0))))))

    def Expand(self, dst: Slice, template: Slice, src: Slice, match: Slice) -> Slice:
        return self.ExpandString(dst, _as_str(template), _as_str(src), match)

    def ExpandString(self, dst: Slice, template: str, src: str, match: Slice) -> Slice:
        from go2py.runtime.values import append

        groups = _Groups(src, list(match))
        return append(dst, *self._expand(template, src, groups).encode("utf-8", "surrogateescape"))  # type: ignore[arg-type]

    # -------------------------------------------------------------- readers

    def MatchReader(self, r: Any) -> bool:
        return self.MatchString(_read_runes(r))

    def FindReaderIndex(self, r: Any) -> Slice:
        return self.FindStringIndex(_read_runes(r))

    def FindReaderSubmatchIndex(self, r: Any) -> Slice:
        return self.FindStringSubmatchIndex(_read_runes(r))

    # -------------------------------------------------------------- about the expression

    def String(self) -> str:
        return self.expr

    def Longest(self) -> None:
        if not isinstance(self.prog, _relongest.LongestProgram):
            self.prog = _longest(self.prog.pattern, len(self.names))

    def NumSubexp(self) -> int:
        return len(self.names) - 1

    def SubexpNames(self) -> Slice:
        return Slice(list(self.names))

    def SubexpIndex(self, name: str) -> int:
        if name:
            for k, nm in enumerate(self.names):
                if nm == name:
                    return k
        return -1

    def Copy(self) -> "Regexp":
        return Regexp(self.expr, self.prog, list(self.names))

    def MarshalText(self) -> tuple[Slice, Any]:
        return _bytes_of(self.expr), None

    def AppendText(self, b: Slice) -> tuple[Slice, Any]:
        from go2py.runtime.values import append

        return append(b, *self.expr.encode("utf-8", "surrogateescape")), None

    def UnmarshalText(self, text: Slice) -> Any:
        r, err = Compile(_as_str(text))
        if err is not None:
            return err
        self.expr, self.prog, self.names = r.expr, r.prog, r.names
        return None


class _Groups:
    """A Go match (byte offsets into src) in the shape of a Python match, for _expand."""

    def __init__(self, src: str, match: list[int]) -> None:
        self.b = src.encode("utf-8", "surrogateescape")
        self.match = match

    def group(self, k: int) -> Optional[str]:
        if 2 * k + 1 >= len(self.match) or self.match[2 * k] < 0:
            return None
        return self.b[self.match[2 * k]:self.match[2 * k + 1]].decode("utf-8", "surrogateescape")


def _extract(template: str, i: int) -> tuple[Optional[str], int]:
    """The name after a $ at template[i:] (braced or the longest run of word
    characters), and where the text after it starts; None if there is none."""
    n = len(template)
    if i >= n:
        return None, i
    brace = template[i] == "{"
    j = i + 1 if brace else i
    k = j
    while k < n and (template[k].isalnum() or template[k] == "_"):
        k += 1
    if k == j:
        return None, i
    name = template[j:k]
    if brace:
        if k >= n or template[k] != "}":
            return None, i
        k += 1
    return name, k


def _bytes_of(s: str) -> Slice:
    return Slice(list(s.encode("utf-8", "surrogateescape")))


def _read_runes(r: Any) -> str:
    out: list[str] = []
    while True:
        ch, size, err = r.ReadRune()
        if err is not None:
            break
        # A byte that is not UTF-8 reads as U+FFFD of size 1: kept one byte wide (as a
        # lone surrogate, go2py's form of such a byte) so that offsets stay Go's.
        out.append("\udcff" if ch == 0xFFFD and size == 1 else chr(ch))
    return "".join(out)


class _Error:
    """*syntax.Error as an error value."""

    __goname__ = "*syntax.Error"

    def __init__(self, e: _re2syntax.SyntaxError_) -> None:
        self.Code = e.code
        self.Expr = e.expr
        self._text = e.Error()

    def Error(self) -> str:
        return self._text


_cache: dict[tuple[str, bool], tuple[Any, list[str]]] = {}
_longest_cache: dict[str, _relongest.LongestProgram] = {}


def _longest(pattern: str, ngroups: int) -> _relongest.LongestProgram:
    """The leftmost-longest matcher of a Python pattern written by _re2syntax."""
    prog = _longest_cache.get(pattern)
    if prog is None:
        text = pattern.replace(_re2syntax.WORD_BOUNDARY, _relongest.WORD_MARK).replace(
            _re2syntax.NOT_WORD_BOUNDARY, _relongest.NOT_WORD_MARK)
        prog = _longest_cache[pattern] = _relongest.LongestProgram(text, ngroups)
    return prog


def Compile(expr: str) -> tuple[Optional[Regexp], Any]:
    return _compile(expr, False)


def CompilePOSIX(expr: str) -> tuple[Optional[Regexp], Any]:
    r, err = _compile(expr, True)
    if r is not None:
        r.Longest()
    return r, err


def _compile(expr: str, posix: bool) -> tuple[Optional[Regexp], Any]:
    hit = _cache.get((expr, posix))
    if hit is None:
        try:
            parsed = _re2syntax.parse(expr, posix)
        except _re2syntax.SyntaxError_ as e:
            return None, _Error(e)
        try:
            prog = _re.compile(parsed.pattern)
        except (_re.error, RecursionError, OverflowError) as e:
            # A form Python's engine cannot take (an expression too large for it).
            return None, _Error(_re2syntax.SyntaxError_("expression too large", expr)) if "too" in str(e) \
                else _Error(_re2syntax.SyntaxError_(f"unsupported by go2py ({e})", expr))
        hit = _cache[(expr, posix)] = (prog, parsed.names)
    return Regexp(expr, hit[0], list(hit[1])), None


def MustCompile(expr: str) -> Regexp:
    r, err = Compile(expr)
    if err is not None:
        raise GoPanic("regexp: Compile(" + _quote(expr) + "): " + err.Error())
    return r  # type: ignore[return-value]


def MustCompilePOSIX(expr: str) -> Regexp:
    r, err = CompilePOSIX(expr)
    if err is not None:
        raise GoPanic("regexp: CompilePOSIX(" + _quote(expr) + "): " + err.Error())
    return r  # type: ignore[return-value]


def MatchString(pattern: str, s: str) -> tuple[bool, Any]:
    r, err = Compile(pattern)
    if err is not None:
        return False, err
    return r.MatchString(s), None  # type: ignore[union-attr]


def Match(pattern: str, b: Slice) -> tuple[bool, Any]:
    return MatchString(pattern, _as_str(b))


def MatchReader(pattern: str, r: Any) -> tuple[bool, Any]:
    return MatchString(pattern, _read_runes(r))


def QuoteMeta(s: str) -> str:
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in s)
