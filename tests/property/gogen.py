"""A generator of random, valid, deterministic Go programs for the equivalence property tests.

Programs are built from the inside out by a small typed generator, not from random text:
every expression is generated for a Go type it must have, constant subexpressions are
evaluated here exactly (Go rejects constant overflow and constant division by zero at compile
time, so the generator only emits constants that are representable), and every declared
variable is printed so that the program compiles (`declared and not used`).

The generator draws its choices from a `Chooser`: `DrawChooser` draws through Hypothesis
(so failures shrink), `RandomChooser` through `random.Random` (long campaigns with a seed).
Choices list their simplest option first, which is where Hypothesis shrinks to.

Not generated, because go2py refuses them with "does not support ... yet" (a positioned error,
not wrong code): local type declarations (types are declared at top level instead), generic
types, indexed elements in array literals (`[...]string{2: "c"}`), `goto`, and conversions of
slices to array pointers. Not generated because of known go2py bugs: maps with interface keys
holding both `true` and `1` (Python dict keys conflate them), and Go names of the form `T_X` or
`Type_Method` at package level (they clash with the translator's type descriptors and method
functions).

A batch is one `package main` holding many generated functions `f0`, `f1`, ...; `main` runs
each through `run`, which prints a `=== fK` header and recovers a panic (printing it), so one
function's output is one section and a mismatch points at one function.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Callable, Protocol, Sequence, TypeVar

T = TypeVar("T")

SECTION = "=== "


class Chooser(Protocol):
    def integer(self, lo: int, hi: int) -> int: ...


class RandomChooser:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def integer(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)


class DrawChooser:
    """Choices drawn from Hypothesis's `data.draw`, so that failures shrink."""

    def __init__(self, draw: Callable) -> None:
        from hypothesis import strategies as st

        self.draw = draw
        self.st = st

    def integer(self, lo: int, hi: int) -> int:
        return self.draw(self.st.integers(lo, hi))


# ---------------------------------------------------------------------------------------------
# Integer types and exact constant arithmetic


@dataclass(frozen=True)
class IntType:
    name: str
    bits: int
    signed: bool

    @property
    def lo(self) -> int:
        return -(1 << (self.bits - 1)) if self.signed else 0

    @property
    def hi(self) -> int:
        return (1 << (self.bits - 1)) - 1 if self.signed else (1 << self.bits) - 1

    def fits(self, v: int) -> bool:
        return self.lo <= v <= self.hi


INT_TYPES = [
    IntType("int", 64, True), IntType("int8", 8, True), IntType("int16", 16, True),
    IntType("int32", 32, True), IntType("int64", 64, True), IntType("uint", 64, False),
    IntType("uint8", 8, False), IntType("uint16", 16, False), IntType("uint32", 32, False),
    IntType("uint64", 64, False),
]


def tdiv(a: int, b: int) -> int:
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


def tmod(a: int, b: int) -> int:
    return a - tdiv(a, b) * b


@dataclass
class Expr:
    text: str
    val: int | None = None  # the exact value when the expression is a Go constant
    typed: bool = False  # a typed constant: every step must be representable


STRING_POOL = ["", "a", "abc", "Go", "héllo", "世界", "a\xffb", "🙂x", "x y  z", "AbC", "ß€"]
FLOAT_POOL = ["0", "1", "-2.5", "0.1", "3.75", "1e10", "1e-7", "123456.789", "-0.0", "2e21", "1.0/3"]


def go_string_lit(s: str) -> str:
    """A Go string literal; the code point U+00FF in the pool stands for the invalid byte 0xff."""
    out = ['"']
    for ch in s:
        if ch == "\xff":
            out.append("\\xff")
        elif ch in '"\\':
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out) + '"'


def go_bytes(s: str) -> bytes:
    return b"".join(b"\xff" if ch == "\xff" else ch.encode() for ch in s)


# ---------------------------------------------------------------------------------------------


# Go identifiers that are Python keywords, builtins or names of the generated code (never Go
# keywords, predeclared names the generated Go uses, or names the kinds use themselves).
RISKY_NAMES = ["lambda", "def", "class", "pass", "is", "not", "and", "None", "self", "gv", "rt",
               "list", "str", "dict", "sum", "id", "yield", "async", "await", "global", "elif", "try",
               "except", "raise", "with", "del", "assert", "while", "in", "match", "object", "_t1",
               "_f1", "_t3", "_body", "_df", "_frame", "T_int", "list_", "str__", "__init__", "annotations"]


class Retry(Exception):
    """The chosen construct does not fit here (a constant would overflow...): choose again."""


@dataclass
class Func:
    name: str
    kind: str
    body: list[str]
    decls: list[str] = field(default_factory=list)


