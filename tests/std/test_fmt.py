"""fmt against the real toolchain.

One Go program prints every case (separated by U+001E U+001D U+001C); the same cases are
evaluated with go2py's fmt on values built by hand with the value model
(struct classes with __gotype__ descriptors, Boxes for named and non-basic
types, Slices, dicts), and the outputs must be equal byte for byte.
"""

from __future__ import annotations

import math
import struct as _struct
import subprocess

import pytest

from go2py.gotool import go_environ
from go2py.runtime import values as v
from go2py.runtime.panic import GoPanic
from go2py.runtime import fmtcore
from go2py.runtime.std import errors, fmt
from go2py.runtime.values import Box, Slice

SEP = "\x1e\x1d\x1c"


def f32(x: float) -> float:
    return _struct.unpack("f", _struct.pack("f", x))[0]


# ---------------------------------------------------------------- the Go side's types, in Python


def struct_class(name: str, fields: list, methods: dict | None = None, value_methods: tuple = ()):
    """A struct class as the translator would emit it: fields (name, GoType, embedded)."""
    slots = tuple(f[0] for f in fields)

    def __init__(self, *args):
        for (fname, ft, _e), a in zip(fields, args + (None,) * (len(fields) - len(args))):
            setattr(
                self, fname, ft.zero() if a is None and ft.kind not in ("ptr", "interface") else a
            )

    ns = {"__slots__": slots, "__init__": __init__}
    ns.update(methods or {})
    cls = type(name.split(".")[-1], (v.Struct,), ns)
    cls.__gotype__ = v.GoType(
        name,
        "struct",
        fields=[(f[0], f[1], "", f[2]) for f in fields],
        py=cls,
        methods={m: (methods or {})[m] for m in value_methods},
    )
    cls.__gotype__.zero = lambda: cls()
    return cls


ANY = v.interface_type("interface {}")
ERROR = v.interface_type("error")

T = struct_class("main.T", [("Name", v.STRING, False), ("Age", v.INT, False)])
P = struct_class("main.P", [("X", v.INT, False), ("Y", v.INT, False)])
Inner = struct_class(
    "main.Inner", [("A", v.slice_of(v.INT), False), ("M", v.map_of(v.STRING, v.INT), False)]
)
Celsius = v.named("main.Celsius", v.FLOAT64, {"String": lambda c: fmt.Sprintf("%.1f°C", c)})
Outer = struct_class(
    "main.Outer",
    [
        ("I", Inner.__gotype__, False),
        ("P", v.pointer_to(P.__gotype__), False),
        ("E", ERROR, False),
        ("Any", ANY, False),
        ("s", v.STRING, False),
        ("c", Celsius, False),
        ("C", Celsius, False),
    ],
)
Emb = struct_class("main.Emb", [("T", T.__gotype__, True), ("X", v.INT, False)])
Stringy = struct_class(
    "main.Stringy",
    [("N", v.INT, False)],
    {"String": lambda s: fmt.Sprintf("S<%d>", s.N)},
    ("String",),
)
PtrStringy = struct_class(
    "main.PtrStringy",
    [("N", v.INT, False)],
    {"String": lambda s: "PS", "__ptr_methods__": ("String",)},
)
# methods found on the class (no value-receiver list): value and pointer receivers told apart
# by __ptr_methods__, as translated code marks them
Stringy2 = struct_class(
    "main.Stringy2",
    [("N", v.INT, False)],
    {"String": lambda s: "S2", "Error": lambda s: "E2", "__ptr_methods__": ("Error",)},
)


def _panicky_string(s):
    raise GoPanic("oops")


Panicky = struct_class("main.Panicky", [], {"String": _panicky_string}, ("String",))
MyErr = struct_class(
    "main.MyErr",
    [("Code", v.INT, False)],
    {"Error": lambda e: fmt.Sprintf("myerr %d", e.Code), "__ptr_methods__": ("Error",)},
)
Fmter = struct_class(
    "main.Fmter",
    [],
    {"Format": lambda s, f, verb: fmt.Fprintf(f, "F[%s]", fmt.FormatString(f, verb))},
    ("Format",),
)
GoStr = struct_class(
    "main.GoStr", [("N", v.INT, False)], {"GoString": lambda s: "GoStr!"}, ("GoString",)
)
Empty = struct_class("main.Empty", [])
Anon = struct_class("struct { A int; B string }", [("A", v.INT, False), ("B", v.STRING, False)])
Color = v.named("main.Color", v.INT, {"String": lambda c: ["Red", "Green", "Blue"][c]})
Names = v.named("main.Names", v.slice_of(v.STRING))
Bytes = v.named("main.Bytes", v.slice_of(v.UINT8))
Key = struct_class("main.Key", [("A", v.INT, False), ("B", v.STRING, False)])
VErr = struct_class(
    "main.VErr", [("Msg", v.STRING, False)], {"Error": lambda e: "verr " + e.Msg}, ("Error",)
)
EmbS = struct_class("main.EmbS", [("Stringy", Stringy.__gotype__, True), ("X", v.INT, False)])
EmbP = struct_class("main.EmbP", [("PtrStringy", v.pointer_to(PtrStringy.__gotype__), True)])
EmbV = struct_class("main.EmbV", [("PtrStringy", PtrStringy.__gotype__, True), ("Y", v.INT, False)])
EmbErr = struct_class(
    "main.EmbErr", [("VErr", VErr.__gotype__, True), ("Stringy", Stringy.__gotype__, True)]
)
AnyHolder = struct_class("struct { A interface {} }", [("A", ANY, False)])

