"""RE2 syntax, as Go's regexp/syntax parses it with the Perl flags, to a Python pattern.

Python's `re` backtracks leftmost-first, as RE2 does outside POSIX mode, so a pattern means
the same in both once each construct is written in Python's terms. The parser here reads
Go's syntax construct by construct and writes that Python text: anchors and `.` are spelled
out for the flags in force (^ is the text's start unless (?m), `.` stops at a newline unless
(?s)), \\d \\s \\w \\b are ASCII as in RE2, \\p{Greek} and [[:alpha:]] become explicit
ranges from Go's Unicode tables, (?U) swaps greedy and lazy, literals are escaped (a `{`
that starts no repeat is a literal in Go), and every capture is a plain Python group, its
name kept aside (Go allows names Python does not). What RE2 rejects (backreferences,
lookaround, nested repetition...) is an error with the Go parser's code and text.
"""

from __future__ import annotations

from typing import Optional

MAX_RUNE = 0x10FFFF
_WORD = "0-9A-Za-z_"
_PERL = {
    "d": [(0x30, 0x39)],
    "s": [(0x09, 0x0A), (0x0C, 0x0D), (0x20, 0x20)],
    "w": [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)],
}
_POSIX = {
    "alnum": [(0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)],
    "alpha": [(0x41, 0x5A), (0x61, 0x7A)],
    "ascii": [(0x00, 0x7F)],
    "blank": [(0x09, 0x09), (0x20, 0x20)],
    "cntrl": [(0x00, 0x1F), (0x7F, 0x7F)],
    "digit": [(0x30, 0x39)],
    "graph": [(0x21, 0x7E)],
    "lower": [(0x61, 0x7A)],
    "print": [(0x20, 0x7E)],
    "punct": [(0x21, 0x2F), (0x3A, 0x40), (0x5B, 0x60), (0x7B, 0x7E)],
    "space": [(0x09, 0x0D), (0x20, 0x20)],
    "upper": [(0x41, 0x5A)],
    "word": [(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)],
    "xdigit": [(0x30, 0x39), (0x41, 0x46), (0x61, 0x66)],
}
_ESCAPES = {"a": 7, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11}
_REPEAT_OPS = "*+?{"
# \b and \B as Python writes them with Go's ASCII word characters.
WORD_BOUNDARY = f"(?:(?<=[{_WORD}])(?![{_WORD}])|(?<![{_WORD}])(?=[{_WORD}]))"
NOT_WORD_BOUNDARY = f"(?:(?<=[{_WORD}])(?=[{_WORD}])|(?<![{_WORD}])(?![{_WORD}]))"


class SyntaxError_(Exception):
    """regexp/syntax's *Error: a code (Go's message) and the offending text."""

    def __init__(self, code: str, expr: str) -> None:
        super().__init__(code)
        self.code = code
        self.expr = expr

    def Error(self) -> str:
        return f"error parsing regexp: {self.code}: `{self.expr}`"


class Parsed:
    """The Python pattern, and Go's capture names (index 0 is the whole match)."""

    def __init__(self, pattern: str, names: list[str], literal: Optional[str]) -> None:
        self.pattern = pattern
        self.names = names
        self.literal = literal  # the whole expression when it is one literal string


