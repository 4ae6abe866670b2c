"""Leftmost-longest matching for regexp's POSIX forms and ``Longest``.

Python's ``re`` only finds the leftmost-first match, so these expressions run on a matcher
of their own: the Python pattern ``_re2syntax`` wrote is read back into a tree (by the
standard library's pattern parser), reduced as Go reduces its syntax trees (counted
repetitions unrolled, ``x**`` to ``x*``), compiled into a small Thompson program shaped as
Go shapes its programs, and run by a Pike VM (one pass over the text, one thread per
program position). Go chooses among the longest matches the one a backtracking search
would find first, with threads that reach a program position already held by a
higher-priority thread dropped; the VM keeps threads in priority order and drops them the
same way, so its submatches are Go's too. It is linear in the text and the program.
"""

from __future__ import annotations

# The standard library's own pattern parser and its node kinds: private modules, but the
# same since Python 3.11, and they read exactly the text _re2syntax writes.
import re._constants as _c
import re._parser as _sre
import sys
from bisect import bisect_right
from typing import Any, Optional

# The empty-width conditions, as bits.
BEGIN_LINE, END_LINE, BEGIN_TEXT, END_TEXT, WORD_B, NOT_WORD_B = 1, 2, 4, 8, 16, 32

# Stand-ins for \b and \B: _re2syntax writes them as lookaround groups, which are replaced
# by these lone surrogates before parsing (a pattern never holds a raw surrogate: every
# character other than ASCII letters and digits is written as an escape).
WORD_MARK, NOT_WORD_MARK = "\udb00", "\udb01"

_FAIL, _MATCH, _RUNE, _ALT, _CAP, _EMPTY, _NOP = range(7)
_MAX = 0x10FFFF

# Tree nodes: ("lit", ranges) ("empty", cond) ("cap", n, sub) ("cat", subs) ("alt", subs)
# ("star"|"plus"|"quest", greedy, sub) ("rep", lo, hi, greedy, sub) ("nop",)
Node = tuple


def _is_word(r: int) -> bool:
    return r >= 0 and r < 0x80 and (chr(r).isalnum() or r == 0x5F)