GO_TYPES = """
type T struct {
	Name string
	Age  int
}
type P struct{ X, Y int }
type Inner struct {
	A []int
	M map[string]int
}
type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Outer struct {
	I   Inner
	P   *P
	E   error
	Any any
	s   string
	c   Celsius
	C   Celsius
}
type Emb struct {
	T
	X int
}
type Stringy struct{ N int }

func (s Stringy) String() string { return fmt.Sprintf("S<%d>", s.N) }

type PtrStringy struct{ N int }

func (s *PtrStringy) String() string { return "PS" }

type Panicky struct{}

func (Panicky) String() string { panic("oops") }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type Fmter struct{}

func (Fmter) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "F[%s]", fmt.FormatString(f, verb)) }

type GoStr struct{ N int }

func (GoStr) GoString() string { return "GoStr!" }

type Stringy2 struct{ N int }

func (Stringy2) String() string { return "S2" }
func (*Stringy2) Error() string { return "E2" }

type Empty struct{}
type Color int

func (c Color) String() string { return []string{"Red", "Green", "Blue"}[c] }

type VErr struct{ Msg string }

func (e VErr) Error() string { return "verr " + e.Msg }

type EmbS struct {
	Stringy
	X int
}
type EmbP struct{ *PtrStringy }
type EmbV struct {
	PtrStringy
	Y int
}
type EmbErr struct {
	VErr
	Stringy
}

type Names []string
type Bytes []byte
type Key struct {
	A int
	B string
}
"""


def b(t, x):
    return Box(t, x)


def sl(*xs):
    return Slice(list(xs))


# (Go expression, Python interface value)
SCALARS = [
    ("0", 0),
    ("1", 1),
    ("-1", -1),
    ("42", 42),
    ("-42", -42),
    ("255", 255),
    ("1 << 40", 1 << 40),
    ("math.MaxInt64", (1 << 63) - 1),
    ("math.MinInt64", -(1 << 63)),
    ("int8(-128)", b(v.INT8, -128)),
    ("uint8(200)", b(v.UINT8, 200)),
    ("uint16(65535)", b(v.UINT16, 65535)),
    ("uint(7)", b(v.UINT, 7)),
    ("uint64(math.MaxUint64)", b(v.UINT64, (1 << 64) - 1)),
    ("int32(-5)", b(v.INT32, -5)),
    ("uintptr(4096)", b(v.UINTPTR, 4096)),
    ("'x'", b(v.INT32, ord("x"))),
    ("'é'", b(v.INT32, 0xE9)),
    ("rune(0x1F600)", b(v.INT32, 0x1F600)),
    ("rune(0x7f)", b(v.INT32, 0x7F)),
    ("rune(0xD800)", b(v.INT32, 0xD800)),
    ("rune(0x110000)", b(v.INT32, 0x110000)),
    ("0.0", 0.0),
    ("math.Copysign(0, -1)", -0.0),
    ("1.0", 1.0),
    ("-1.5", -1.5),
    ("3.14159265358979", 3.14159265358979),
    ("1e21", 1e21),
    ("1e20", 1e20),
    ("123456.0", 123456.0),
    ("1234567.0", 1234567.0),
    ("1e-5", 1e-5),
    ("1e-4", 1e-4),
    ("0.000123456", 0.000123456),
    ("0.1", 0.1),
    ("2.5", 2.5),
    ("1e100", 1e100),
    ("5e-324", 5e-324),
    ("math.MaxFloat64", 1.7976931348623157e308),
    ("100000.0", 100000.0),
    ("math.NaN()", math.nan),
    ("math.Inf(1)", math.inf),
    ("math.Inf(-1)", -math.inf),
    ("float32(0.1)", b(v.FLOAT32, f32(0.1))),
    ("float32(16777216)", b(v.FLOAT32, 16777216.0)),
    ("float32(1e-7)", b(v.FLOAT32, f32(1e-7))),
    ("float32(3.4e38)", b(v.FLOAT32, f32(3.4e38))),
    ("complex(1, 2)", 1 + 2j),
    ("complex(-1.5, -0.25)", complex(-1.5, -0.25)),
    ("complex64(complex(0.1, 3))", b(v.COMPLEX64, complex(f32(0.1), 3.0))),
    ('""', ""),
    ('"hi"', "hi"),
    ('"héllo, 世界"', "héllo, 世界"),
    ('"a\\tb\\n"', "a\tb\n"),
    ('"say \\"hi\\""', 'say "hi"'),
    ('"\\x00\\x7f\\u00a0"', "\x00\x7f\u00a0"),
    ('"\\xff\\xfeok"', "\udcff\udcfeok"),
    ('"`back`"', "`back`"),
    ('"\\U0001F600 \\u2028"', "\U0001f600 \u2028"),
    ('"\\ufeff"', "\ufeff"),
    ("true", True),
    ("false", False),
    ("Celsius(36.6)", b(Celsius, 36.6)),
    ("Color(1)", b(Color, 1)),
]