class FuncGen:
    """Generates the body of one function; `self.lines` is its statements, indented by `ind`."""

    def __init__(self, c: Chooser, name: str, imports: set[str]) -> None:
        self.c = c
        self.name = name
        self.imports = imports
        self.lines: list[str] = []
        self.decls: list[str] = []
        self.ind = 1
        self.nvars = 0
        self.ints: dict[str, IntType] = {}
        self.risky_used: set[str] = set()

    # -- choices
    def pick(self, seq: Sequence[T]) -> T:
        return seq[self.c.integer(0, len(seq) - 1)]

    def chance(self, n: int) -> bool:
        """True with probability about 1/n (False is the simple choice)."""
        return self.c.integer(0, n - 1) == n - 1

    def small(self, lo: int = 0, hi: int = 5) -> int:
        return self.c.integer(lo, hi)

    def emit(self, line: str) -> None:
        self.lines.append("\t" * self.ind + line)

    def fresh(self, prefix: str = "v") -> str:
        self.nvars += 1
        if self.chance(4):  # names that Python reserves or that look like the translator's own
            free = [n for n in RISKY_NAMES if n not in self.risky_used]
            if free:
                n = self.pick(free)
                self.risky_used.add(n)
                return n
        return f"{prefix}{self.nvars}"

    def tname(self, base: str) -> str:
        return f"{base}_{self.name}"

    # -- integers
    def int_literal(self, t: IntType) -> int:
        k = self.c.integer(0, 6)
        if k == 0:
            return self.c.integer(max(t.lo, -3), 3)
        if k == 1:
            return t.hi
        if k == 2:
            return t.lo
        if k == 3:
            return t.hi - self.c.integer(0, 2)
        if k == 4:
            return self.c.integer(max(t.lo, -300), min(t.hi, 300))
        return self.c.integer(t.lo, t.hi)

    @staticmethod
    def lit_text(v: int) -> str:
        return str(v) if v >= 0 else f"({v})"

    def int_var(self, t: IntType) -> Expr:
        names = [n for n, tt in self.ints.items() if tt == t]
        if not names:
            return self.declare_int(t)
        return Expr(self.pick(names))

    def declare_int(self, t: IntType) -> Expr:
        name = self.fresh()
        self.emit(f"var {name} {t.name} = {self.lit_text(self.int_literal(t))}")
        self.ints[name] = t
        return Expr(name)

    def int_expr(self, t: IntType, depth: int) -> Expr:
        try:
            e = self._int_expr(t, depth)
        except Retry:
            return self.int_var(t)
        if e.val is not None and not t.fits(e.val):
            return self.int_var(t)
        return e

    def _int_expr(self, t: IntType, depth: int) -> Expr:
        k = self.c.integer(0, 9 if depth > 0 else 2)
        if k == 0:
            return self.int_var(t)
        if k == 1:
            v = self.int_literal(t)
            return Expr(self.lit_text(v), v)
        if k == 2:  # an untyped constant expression with exact (possibly huge) intermediates
            return self.untyped_const(t)
        if k in (3, 4, 5):
            op = self.pick(["+", "-", "*", "&", "|", "^", "&^", "/", "%"])
            a = self.int_expr(t, depth - 1)
            if op in "/%":
                if self.chance(4):
                    b = self.int_expr(t, depth - 1)  # may be zero: a run-time panic
                else:
                    b = self.nonzero_divisor(t, depth - 1)
            else:
                b = self.int_expr(t, depth - 1)
            return self.binop(t, op, a, b)
        if k == 6:
            op = self.pick(["<<", ">>"])
            a = self.int_expr(t, depth - 1)
            if self.chance(3):
                u = self.pick(INT_TYPES)
                cnt = self.int_expr(u, depth - 1)
                if cnt.val is not None:
                    raise Retry
                if self.chance(3):  # possibly negative: a run-time panic
                    c = cnt.text
                else:
                    c = f"uint({cnt.text})%{self.pick([8, 16, 33, 64, 70])}"
                if a.val is not None:
                    if not t.fits(a.val):
                        raise Retry
                    # The untyped constant takes the type of the context, here t.
                return Expr(f"({a.text} {op} {c})")
            s = self.c.integer(0, 70)
            if a.val is not None:
                v = a.val << s if op == "<<" else a.val >> s
                if a.typed and not t.fits(v):
                    raise Retry
                return Expr(f"({a.text} {op} {s})", v, a.typed)
            return Expr(f"({a.text} {op} {s})")
        if k == 7:
            op = self.pick(["-", "^", "+"])
            a = self.int_expr(t, depth - 1)
            if a.val is not None:
                if op == "-":
                    v = -a.val
                elif op == "+":
                    v = a.val
                else:
                    v = ~a.val if (t.signed or not a.typed) else a.val ^ ((1 << t.bits) - 1)
                if a.typed and not t.fits(v):
                    raise Retry
                return Expr(f"{op}{a.text}" if a.text.startswith("(") else f"{op}({a.text})", v, a.typed)
            return Expr(f"{op}{a.text}" if a.text.startswith("(") else f"{op}({a.text})")
        # conversion from another integer type (wraps at run time)
        u = self.pick(INT_TYPES)
        a = self.int_expr(u, depth - 1)
        if a.val is not None:
            if not (u.fits(a.val) and t.fits(a.val)):
                raise Retry
            return Expr(f"{t.name}({a.text})", a.val, True)
        return Expr(f"{t.name}({a.text})")

    def nonzero_divisor(self, t: IntType, depth: int) -> Expr:
        if self.chance(2):
            v = self.int_literal(t) or 1
            return Expr(self.lit_text(v), v)
        b = self.int_expr(t, depth)
        if b.val is not None:
            raise Retry
        return Expr(f"({b.text}|1)")

    def binop(self, t: IntType, op: str, a: Expr, b: Expr) -> Expr:
        text = f"({a.text} {op} {b.text})"
        if a.val is not None and b.val is not None:
            x, y = a.val, b.val
            if op in "/%" and y == 0:
                raise Retry
            v = {"+": x + y, "-": x - y, "*": x * y, "&": x & y, "|": x | y, "^": x ^ y,
                 "&^": x & ~y}.get(op)
            if v is None:
                v = tdiv(x, y) if op == "/" else tmod(x, y)
            typed = a.typed or b.typed
            if typed and not t.fits(v):
                raise Retry
            return Expr(text, v, typed)
        for side in (a, b):
            if side.val is not None and not t.fits(side.val):
                raise Retry
        if op in "/%" and b.val == 0:
            raise Retry
        return Expr(text)

    def untyped_const(self, t: IntType) -> Expr:
        base = self.c.integer(1, 3)
        sh = self.c.integer(0, 100)
        d = self.c.integer(0, 100)
        v = (base << sh) >> d
        off = self.c.integer(-3, 3)
        v += off
        if not t.fits(v):
            raise Retry
        return Expr(f"((({base} << {sh}) >> {d}) + {self.lit_text(off)})", v)

    # ---------------------------------------------------------------------------------------
    # Function kinds; each emits statements that print what they compute.

    def k_ints(self) -> None:
        types = [self.pick(INT_TYPES) for _ in range(self.c.integer(1, 3))]
        for t in types:
            self.declare_int(t)
        for _ in range(self.c.integer(1, 6)):
            t = self.pick(types)
            e = self.int_expr(t, self.c.integer(1, 3))
            name = self.fresh()
            self.emit(f"var {name} {t.name} = {e.text}")
            self.ints[name] = t
            if self.chance(3):
                self.emit(f'fmt.Printf("%d %x\\n", {name}, {name})')
            else:
                self.emit(f"fmt.Println({name})")
        if self.chance(2):  # compound assignment and inc/dec wrap too
            name = self.pick(list(self.ints))
            t = self.ints[name]
            op = self.pick(["+=", "-=", "*=", "<<=", ">>=", "|=", "^="])
            rhs = self.int_expr(t, 1) if "<" not in op and ">" not in op else Expr(str(self.c.integer(0, 9)))
            self.emit(f"{name} {op} {rhs.text}")
            self.emit(f"{name}{self.pick(['++', '--'])}")
        self.emit("fmt.Println(" + ", ".join(self.ints) + ")")

    def k_floats(self) -> None:
        self.imports.add("math")
        names = []
        for _ in range(self.c.integer(1, 3)):
            n = self.fresh("f")
            self.emit(f"var {n} float64 = {self.pick(FLOAT_POOL)}")
            names.append(n)
        for _ in range(self.c.integer(1, 5)):
            a, b = self.pick(names), self.pick(names)
            e = self.pick([f"{a} + {b}", f"{a} * {b}", f"{a} / {b}", f"{a} - {b}*2.5",
                           f"math.Sqrt({a})", f"math.Floor({a})", f"float64(float32({a}))",
                           f"math.Abs({a}) / 3", f"math.Max({a}, {b})", f"math.Trunc({a} * 7.3)",
                           f"{a} * 1e300 * 1e10"])
            n = self.fresh("f")
            self.emit(f"var {n} float64 = {e}")
            names.append(n)
            self.emit(self.pick([f"fmt.Println({n})", f'fmt.Printf("%v %.3f %e %g\\n", {n}, {n}, {n}, {n})',
                                 f'fmt.Printf("%8.2f|%-10.4g|%+.1e\\n", {n}, {n}, {n})',
                                 f"fmt.Println({n} < {a}, {n} == {n}, float32({n}))"]))
        a, b = self.pick(names), self.pick(names)
        self.emit(f"fmt.Println(min({a}, {b}), max({a}, {b}, math.NaN()) != 0, min({a}, -{a}), max({b}, 0))")
        lit = self.pick(["2.75", "-2.75", "1e9", "-0.5", "100.99"])
        i = self.fresh()
        self.emit(f"var {i} float64 = {lit}")
        self.emit(f"fmt.Println(int64({i}), int32({i}), uint8(int({i})%200+50))")
        n = self.fresh()
        t = self.pick(INT_TYPES)
        self.emit(f"var {n} {t.name} = {self.lit_text(self.int_literal(t))}")
        self.emit(f"fmt.Println(float64({n}), float32({n}), {n})")
        self.emit("fmt.Println(" + ", ".join(names) + ")")

    def k_strings(self) -> None:
        self.imports.add("strings")
        vals: dict[str, bytes] = {}
        for _ in range(self.c.integer(1, 3)):
            s = self.pick(STRING_POOL)
            n = self.fresh("s")
            self.emit(f"var {n} string = {go_string_lit(s)}")
            vals[n] = go_bytes(s)
        for _ in range(self.c.integer(1, 7)):
            names = list(vals)
            a, b = self.pick(names), self.pick(names)
            la = len(vals[a])
            k = self.c.integer(0, 12)
            if k == 0:
                n = self.fresh("s")
                self.emit(f"{n} := {a} + {b}")
                vals[n] = vals[a] + vals[b]
                self.emit(f"fmt.Println({n}, len({n}))")
            elif k == 1:
                i = self.c.integer(0, la)  # la itself is out of range: a run-time panic
                j = self.fresh()
                self.emit(f"{j} := {i}")
                self.emit(f"fmt.Println({a}[{j}], string({a}[{j}]))")
            elif k == 2:
                i = self.c.integer(0, la)
                j = self.c.integer(i, la)
                x, y = self.fresh(), self.fresh()
                self.emit(f"{x}, {y} := {i}, {j}")
                n = self.fresh("s")
                self.emit(f"{n} := {a}[{x}:{y}]")
                vals[n] = vals[a][i:j]
                self.emit(f'fmt.Printf("%q %x\\n", {n}, {n})')
            elif k == 3:
                self.emit(f"for i, r := range {a} {{")
                self.emit(f'\tfmt.Println(i, r, string(r), len(string(r)))')
                self.emit("}")
            elif k == 4:
                self.emit(f"for i := 0; i < len({a}); i++ {{")
                self.emit(f'\tfmt.Print({a}[i], " ")')
                self.emit("}")
                self.emit("fmt.Println()")
            elif k == 5:
                self.emit(f"fmt.Println([]byte({a}), []rune({a}), len([]rune({a})))")
            elif k == 6:
                self.emit(f"fmt.Println({a} < {b}, {a} == {b}, {a} >= {b})")
            elif k == 7:
                self.emit(f"fmt.Println(strings.ToUpper({a}), strings.Repeat({a}, 2), strings.Contains({a}, {b}),"
                          f" strings.Index({a}, {b}))")
            elif k == 8:
                self.emit(f'fmt.Printf("%q|%v|%d\\n", strings.Split({a}, {b}), strings.Fields({a}), '
                          f"strings.Count({a}, {b}))")
            elif k == 9:
                r = self.pick([65, 0xE9, 0x4E16, -1, 0x110000, 0xD800, 0x1F642])
                n = self.fresh()
                self.emit(f"{n} := {r}")
                self.emit(f'fmt.Println(string(rune({n})), fmt.Sprintf("%q %U %c", rune({n}), rune({n}), rune({n})))')
            elif k == 10:
                n = self.fresh("b")
                self.emit(f"{n} := []byte({a})")
                if la:
                    self.emit(f"{n}[0] = 'Z'")
                self.emit(f"fmt.Println(string({n}), {a})")
            elif k == 11:
                self.emit(f'fmt.Printf("%s|%10s|%-8q|% x|%X|%.2s\\n", {a}, {a}, {a}, {a}, {a}, {a})')
            else:
                n = self.fresh("s")
                self.emit(f"{n} := {a}")
                self.emit(f"{n} += {go_string_lit(self.pick(STRING_POOL))}")
                vals[n] = vals[a]  # only its length bound matters and it only grows
                self.emit(f"fmt.Println({n}, {a})")
        self.emit("fmt.Println(" + ", ".join(vals) + ")")

    def k_slices(self) -> None:
        lens: dict[str, int] = {}
        n = self.fresh("s")
        items = [str(self.c.integer(-9, 99)) for _ in range(self.c.integer(0, 5))]
        if self.chance(3):
            self.emit(f"{n} := make([]int, {len(items)}, {len(items) + self.c.integer(0, 4)})")
        else:
            self.emit(f"{n} := []int{{{', '.join(items)}}}")
        lens[n] = len(items)
        self.emit(f"fmt.Println({n}, len({n}), cap({n}))")
        for _ in range(self.c.integer(1, 7)):
            a = self.pick(list(lens))
            la = lens[a]
            k = self.c.integer(0, 8)
            if k == 0:
                vals = [str(self.c.integer(-9, 99)) for _ in range(self.c.integer(1, 4))]
                self.emit(f"{a} = append({a}, {', '.join(vals)})")
                lens[a] = la + len(vals)
            elif k == 1:
                i = self.c.integer(0, la)
                j = self.c.integer(i, la + (1 if self.chance(4) else 0))
                n = self.fresh("s")
                x, y = self.fresh(), self.fresh()
                self.emit(f"{x}, {y} := {i}, {j}")
                if self.chance(3):
                    self.emit(f"{n} := {a}[{x}:{y}:{y}]")
                else:
                    self.emit(f"{n} := {a}[{x}:{y}]")
                lens[n] = j - i
            elif k == 2:
                if la == 0:
                    continue
                i = self.c.integer(0, la - 1)
                self.emit(f"{a}[{i}] = {self.c.integer(100, 200)}")
            elif k == 3:
                b = self.pick(list(lens))
                self.emit(f"fmt.Println(copy({a}, {b}))")
            elif k == 4:
                b = self.pick(list(lens))
                self.emit(f"{a} = append({a}, {b}...)")
                lens[a] = la + lens[b]
            elif k == 5:
                x = self.fresh()
                self.emit(f"{x} := {la + (1 if self.chance(3) else 0)}")
                self.emit(f"if {x} > 0 {{ fmt.Println({a}[{x}-1]) }}")
            elif k == 6:
                arr = self.fresh("a")
                m = self.c.integer(1, 4)
                self.emit(f"var {arr} [{m}]int")
                self.emit(f"{arr}[{self.c.integer(0, m - 1)}] = {self.c.integer(1, 9)}")
                cp = self.fresh("a")
                self.emit(f"{cp} := {arr}")
                self.emit(f"{cp}[0]++")
                sl = self.fresh("s")
                self.emit(f"{sl} := {arr}[:{self.c.integer(0, m)}]")
                self.emit(f"{sl} = append({sl}, 7)")
                self.emit(f"fmt.Println({arr}, {cp}, {sl}, {arr} == {cp}, len({sl}), cap({sl}))")
            elif k == 7:
                self.emit(f"for i, x := range {a} {{")
                self.emit(f"\t{a}[i] = x * 2")
                self.emit("}")
            else:
                g = self.fresh("g")
                self.emit(f"{g} := [][]int{{{a}, {a}[:0], nil}}")
                self.emit(f'fmt.Printf("%v %d %v\\n", {g}, len({g}[2]), {g}[2] == nil)')
            for s in lens:
                self.emit(f"fmt.Println({s}, len({s}), cap({s}))")
                break
        self.emit("fmt.Println(" + ", ".join(f"{s}, len({s}), cap({s})" for s in lens) + ")")

    def k_maps(self) -> None:
        kt, vt = self.pick([("string", "int"), ("int", "string"), ("int8", "bool"), ("string", "[]int"),
                            ("bool", "float64"), ("uint16", "string")])

        def key() -> str:
            if kt == "string":
                return go_string_lit(self.pick(STRING_POOL))
            if kt == "bool":
                return self.pick(["true", "false"])
            if kt == "int8":
                return self.lit_text(self.c.integer(-128, 127))
            return str(self.c.integer(0, 300 if kt == "int" else 65535))

        def val() -> str:
            return {"int": str(self.c.integer(-5, 50)), "string": go_string_lit(self.pick(STRING_POOL)),
                    "bool": self.pick(["true", "false"]), "[]int": "[]int{%d}" % self.c.integer(0, 9),
                    "float64": self.pick(FLOAT_POOL)}[vt]

        m = self.fresh("m")
        if self.chance(5):
            self.emit(f"var {m} map[{kt}]{vt}")
        else:
            keys = list(dict.fromkeys(key() for _ in range(self.small())))  # Go rejects duplicate keys
            self.emit(f"{m} := map[{kt}]{vt}{{{', '.join(f'{k}: {val()}' for k in keys)}}}")
        self.emit(f"fmt.Println({m}, len({m}))")
        for _ in range(self.c.integer(1, 6)):
            k = self.c.integer(0, 5)
            if k == 0:
                self.emit(f"{m}[{key()}] = {val()}")
            elif k == 1:
                self.emit(f"delete({m}, {key()})")
            elif k == 2:
                v, ok = self.fresh(), self.fresh()
                self.emit(f"{v}, {ok} := {m}[{key()}]")
                self.emit(f"fmt.Println({v}, {ok})")
            elif k == 3:
                n = self.fresh()
                self.emit(f"{n} := 0")
                self.emit(f"for range {m} {{ {n}++ }}")
                self.emit(f"fmt.Println({n} == len({m}))")
            elif k == 4:
                self.emit(f'fmt.Printf("%v|%d|%+v\\n", {m}, len({m}), {m})')
            else:
                self.emit(f"clear({m})")
        self.emit(f"fmt.Println({m})")

    def k_structs(self) -> None:
        a, b = self.tname("A"), self.tname("B")
        self.decls.append(f"type {a} struct {{\n\tx int\n\ts string\n\tt [2]int8\n}}")
        self.decls.append(f"func (p {a}) Get() int {{ return p.x * 2 }}")
        self.decls.append(f"func (p *{a}) Inc(d int) {{ p.x += d; p.t[1]-- }}")
        self.decls.append(f"type {b} struct {{\n\t{a}\n\ty int\n\tp *{a}\n\tm map[string]int\n}}")
        v = self.fresh("b")
        self.emit(f"{v} := {b}{{{a}: {a}{{x: {self.small()}, s: {go_string_lit(self.pick(STRING_POOL))}}}, "
                  f"y: {self.small()}}}")
        self.emit(f'fmt.Printf("%v %+v\\n", {v}, {v})')
        ptrs = []
        for _ in range(self.c.integer(1, 6)):
            k = self.c.integer(0, 8)
            if k == 8:  # zero values: the embedded struct is built too
                z = self.fresh("z")
                self.emit(f"var {z} {b}")
                self.emit(f"{z}.x++")
                self.emit(f'fmt.Printf("%v %+v %v\\n", {z}.{a}, {b}{{}}.{a}, {z}.{a} == {b}{{}}.{a})')
            elif k == 0:
                c = self.fresh("b")
                self.emit(f"{c} := {v}")
                self.emit(f"{c}.x = {self.small(6, 20)}")
                self.emit(f"{c}.t[0] = 5")
                self.emit(f"fmt.Println({v}.{a}, {c}.{a})")
            elif k == 1:
                self.emit(f"{v}.Inc({self.small()})")
                self.emit(f"fmt.Println({v}.Get(), {v}.x, {v}.t)")
            elif k == 2:
                p = self.fresh("p")
                self.emit(f"{p} := &{v}")
                self.emit(f"{p}.y += {self.small()}")
                self.emit(f"{p}.Inc(1)")
                # Not *p whole: its field p may hold an address, which differs run to run.
                self.emit(f'fmt.Printf("%v %+v %v\\n", {p}.y, {p}.{a}, {p}.m)')
                ptrs.append(p)
            elif k == 3:
                self.emit(f"{v}.p = &{v}.{a}")
                self.emit(f"{v}.p.x = 42")
                self.emit(f'fmt.Println({v}.x, {v}.p.x, {v}.p == &{v}.{a})')
            elif k == 4:
                arr = self.fresh("a")
                self.emit(f"{arr} := [2]{a}{{{{x: 1}}, {{s: \"q\"}}}}")
                cp = self.fresh("a")
                self.emit(f"{cp} := {arr}")
                self.emit(f"{cp}[0].x = 9")
                self.emit(f"for _, e := range {arr} {{ e.x = 100; _ = e }}")
                self.emit(f"fmt.Println({arr}, {cp}, {arr} == {cp})")
            elif k == 5:
                sl = self.fresh("s")
                self.emit(f"{sl} := []{a}{{{{x: 3}}, {{x: 4}}}}")
                self.emit(f"{sl}[1].Inc(10)")
                self.emit(f"for i := range {sl} {{ {sl}[i].x *= 2 }}")
                self.emit(f'fmt.Printf("%v %+v\\n", {sl}, {sl}[0])')
            elif k == 6:
                self.emit(f'{v}.m = map[string]int{{"k": {self.small()}}}')
                self.emit(f'{v}.m["z"]++')
                self.emit(f'fmt.Printf("%v\\n", {v}.m)')
            else:
                q = self.fresh("p")
                self.emit(f"{q} := new({a})")
                self.emit(f"*{q} = {v}.{a}")
                self.emit(f"{q}.s += \"!\"")
                self.emit(f'fmt.Printf("%+v %v\\n", *{q}, {v}.s)')
        self.emit(f'fmt.Printf("%v|%+v\\n", {v}.{a}, {v}.y)')

    def k_interfaces(self) -> None:
        sh, sq, rc, er, st = (self.tname(x) for x in ("Shape", "Sq", "Rect", "Err", "Named"))
        self.decls += [
            f"type {sh} interface {{\n\tArea() int\n}}",
            f"type {sq} struct{{ side int }}",
            f"func (s {sq}) Area() int {{ return s.side * s.side }}",
            f"type {rc} struct{{ w, h int }}",
            f"func (r *{rc}) Area() int {{ return r.w * r.h }}",
            f"type {er} struct{{ code int }}",
            f'func (e {er}) Error() string {{ return fmt.Sprintf("err %d", e.code) }}',
            f"type {st} int",
            f'func (n {st}) String() string {{ return fmt.Sprintf("N<%d>", int(n)) }}',
        ]
        pool = [f"{self.small()}", '"str"', "2.5", f"{sq}{{{self.small()}}}", f"&{rc}{{{self.small()}, 3}}",
                "nil", f"int8({self.small()})", "[]int{1, 2}", f"{er}{{{self.small()}}}", f"{st}({self.small()})",
                "true", "'x'", "uint(7)", f"map[string]int{{\"a\": 1}}", f"error({er}{{9}})"]
        xs = self.fresh("xs")
        items = [self.pick(pool) for _ in range(self.c.integer(1, 6))]
        self.emit(f"{xs} := []any{{{', '.join(items)}}}")
        self.emit(f"for i, x := range {xs} {{")
        self.emit("\tswitch v := x.(type) {")
        self.emit("\tcase nil:\n\t\t\tfmt.Println(i, \"nil\")".replace("\t\t\t", "\t" * (self.ind + 2)))
        self.emit("\tcase int, int8:")
        self.emit('\t\tfmt.Printf("%d int-ish %v %T\\n", i, v, v)')
        self.emit("\tcase string:")
        self.emit('\t\tfmt.Println(i, "string", len(v), v)')
        self.emit(f"\tcase {sh}:")
        self.emit('\t\tfmt.Printf("%d shape %d %T %v\\n", i, v.Area(), v, v)')
        self.emit("\tcase error:")
        self.emit('\t\tfmt.Println(i, "error", v.Error(), v)')
        self.emit("\tcase fmt.Stringer:")
        self.emit('\t\tfmt.Println(i, "stringer", v)')
        self.emit("\tdefault:")
        self.emit('\t\tfmt.Printf("%d other %T %v\\n", i, v, v)')
        self.emit("\t}")
        self.emit("}")
        y = self.fresh()
        self.emit(f"var {y} any = {self.pick(pool)}")
        self.emit(f"s, ok := {y}.(string)")
        self.emit(f"_, ok2 := {y}.({sh})")
        self.emit(f"fmt.Println(s, ok, ok2, {y} == nil)")
        if self.chance(3):
            self.emit(f"fmt.Println({y}.(int))")  # a failed assertion panics
        shapes = self.fresh()
        self.emit(f"{shapes} := []{sh}{{{sq}{{2}}, &{rc}{{2, 5}}}}")
        self.emit(f"total := 0")
        self.emit(f"for _, s := range {shapes} {{ total += s.Area() }}")
        self.emit(f'fmt.Println(total, {shapes}[0] == {sq}{{2}})')

    def k_closures(self) -> None:
        n = self.small(1, 4)
        fs = self.fresh("fs")
        self.emit(f"var {fs} []func() int")
        form = self.c.integer(0, 2)
        m = self.fresh()
        self.emit(f"{m} := {self.small(1, 9)}")
        if form == 0:
            self.emit(f"for i := 0; i < {n}; i++ {{")
            self.emit(f"\t{fs} = append({fs}, func() int {{ return i * {m} }})")
            self.emit("}")
        elif form == 1:
            self.emit(f"for i, x := range []int{{{', '.join(str(self.small(0, 50)) for _ in range(n))}}} {{")
            self.emit(f"\t{fs} = append({fs}, func() int {{ return i*100 + x + {m} }})")
            self.emit("}")
        else:
            self.emit(f"for i := range {n} {{")
            self.emit(f"\tj := i * 2")
            self.emit(f"\t{fs} = append({fs}, func() int {{ j++; return j + {m} }})")
            self.emit("}")
        self.emit(f"{m} += 10")
        self.emit(f"for _, f := range {fs} {{ fmt.Print(f(), \" \") }}")
        self.emit("fmt.Println()")
        if self.chance(2):
            self.emit(f"for _, f := range {fs} {{ fmt.Print(f(), \" \") }}")
            self.emit("fmt.Println()")
        c = self.fresh("mk")
        self.emit(f"{c} := func(start int) func() int {{")
        self.emit("\tc := start")
        self.emit("\treturn func() int { c += 3; return c }")
        self.emit("}")
        g1, g2 = self.fresh("g"), self.fresh("g")
        self.emit(f"{g1}, {g2} := {c}({self.small()}), {c}(100)")
        self.emit(f"fmt.Println({g1}(), {g1}(), {g2}(), {g1}())")
        acc = self.fresh()
        self.emit(f"{acc} := 0")
        self.emit(f"add := func(d int) {{ {acc} += d }}")
        self.emit(f"for k := range {self.small(1, 5)} {{ add(k) }}")
        self.emit(f"fmt.Println({acc})")
        if self.chance(2):  # gc evaluates the calls first, then the plain operands
            self.emit(f"fmt.Println({acc}, func() int {{ add({self.small(1, 9)}); return {acc} }}(), {acc} + 1)")

    PANICS = [
        ("index", "xs := []int{1, 2, 3}\n\ti := {N}\n\tfmt.Println(xs[i])"),
        ("nilmap", "var m map[string]int\n\tm[\"a\"] = {N}"),
        ("div", "d := {N} - {N}\n\tfmt.Println(10 / d)"),
        ("nilptr", "var p *{P}\n\tif {N} >= 0 {\n\t\tfmt.Println(p.x)\n\t}"),
        ("value", "panic({N})"),
        ("string", "panic(fmt.Sprintf(\"boom %d\", {N}))"),
        ("error", "panic(errors.New(\"bad thing\"))"),
        ("slice", "xs := make([]int, 2, 4)\n\tj := {N} + 3\n\tfmt.Println(xs[1:j])"),
        ("assert", "var x any = \"s\"\n\tfmt.Println(x.(int) + {N})"),
        ("closed", "ch := make(chan int, 1)\n\tclose(ch)\n\tif {N} >= 0 {\n\t\tclose(ch)\n\t}"),
        ("strindex", "s := \"héllo\"\n\tfmt.Println(s[{N}+6])"),
        ("conv", "var x any = {N}\n\tfmt.Println(x.(string))"),
        ("nilfunc", "var fn func(int) int\n\tfmt.Println(fn({N}))"),
        ("toarray", "xs := make([]int, {N})\n\tfmt.Println([3]int(xs))"),
        ("slice3", "xs := make([]int, 3, 5)\n\ti, j := {N}, 2\n\tfmt.Println(xs[j:i])"),
        ("strslice", "s := \"abc\"\n\tj := {N} + 2\n\tfmt.Println(s[1:j])"),
        ("makeslice", "n := 2 - {N}\n\tfmt.Println(len(make([]int, n)))"),
        ("nilchan", "var ch chan int\n\tif {N} >= 0 {\n\t\tclose(ch)\n\t}"),
        ("sendclosed", "ch := make(chan int, {N}+1)\n\tclose(ch)\n\tch <- 1"),
        ("iface", "var x any = {N}\n\tfmt.Println(x.(fmt.Stringer))"),
        ("nilerr", "var e error\n\tif {N} >= 0 {\n\t\tfmt.Println(e.Error())\n\t}"),
    ]

    def k_defer(self) -> None:
        self.imports.add("errors")
        nm, code = self.pick(self.PANICS)
        # go2py does not support local type declarations yet: the type is declared at top level.
        code = code.replace("{N}", str(self.small())).replace("{P}", self.tname("P"))
        if nm == "nilptr":
            self.decls.append(f"type {self.tname('P')} struct{{ x int }}")
        self.emit("r := func() (res int) {")
        self.emit("\tdefer func() {")
        self.emit("\t\tif e := recover(); e != nil {")
        self.emit('\t\t\tfmt.Println("recovered:", e)')
        self.emit("\t\t\tres = -1")
        self.emit("\t\t}")
        self.emit("\t}()")
        for i in range(self.small(0, 3)):
            self.emit(f'\tdefer fmt.Println("deferred", {i})')
        self.emit("\t" + code)
        self.emit("\treturn 1")
        self.emit("}()")
        self.emit("fmt.Println(r)")
        if self.chance(2):
            self.emit("dx := 1")
            self.emit("func() {")
            self.emit("\tdefer fmt.Println(\"arg evaluated early:\", dx)")
            self.emit("\tdefer func() { fmt.Println(\"closure sees:\", dx, recover()) }()")
            self.emit("\tdx = 2")
            self.emit("}()")
        if self.chance(2):  # a panic reaching `run` uncaught here
            self.emit("defer fmt.Println(\"outer deferred\")")
            self.emit(code.replace("\n\t", "\n" + "\t" * self.ind))

    def k_fmt(self) -> None:
        self.imports.add("errors")
        vals = [("42", "d"), ("-7", "d"), ("int8(-128)", "d"), ("uint64(1<<63)", "d"), ("3.14159", "f"),
                ("-0.000123", "f"), ("1e21", "f"), ('"héllo"', "s"), ('""', "s"), ("'A'", "d"),
                ("true", "t"), ("[]int{1, -2}", "v"), ('map[string]int{"b": 2, "a": 1}', "v"),
                ("struct{ A int; B string }{1, \"x\"}", "v"), ("[]string{\"a\", \"b c\"}", "v"),
                ("[]byte(\"hi\")", "s"), ("nil", "v"), ("errors.New(\"e\")", "v"), ("float32(0.1)", "f"),
                ("[2]bool{true}", "v"), ("&[]int{1}", "v"), ("uint8(255)", "d"), ("complex(1, -2)", "v"),
                ("[]int(nil)", "v"), ("map[string]int(nil)", "v"), ("(*int)(nil)", "v"), ("error(nil)", "v"),
                ("[]any{1, \"a\", nil}", "v"), ("[1]any{nil}", "v"), ('"a\\xffb\\n"', "s"), ("0x1F600", "d"),
                ("-255", "d"), ("struct{ P *int }{}", "v"), ("[]*int{nil}", "v"), ("-1 << 63", "d"),
                ("float32(1)/3", "f"), ("1e20", "f"), ("100000.0", "f"), ("0.0", "f"), ("[]uint16{255, 16}", "v"),
                ('[]string{"ab", "c"}', "s"), ("int64(-9)", "d"), ("'é'", "d"), ("0.5", "f"), ("2.5", "f")]
        verbs = {"d": "dxXobcqUvO", "f": "fegEGvxXF", "s": "sqxXv", "t": "tv", "v": "vdsx"}
        parts, args = [], []
        for _ in range(self.c.integer(1, 5)):
            v, kind = self.pick(vals)
            verb = self.pick(verbs[kind]) if not self.chance(8) else self.pick("dsfqvtx")
            flags = "".join(f for f in "+- #0" if self.chance(5))
            width = str(self.c.integer(1, 12)) if self.chance(2) else ""
            prec = "." + str(self.c.integer(0, 6)) if self.chance(3) else ""
            parts.append(f"%{flags}{width}{prec}{verb}")
            args.append(v)
        if self.chance(8):
            args.append("99")  # an extra argument: %!(EXTRA ...)
        if self.chance(8):
            parts.append("%d")  # a missing one: %!d(MISSING)
        if self.chance(4):  # explicit argument indexes: %[2]d
            k = self.c.integer(0, len(parts) - 1)
            parts[k] = parts[k][0] + f"[{self.c.integer(1, len(args) + 1)}]" + parts[k][1:]
        if self.chance(3):
            parts[0] = parts[0][0] + "#" + parts[0][1:]
        fmtstr = "|".join(parts)
        self.emit(f'fmt.Printf("{fmtstr}\\n", {", ".join(args)})')
        self.emit(f'fmt.Println(fmt.Sprintf("%*d|%-*d|%.*f", {self.small(0, 8)}, {self.small()}, '
                  f'{self.small(0, 8)}, -{self.small()}, {self.small(0, 4)}, 2.0/3))')
        self.emit(f"fmt.Println({', '.join(args[:3])})")
        self.emit(f"fmt.Print({', '.join(args[:3])}, \"\\n\")")

    def k_iterators(self) -> None:
        """Range over functions: the body's break, continue, labeled jumps, returns and defers
        against the iterator's own cleanup; iter.Pull."""
        seq, pairs = self.fresh("seq"), self.fresh("pairs")
        step, stop_at = self.small(1, 4), self.small(0, 6)
        self.emit(f"{seq} := func(n int) func(func(int) bool) {{")
        self.emit("\treturn func(yield func(int) bool) {")
        if self.chance(2):
            self.emit('\t\tdefer fmt.Println("seq done", n)')
        self.emit("\t\tfor i := range n {")
        self.emit(f"\t\t\tif !yield(i * {step}) {{")
        self.emit('\t\t\t\tfmt.Println("stopped at", i)')
        self.emit("\t\t\t\treturn")
        self.emit("\t\t\t}")
        self.emit("\t\t}")
        self.emit("\t}")
        self.emit("}")
        words = [f'"{self.pick(["a", "bb", "c", "dd", "e"])}"' for _ in range(self.small(1, 4))]
        self.emit(f"{pairs} := func(yield func(string, int) bool) {{")
        self.emit(f"\tfor i, w := range []string{{{', '.join(words)}}} {{")
        self.emit("\t\tif !yield(w, i) {")
        self.emit("\t\t\treturn")
        self.emit("\t\t}")
        self.emit("\t}")
        self.emit("}")
        self.emit(f"_, _ = {seq}, {pairs}")
        for _ in range(self.c.integer(1, 3)):
            k = self.c.integer(0, 5)
            n = self.small(0, 7)
            if k == 0:  # break and continue
                acc = self.fresh()
                self.emit(f"{acc} := 0")
                self.emit(f"for v := range {seq}({n}) {{")
                self.emit(f"\tif v == {stop_at * step} {{")
                self.emit("\t\tbreak")
                self.emit("\t}")
                self.emit(f"\tif v%{self.small(2, 3)} == 0 {{")
                self.emit("\t\tcontinue")
                self.emit("\t}")
                self.emit(f"\t{acc} += v")
                self.emit("}")
                self.emit(f"fmt.Println({acc})")
            elif k == 1:  # return from the body
                f = self.fresh("find")
                self.emit(f"{f} := func(lim int) (int, bool) {{")
                self.emit(f"\tfor v := range {seq}({n}) {{")
                self.emit("\t\tif v > lim {")
                self.emit("\t\t\treturn v, true")
                self.emit("\t\t}")
                self.emit("\t}")
                self.emit("\treturn -1, false")
                self.emit("}")
                self.emit(f"fmt.Println({f}({self.small(0, 6)}))")
                self.emit(f"fmt.Println({f}(100))")
            elif k == 2:  # labeled jumps through nested loops
                outer = self.fresh("outer")
                self.emit(f"{outer}:")
                self.emit(f"for v := range {seq}({n}) {{")
                self.emit(f"\tfor w, i := range {pairs} {{")
                self.emit(f"\t\tif i == {self.small(0, 2)} {{")
                self.emit(f"\t\t\t{self.pick(['continue', 'break'])}{self.pick(['', ' ' + outer])}")
                self.emit("\t\t}")
                self.emit("\t\tfor j := 0; j < 2; j++ {")
                self.emit(f"\t\t\tif j == 1 && v == {self.small(0, 3) * step} {{")
                self.emit(f"\t\t\t\t{self.pick(['continue ' + outer, 'break ' + outer])}")
                self.emit("\t\t\t}")
                self.emit('\t\t\tfmt.Print(v, w, i, j, " ")')
                self.emit("\t\t}")
                self.emit("\t}")
                self.emit("}")
                self.emit("fmt.Println()")
            elif k == 3:  # defers in the body belong to the function
                self.emit("func() {")
                self.emit(f"\tfor v := range {seq}({n}) {{")
                self.emit('\t\tdefer fmt.Println("deferred", v)')
                self.emit(f"\t\tif v >= {stop_at * step} {{")
                self.emit("\t\t\tbreak")
                self.emit("\t\t}")
                self.emit("\t}")
                self.emit('\tfmt.Println("body end")')
                self.emit("}()")
            elif k == 4:  # iter.Pull
                self.imports.add("iter")
                nx, st = self.fresh("next"), self.fresh("stop")
                self.emit(f"{nx}, {st} := iter.Pull({seq}({n}))")
                for _ in range(self.small(1, 4)):
                    self.emit(f"fmt.Println({nx}())")
                self.emit(f"{st}()")
                self.emit(f"fmt.Println({nx}())")
            else:  # closures over the loop variables, and assignment to outer variables
                fs, last = self.fresh("fs"), self.fresh("last")
                self.emit(f"var {fs} []func() string")
                self.emit(f"{last} := \"\"")
                self.emit(f"for w, i := range {pairs} {{")
                self.emit(f"\t{fs} = append({fs}, func() string {{ return fmt.Sprint(w, i) }})")
                self.emit(f"\t{last} = w")
                self.emit("}")
                self.emit(f"for _, f := range {fs} {{ fmt.Print(f(), \" \") }}")
                self.emit(f"fmt.Println({last})")

    def k_goroutines(self) -> None:
        self.imports.update({"sync", "sort"})
        k = self.c.integer(0, 5)
        n = self.small(1, 6)
        if k == 0:  # a pipeline
            self.emit("gen := func(n int) <-chan int {")
            self.emit("\tout := make(chan int)")
            self.emit("\tgo func() {\n" + "\t" * (self.ind + 2) + "for i := range n { out <- i }\n"
                      + "\t" * (self.ind + 2) + "close(out)\n" + "\t" * (self.ind + 1) + "}()")
            self.emit("\treturn out")
            self.emit("}")
            self.emit("sq := func(in <-chan int) <-chan int {")
            self.emit("\tout := make(chan int, 2)")
            self.emit("\tgo func() {\n" + "\t" * (self.ind + 2) + "for v := range in { out <- v * v }\n"
                      + "\t" * (self.ind + 2) + "close(out)\n" + "\t" * (self.ind + 1) + "}()")
            self.emit("\treturn out")
            self.emit("}")
            self.emit(f"for v := range sq(gen({n})) {{ fmt.Print(v, \" \") }}")
            self.emit("fmt.Println()")
        elif k == 1:  # WaitGroup writing results by index
            self.emit("var wg sync.WaitGroup")
            self.emit(f"res := make([]int, {n})")
            self.emit(f"for i := range {n} {{")
            self.emit("\twg.Add(1)")
            self.emit("\tgo func() { defer wg.Done(); res[i] = i * i * 3 }()")
            self.emit("}")
            self.emit("wg.Wait()")
            self.emit("fmt.Println(res)")
        elif k == 2:  # mutex counter
            self.emit("var mu sync.Mutex")
            self.emit("var wg sync.WaitGroup")
            self.emit("total := 0")
            self.emit(f"for i := range {n} {{")
            self.emit("\twg.Add(1)")
            self.emit("\tgo func() {\n" + "\t" * (self.ind + 2) + "defer wg.Done()\n" + "\t" * (self.ind + 2)
                      + "for j := 0; j < 10; j++ { mu.Lock(); total += i + j; mu.Unlock() }\n"
                      + "\t" * (self.ind + 1) + "}()")
            self.emit("}")
            self.emit("wg.Wait()")
            self.emit("fmt.Println(total)")
        elif k == 3:  # buffered channel
            self.emit(f"ch := make(chan string, {n})")
            self.emit(f"for i := range {n} {{ ch <- fmt.Sprint(\"m\", i) }}")
            self.emit("fmt.Println(len(ch), cap(ch))")
            self.emit("close(ch)")
            self.emit("for s := range ch { fmt.Print(s, \",\") }")
            self.emit("v, ok := <-ch")
            self.emit("fmt.Printf(\"%q %v\\n\", v, ok)")
        elif k == 4:  # select with one ready case
            self.emit("a := make(chan int, 1)")
            self.emit("b := make(chan int)")
            self.emit(f"a <- {n}")
            self.emit("for range 2 {")
            self.emit("\tselect {")
            self.emit("\tcase v := <-a:")
            self.emit("\t\tfmt.Println(\"a\", v)")
            self.emit("\tcase v := <-b:")
            self.emit("\t\tfmt.Println(\"b\", v)")
            self.emit("\tdefault:")
            self.emit("\t\tfmt.Println(\"none\")")
            self.emit("\t}")
            self.emit("}")
        else:  # fan-in, sorted
            self.emit("out := make(chan int)")
            self.emit("var wg sync.WaitGroup")
            self.emit(f"for w := range {n} {{")
            self.emit("\twg.Add(1)")
            self.emit("\tgo func() { defer wg.Done(); for j := range 3 { out <- w*10 + j } }()")
            self.emit("}")
            self.emit("go func() { wg.Wait(); close(out) }()")
            self.emit("var got []int")
            self.emit("for v := range out { got = append(got, v) }")
            self.emit("sort.Ints(got)")
            self.emit("fmt.Println(got, len(got))")


    def k_control(self) -> None:
        """Loops over narrow counters (wrapping), labels, switch/fallthrough, variadics, method values."""
        t = self.pick([x for x in INT_TYPES if x.bits <= 16])
        start = self.c.integer(t.hi - 20, t.hi)
        step = self.c.integer(1, 9)
        n = self.fresh()
        self.emit(f"{n} := 0")
        cond = "i > 0" if t.signed else "i >= 3"
        self.emit(f"for i := {t.name}({start}); {cond} && {n} < 50; i += {step} {{ {n}++ }}")
        self.emit(f"fmt.Println({n})")
        self.emit(f"var w {t.name} = {t.hi - self.c.integer(0, 3)}")
        self.emit(f"for k := 0; k < {self.small(1, 6)}; k++ {{ w++ }}")
        self.emit("fmt.Println(w)")
        self.emit("outer:")
        self.emit(f"for i := 0; i < {self.small(2, 5)}; i++ {{")
        self.emit(f"\tfor j := 0; j < {self.small(2, 5)}; j++ {{")
        self.emit(f"\t\tif j == {self.small(0, 3)} {{ continue outer }}")
        self.emit(f"\t\tif i+j == {self.small(2, 6)} {{ break outer }}")
        self.emit("\t\tfmt.Print(i, j, \";\")")
        self.emit("\t}")
        self.emit("}")
        self.emit("fmt.Println()")
        x = self.fresh()
        self.emit(f"{x} := {self.small(0, 6)}")
        self.emit(f"switch {{")
        self.emit(f"case {x} < 2:")
        self.emit('\tfmt.Println("small")')
        self.emit("\tfallthrough")
        self.emit(f"case {x} < 4:")
        self.emit('\tfmt.Println("medium")')
        self.emit(f"case {x} == 5, {x} == 6:")
        self.emit('\tfmt.Println("five or six")')
        self.emit("default:")
        self.emit('\tfmt.Println("other")')
        self.emit("}")
        xs, i = self.fresh("xs"), self.fresh()
        self.emit(f"{xs} := []int{{10, 20, 30}}")
        self.emit(f"{i} := {self.small(0, 1)}")
        # Index operands on the left are evaluated before any assignment.
        self.emit(f"{i}, {xs}[{i}], {xs}[{i}+1] = {i}+1, {xs}[{i}+1], {xs}[{i}]")
        self.emit(f"fmt.Println({i}, {xs})")
        sm = self.fresh("sum")
        self.emit(f"{sm} := func(base int, xs ...int) (total int, count int) {{")
        self.emit("\tfor _, x := range xs { total += x }")
        self.emit("\treturn total + base, len(xs)")
        self.emit("}")
        args = ", ".join(str(self.small(0, 9)) for _ in range(self.small(0, 4)))
        self.emit(f"fmt.Println({sm}(1{', ' + args if args else ''}))")
        self.emit(f"fmt.Println({sm}(2, []int{{{args}}}...))")
        c, = (self.tname("C"),)
        self.decls += [f"type {c} float64",
                       f'func (c {c}) String() string {{ return fmt.Sprintf("%.1f°C", float64(c)) }}',
                       f"func (c *{c}) Add(d {c}) {{ *c += d }}"]
        v = self.fresh()
        self.emit(f"{v} := {c}({self.pick(FLOAT_POOL)})")
        self.emit(f"f := {v}.String")  # a method value binds a copy of the receiver now
        self.emit(f"{v}.Add(1.5)")
        self.emit(f"g := {c}.String")
        self.emit(f"fmt.Println(f(), g({v}), {v}, []{c}{{1, 2}})")
        self.emit(f"fmt.Printf(\"%v %.2f %s %d\\n\", {v}, {v}, {v}, {v})")

    def k_std(self) -> None:
        """strconv, strings, unicode, math/bits and errors, whose Python versions are go2py's own."""
        self.imports.update({"strconv", "strings", "unicode", "math/bits", "errors"})
        a = go_string_lit(self.pick(STRING_POOL))
        b = go_string_lit(self.pick(STRING_POOL + [" ", "l", "b"]))
        sentinel = self.tname("errSentinel")
        num = self.pick(["42", "-17", "0x1F", "9223372036854775808", "abc", "", "+5", "1_000", "007", " 3"])
        calls = [
            f"strconv.Itoa({self.c.integer(-1000, 1000)})",
            f"strconv.FormatInt({self.c.integer(-(1 << 40), 1 << 40)}, {self.c.integer(2, 36)})",
            f"strconv.Quote({a})", f"strconv.QuoteToASCII({a})",
            f'fmt.Sprint(strconv.Atoi("{num}"))', f'fmt.Sprint(strconv.ParseInt("{num}", 0, {self.pick([8, 16, 64])}))',
            f'fmt.Sprint(strconv.ParseBool("{self.pick(["true", "T", "0", "yes"])}"))',
            f'strconv.FormatFloat({self.pick(FLOAT_POOL)}, \'{self.pick("fegE")}\', {self.c.integer(-1, 5)}, 64)',
            f'fmt.Sprint(strconv.ParseFloat("{self.pick(["1.5", "1e400", "-0", "inf", "x"])}", 64))',
            f"strings.TrimSpace({a} + \"  \")", f"strings.ToLower({a})",
            f"strings.Replace({a}, {b}, \"_\", {self.c.integer(-1, 2)})", f"strings.Join([]string{{{a}, {b}}}, \"-\")",
            f"fmt.Sprint(strings.SplitN({a}, {b}, {self.c.integer(-1, 3)}))", f"fmt.Sprint(strings.LastIndex({a}, {b}))",
            f"fmt.Sprint(strings.HasPrefix({a}, {b}), strings.HasSuffix({a}, {b}), strings.EqualFold({a}, {b}))",
            f"strings.TrimLeft({a}, {b})", f"strings.TrimPrefix({a}, {b})", f"fmt.Sprint(strings.Cut({a}, {b}))",
            f"strings.Map(func(r rune) rune {{ if unicode.IsUpper(r) {{ return -1 }}; return unicode.ToUpper(r) }}, {a})",
            f"fmt.Sprint(unicode.IsLetter('{self.pick(['a', 'é', '1', ' ', '世'])}'), unicode.IsDigit('7'), unicode.IsSpace('\\t'))",
            f"fmt.Sprint(bits.OnesCount64({self.c.integer(0, (1 << 64) - 1)}), bits.LeadingZeros32({self.c.integer(0, (1 << 32) - 1)}), "
            f"bits.TrailingZeros(uint({self.c.integer(0, 1 << 20)})), bits.RotateLeft8({self.c.integer(0, 255)}, {self.c.integer(-9, 9)}), "
            f"bits.Reverse16({self.c.integer(0, 65535)}), bits.Len(uint({self.c.integer(0, 1 << 30)})))",
            f'fmt.Sprint(errors.Is(fmt.Errorf("wrap: %w", {sentinel}), {sentinel}), fmt.Errorf("ctx %d: %w", 3, {sentinel}))',
        ]
        self.decls.append(f"var {sentinel} = errors.New(\"sentinel\")")
        sb = self.fresh("sb")
        self.emit(f"var {sb} strings.Builder")
        for _ in range(self.c.integer(1, 6)):
            self.emit(f"fmt.Println({self.pick(calls)})")
        self.emit(f"{sb}.WriteString({a})")
        self.emit(f"{sb}.WriteByte('!')")
        self.emit(f"{sb}.WriteRune('{self.pick(['x', 'é', '世'])}')")
        self.emit(f"fmt.Fprintf(&{sb}, \"%03d\", {self.small()})")
        self.emit(f"fmt.Println({sb}.String(), {sb}.Len())")

    def k_print(self) -> None:
        """fmt.Print/Sprint/Println spacing rules between operands of mixed kinds."""
        pool = ['"a"', '""', "1", "-2", "2.5", "true", "nil", "[]int{1}", "'x'", 'errors.New("e")',
                "struct{}{}", "int8(3)", '"b c"']
        self.imports.add("errors")
        for _ in range(self.c.integer(1, 4)):
            args = ", ".join(self.pick(pool) for _ in range(self.c.integer(1, 5)))
            fn = self.pick(["Print", "Println", "Sprint", "Sprintln"])
            if fn.startswith("S"):
                self.emit(f"fmt.Printf(\"%q\\n\", fmt.{fn}({args}))")
            else:
                self.emit(f"fmt.{fn}({args})")
                self.emit("fmt.Println()")