def _negate(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out, nxt = [], 0
    for lo, hi in sorted(ranges):
        if lo > nxt:
            out.append((nxt, lo - 1))
        nxt = max(nxt, hi + 1)
    if nxt <= _MAX:
        out.append((nxt, _MAX))
    return out


def _orbit(c: int) -> list[tuple[int, int]]:
    """c and the runes Go's case folding makes equal to it."""
    from go2py.runtime.std.unicode import SimpleFold

    out = [(c, c)]
    f = SimpleFold(c)
    while f != c:
        out.append((f, f))
        f = SimpleFold(f)
    return out


# -------------------------------------------------------------- reading the pattern back


def _tree(items: Any, flags: int) -> Node:
    subs = [_item(op, av, flags) for op, av in items]
    return subs[0] if len(subs) == 1 else ("cat", subs)


def _item(op: Any, av: Any, flags: int) -> Node:
    if op is _c.LITERAL:
        if av == ord(WORD_MARK):
            return ("empty", WORD_B)
        if av == ord(NOT_WORD_MARK):
            return ("empty", NOT_WORD_B)
        return ("lit", _orbit(av) if flags & _sre.SRE_FLAG_IGNORECASE else [(av, av)])
    if op is _c.NOT_LITERAL:
        return ("lit", _negate([(av, av)]))
    if op is _c.IN:
        ranges: list[tuple[int, int]] = []
        neg = False
        for k, v in av:
            if k is _c.NEGATE:
                neg = True
            elif k is _c.LITERAL:
                ranges.append((v, v))
            elif k is _c.RANGE:
                ranges.append(v)
            else:
                raise ValueError(f"unexpected class item {k}")
        return ("lit", _negate(ranges) if neg else sorted(ranges))
    if op is _c.ANY:
        return ("lit", [(0, _MAX)] if flags & _sre.SRE_FLAG_DOTALL else _negate([(10, 10)]))
    if op is _c.AT:
        multi = flags & _sre.SRE_FLAG_MULTILINE
        cond = {_c.AT_BEGINNING_STRING: BEGIN_TEXT, _c.AT_END_STRING: END_TEXT,
                _c.AT_BEGINNING: BEGIN_LINE if multi else BEGIN_TEXT,
                _c.AT_END: END_LINE if multi else END_TEXT}[av]
        return ("empty", cond)
    if op is _c.BRANCH:
        return ("alt", [_tree(b, flags) for b in av[1]])
    if op is _c.SUBPATTERN:
        group, add, drop, p = av
        inner = _tree(p, (flags | add) & ~drop) if len(p) else ("nop",)
        return ("cap", group, inner) if group else inner
    if op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
        lo, hi, p = av
        sub = _tree(p, flags) if len(p) else ("nop",)
        return ("rep", lo, -1 if hi is _c.MAXREPEAT else hi, op is _c.MAX_REPEAT, sub)
    raise ValueError(f"unexpected pattern node {op}")


# -------------------------------------------------------------- Go's reductions


def _simplify1(kind: str, greedy: bool, sub: Node) -> Node:
    if sub[0] == "nop":  # a repeated empty match is an empty match
        return sub
    if sub[0] == kind and sub[1] == greedy:  # x** is x*
        return sub
    return (kind, greedy, sub)


def _simplify(n: Node) -> Node:
    k = n[0]
    if k == "cap":
        return ("cap", n[1], _simplify(n[2]))
    if k in ("cat", "alt"):
        return (k, [_simplify(s) for s in n[1]])
    if k == "rep":
        _, lo, hi, greedy, sub = n
        if lo == 0 and hi == 0:
            return ("nop",)
        sub = _simplify(sub)
        if hi == -1:
            if lo == 0:
                return _simplify1("star", greedy, sub)
            if lo == 1:
                return _simplify1("plus", greedy, sub)
            return ("cat", [sub] * (lo - 1) + [_simplify1("plus", greedy, sub)])
        if lo == 1 and hi == 1:
            return sub
        parts = [sub] * lo
        if hi > lo:
            suffix = _simplify1("quest", greedy, sub)
            for _ in range(lo + 1, hi):
                suffix = _simplify1("quest", greedy, ("cat", [sub, suffix]))
            parts.append(suffix)
        return parts[0] if len(parts) == 1 else ("cat", parts)
    return n


# -------------------------------------------------------------- the program


class _Compiler:
    """Thompson construction with Go's shapes: x* of a nullable x is (x+)?, and
    alternatives and repetitions order their branches by priority."""

    def __init__(self) -> None:
        self.prog: list[list[Any]] = [[_FAIL, 0, 0, None]]

    def inst(self, op: int, arg: int = 0, data: Any = None) -> int:
        self.prog.append([op, 0, arg, data])
        return len(self.prog) - 1

    def patch(self, outs: list[tuple[int, int]], to: int) -> None:
        for pc, slot in outs:
            self.prog[pc][slot] = to

    # A fragment: (entry, holes to patch, nullable); the holes are (pc, 1) for out and
    # (pc, 2) for an alternative's second branch.
    def compile(self, n: Node) -> tuple[int, list[tuple[int, int]], bool]:
        k = n[0]
        if k == "lit":
            pc = self.inst(_RUNE, 0, _Class(n[1]))
            return pc, [(pc, 1)], False
        if k == "empty":
            pc = self.inst(_EMPTY, n[1])
            return pc, [(pc, 1)], True
        if k == "nop":
            pc = self.inst(_NOP)
            return pc, [(pc, 1)], True
        if k == "cap":
            bra = self.inst(_CAP, 2 * n[1])
            s, outs, nullable = self.compile(n[2])
            self.prog[bra][1] = s
            ket = self.inst(_CAP, 2 * n[1] + 1)
            self.patch(outs, ket)
            return bra, [(ket, 1)], nullable
        if k == "cat":
            if not n[1]:
                return self.compile(("nop",))
            start, outs, nullable = self.compile(n[1][0])
            for sub in n[1][1:]:
                s, o, nl = self.compile(sub)
                self.patch(outs, s)
                outs, nullable = o, nullable and nl
            return start, outs, nullable
        if k == "alt":
            frag = self.compile(n[1][0])
            for sub in n[1][1:]:
                f2 = self.compile(sub)
                pc = self.inst(_ALT)
                self.prog[pc][1], self.prog[pc][2] = frag[0], f2[0]
                frag = (pc, frag[1] + f2[1], frag[2] or f2[2])
            return frag
        greedy, sub = n[1], n[2]
        if k == "quest":
            return self.quest(self.compile(sub), greedy)
        if k == "plus":
            return self.plus(self.compile(sub), greedy)
        f = self.compile(sub)
        if f[2]:
            return self.quest(self.plus(f, greedy), greedy)
        return self.loop(f, greedy)

    def quest(self, f: tuple[int, list[tuple[int, int]], bool], greedy: bool) -> tuple[int, list[tuple[int, int]], bool]:
        pc = self.inst(_ALT)
        if greedy:
            self.prog[pc][1] = f[0]
            return pc, [(pc, 2)] + f[1], True
        self.prog[pc][2] = f[0]
        return pc, [(pc, 1)] + f[1], True

    def loop(self, f: tuple[int, list[tuple[int, int]], bool], greedy: bool) -> tuple[int, list[tuple[int, int]], bool]:
        pc = self.inst(_ALT)
        if greedy:
            self.prog[pc][1] = f[0]
            outs = [(pc, 2)]
        else:
            self.prog[pc][2] = f[0]
            outs = [(pc, 1)]
        self.patch(f[1], pc)
        return pc, outs, True

    def plus(self, f: tuple[int, list[tuple[int, int]], bool], greedy: bool) -> tuple[int, list[tuple[int, int]], bool]:
        return f[0], self.loop(f, greedy)[1], f[2]


class _Class:
    """A set of runes as sorted ranges, with a cache of the runes already asked about."""

    __slots__ = ("highs", "lows", "seen")

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for lo, hi in sorted(ranges):
            if merged and lo <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        self.lows = [lo for lo, _ in merged]
        self.highs = [hi for _, hi in merged]
        self.seen: dict[int, bool] = {}

    def __contains__(self, r: int) -> bool:
        hit = self.seen.get(r)
        if hit is None:
            i = bisect_right(self.lows, r) - 1
            hit = self.seen[r] = i >= 0 and r <= self.highs[i]
        return hit


class Match:
    """A match in the shape of Python's: character offsets of each group."""

    __slots__ = ("caps", "s")

    def __init__(self, s: str, caps: list[int]) -> None:
        self.s = s
        self.caps = caps

    def start(self, g: int = 0) -> int:
        return self.caps[2 * g]

    def end(self, g: int = 0) -> int:
        return self.caps[2 * g + 1]

    def span(self, g: int = 0) -> tuple[int, int]:
        return self.caps[2 * g], self.caps[2 * g + 1]

    def group(self, g: int = 0) -> Optional[str]:
        a, b = self.caps[2 * g], self.caps[2 * g + 1]
        return None if a < 0 or b < 0 else self.s[a:b]


class LongestProgram:
    """A compiled expression searched leftmost-longest; `search` stands in for
    re.Pattern.search."""

    def __init__(self, pattern: str, ngroups: int) -> None:
        self.pattern = pattern
        # Unrolled counted repeats nest deeply ((x(x(x)?)?)? for x{0,3}): Go allows a
        # thousand levels, each a few Python calls here.
        limit = sys.getrecursionlimit()
        sys.setrecursionlimit(max(limit, 20000))
        try:
            tree = _simplify(_tree(_sre.parse(pattern), 0))
            c = _Compiler()
            start, outs, _ = c.compile(tree)
        finally:
            sys.setrecursionlimit(limit)
        c.patch(outs, c.inst(_MATCH))
        self.prog = c.prog
        self.start = start
        self.ncap = 2 * ngroups
        self._text: Optional[str] = None
        self._runes: list[int] = []

    def search(self, s: str, pos: int = 0) -> Optional[Match]:
        n = len(s)
        # Runes as Go decodes them: a byte that is not UTF-8 is U+FFFD. Kept for the
        # next call: the loops over successive matches search the same text again.
        if s is self._text:
            runes = self._runes
        else:
            runes = [0xFFFD if 0xDC80 <= o <= 0xDCFF else o for o in map(ord, s)]
            self._text, self._runes = s, runes

        def context(p: int) -> int:
            r1 = runes[p - 1] if p > 0 else -1
            r2 = runes[p] if p < n else -1
            cond = 0
            if r1 < 0:
                cond |= BEGIN_TEXT | BEGIN_LINE
            elif r1 == 10:
                cond |= BEGIN_LINE
            if r2 < 0:
                cond |= END_TEXT | END_LINE
            elif r2 == 10:
                cond |= END_LINE
            cond |= WORD_B if _is_word(r1) != _is_word(r2) else NOT_WORD_B
            return cond

        prog = self.prog

        def add(seen: set[int], q: list[tuple[int, list[int]]], pc: int, p: int, cap: list[int], cond: int) -> None:
            # Depth-first along empty transitions in priority order; a position already
            # reached in this step keeps its earlier (higher-priority) thread.
            cap = list(cap)
            stack: list[Any] = [pc]
            while stack:
                top = stack.pop()
                if type(top) is tuple:  # undo a capture on the way back
                    cap[top[0]] = top[1]
                    continue
                if top in seen:
                    continue
                seen.add(top)
                op, out, arg, _ = prog[top]
                if op == _ALT:
                    stack.append(arg)
                    stack.append(out)
                elif op == _NOP:
                    stack.append(out)
                elif op == _EMPTY:
                    if arg & cond == arg:
                        stack.append(out)
                elif op == _CAP:
                    if arg < len(cap):
                        stack.append((arg, cap[arg]))
                        cap[arg] = p
                    stack.append(out)
                elif op != _FAIL:
                    q.append((top, list(cap)))

        matched = False
        matchcap = [-1] * max(self.ncap, 2)
        runq: list[tuple[int, list[int]]] = []
        seen: set[int] = set()
        while True:
            if not runq and matched:
                break
            if not matched:
                cap = [-1] * len(matchcap)
                cap[0] = pos
                add(seen, runq, self.start, pos, cap, context(pos))
            c = runes[pos] if pos < n else -1
            nextq: list[tuple[int, list[int]]] = []
            nseen: set[int] = set()
            ncond = context(pos + 1) if pos < n else 0
            for pc, tcap in runq:
                if matched and matchcap[0] < tcap[0]:
                    continue
                inst = prog[pc]
                if inst[0] == _MATCH:
                    if not matched or matchcap[1] < pos:
                        tcap[1] = pos
                        matchcap = tcap
                    matched = True
                elif c >= 0 and c in inst[3]:
                    add(nseen, nextq, inst[1], pos + 1, tcap, ncond)
            if pos >= n:
                break
            pos += 1
            runq, seen = nextq, nseen
        return Match(s, matchcap) if matched else None