SCALAR_VERBS = "v d s q x X o O b e E f F g G c U t T".split()
SCALAR_FLAGS = ["", "+", "-", "#", " ", "0", "+0", "-#", "# ", "+ "]
SCALAR_SIZES = ["", "8", ".0", ".3", "8.3", "-12.5", "1.1"]
SCALAR_FORMATS = [
    f"%{fl}{sz}{vb}" for vb in SCALAR_VERBS for fl in SCALAR_FLAGS for sz in SCALAR_SIZES
]


def composites():
    alice = T("Alice", 30)
    inner = Inner(sl(1, 2), {"b": 2, "a": 1})
    return [
        ('T{"Alice", 30}', b(T.__gotype__, alice)),
        ('&T{"Bob", 7}', T("Bob", 7)),
        ("(*T)(nil)", b(v.pointer_to(T.__gotype__), None)),
        ("[]int{1, 2, 3}", b(v.slice_of(v.INT), sl(1, 2, 3))),
        ("[]int(nil)", b(v.slice_of(v.INT), v.NIL_SLICE)),
        ("[]int{}", b(v.slice_of(v.INT), sl())),
        ('[]string{"a", "b c"}', b(v.slice_of(v.STRING), sl("a", "b c"))),
        ("[3]int{1, 2, 3}", b(v.array_of(3, v.INT), [1, 2, 3])),
        (
            "[][]int{{1}, {2, 3}, nil}",
            b(v.slice_of(v.slice_of(v.INT)), sl(sl(1), sl(2, 3), v.NIL_SLICE)),
        ),
        (
            '[]any{1, "a", nil, 2.5, T{"x", 1}}',
            b(v.slice_of(ANY), sl(1, "a", None, 2.5, b(T.__gotype__, T("x", 1)))),
        ),
        (
            'map[string]int{"b": 2, "a": 1, "c": 3}',
            b(v.map_of(v.STRING, v.INT), {"b": 2, "a": 1, "c": 3}),
        ),
        (
            'map[int]string{3: "c", -1: "z", 2: "b"}',
            b(v.map_of(v.INT, v.STRING), {3: "c", -1: "z", 2: "b"}),
        ),
        (
            "map[float64]int{math.NaN(): 1, 2.5: 2, -1: 3, math.Inf(1): 4}",
            b(v.map_of(v.FLOAT64, v.INT), {math.nan: 1, 2.5: 2, -1.0: 3, math.inf: 4}),
        ),
        (
            'map[bool]string{true: "t", false: "f"}',
            b(v.map_of(v.BOOL, v.STRING), {True: "t", False: "f"}),
        ),
        (
            'map[Key]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3}',
            b(v.map_of(Key.__gotype__, v.INT), {Key(2, "a"): 1, Key(1, "b"): 2, Key(1, "a"): 3}),
        ),
        ("map[any]int{3: 1, 1: 2, 2: 3}", b(v.map_of(ANY, v.INT), {3: 1, 1: 2, 2: 3})),
        (
            'map[string][]int{"x": {1}, "a": nil}',
            b(v.map_of(v.STRING, v.slice_of(v.INT)), {"x": sl(1), "a": v.NIL_SLICE}),
        ),
        ("map[string]int(nil)", b(v.map_of(v.STRING, v.INT), v.NIL_MAP)),
        ('[]byte("hi\\x00")', b(v.slice_of(v.UINT8), sl(104, 105, 0))),
        ("[]byte(nil)", b(v.slice_of(v.UINT8), v.NIL_SLICE)),
        ("[3]byte{65, 66, 67}", b(v.array_of(3, v.UINT8), [65, 66, 67])),
        ('Bytes("ok")', b(Bytes, sl(111, 107))),
        ('Names{"x", "y"}', b(Names, sl("x", "y"))),
        (
            'Outer{I: Inner{[]int{1, 2}, map[string]int{"b": 2, "a": 1}}, s: "hid", c: 1.5, C: 2.5}',
            b(Outer.__gotype__, Outer(inner, None, None, None, "hid", 1.5, 2.5)),
        ),
        (
            'Outer{E: VErr{"bad"}, Any: []string{"q"}}',
            b(
                Outer.__gotype__,
                Outer(
                    Inner(v.NIL_SLICE, v.NIL_MAP),
                    None,
                    b(VErr.__gotype__, VErr("bad")),
                    b(v.slice_of(v.STRING), sl("q")),
                    "",
                    0.0,
                    0.0,
                ),
            ),
        ),
        ("&Outer{Any: 3}", Outer(Inner(v.NIL_SLICE, v.NIL_MAP), None, None, 3, "", 0.0, 0.0)),
        ('Emb{T{"A", 1}, 2}', b(Emb.__gotype__, Emb(T("A", 1), 2))),
        ("Stringy{5}", b(Stringy.__gotype__, Stringy(5))),
        ("&Stringy{6}", Stringy(6)),
        ("[]Stringy{{1}, {2}}", b(v.slice_of(Stringy.__gotype__), sl(Stringy(1), Stringy(2)))),
        ("PtrStringy{7}", b(PtrStringy.__gotype__, PtrStringy(7))),
        ("Stringy2{1}", b(Stringy2.__gotype__, Stringy2(1))),
        ("EmbS{Stringy{4}, 5}", b(EmbS.__gotype__, EmbS(Stringy(4), 5))),
        ("&EmbS{Stringy{4}, 6}", EmbS(Stringy(4), 6)),
        ("EmbV{PtrStringy{1}, 2}", b(EmbV.__gotype__, EmbV(PtrStringy(1), 2))),
        ("&EmbV{PtrStringy{1}, 3}", EmbV(PtrStringy(1), 3)),
        ('EmbErr{VErr{"m"}, Stringy{9}}', b(EmbErr.__gotype__, EmbErr(VErr("m"), Stringy(9)))),
        ("&Stringy2{2}", Stringy2(2)),
        ("[]Stringy2{{3}}", b(v.slice_of(Stringy2.__gotype__), sl(Stringy2(3)))),
        ("&PtrStringy{8}", PtrStringy(8)),
        ("Panicky{}", b(Panicky.__gotype__, Panicky())),
        ("&MyErr{404}", MyErr(404)),
        ("MyErr{500}", b(MyErr.__gotype__, MyErr(500))),
        ('errors.New("plain")', errors.New("plain")),
        ("Fmter{}", b(Fmter.__gotype__, Fmter())),
        ("GoStr{1}", b(GoStr.__gotype__, GoStr(1))),
        ("Empty{}", b(Empty.__gotype__, Empty())),
        ('struct {\n\t\tA int\n\t\tB string\n\t}{1, "z"}', b(Anon.__gotype__, Anon(1, "z"))),
        ("[]Celsius{1, 2.25}", b(v.slice_of(Celsius), sl(1.0, 2.25))),
        ("map[Color]Celsius{2: 3, 0: 1}", b(v.map_of(Color, Celsius), {2: 3.0, 0: 1.0})),
        (
            '[]error{VErr{"e1"}, nil}',
            b(v.slice_of(ERROR), sl(b(VErr.__gotype__, VErr("e1")), None)),
        ),
        ('VErr{"x"}', b(VErr.__gotype__, VErr("x"))),
        ("[]*T{nil}", b(v.slice_of(v.pointer_to(T.__gotype__)), sl(None))),
        ("[]float32{0.1, 2}", b(v.slice_of(v.FLOAT32), sl(f32(0.1), 2.0))),
        ("[]uint8{1, 2}", b(v.slice_of(v.UINT8), sl(1, 2))),
        ("[]int8{-1, 2}", b(v.slice_of(v.INT8), sl(-1, 2))),
        ("nil", None),
    ]


