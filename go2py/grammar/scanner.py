"""The Go scanner: source text to tokens, with automatic semicolon insertion.

Modelled on Go's `go/scanner`. One compiled regular expression recognises every token;
the loop around it classifies them and keeps comments aside for the AST. Semicolons are inserted by the
Lark postlexer in postlex.py.

Tokens are plain tuples `(type, value, line, col)`: the parser shifts millions of them,
and a tuple is the cheapest object Python builds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Keywords map to their own token type (the keyword in upper case).
KEYWORDS = frozenset(
    "break case chan const continue default defer else fallthrough for func go goto if "
    "import interface map package range return select struct switch type var".split()
)

_KEYWORD_KINDS = {k: k.upper() for k in KEYWORDS}

# Operators and punctuation, longest first so the regex alternation prefers them.
OPERATORS = {
    "...": "ELLIPSIS",
    "<<=": "SHL_ASSIGN",
    ">>=": "SHR_ASSIGN",
    "&^=": "AND_NOT_ASSIGN",
    "&&": "LAND",
    "||": "LOR",
    "<-": "ARROW",
    "++": "INC",
    "--": "DEC",
    "==": "EQL",
    "!=": "NEQ",
    "<=": "LEQ",
    ">=": "GEQ",
    ":=": "DEFINE",
    "+=": "ADD_ASSIGN",
    "-=": "SUB_ASSIGN",
    "*=": "MUL_ASSIGN",
    "/=": "QUO_ASSIGN",
    "%=": "REM_ASSIGN",
    "&=": "AND_ASSIGN",
    "|=": "OR_ASSIGN",
    "^=": "XOR_ASSIGN",
    "<<": "SHL",
    ">>": "SHR",
    "&^": "AND_NOT",
    "+": "ADD",
    "-": "SUB",
    "*": "MUL",
    "/": "QUO",
    "%": "REM",
    "&": "AND",
    "|": "OR",
    "^": "XOR",
    "<": "LSS",
    ">": "GTR",
    "=": "ASSIGN",
    "!": "NOT",
    "~": "TILDE",
    "(": "LPAREN",
    ")": "RPAREN",
    "[": "LBRACK",
    "]": "RBRACK",
    "{": "LBRACE",
    "}": "RBRACE",
    ",": "COMMA",
    ";": "SEMICOLON",
    ".": "PERIOD",
    ":": "COLON",
}

# How the Go compiler names a token in "unexpected X" messages.
TOKEN_TEXT = {v: k for k, v in OPERATORS.items()}
TOKEN_TEXT.update(
    {
        "COMMA": "comma",
        "SEMICOLON": "semicolon",
        "LBODY": "{",
        "IDENT": "name",
        "INT": "literal",
        "FLOAT": "literal",
        "IMAG": "literal",
        "CHAR": "literal",
        "STRING": "literal",
        "$END": "EOF",
    }
)
for _kw in KEYWORDS:
    TOKEN_TEXT[_kw.upper()] = "keyword " + _kw

# A newline after one of these ends the statement (Go spec, "Semicolons").
ENDS_STATEMENT = frozenset(
    ["IDENT", "INT", "FLOAT", "IMAG", "CHAR", "STRING", "BREAK", "CONTINUE",
     "FALLTHROUGH", "RETURN", "INC", "DEC", "RPAREN", "RBRACK", "RBRACE"]
)

_DEC = r"[0-9](?:_?[0-9])*"
_HEXD = r"[0-9a-fA-F](?:_?[0-9a-fA-F])*"
_FLOAT = (
    rf"0[xX](?:_?{_HEXD}(?:\.(?:{_HEXD})?)?|\.{_HEXD})[pP][+-]?{_DEC}"
    rf"|(?:{_DEC}\.(?:{_DEC})?(?:[eE][+-]?{_DEC})?|\.{_DEC}(?:[eE][+-]?{_DEC})?|{_DEC}[eE][+-]?{_DEC})"
)
_INT = (
    rf"0[xX]_?{_HEXD}|0[bB]_?[01](?:_?[01])*|0[oO]_?[0-7](?:_?[0-7])*|{_DEC}"
)
# One token after its leading blanks, as two groups (blanks, token), for `findall`. No
# alternative starts with a group, so the regex engine rejects most alternatives by their
# first character without entering them; frequent tokens come first. The kind of a token
# follows from its text (`_FIXED`) or its first character (`_FIRST`).
TOKEN_RE = re.compile(
    r"([ \t\r]*)("
    r"[^\W\d]\w*"  # identifier or keyword
    r"|[(),\[\]{};~]|\n|\.\.\."
    r"|(?=[0-9]|\.[0-9])(?:" + _FLOAT + "|" + _INT + r")i?"
    r"|//[^\n]*|/\*(?:[^*]|\*(?!/))*\*/|/\*"  # comments; a lone `/*` is unterminated
    r"|<<=?|>>=?|&\^=?|&&|\|\||<-|\+\+|--|[-+*/%&|^<>=!:]=?|\."
    r'|"(?:[^"\\\n]|\\.)*"|`[^`]*`'
    r"|'(?:[^'\\\n]|\\(?:[0-7]{3}|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[abfnrtv\\']))'"
    r"|\Z|[\s\S])"  # the end, or one character that starts no token
)

_FIXED = {**OPERATORS, **_KEYWORD_KINDS}
_IDENT, _NUMBER, _NEWLINE, _SLASH, _QUOTE, _BACKQUOTE, _APOS = range(1, 8)
_FIRST = {c: _IDENT for c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_"}
_FIRST.update({c: _NUMBER for c in "0123456789."})
_FIRST.update({"\n": _NEWLINE, "/": _SLASH, '"': _QUOTE, "`": _BACKQUOTE, "'": _APOS})


@dataclass(slots=True)
class Comment:
    """One `//` or `/* */` comment, as go/ast.Comment."""

    text: str
    line: int
    col: int
    end_line: int
    own_line: bool  # nothing but blanks before it on its line


class ScanError(Exception):
    """A lexical error at a position."""

    def __init__(self, line: int, col: int, msg: str) -> None:
        super().__init__(msg)
        self.line = line
        self.col = col
        self.msg = msg


def _describe_bad(text: str, pos: int) -> tuple[int, str]:
    """Where, and in the Go compiler's words, what is wrong with the token at `pos`."""
    ch = text[pos]
    if ch == '"':
        nl = text.find("\n", pos)
        return (nl, "newline in string") if nl != -1 else (pos, "string literal not terminated")
    return pos, _describe_bad_token(text, pos)


