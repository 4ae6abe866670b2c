"""The Go parser: Lark's LALR(1) tables for go.lark, driven by a tuned loop.

Lark computes the tables once (they are cached on disk, keyed by the grammar's hash); the
loop here shifts the scanner's tuple tokens and calls the builder's callbacks as rules
reduce, so no intermediate parse tree is built. The loop also makes the one decision the
grammar leaves open -- whether a `{` in an `if`/`for`/`switch` header opens the body -- and
turns parse failures into the Go compiler's messages, recovering to report several.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
from dataclasses import dataclass
from importlib import resources
from typing import Any, Callable, Optional

from go2py.grammar import ast
from go2py.grammar.build import Builder, SyntaxErrorAt
from go2py.grammar.postlex import SemicolonInserter, insert_semicolons
from go2py.grammar.scanner import TOKEN_TEXT, ScanError, scan

MAX_ERRORS = 10

# Rules whose reduction means the operand before a `{` was a type literal: go/parser
# always reads `{` after such an operand as a composite literal, even in a header.
_LITERAL_TYPE_CALLBACKS = frozenset(
    ["array_type", "slice_type", "map_type", "struct_type", "struct_type_empty", "func_type",
     "array_type_ellipsis"]
)


@dataclass
class Tables:
    actions: list[dict[str, int]]  # >= 0: shift to state; < 0: reduce rule ~a
    gotos: list[dict[str, int]]
    rules: list[tuple[int, str, str]]  # (length, origin, callback name)
    start: int
    end: int
    lbody_rules: frozenset[int]  # rules in _LITERAL_TYPE_CALLBACKS


def _grammar_text() -> str:
    return resources.files("go2py.grammar").joinpath("go.lark").read_text(encoding="utf-8")


def _build_tables(text: str) -> Tables:
    from lark import Lark
    from lark.parsers.lalr_analysis import Shift

    lark = Lark(text, parser="lalr", lexer="basic", postlex=SemicolonInserter())
    pt = lark.parser.parser._parse_table  # type: ignore[attr-defined]
    rule_index: dict[Any, int] = {}
    rules: list[tuple[int, str, str]] = []
    n = len(pt.states)
    actions: list[dict[str, int]] = [{} for _ in range(n)]
    gotos: list[dict[str, int]] = [{} for _ in range(n)]
    for state, row in pt.states.items():
        for sym, (action, arg) in row.items():
            sym = str(sym)
            if action is Shift:
                (gotos if sym[0].islower() else actions)[state][sym] = arg
            else:
                idx = rule_index.get(arg)
                if idx is None:
                    idx = rule_index[arg] = len(rules)
                    rules.append((len(arg.expansion), str(arg.origin.name), str(arg.alias or "pass1")))
                actions[state][sym] = ~idx
    lbody = frozenset(i for i, r in enumerate(rules) if r[2] in _LITERAL_TYPE_CALLBACKS)
    return Tables(actions, gotos, rules, pt.start_states["start"], pt.end_states["start"], lbody)


_tables: Optional[Tables] = None


def tables() -> Tables:
    """The parse tables, from the on-disk cache when the grammar is unchanged."""
    global _tables
    if _tables is not None:
        return _tables
    text = _grammar_text()
    key = hashlib.sha256(text.encode() + b"v1").hexdigest()[:16]
    cache_dir = os.environ.get("GO2PY_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"), "go2py"
    )
    path = os.path.join(cache_dir, f"tables-{key}.pickle")
    try:
        with open(path, "rb") as f:
            _tables = pickle.load(f)
            return _tables  # type: ignore[return-value]
    except (OSError, pickle.PickleError, EOFError, AttributeError):
        pass
    _tables = _build_tables(text)
    try:
        os.makedirs(cache_dir, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=cache_dir)
        with os.fdopen(fd, "wb") as f:
            pickle.dump(_tables, f)
        os.replace(tmp, path)
    except OSError:
        pass
    return _tables


class ParseError(Exception):
    """Errors found in one file; `errors` holds (line, col, message) sorted by position."""

    def __init__(self, filename: str, errors: list[tuple[int, int, str]]) -> None:
        self.filename = filename
        self.errors = errors
        super().__init__(self.format())

    def format(self) -> str:
        return "\n".join(f"{self.filename}:{line}:{col}: {msg}" for line, col, msg in self.errors)


def decode_source(data: bytes | str) -> str:
    """Source bytes as text; invalid UTF-8 is kept as lone surrogates and reported later."""
    if isinstance(data, str):
        return data
    return data.decode("utf-8", errors="surrogateescape")


def parse_file(filename: str, src: bytes | str) -> ast.File:
    """Parse one Go source file. Raises ParseError with every error found."""
    # Parsing allocates millions of tokens and nodes that all stay alive: the cyclic
    # collector, triggered by the allocation count, would only traverse them again and
    # again (a quarter of the parse time) and can free nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _parse_file(filename, src)
    finally:
        if collecting:
            gc.enable()


def _parse_file(filename: str, src: bytes | str) -> ast.File:
    text = decode_source(src)
    errors: list[tuple[int, int, str]] = []
    _check_encoding(text, errors)
    try:
        raw, comments = scan(text)
    except ScanError as e:
        raise ParseError(filename, _dedupe(errors + [(e.line, e.col, e.msg)]))
    builder = Builder(filename)
    tokens = insert_semicolons(raw)
    last_nl = text.rfind("\n")
    eof = (text.count("\n") + 1, len(text) - last_nl)
    result = _drive(tokens, builder, errors, eof)
    for line, col, msg in ((e.line, e.col, e.msg) for e in builder.errors):
        errors.append((line, col, msg))
    if errors or result is None:
        errors = _dedupe(errors)
        raise ParseError(filename, errors)
    _attach_comments(result, comments, filename, builder.doc_nodes)
    return result


def _check_encoding(text: str, errors: list[tuple[int, int, str]]) -> None:
    if "\x00" in text or any(0xDC80 <= ord(ch) <= 0xDCFF for ch in _surrogates(text)):
        line = 1
        col = 1
        for ch in text:
            if ch == "\x00":
                errors.append((line, col, "invalid NUL character"))
                return
            if 0xDC80 <= ord(ch) <= 0xDCFF:
                errors.append((line, col, "invalid UTF-8 encoding"))
                return
            if ch == "\n":
                line += 1
                col = 1
            else:
                col += 1


def _surrogates(text: str) -> str:
    try:
        text.encode("utf-8")
        return ""
    except UnicodeEncodeError:
        return text


def _dedupe(errors: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Sorted, one error per line (as the Go compiler reports), at most MAX_ERRORS."""
    out: list[tuple[int, int, str]] = []
    seen_lines: set[int] = set()
    for e in sorted(errors):
        if e[0] in seen_lines:
            continue
        seen_lines.add(e[0])
        out.append(e)
    if len(out) > MAX_ERRORS:
        out = out[:MAX_ERRORS] + [(out[MAX_ERRORS][0], out[MAX_ERRORS][1], "too many errors")]
    return out