COMPOSITE_FORMATS = [
    "%v",
    "%+v",
    "%#v",
    "%T",
    "%s",
    "%d",
    "%x",
    "%X",
    "%q",
    "%5v",
    "%-4d",
    "%.1f",
    "%t",
    "%06.2f",
    "%08b",
    "%+q",
    "%#x",
    "% x",
    "%10s",
    "%c",
    "%o",
    "%e",
    "%U",
    "%w",
]

MULTI = [
    ('"%d %d", 1', "%d %d", [1]),
    ('"%d", 1, 2', "%d", [1, 2]),
    ('"%d", 1, "x", nil, 2.5', "%d", [1, "x", None, 2.5]),
    ('"%[2]d %[1]d", 1, 2', "%[2]d %[1]d", [1, 2]),
    ('"%[3]*.[2]*[1]f", 12.0, 2, 6', "%[3]*.[2]*[1]f", [12.0, 2, 6]),
    ('"%[1]d %[1]x %#[1]o", 64', "%[1]d %[1]x %#[1]o", [64]),
    ('"%[5]d", 1', "%[5]d", [1]),
    ('"%[0]d", 1', "%[0]d", [1]),
    ('"%[x]d", 1', "%[x]d", [1]),
    ('"%[2]d %d", 1, 2, 3', "%[2]d %d", [1, 2, 3]),
    ('"%[1]2d", 5', "%[1]2d", [5]),
    ('"%*d|%-*d|", 5, 1, 5, 2', "%*d|%-*d|", [5, 1, 5, 2]),
    ('"%*d", -5, 1', "%*d", [-5, 1]),
    ('"%.*f", 2, 3.14159', "%.*f", [2, 3.14159]),
    ('"%.*f", -2, 3.14159', "%.*f", [-2, 3.14159]),
    ('"%*d", "x", 1', "%*d", ["x", 1]),
    ('"%*d", 10000000, 1', "%*d", [10000000, 1]),
    ('"%.*d", uint8(3), 1', "%.*d", [b(v.UINT8, 3), 1]),
    ('"%!"', "%!", []),
    ('"%"', "%", []),
    ('"100%%"', "100%%", []),
    ('"%5%|%-5%"', "%5%|%-5%", []),
    ('"%z %ä", 1, 2', "%z %ä", [1, 2]),
    ('"%d"', "%d", []),
    ('"%s %v", nil, nil', "%s %v", [None, None]),
    (
        '"%.2s|%.10s|%5.1s|%-5.2s|", "héllo", "ab", "xyz", "日本語"',
        "%.2s|%.10s|%5.1s|%-5.2s|",
        ["héllo", "ab", "xyz", "日本語"],
    ),
    (
        '"%6.2f|%-8.3e|%+.0f|% .3g", 3.14159, 1234.5678, 2.5, 0.00001234',
        "%6.2f|%-8.3e|%+.0f|% .3g",
        [3.14159, 1234.5678, 2.5, 0.00001234],
    ),
    (
        '"%#.0f %#.3g %#g %#e %#.0e", 1.0, 1.0, 100000.0, 2.0, 3.0',
        "%#.0f %#.3g %#g %#e %#.0e",
        [1.0, 1.0, 100000.0, 2.0, 3.0],
    ),
    (
        '"%x %X %#x %.3x", "hello", []byte("hi"), "ok", "abcdef"',
        "%x %X %#x %.3x",
        ["hello", b(v.slice_of(v.UINT8), sl(104, 105)), "ok", "abcdef"],
    ),
    (
        '"% x|% #x|%# X|%08x|%-8x|", "abc", "abc", []byte{1, 255}, "a", "a"',
        "% x|% #x|%# X|%08x|%-8x|",
        ["abc", "abc", b(v.slice_of(v.UINT8), sl(1, 255)), "a", "a"],
    ),
    (
        '"%08.3f|%-08.3f|%+08d|% 08d|%08s|%-08s|%08q|", -3.14159, 3.14159, 42, 42, "ab", "ab", "x"',
        "%08.3f|%-08.3f|%+08d|% 08d|%08s|%-08s|%08q|",
        [-3.14159, 3.14159, 42, 42, "ab", "ab", "x"],
    ),
    (
        '"%010.3e|%-10g|%010v|%010v", 1234.5678, 1.5, math.Inf(-1), math.NaN()',
        "%010.3e|%-10g|%010v|%010v",
        [1234.5678, 1.5, -math.inf, math.nan],
    ),
    (
        '"%+v|% v|%+.1f|%+v", math.NaN(), math.NaN(), math.Inf(1), complex(math.NaN(), math.Inf(-1))',
        "%+v|% v|%+.1f|%+v",
        [math.nan, math.nan, math.inf, complex(math.nan, -math.inf)],
    ),
    (
        '"%.3d|%.0d|%5.0d|%08.3d|%#.3o|%#o|%O|%#b", 7, 0, 0, -7, 8, 0, 8, 5',
        "%.3d|%.0d|%5.0d|%08.3d|%#.3o|%#o|%O|%#b",
        [7, 0, 0, -7, 8, 0, 8, 5],
    ),
    (
        "\"%U|%#U|%#U|%.6U|%#8U|%-10U|\", 0x1F600, 'x', 0x7, 0x41, 'a', 0x41",
        "%U|%#U|%#U|%.6U|%#8U|%-10U|",
        [0x1F600, ord("x"), 7, 0x41, ord("a"), 0x41],
    ),
    (
        "\"%c|%c|%5c|%-3c|%q|%+q|%#q\", 65, 0x1F600, 'é', 'z', '\\n', 'é', 'x'",
        "%c|%c|%5c|%-3c|%q|%+q|%#q",
        [65, 0x1F600, 0xE9, ord("z"), 10, 0xE9, ord("x")],
    ),
    (
        '"%q|%+q|%#q|%#q|%#+q", "日本\\x01", "日本", "a`b", "日本", "ok"',
        "%q|%+q|%#q|%#q|%#+q",
        ["日本\x01", "日本", "a`b", "日本", "ok"],
    ),
    (
        '"%t %t %v %5t|%-6t|", true, false, true, true, false',
        "%t %t %v %5t|%-6t|",
        [True, False, True, True, False],
    ),
    ('"%v %d %s", T{"A", 1}, T{"A", 1}, T{"A", 1}', "%v %d %s", [b(T.__gotype__, T("A", 1))] * 3),
    (
        '"%6.2v|%-8v|%8v|", 3.14159, "ab", []int{1, 2}',
        "%6.2v|%-8v|%8v|",
        [3.14159, "ab", b(v.slice_of(v.INT), sl(1, 2))],
    ),
    (
        '"%03d %x %X", []int{1, -2}, []int{255, 16}, map[string]int{"k": 255}',
        "%03d %x %X",
        [
            b(v.slice_of(v.INT), sl(1, -2)),
            b(v.slice_of(v.INT), sl(255, 16)),
            b(v.map_of(v.STRING, v.INT), {"k": 255}),
        ],
    ),
    (
        '"%s|%v|%d", Stringy{1}, &Stringy{2}, Stringy{3}',
        "%s|%v|%d",
        [b(Stringy.__gotype__, Stringy(1)), Stringy(2), b(Stringy.__gotype__, Stringy(3))],
    ),
    (
        '"%x|%X|%q|%10s|%-10v|", Stringy{10}, Stringy{11}, Stringy{12}, Stringy{13}, Stringy{14}',
        "%x|%X|%q|%10s|%-10v|",
        [b(Stringy.__gotype__, Stringy(n)) for n in range(10, 15)],
    ),
    ('"%v %s %d", &MyErr{1}, &MyErr{2}, &MyErr{3}', "%v %s %d", [MyErr(1), MyErr(2), MyErr(3)]),
    (
        '"%v|%+v|%#v|%s|%x|%-8.3q|", Fmter{}, Fmter{}, Fmter{}, Fmter{}, Fmter{}, Fmter{}',
        "%v|%+v|%#v|%s|%x|%-8.3q|",
        [b(Fmter.__gotype__, Fmter())] * 6,
    ),
    (
        '"%v %+v %#v %s", GoStr{1}, GoStr{1}, GoStr{1}, []GoStr{{2}}',
        "%v %+v %#v %s",
        [b(GoStr.__gotype__, GoStr(1))] * 3 + [b(v.slice_of(GoStr.__gotype__), sl(GoStr(2)))],
    ),
    (
        '"%v %d %s", Panicky{}, Panicky{}, []Panicky{{}}',
        "%v %d %s",
        [b(Panicky.__gotype__, Panicky())] * 2 + [b(v.slice_of(Panicky.__gotype__), sl(Panicky()))],
    ),
    (
        '"%v %s %+v %x", EmbP{&PtrStringy{1}}, &EmbP{&PtrStringy{2}}, []EmbP{{&PtrStringy{3}}}, EmbP{}',
        "%v %s %+v %x",
        [
            b(EmbP.__gotype__, EmbP(PtrStringy(1))),
            EmbP(PtrStringy(2)),
            b(v.slice_of(EmbP.__gotype__), sl(EmbP(PtrStringy(3)))),
            b(EmbP.__gotype__, EmbP(None)),
        ],
    ),
    ('"%v %s", Color(2), []Color{0, 1}', "%v %s", [b(Color, 2), b(v.slice_of(Color), sl(0, 1))]),
    (
        '"%d %x %v", Color(2), Color(1), Celsius(-4)',
        "%d %x %v",
        [b(Color, 2), b(Color, 1), b(Celsius, -4.0)],
    ),
    (
        '"%v", map[string]any{"z": nil, "a": []int{1}, "m": map[int]bool{2: true, 1: false}}',
        "%v",
        [
            b(
                v.map_of(v.STRING, ANY),
                {
                    "z": None,
                    "a": b(v.slice_of(v.INT), sl(1)),
                    "m": b(v.map_of(v.INT, v.BOOL), {2: True, 1: False}),
                },
            )
        ],
    ),
    (
        '"%#v", map[string]any{"z": nil, "a": []int{1}, "f": 1.0, "u": uint(3)}',
        "%#v",
        [
            b(
                v.map_of(v.STRING, ANY),
                {"z": None, "a": b(v.slice_of(v.INT), sl(1)), "f": 1.0, "u": b(v.UINT, 3)},
            )
        ],
    ),
    ('"%#v %#v %#v %#v", 1.0, 1e6, -0.5, 1e-7', "%#v %#v %#v %#v", [1.0, 1e6, -0.5, 1e-7]),
    (
        '"%#v %#v %#v %#v", uint8(255), uint64(7), int8(-3), "x\\n"',
        "%#v %#v %#v %#v",
        [b(v.UINT8, 255), b(v.UINT64, 7), b(v.INT8, -3), "x\n"],
    ),
    (
        '"%v %v", []any{nil}, struct{ A any }{}',
        "%v %v",
        [b(v.slice_of(ANY), sl(None)), b(AnyHolder.__gotype__, AnyHolder(None))],
    ),
    (
        '"%#v %+v %d", struct{ A any }{}, struct{ A any }{}, struct{ A any }{}',
        "%#v %+v %d",
        [b(AnyHolder.__gotype__, AnyHolder(None))] * 3,
    ),
    (
        '"%s|%v|%x", []string{"a", "b"}, [2]bool{true}, [2]string{"hi", "yo"}',
        "%s|%v|%x",
        [
            b(v.slice_of(v.STRING), sl("a", "b")),
            b(v.array_of(2, v.BOOL), [True, False]),
            b(v.array_of(2, v.STRING), ["hi", "yo"]),
        ],
    ),
    (
        '"%5.1f|%-7.2f|%+.3e", []float64{1, 2.25}, [2]float64{3, 4}, []float64{0.5}',
        "%5.1f|%-7.2f|%+.3e",
        [
            b(v.slice_of(v.FLOAT64), sl(1.0, 2.25)),
            b(v.array_of(2, v.FLOAT64), [3.0, 4.0]),
            b(v.slice_of(v.FLOAT64), sl(0.5)),
        ],
    ),
    (
        '"%v %.2f %+.1e %g", complex(1, -2), complex(1, -2), complex(0, 1), complex64(complex(0.1, 0.2))',
        "%v %.2f %+.1e %g",
        [
            complex(1, -2),
            complex(1, -2),
            complex(0, 1),
            b(v.COMPLEX64, complex(f32(0.1), f32(0.2))),
        ],
    ),
    (
        '"%8.2f|%-12v|%+v|%010.2f", complex(1, 2), complex(3, 4), complex(5, 0), complex(-1, 1)',
        "%8.2f|%-12v|%+v|%010.2f",
        [complex(1, 2), complex(3, 4), complex(5, 0), complex(-1, 1)],
    ),
    (
        '"%x %X %#x %.2x %b", 3.5, -1.0, 1.0, 1.0/3, 8.0',
        "%x %X %#x %.2x %b",
        [3.5, -1.0, 1.0, 1.0 / 3, 8.0],
    ),
    ('"%x %b", float32(0.5), float32(1)', "%x %b", [b(v.FLOAT32, 0.5), b(v.FLOAT32, 1.0)]),
    ('"%s", errors.New("a\\nb")', "%s", [errors.New("a\nb")]),
    ('"%v %T", nil, nil', "%v %T", [None, None]),
    ('"%d %s %q", nil, nil, nil', "%d %s %q", [None, None, None]),
    (
        '"%T %T %T %T %T", []any{}, map[string][]int{}, &T{}, Celsius(1), [2][]string{}',
        "%T %T %T %T %T",
        [
            b(v.slice_of(ANY), sl()),
            b(v.map_of(v.STRING, v.slice_of(v.INT)), {}),
            T("", 0),
            b(Celsius, 1.0),
            b(v.array_of(2, v.slice_of(v.STRING)), [v.NIL_SLICE, v.NIL_SLICE]),
        ],
    ),
    (
        '"%T %T %T", int64(1), complex64(0), []error{}',
        "%T %T %T",
        [b(v.INT64, 1), b(v.COMPLEX64, 0j), b(v.slice_of(ERROR), sl())],
    ),
    ('"%-10T|%10T|", 1, "s"', "%-10T|%10T|", [1, "s"]),
    ('"%!d %z", 1, 2', "%!d %z", [1, 2]),
    ('"%.", 1', "%.", [1]),
    ('"%-", 1', "%-", [1]),
    ('"%3", 1', "%3", [1]),
    ('"%.3", 1', "%.3", [1]),
]

