"""The Go front end: scanner, semicolon insertion, LALR grammar and go/ast nodes."""

from go2py.grammar.parser import ParseError, parse_file

__all__ = ["ParseError", "parse_file"]