def _drive(
    tokens: list, builder: Builder, errors: list[tuple[int, int, str]], eof: tuple[int, int]
) -> Optional[ast.File]:
    t = tables()
    actions = t.actions
    gotos = t.gotos
    rules = t.rules
    # Per rule: its callback, or None for a rule passing its single child through, or
    # False for one whose value is None.
    callbacks: list[Any] = [
        None if r[2] == "pass1" else False if r[2] == "none" else getattr(builder, r[2])
        for r in rules
    ]
    lengths = [r[0] for r in rules]
    start_rule = next(i for i, r in enumerate(rules) if r[1] == "start")
    origins = [r[1] for r in rules]
    rule_info = [(lengths[i], callbacks[i], origins[i]) for i in range(len(rules))]
    states = [t.start]
    values: list[Any] = []
    state = t.start
    tokens.append(("$END", "EOF", eof[0], eof[1]))
    i = 0
    ntok = len(tokens)
    failed = False
    unit_chains = _UNIT_CHAINS
    while i < ntok:
        tok = tokens[i]
        kind = tok[0]
        if kind == "LBRACE" and _opens_body(t, states):
            tok = ("LBODY", "{", tok[2], tok[3])
            kind = "LBODY"
        while True:
            try:
                act = actions[state][kind]
            except KeyError:
                failed = True
                if len(errors) > MAX_ERRORS:
                    return None
                if not (errors and tok[2] == errors[-1][0]):
                    errors.append(_message(t, states, tokens, i))
                i = _recover(t, states, values, tokens, i)
                if i < 0:
                    return None
                state = states[-1]
                break
            if act >= 0:
                states.append(act)
                values.append(tok)
                state = act
                i += 1
                break
            r = ~act
            n, fn, origin = rule_info[r]
            if fn is None:  # a rule passing its child through
                if r == start_rule:
                    return None if failed else values[-1]
                # A chain of unit reductions (operand -> primary -> ... -> expr) ends in a
                # state that depends only on the state below, this one and the lookahead.
                key = (states[-2], state, kind)
                final = unit_chains.get(key)
                if final is None:
                    final = unit_chains[key] = _unit_chain(t, states[-2], state, kind)
                state = states[-1] = final
                continue
            if fn is False:
                value = None
            else:
                try:
                    value = fn(values[-n:] if n else [])
                except SyntaxErrorAt as e:
                    errors.append((e.line, e.col, e.msg))
                    value = None
                except Exception:
                    if not failed:
                        raise
                    value = None  # children left incomplete by error recovery
            if n:
                del values[-n:]
                del states[-n:]
            state = gotos[states[-1]][origin]
            states.append(state)
            values.append(value)
    return None