PRINTS = [
    ('"a", "b", 1, 2, "c", 3.5, nil, true', ["a", "b", 1, 2, "c", 3.5, None, True]),
    ("1, 2, 3", [1, 2, 3]),
    ('"x", 1, "y"', ["x", 1, "y"]),
    ('Celsius(1), "s", Celsius(2), Color(0)', [b(Celsius, 1.0), "s", b(Celsius, 2.0), b(Color, 0)]),
    (
        'T{"a", 1}, &T{"b", 2}, []int{1}, nil, errors.New("e")',
        [b(T.__gotype__, T("a", 1)), T("b", 2), b(v.slice_of(v.INT), sl(1)), None, errors.New("e")],
    ),
    ("", []),
    ('"", ""', ["", ""]),
    (
        "1e21, float32(0.1), 100000000.0, -0.0, 1e-320",
        [1e21, b(v.FLOAT32, f32(0.1)), 1e8, 0.0, 1e-320],
    ),
]


def go_program() -> str:
    lines = [
        "package main",
        "",
        "import (",
        '\t"errors"',
        '\t"fmt"',
        '\t"math"',
        '\t"os"',
        ")",
        GO_TYPES,
        "var _ = errors.New",
        "var _ = math.Pi",
        "",
        "func out(s string) {",
        '\tos.Stdout.WriteString(s + "\\x1e\\x1d\\x1c")',
        "}",
        "",
        "func main() {",
    ]
    vals = ", ".join(e for e, _ in SCALARS)
    lines.append(f"\tscalars := []any{{{vals}}}")
    lines.append("\tformats := []string{" + ", ".join(go_str(f) for f in SCALAR_FORMATS) + "}")
    lines.append(
        "\tfor _, x := range scalars {\n\t\tfor _, f := range formats {\n"
        "\t\t\tout(fmt.Sprintf(f, x))\n\t\t}\n\t}"
    )
    lines.append("\tcomposites := []any{" + ", ".join(e for e, _ in composites()) + "}")
    lines.append("\tcformats := []string{" + ", ".join(go_str(f) for f in COMPOSITE_FORMATS) + "}")
    lines.append(
        "\tfor _, x := range composites {\n\t\tfor _, f := range cformats {\n"
        "\t\t\tout(fmt.Sprintf(f, x))\n\t\t}\n\t}"
    )
    for src, _f, _a in MULTI:
        lines.append(f"\tout(fmt.Sprintf({src}))")
    for src, _a in PRINTS:
        lines.append(f"\tout(fmt.Sprint({src}))")
        lines.append(f"\tout(fmt.Sprintln({src}))")
    lines.append("}")
    return "\n".join(lines) + "\n"