def _norm(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(ranges):
        if out and lo <= out[-1][1] + 1:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _negate(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out, nxt = [], 0
    for lo, hi in _norm(ranges):
        if lo > nxt:
            out.append((nxt, lo - 1))
        nxt = hi + 1
    if nxt <= MAX_RUNE:
        out.append((nxt, MAX_RUNE))
    return out


def _char(c: int) -> str:
    ch = chr(c)
    if ch.isascii() and ch.isalnum():
        return ch
    return f"\\x{c:02x}" if c < 0x100 else f"\\u{c:04x}" if c < 0x10000 else f"\\U{c:08x}"


def _class_text(ranges: list[tuple[int, int]]) -> str:
    ranges = _norm(ranges)
    if not ranges:
        return "[^\\x00-\\U0010ffff]"  # matches nothing
    body = "".join(_char(lo) if lo == hi else f"{_char(lo)}-{_char(hi)}" for lo, hi in ranges)
    return f"[{body}]"


def _fold(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The ranges with every rune's case-folding orbit added (Go's appendFoldedRange).
    Very large sets are taken as they are: they hold their other cases already."""
    from go2py.runtime.std.unicode import SimpleFold

    if sum(hi - lo + 1 for lo, hi in ranges) > 30000:
        return ranges
    out = list(ranges)
    for lo, hi in ranges:
        for c in range(lo, hi + 1):
            f = SimpleFold(c)
            while f != c:
                out.append((f, f))
                f = SimpleFold(f)
    return _norm(out)


def _unicode_table(name: str) -> Optional[list[tuple[int, int]]]:
    """The ranges of a Unicode category or script, from Go's tables."""
    from go2py.runtime.std import _unicode_ranges as _r

    if name == "Any":
        return [(0, MAX_RUNE)]
    for kind in ("category", "script"):
        t = _r.TABLES[kind].get(name)
        if t is not None:
            out: list[tuple[int, int]] = []
            for flat in (t[1], t[2]):
                for i in range(0, len(flat), 3):
                    lo, hi, stride = flat[i], flat[i + 1], flat[i + 2]
                    if stride == 1:
                        out.append((lo, hi))
                    else:
                        out.extend((c, c) for c in range(lo, hi + 1, stride))
            return out
    return None


# Counted repeats nested in an expression: (min, max, those inside), max -1 for none.
_Forest = list


def _repeat_ok(node: tuple[int, int, _Forest], n: int) -> bool:
    """Whether nested counted repeats stay within n copies of what is innermost: Go
    rejects (a{500}){500} though each count alone is allowed."""
    lo, hi, inner = node
    m = lo if hi < 0 else hi
    if m == 0 and hi == 0:
        return True
    if m > n:
        return False
    if m > 0:
        n //= m
    return all(_repeat_ok(sub, n) for sub in inner)


class _Parser:
    def __init__(self, expr: str, posix: bool = False) -> None:
        self.s = expr
        self.i = 0
        # POSIX ERE, as Go's CompilePOSIX reads it: no Perl extensions (no flags, named or
        # non-capturing groups, lazy repeats, \d \b \A \z \Q; stacked repeats allowed),
        # no \p classes, ^ and $ match at line boundaries, [^a] does not match a newline.
        self.posix = posix
        self.fold = False  # (?i)
        self.multiline = False  # (?m)
        self.dotnl = False  # (?s)
        self.ungreedy = False  # (?U)
        self.names = [""]
        self.pending: list[str] = []  # the literal atoms of a \\Q...\\E
        self.forest: _Forest = []  # the counted repeats of what was just parsed
        self.counts: Optional[tuple[int, int]] = None  # those of the last repeat operator

    def err(self, code: str, expr: str) -> SyntaxError_:
        return SyntaxError_(code, expr)

    # -------------------------------------------------------------- structure

    def parse(self) -> Parsed:
        for ch in self.s:
            if 0xD800 <= ord(ch) <= 0xDFFF:  # a byte that is not UTF-8
                raise self.err("invalid UTF-8", self.s[self.s.index(ch):][:1].replace(ch, "\ufffd"))
        out = self.alternation(top=True)
        literal = self.s if all(c.isalnum() or c in " _-,;:'\"<>/=!@%&~`" for c in self.s) else None
        return Parsed(out, self.names, literal)

    def alternation(self, top: bool) -> str:
        branches = [self.concat()]
        forest = self.forest
        while self.i < len(self.s) and self.s[self.i] == "|":
            self.i += 1
            branches.append(self.concat())
            forest = forest + self.forest
        self.forest = forest
        if self.i < len(self.s):  # a ")"
            if top:
                raise self.err("unexpected )", self.s)
        return "|".join(branches)

    def concat(self) -> str:
        parts: list[str] = []
        forests: list[_Forest] = []  # the counted repeats inside each part
        s = self.s
        last_repeat: Optional[int] = None  # where the previous repetition operator began
        while self.i < len(s) and s[self.i] not in "|)":
            c = s[self.i]
            if c in _REPEAT_OPS:
                start = self.i
                rep = self.repeat_op()
                if rep is None:  # a { that starts no repeat: a literal
                    parts.append(self.lit(ord("{")))
                    forests.append([])
                    self.i += 1
                    last_repeat = None
                    continue
                if last_repeat is not None and not self.posix:
                    raise self.err("invalid nested repetition operator", s[last_repeat:self.i])
                if not parts or parts[-1] == "":
                    raise self.err("missing argument to repetition operator", s[start:self.i])
                parts[-1] = self.apply(parts[-1], rep)
                if self.counts is not None:
                    lo, hi = self.counts
                    forests[-1] = [(lo, hi, forests[-1])]
                    if (lo >= 2 or hi >= 2) and not _repeat_ok(forests[-1][0], 1000):
                        raise self.err("invalid repeat count", s[start:self.i])
                last_repeat = start
                continue
            last_repeat = None
            self.forest = []
            parts.append(self.atom())
            forests.append(self.forest)
            if self.pending:
                parts[-1:] = self.pending
                forests[-1:] = [[] for _ in self.pending]
                self.pending = []
        self.forest = [node for f in forests for node in f]
        return "".join(p for p in parts if p)

    def repeat_op(self) -> Optional[str]:
        """The Python text of the repetition operator at self.i (moved past it), or None
        when a `{` starts no repeat."""
        s = self.s
        start = self.i
        c = s[self.i]
        self.counts: Optional[tuple[int, int]] = None
        if c == "{":
            j = self.i + 1
            k = j
            while k < len(s) and s[k].isdigit():
                k += 1
            if k == j:
                return None
            lo_txt, hi_txt, has_comma = s[j:k], None, False
            if k < len(s) and s[k] == ",":
                has_comma = True
                m = k + 1
                while m < len(s) and s[m].isdigit():
                    m += 1
                hi_txt = s[k + 1:m]
                k = m
            if k >= len(s) or s[k] != "}":
                return None
            self.i = k + 1
            lo = int(lo_txt)
            hi = int(hi_txt) if hi_txt else (-1 if has_comma else lo)
            if lo > 1000 or hi > 1000 or 0 <= hi < lo:
                raise self.err("invalid repeat count", s[start:self.i])
            self.counts = (lo, hi)
            op = f"{{{lo}}}" if not has_comma else f"{{{lo},}}" if hi < 0 else f"{{{lo},{hi}}}"
        else:
            self.i += 1
            op = c
        lazy = not self.posix and self.i < len(s) and s[self.i] == "?"
        if lazy:
            self.i += 1
        if lazy != self.ungreedy:
            op += "?"
        return op

    def apply(self, atom: str, op: str) -> str:
        return f"(?:{atom}){op}"

    def atom(self) -> str:
        s = self.s
        c = s[self.i]
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == ".":
            self.i += 1
            return "(?s:.)" if self.dotnl else "[^\\n]"
        if c == "^":
            self.i += 1
            return "(?m:^)" if self.multiline or self.posix else "\\A"
        if c == "$":
            self.i += 1
            return "(?m:$)" if self.multiline or self.posix else "\\Z"
        if c == "\\":
            return self.escape_atom()
        self.i += 1
        return self.lit(ord(c))

    def lit(self, c: int) -> str:
        text = _char(c)
        if self.fold and chr(c).lower() != chr(c).upper():
            return f"(?i:{text})"
        return text

    def group(self) -> str:
        s = self.s
        start = self.i
        saved = (self.fold, self.multiline, self.dotnl, self.ungreedy)
        name: Optional[str] = None
        capture = True
        if s.startswith("(?", self.i) and not self.posix:
            rest = s[self.i:]
            if rest.startswith("(?P<") or rest.startswith("(?<"):
                at = 4 if rest.startswith("(?P<") else 3
                end = rest.find(">")
                if end < 0:
                    raise self.err("invalid named capture", rest)
                name = rest[at:end]
                if not name or not all(ch.isascii() and (ch.isalnum() or ch == "_") for ch in name):
                    raise self.err("invalid named capture", rest[:end + 1])
                self.i += end + 1
            else:
                self.i += 2
                sign, saw = 1, False
                flags = {"i": self.fold, "m": self.multiline, "s": self.dotnl, "U": self.ungreedy}
                while True:
                    if self.i >= len(s):
                        raise self.err("invalid or unsupported Perl syntax", s[start:self.i])
                    ch = s[self.i]
                    self.i += 1
                    if ch in flags:
                        flags[ch] = sign > 0
                        saw = True
                    elif ch == "-" and sign > 0:
                        sign, saw = -1, False
                    elif ch in ":)" and (sign > 0 or saw):
                        self.fold, self.multiline, self.dotnl, self.ungreedy = (
                            flags["i"], flags["m"], flags["s"], flags["U"])
                        if ch == ")":
                            return ""  # the flags hold to the end of the enclosing group
                        capture = False
                        break
                    else:
                        raise self.err("invalid or unsupported Perl syntax", s[start:self.i])
        else:
            self.i += 1
        if capture:
            self.names.append(name or "")
        inner = self.alternation(top=False)
        if self.i >= len(s):
            raise self.err("missing closing )", s)
        self.i += 1  # the )
        self.fold, self.multiline, self.dotnl, self.ungreedy = saved
        return f"({inner})" if capture else f"(?:{inner})"

    # -------------------------------------------------------------- escapes

    def escape_atom(self) -> str:
        s = self.s
        if self.i + 1 >= len(s):
            raise self.err("trailing backslash at end of expression", "")
        c = s[self.i + 1]
        if self.posix:
            return self.lit(self.escape())
        if c == "A":
            self.i += 2
            return "\\A"
        if c == "z":
            self.i += 2
            return "\\Z"
        if c == "b":
            self.i += 2
            return WORD_BOUNDARY
        if c == "B":
            self.i += 2
            return NOT_WORD_BOUNDARY
        if c == "Q":
            # Each character is an atom of its own: a repetition after \E takes the last.
            end = s.find("\\E", self.i + 2)
            text = s[self.i + 2:] if end < 0 else s[self.i + 2:end]
            self.i = len(s) if end < 0 else end + 2
            self.pending = [self.lit(ord(ch)) for ch in text]
            return ""
        cls = self.class_escape()
        if cls is not None:
            return _class_text(_fold(cls) if self.fold else cls)
        return self.lit(self.escape())

    def class_escape(self) -> Optional[list[tuple[int, int]]]:
        """A Perl (\\d) or Unicode (\\pL, \\p{Greek}) class escape at self.i, or None."""
        s = self.s
        c = s[self.i + 1] if self.i + 1 < len(s) else ""
        if self.posix:
            return None
        if c.lower() in _PERL:
            self.i += 2
            r = _PERL[c.lower()]
            return _negate(r) if c.isupper() else list(r)
        if c in ("p", "P"):
            start = self.i
            neg = c == "P"
            j = self.i + 2
            if j >= len(s):
                raise self.err("invalid character class range", s[start:])
            if s[j] == "{":
                end = s.find("}", j)
                if end < 0:
                    raise self.err("invalid character class range", s[start:])
                name = s[j + 1:end]
                self.i = end + 1
            else:
                name = s[j]
                self.i = j + 1
            text = s[start:self.i]
            if name.startswith("^"):
                neg, name = not neg, name[1:]
            table = _unicode_table(name)
            if table is None:
                raise self.err("invalid character class range", text)
            return _negate(table) if neg else table
        return None

    def escape(self) -> int:
        """The rune of the escape at self.i (not a class), moving past it."""
        s = self.s
        start = self.i
        c = s[self.i + 1]
        self.i += 2
        if c.isascii() and not c.isalnum():
            return ord(c)
        if c in "1234567" and not (self.i < len(s) and s[self.i] in "01234567"):
            raise self.err("invalid escape sequence", s[start:self.i])
        if c in "01234567":
            digits = c
            while len(digits) < 3 and self.i < len(s) and s[self.i] in "01234567":
                digits += s[self.i]
                self.i += 1
            return int(digits, 8)
        if c == "x":
            hexdigits = "0123456789abcdefABCDEF"
            if self.i < len(s) and s[self.i] == "{":
                # Any number of hex digits in braces; the text of an error runs through
                # the character that ended the escape.
                self.i += 1
                r, n = 0, 0
                while self.i < len(s):
                    ch = s[self.i]
                    self.i += 1
                    if ch == "}":
                        if n == 0:
                            break
                        return r
                    if ch not in hexdigits:
                        break
                    r = r * 16 + int(ch, 16)
                    n += 1
                    if r > MAX_RUNE:
                        break
                raise self.err("invalid escape sequence", s[start:self.i])
            pair = s[self.i:self.i + 2]
            self.i += len(pair)
            if len(pair) < 2 or any(ch not in hexdigits for ch in pair):
                raise self.err("invalid escape sequence", s[start:self.i])
            return int(pair, 16)
        if c in _ESCAPES:
            return _ESCAPES[c]
        raise self.err("invalid escape sequence", s[start:self.i])

    # -------------------------------------------------------------- classes

    def char_class(self) -> str:
        s = self.s
        start = self.i
        self.i += 1
        neg = False
        if self.i < len(s) and s[self.i] == "^":
            neg = True
            self.i += 1
        ranges: list[tuple[int, int]] = []
        first = True
        while self.i >= len(s) or s[self.i] != "]" or first:
            if self.i >= len(s):
                raise self.err("missing closing ]", s[start:])
            if s[self.i] == "-" and self.posix and not first and not s.startswith("-]", self.i):
                # POSIX takes an unescaped - only first or last.
                raise self.err("invalid character class range", s[self.i:self.i + 2])
            first = False
            if s.startswith("[:", self.i):
                end = s.find(":]", self.i + 2)
                if end >= 0:
                    name = s[self.i + 2:end]
                    pneg = name.startswith("^")
                    table = _POSIX.get(name[1:] if pneg else name)
                    if table is None:
                        raise self.err("invalid character class range", s[self.i:end + 2])
                    ranges += _negate(table) if pneg else table
                    self.i = end + 2
                    continue
            if s[self.i] == "\\" and self.i + 1 < len(s) and not self.posix and (
                    s[self.i + 1].lower() in _PERL or s[self.i + 1] in "pP"):
                cls = self.class_escape()
                assert cls is not None
                ranges += cls
                continue
            rng_start = self.i
            lo = self.class_char(start)
            hi = lo
            if self.i + 1 < len(s) and s[self.i] == "-" and s[self.i + 1] != "]":
                self.i += 1
                hi = self.class_char(start)
                if hi < lo:
                    raise self.err("invalid character class range", s[rng_start:self.i])
            ranges.append((lo, hi))
        self.i += 1  # the ]
        if neg and self.posix:
            ranges.append((10, 10))  # so that the negation leaves out the newline
        if self.fold:
            ranges = _fold(ranges)  # before negating, as Go does: (?i)[^a] excludes A too
        if neg:
            ranges = _negate(ranges)
        return _class_text(ranges)

    def class_char(self, class_start: int) -> int:
        s = self.s
        if self.i >= len(s):
            raise self.err("missing closing ]", s[class_start:])
        if s[self.i] == "\\":
            if self.i + 1 >= len(s):
                raise self.err("trailing backslash at end of expression", "")
            return self.escape()
        self.i += 1
        return ord(s[self.i - 1])


def parse(expr: str, posix: bool = False) -> Parsed:
    """The Python form of the RE2 expression `expr` (read as POSIX ERE when `posix`);
    SyntaxError_ when Go rejects it."""
    return _Parser(expr, posix).parse()