_UNIT_CHAINS: dict[tuple[int, int, str], int] = {}


def _unit_chain(t: Tables, below: int, state: int, kind: str) -> int:
    """The state reached from `state` by the unit reductions lookahead `kind` causes."""
    while True:
        act = t.actions[state].get(kind)
        if act is None or act >= 0:
            return state
        n, origin, cb = t.rules[~act]
        if n != 1 or cb != "pass1" or origin == "start":
            return state
        state = t.gotos[below][origin]


def _opens_body(t: Tables, states: list[int]) -> bool:
    """Whether a `{` here opens the body of an if/for/switch (LBODY) rather than a literal.

    Simulates the reductions LBODY would cause: if one of them completes a type literal
    (`[]T`, `map[K]V`, `struct{...}`, `func(...)`), the `{` belongs to a composite literal
    or function literal, as in go/parser; otherwise it opens the body.
    """
    top = states[-1]
    # The answer depends only on the states the simulation pops, so it is cached under
    # them; each top state remembers the depths its simulations have needed.
    depths = _LBODY_DEPTHS.get(top)
    if depths:
        for d in depths:
            hit = _LBODY_CACHE.get(tuple(states[-d:]))
            if hit is not None:
                return hit
    result, low = _simulate_lbody(t, states)
    depth = len(states) - low + 1
    _LBODY_CACHE[tuple(states[-depth:])] = result
    _LBODY_DEPTHS.setdefault(top, set()).add(depth)
    return result


_LBODY_CACHE: dict[tuple[int, ...], bool] = {}
_LBODY_DEPTHS: dict[int, set[int]] = {}


def _simulate_lbody(t: Tables, states: list[int]) -> tuple[bool, int]:
    """The LBODY decision, and the lowest `base` reached: states[low-1:] were read."""
    actions = t.actions
    act = actions[states[-1]].get("LBODY")
    # The simulated stack is states[:base] + pushed, so nothing deep is copied.
    base = low = len(states)
    pushed: list[int] = []
    gotos = t.gotos
    rules = t.rules
    lbody_rules = t.lbody_rules
    while True:
        if act is None:
            return False, low
        if act >= 0:
            return True, low
        r = ~act
        if r in lbody_rules:
            return False, low
        n, origin, _ = rules[r]
        k = min(n, len(pushed))
        if k:
            del pushed[-k:]
        base -= n - k
        low = min(low, base)
        top = pushed[-1] if pushed else states[base - 1]
        pushed.append(gotos[top][origin])
        act = actions[pushed[-1]].get("LBODY")