def go_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def python_outputs() -> list[tuple[str, str]]:
    """(case description, output) in the Go program's order."""
    out = []
    for e, x in SCALARS:
        for f in SCALAR_FORMATS:
            out.append((f"Sprintf({f!r}, {e})", fmt.Sprintf(f, x)))
    for e, x in composites():
        for f in COMPOSITE_FORMATS:
            out.append((f"Sprintf({f!r}, {e})", fmt.Sprintf(f, x)))
    for src, f, a in MULTI:
        out.append((f"Sprintf({src})", fmt.Sprintf(f, *a)))
    for src, a in PRINTS:
        out.append((f"Sprint({src})", fmt.Sprint(*a)))
        out.append((f"Sprintln({src})", fmt.Sprintln(*a)))
    return out


@pytest.fixture(scope="module")
def go_outputs(go, tmp_path_factory) -> list[str]:
    d = tmp_path_factory.mktemp("fmt")
    (d / "main.go").write_text(go_program())
    (d / "go.mod").write_text("module fmtcases\n\ngo 1.24\n")
    r = subprocess.run([go, "run", "."], cwd=d, capture_output=True, env=go_environ(), timeout=300)
    assert r.returncode == 0, r.stderr.decode()
    return r.stdout.decode("utf-8", "surrogateescape").split(SEP)[:-1]