KINDS = ["ints", "strings", "slices", "maps", "structs", "interfaces", "closures", "defer", "fmt",
         "goroutines", "floats", "control", "std", "print", "iterators"]


def gen_func(c: Chooser, index: int, imports: set[str], kinds: Sequence[str] = KINDS) -> Func:
    name = f"f{index}"
    kind = kinds[c.integer(0, len(kinds) - 1)]
    g = FuncGen(c, name, imports)
    getattr(g, "k_" + kind)()
    return Func(name, kind, g.lines, g.decls)


# How a program may end after its functions ran: the exit status and the first line of
# standard error must be Go's (an unrecovered panic prints its value Go's way, exit 2).
FINALES = [
    "",
    'panic("boom")',
    "panic(fmt.Sprintf(\"code %d\", 7))",
    "panic(errors.New(\"an error value\"))",
    "panic(42)",
    "panic(-1.5)",
    "panic(true)",
    "panic(finaleErr{3})",
    "panic(finaleNum(4))",
    "var m map[string]int\n\tm[\"k\"] = 1",
    "xs := []int{1}\n\ti := 3\n\tfmt.Println(xs[i])",
    "os.Exit(3)",
    "defer fmt.Println(\"not printed\")\n\tos.Exit(0)",
    "ch := make(chan int)\n\t<-ch",
    "var mu sync.Mutex\n\tmu.Lock()\n\tmu.Lock()",
    "defer func() {\n\t\tr := recover()\n\t\tpanic(r)\n\t}()\n\tpanic(\"again\")",
    "defer fmt.Println(\"deferred runs first\")\n\tvar p *finaleErr\n\tfmt.Println(p.code)",
    "go func() { panic(fmt.Sprintf(\"in goroutine %d\", 1)) }()\n\tselect {}",
    "done := make(chan int)\n\tgo func() { <-done }()\n\tdone2 := make(chan int)\n\t<-done2",
]
FINALE_DECLS = ("type finaleErr struct{ code int }\n\n"
                "func (e finaleErr) Error() string { return fmt.Sprintf(\"finale error %d\", e.code) }\n\n"
                "type finaleNum int")