def _recover(t: Tables, states: list[int], values: list, tokens: list, i: int) -> int:
    """Panic-mode recovery: skip to a statement or declaration boundary and resume.

    Returns the index of the next token to read, or -1 when no recovery is possible.
    """
    ntok = len(tokens)
    while i < ntok:
        kind = tokens[i][0]
        if kind == "$END":
            return -1
        if kind in ("SEMICOLON", "RBRACE"):
            # Pop to a state that accepts this token, so parsing resumes after it.
            for depth in range(len(states) - 1, 0, -1):
                act = t.actions[states[depth]].get(kind)
                if act is not None and _viable(t, states[: depth + 1], kind):
                    del states[depth + 1 :]
                    del values[depth:]
                    return i
        i += 1
    return -1


def _viable(t: Tables, states: list[int], kind: str) -> bool:
    """Whether `kind` can be shifted from this stack, after the reductions it causes."""
    stack = list(states)
    for _ in range(200):
        act = t.actions[stack[-1]].get(kind)
        if act is None:
            return False
        if act >= 0:
            return True
        n, origin, _ = t.rules[~act]
        if n:
            if n >= len(stack):
                return False
            del stack[-n:]
        g = t.gotos[stack[-1]].get(origin)
        if g is None:
            return False
        stack.append(g)
    return False


_EXPR_START = {"IDENT", "INT", "FLOAT", "IMAG", "CHAR", "STRING", "LPAREN", "FUNC", "SUB", "ADD",
               "NOT", "XOR", "MUL", "AND", "ARROW", "LBRACK", "MAP", "CHAN", "STRUCT", "INTERFACE"}


def _describe(tok: tuple) -> str:
    kind, value = tok[0], tok[1]
    if kind == "IDENT":
        return "name " + value
    if kind in ("INT", "FLOAT", "IMAG", "CHAR", "STRING"):
        return "literal " + value
    if kind == "SEMICOLON":
        return value if value in ("newline", "EOF") else "semicolon"
    if kind == "$END":
        return "EOF"
    return TOKEN_TEXT.get(kind, value)


_TYPE_START = {"IDENT", "LBRACK", "MUL", "FUNC", "MAP", "CHAN", "STRUCT", "INTERFACE", "LPAREN",
               "ARROW"}
_HEADER_KEYWORDS = {"IF": "if", "FOR": "for", "SWITCH": "switch"}