def test_case_count():
    assert len(python_outputs()) > 5000


def test_against_go(go_outputs):
    ours = python_outputs()
    assert len(ours) == len(go_outputs)
    bad = [(desc, want, got) for (desc, got), want in zip(ours, go_outputs) if got != want]
    report = "\n".join(f"{d}: go {w!r} ours {g!r}" for d, w, g in bad[:40])
    assert not bad, f"{len(bad)} of {len(ours)} differ:\n{report}"


# ---------------------------------------------------------------- behaviour beyond strings


def test_print_writes_to_fd1(capfd):
    n, err = fmt.Println("héllo", 1)
    assert (n, err) == (len("héllo 1\n".encode()), None)
    fmt.Print("a", "b", 2, 3, "\n")
    fmt.Printf("%d|%s\n", 7, "x")
    assert capfd.readouterr().out == "héllo 1\nab2 3\n7|x\n"


def test_fprint_to_writer():
    class W:
        def __init__(self):
            self.data = b""

        def Write(self, p):
            self.data += bytes(p)
            return len(p), None

    w = W()
    assert fmt.Fprintf(w, "%s=%d", "k", 5) == (3, None)
    fmt.Fprintln(w, "", "x")
    fmt.Fprint(w, "\xff".encode("latin-1").decode("utf-8", "surrogateescape"))
    assert w.data == b"k=5 x\n\xff"