def render(funcs: Sequence[Func], finale: str = "") -> str:
    """One Go program running every function as one output section."""
    out = ["package main", "", "import ("]
    out += [f'\t"{p}"' for p in sorted(imports_of(funcs, finale) | {"fmt"})]
    out += [")", ""]
    out.append("func run(name string, f func()) {")
    out.append('\tfmt.Println("' + SECTION + '" + name)')
    out.append('\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println("panic:", r)\n\t\t}\n\t}()')
    out.append("\tf()")
    out.append("}")
    for f in funcs:
        out.append("")
        out += f.decls
        out.append(f"// {f.kind}")
        out.append(f"func {f.name}() {{")
        out += f.body
        out.append("}")
    out += ["", "func main() {"]
    out += [f'\trun("{f.name}", {f.name})' for f in funcs]
    if finale:
        out.append("\t" + finale)
    out.append("}")
    if finale:
        out += ["", FINALE_DECLS]
    return "\n".join(out) + "\n"


def gen_batch(c: Chooser, n: int, kinds: Sequence[str] = KINDS) -> tuple[list[Func], str]:
    """n functions and how the program ends (FINALES; "" returns from main normally)."""
    imports: set[str] = set()
    funcs = [gen_func(c, i, imports, kinds) for i in range(n)]
    finale = FINALES[c.integer(0, len(FINALES) - 1)] if c.integer(0, 2) == 2 else ""
    return funcs, finale


def imports_of(funcs: Sequence[Func], finale: str = "") -> set[str]:
    """The imports a subset of the functions needs (a lone function, when reporting one)."""
    text = "\n".join("\n".join(f.body + f.decls) for f in funcs) + "\n" + finale
    pkgs = {p for p in ("math", "strings", "errors", "sync", "sort", "strconv", "unicode", "os", "iter")
            if re.search(rf"(?<![\w.]){p}\.", text)}
    if "bits." in text:
        pkgs.add("math/bits")
    return pkgs