def _message(t: Tables, states: list[int], tokens: list, i: int) -> tuple[int, int, str]:
    """Where and in the Go compiler's words: the unexpected token tokens[i] in this state."""
    tok = tokens[i]
    line, col = tok[2], tok[3]
    expected = {k for k in t.actions[states[-1]] if _viable(t, states, k)}
    got = _describe(tok)
    kind = tok[0]
    prev = tokens[i - 1] if i > 0 else ("", "", 0, 0)
    if len(states) <= 4 and "PACKAGE" in expected:
        found = tok[1] if kind in ("IDENT", "INT", "FLOAT", "IMAG", "CHAR", "STRING") else (
            "newline" if kind == "SEMICOLON" and tok[1] == "newline" else f"'{tok[1]}'")
        return line, col, f"expected 'package', found {found}"
    if kind in ("LBRACE", "LBODY") and prev[0] == "SEMICOLON" and prev[1] == "newline":
        keyword = _open_header(tokens, i - 1)
        if keyword:
            return prev[2], prev[3], f"syntax error: unexpected newline, expected {{ after {keyword} clause"
    top_decl = {"FUNC", "VAR", "CONST", "TYPE", "IMPORT"}
    if top_decl <= expected and "RBRACE" not in expected:
        if kind == "LBRACE":
            return line, col, "syntax error: unexpected semicolon or newline before {"
        return line, col, "syntax error: non-declaration statement outside function body"
    if expected <= {"SEMICOLON", "$END"}:
        if len(states) <= 4:
            return line, col, f"syntax error: unexpected {got} after top level declaration"
        return line, col, f"syntax error: unexpected {got} at end of statement"
    if "COMMA" in expected and "RBRACE" in expected and "SEMICOLON" not in expected:
        return line, col, f"syntax error: unexpected {got} in composite literal; possibly missing comma or }}"
    if "COMMA" in expected and "RPAREN" in expected and "SEMICOLON" not in expected:
        ctx = "parameter list" if "ELLIPSIS" not in expected else "argument list"
        return line, col, f"syntax error: unexpected {got} in {ctx}; possibly missing comma or )"
    if "RBRACE" in expected and prev[0] in ("SEMICOLON", "LBRACE", "LBODY", "COLON"):
        # At the start of a statement: nothing can start one here.
        return line, col, f"syntax error: unexpected {got}, expected }}"
    if "SEMICOLON" in expected and "RBRACE" in expected:
        return line, col, f"syntax error: unexpected {got} at end of statement"
    if _EXPR_START <= expected:
        return line, col, f"syntax error: unexpected {got}, expected expression"
    if _TYPE_START <= expected:
        return line, col, f"syntax error: unexpected {got}, expected type"
    names = sorted(TOKEN_TEXT.get(k, k.lower()) for k in expected if k != "$END")
    if 0 < len(names) <= 3:
        if names == ["semicolon"]:
            names = ["semicolon or newline"]
        return line, col, f"syntax error: unexpected {got}, expected {' or '.join(names)}"
    return line, col, f"syntax error: unexpected {got}"


def _open_header(tokens: list, i: int) -> str:
    """The keyword of the if/for/switch header that tokens[i] is in, or ''."""
    depth = 0
    while i >= 0:
        kind = tokens[i][0]
        if kind in ("RPAREN", "RBRACK", "RBRACE"):
            depth += 1
        elif kind in ("LPAREN", "LBRACK", "LBRACE", "LBODY"):
            if depth == 0:
                return ""
            depth -= 1
        elif depth == 0 and kind in _HEADER_KEYWORDS:
            return _HEADER_KEYWORDS[kind]
        i -= 1
    return ""


_DEPTH = {ast.GenDecl: 0, ast.FuncDecl: 0, ast.TypeSpec: 1, ast.ValueSpec: 1, ast.ImportSpec: 1}


def _attach_comments(file: ast.File, comments: list, filename: str, doc_nodes: list) -> None:
    """Group comments as go/ast does and set the Doc of declarations, specs and fields.

    A group is a run of comments with no blank line between them; a group that ends on
    the line just above a declaration, spec or field and stands on lines of its own is
    that node's doc comment.
    """
    groups: list[ast.CommentGroup] = []
    own: list[bool] = []  # whether each group stands on lines of its own
    cur: list[ast.Comment] = []
    prev = None
    for c in comments:
        if cur and (c.line > prev.end_line + 1 or c.own_line != prev.own_line):
            groups.append(ast.CommentGroup(filename, cur[0].line, cur[0].col, cur))
            own.append(prev.own_line)
            cur = []
        cur.append(ast.Comment(filename, c.line, c.col, c.text, c.end_line))
        prev = c
    if cur:
        groups.append(ast.CommentGroup(filename, cur[0].line, cur[0].col, cur))
        own.append(prev.own_line)
    file.comments = groups
    if not groups:
        return
    by_end = {g.end_line: g for g, o in zip(groups, own) if o}
    g = by_end.pop(file.line - 1, None)
    if g is not None:
        file.doc = g
    # Outer nodes take a group before the nodes inside them that start on the same line.
    for n in sorted(doc_nodes, key=lambda n: (n.line, n.col, _DEPTH.get(type(n), 9))):
        g = by_end.pop(n.line - 1, None)
        if g is not None:
            n.doc = g