def test_fprint_stderr(capfd):
    fmt.Fprintln(fmt._stderr, "err")
    fmt.Fprint(fmt._stdout, "out")
    c = capfd.readouterr()
    assert (c.out, c.err) == ("out", "err\n")


def test_errorf_wrapping():
    e1, e2 = errors.New("one"), errors.New("two")
    w = fmt.Errorf("ctx: %w", e1)
    assert w.Error() == "ctx: one" and w.Unwrap() is e1
    assert fmt.Sprintf("%T", w) == "*fmt.wrapError"
    ws = fmt.Errorf("%w + %w", e1, e2)
    assert ws.Error() == "one + two" and ws.Unwrap() == [e1, e2]
    assert fmt.Sprintf("%T", ws) == "*fmt.wrapErrors"
    assert errors.Is(ws, e2) and errors.Is(w, e1) and not errors.Is(w, e2)
    plain = fmt.Errorf("no wrap %d", 1)
    assert fmt.Sprintf("%T", plain) == "*errors.errorString" and errors.Unwrap(plain) is None
    bad = fmt.Errorf("%w", "notanerror")
    assert bad.Error() == "%!w(string=notanerror)" and bad.Unwrap() is None
    assert fmt.Errorf("%[2]w %[1]w", e1, e2).Unwrap() == [e1, e2]
    assert fmt.Sprintf("%w", e1) == "%!w(*errors.errorString=&{one})"
    assert fmt.Errorf("x").Error() == "x"


def test_append():
    b = fmt.Append(Slice([104]), "i", 1, 2)
    b = fmt.Appendf(b, "|%03d|", 7)
    b = fmt.Appendln(b, "é")
    assert bytes(b) == "hi1 2|007|é\n".encode()


def test_fast_float_paths_agree_with_strconv():
    import random

    from go2py.runtime.std import strconv

    rng = random.Random(11)
    xs = [rng.uniform(-1e6, 1e6) for _ in range(2000)]
    xs += [struct_float(rng.getrandbits(64)) for _ in range(4000)]
    xs += [10.0**k for k in range(-30, 30)] + [
        5e-324,
        2.2250738585072014e-308,
        1e300,
        0.5,
        123456.0,
    ]
    for x in xs:
        if x != x or x in (math.inf, -math.inf):
            continue
        assert fmtcore._fast_float(x, "g", -1) == strconv.format_float(x, "g", -1, 64), x
        for prec in (0, 2, 7):
            for verb in "ef":
                assert fmtcore._fast_float(x, verb, prec) == strconv.format_float(x, verb, prec, 64), (
                    x,
                    verb,
                )


def struct_float(bits: int) -> float:
    return _struct.unpack("d", _struct.pack("Q", bits))[0]


def test_print_follows_os_stdout(capfd):
    from go2py.runtime.std import os as goos

    class W:
        data = b""

        def Write(self, p):
            W.data += bytes(p)
            return len(p), None

    saved = goos.Stdout
    try:
        goos.Stdout = W()
        assert fmt.Println("to", 1) == (5, None)
    finally:
        goos.Stdout = saved
    fmt.Fprintf(goos.Stdout, "%s|", "file")
    fmt.Println("back")
    assert W.data == b"to 1\n" and capfd.readouterr().out == "file|back\n"