def _describe_bad_token(text: str, pos: int) -> str:
    ch = text[pos]
    if ch == "`":
        return "raw string literal not terminated"
    if ch == "'":
        end = text.find("'", pos + 1)
        nl = text.find("\n", pos + 1)
        if end == -1 or (nl != -1 and nl < end):
            return "newline in rune literal" if nl != -1 else "rune literal not terminated"
        body = text[pos + 1 : end]
        if body == "":
            return "empty rune literal or unescaped ' in rune literal"
        if body.startswith("\\"):
            return "unknown escape sequence"
        return "more than one character in rune literal"
    if text.startswith("/*", pos):
        return "comment not terminated"
    if ch == "\x00":
        return "invalid NUL character"
    if ch == "\ufeff":
        return "invalid BOM in the middle of the file"
    if ch.isdecimal() and not ch.isascii():
        return f"identifier cannot begin with digit U+{ord(ch):04X} '{ch}'"
    if ch.isdigit():
        return "invalid digit in numeric literal"
    return f"invalid character U+{ord(ch):04X}" + (f" '{ch}'" if ch.isprintable() else "")


def _number_kind(lit: str) -> str:
    # One regex alternative matches every number, so the literal is scanned once; its kind
    # follows from its spelling.
    if lit[-1] == "i":
        return "IMAG"
    if lit[:2] in ("0x", "0X"):
        return "FLOAT" if "p" in lit or "P" in lit or "." in lit else "INT"
    return "FLOAT" if "." in lit or "e" in lit or "E" in lit else "INT"


def scan(text: str) -> tuple[list[tuple[str, str, int, int]], list[Comment]]:
    """Split `text` into raw tokens and comments.

    Line ends come out as NEWLINE tokens (the last one stands for the end of the file);
    `insert_semicolons` turns them into SEMICOLON tokens or drops them.
    Raises ScanError at the first character that starts no token.
    """
    tokens: list[tuple[str, str, int, int]] = []
    comments: list[Comment] = []
    append = tokens.append
    fixed = _FIXED
    first = _FIRST
    pos = 0
    line = 1
    line_start = 0
    if text.startswith("\ufeff"):
        pos = line_start = 1
    # Every character is in the blanks or the token of one match, so positions add up.
    for blanks, value in TOKEN_RE.findall(text, pos):
        start = pos + len(blanks)
        pos = start + len(value)
        kind = fixed.get(value)
        if kind is not None:
            append((kind, value, line, start - line_start + 1))
            continue
        if not value:
            break  # the end of the text
        ch = value[0]
        f = first.get(ch)
        if f == _IDENT:
            append(("IDENT", value, line, start - line_start + 1))
        elif f == _NEWLINE:
            append(("NEWLINE", "\n", line, start - line_start + 1))
            line += 1
            line_start = pos
        elif f == _NUMBER:
            append((_number_kind(value), value, line, start - line_start + 1))
        elif f == _SLASH:
            own_line = not text[line_start:start].strip()
            if value[1] == "/":
                comments.append(Comment(value, line, start - line_start + 1, line, own_line))
            elif len(value) == 2:
                raise ScanError(line, start - line_start + 1, "comment not terminated")
            else:
                nls = value.count("\n")
                comments.append(Comment(value, line, start - line_start + 1, line + nls, own_line))
                if nls:
                    # A general comment containing newlines acts like a newline.
                    append(("NEWLINE", "\n", line, start - line_start + 1))
                    line += nls
                    line_start = start + value.rindex("\n") + 1
        elif f == _QUOTE and len(value) > 1:
            append(("STRING", value, line, start - line_start + 1))
        elif f == _BACKQUOTE and len(value) > 1:
            append(("STRING", value, line, start - line_start + 1))
            nls = value.count("\n")
            if nls:
                line += nls
                line_start = start + value.rindex("\n") + 1
        elif f == _APOS and len(value) > 1:
            append(("CHAR", value, line, start - line_start + 1))
        elif f is None and (ch == "_" or (ch.isalnum() and not ch.isdecimal())):
            append(("IDENT", value, line, start - line_start + 1))  # a non-ASCII letter
        else:
            at, msg = _describe_bad(text, start)
            raise ScanError(line, at - line_start + 1, msg)
    append(("NEWLINE", "", line, pos - line_start + 1))
    return tokens, comments
