"""Automatic semicolon insertion, as a Lark postlexer (Go spec, "Semicolons").

When the input is broken into tokens, a semicolon is inserted after a line's final token
if that token is an identifier, a literal, one of the keywords break, continue,
fallthrough or return, or one of `++ -- ) ] }`. The scanner reports line ends as NEWLINE
tokens; this postlexer turns each into a SEMICOLON (valued "newline" or "EOF", as the Go
compiler names them in messages) or drops it.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from lark.lark import PostLex

from go2py.grammar.scanner import ENDS_STATEMENT

Tok = tuple[str, str, int, int]


def insert_semicolons(tokens: list[Tok]) -> list[Tok]:
    """The spec's rule over a whole token list: NEWLINEs become SEMICOLONs or go."""
    ends = ENDS_STATEMENT
    out: list[Tok] = []
    append = out.append
    last = ""
    for tok in tokens:
        kind = tok[0]
        if kind == "NEWLINE":
            if last in ends:
                last = "SEMICOLON"
                append(("SEMICOLON", "newline" if tok[1] else "EOF", tok[2], tok[3]))
            continue
        last = kind
        append(tok)
    return out


class SemicolonInserter(PostLex):
    always_accept = ("NEWLINE",)

    def process(self, stream: Iterable[Tok]) -> Iterator[Tok]:  # type: ignore[override]
        return iter(insert_semicolons(list(stream)))
