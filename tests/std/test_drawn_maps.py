"""maps, iter and cmp against the real toolchain on inputs drawn by Hypothesis.

maps: drawn maps with int and string keys (nil ones too) through Keys/Values sorted, All,
Collect, Insert, Clone, Copy (into a nil map: Go's panic), DeleteFunc, Equal and EqualFunc,
and ranges over maps.All left by break after a drawn count. iter: Pull and Pull2 over drawn
sequences stopped after a drawn number of next calls, and range-over-func loops over the
program's own iterators left by break, continue, return or a panic at drawn points (an
iterator that ignores yield's false too: Go's run-time error). cmp: Compare, Less and Or on
drawn ints, strings with invalid bytes, floats with NaN, both zeros and both infinities, and
Or over pointers and with explicit type arguments.

Each example is one Go program that Go runs and go2py translates and runs; the outputs must
be identical. Floats cross as their bits, strings byte for byte.
"""

from __future__ import annotations

import math
import struct

import pytest
from hypothesis import given, strategies as st

from tests.std.diffrun import assert_same_run
from tests.std.gohelp import go_lit

from .drawnhelp import DRAWN


def _same(go: str, src: str, tmp: pytest.TempPathFactory, name: str) -> None:
    assert_same_run(go, src, tmp.mktemp(name))


def _program(imports: list[str], decls: str, body: str) -> str:
    imps = "\n".join(f'\t"{i}"' for i in sorted(set(imports)))
    return f"package main\n\nimport (\n{imps}\n)\n{decls}\nfunc main() {{\n{body}\n}}\n"


def _f64(x: float) -> str:
    return "math.Float64frombits(0x%016x)" % struct.unpack("<Q", struct.pack("<d", x))[0]


def _str(s: str) -> str:
    return go_lit(s)


KEYS = st.integers(-5, 12)
SKEYS = st.sampled_from(["", "a", "b", "ab", "é", "\udcff", "a\udc80", "Z", "zz"])
INTMAP = st.one_of(st.none(), st.dictionaries(KEYS, st.integers(-3, 9), max_size=7))
STRMAP = st.one_of(st.none(), st.dictionaries(SKEYS, st.integers(-3, 9), max_size=5))


def _imap(m: dict[int, int] | None) -> str:
    if m is None:
        return "map[int]int(nil)"
    return "map[int]int{" + ", ".join(f"{k}: {v}" for k, v in m.items()) + "}"


def _smap(m: dict[str, int] | None) -> str:
    if m is None:
        return "map[string]int(nil)"
    return "map[string]int{" + ", ".join(f"{_str(k)}: {v}" for k, v in m.items()) + "}"


MAPS_DECLS = r"""
func show[K cmp.Ordered, V any](m map[K]V) string {
	if m == nil {
		return "nil"
	}
	out := "{"
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out += fmt.Sprintf("%x:%v,", fmt.Sprint(k), m[k])
	}
	return out + "}"
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	f()
}

func ops[K cmp.Ordered](a, b map[K]int, n, d int) {
	fmt.Println(show(a), len(a), a == nil)
	fmt.Println(fmt.Sprintf("%x", fmt.Sprint(slices.Sorted(maps.Keys(a)))), slices.Sorted(maps.Values(a)))
	c := maps.Clone(a)
	fmt.Println(c == nil, show(c), maps.Equal(a, c), maps.Equal(a, b), maps.Equal(b, a))
	fmt.Println(maps.EqualFunc(a, b, func(x, y int) bool { return x%2 == y%2 }), show(maps.Collect(maps.All(a))))
	seen := 0
	for k, v := range maps.All(a) {
		if seen == n {
			break
		}
		seen++
		_, _ = k, v
	}
	keys := 0
	for range maps.Keys(b) {
		keys++
	}
	fmt.Println(seen, keys)
	if c != nil {
		maps.Insert(c, maps.All(b))
		fmt.Println("insert", show(c))
		maps.DeleteFunc(c, func(k K, v int) bool { return d != 0 && v%d == 0 })
		fmt.Println("delete", show(c))
		maps.Copy(c, a)
		fmt.Println("copy", show(c))
	}
	try(func() {
		maps.Copy(b, a)
		fmt.Println("copied", show(b))
	})
	e := maps.Collect(maps.All(b))
	fmt.Println(e == nil, len(e))
}
"""


@DRAWN
@given(imaps=st.lists(st.tuples(INTMAP, INTMAP, st.integers(0, 8), st.integers(-3, 4)), min_size=40, max_size=40),
       smaps=st.lists(st.tuples(STRMAP, STRMAP, st.integers(0, 6), st.integers(-3, 4)), min_size=25, max_size=25))
def test_maps(go: str, tmp_path_factory: pytest.TempPathFactory,
              imaps: list[tuple[dict | None, dict | None, int, int]],
              smaps: list[tuple[dict | None, dict | None, int, int]]) -> None:
    # Fixed first: a NaN key is never found, so a map holding one equals no map (go2py's
    # Equal and EqualFunc once found it by identity).
    body = """\tnan := map[float64]int{1: 1}
\tnan[math.NaN()] = 2
\tfmt.Println(len(nan), maps.Equal(nan, nan), maps.Equal(nan, maps.Clone(nan)),
\t\tmaps.EqualFunc(nan, nan, func(a, b int) bool { return true }))
"""
    body += "\n".join(f"\tops({_imap(a)}, {_imap(b)}, {n}, {d})" for a, b, n, d in imaps)
    body += "\n" + "\n".join(f"\tops({_smap(a)}, {_smap(b)}, {n}, {d})" for a, b, n, d in smaps)
    _same(go, _program(["cmp", "fmt", "maps", "math", "slices"], MAPS_DECLS, body), tmp_path_factory, "maps")


ITER_DECLS = r"""
// gen yields xs, printing when it is told to stop and when it ends.
func gen(xs []int, stubborn bool) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("gen done")
		for _, x := range xs {
			if !yield(x) && !stubborn {
				fmt.Println("gen stopped at", x)
				return
			}
		}
	}
}

func gen2(xs []string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

func pull(xs []int, k int) {
	next, stop := iter.Pull(gen(xs, false))
	for i := 0; i < k; i++ {
		v, ok := next()
		fmt.Println("next", v, ok)
	}
	stop()
	v, ok := next()
	fmt.Println("after stop", v, ok)
	stop()
}

func pull2(xs []string, k int) {
	next, stop := iter.Pull2(gen2(xs))
	defer stop()
	for i := 0; i < k; i++ {
		a, b, ok := next()
		fmt.Printf("next2 %d %x %v\n", a, b, ok)
	}
}

// loop leaves the range at its drawn points: break at b, continue at c, return at r, panic at p.
func loop(xs []int, b, c, r, p int, stubborn bool) (res int) {
	defer func() {
		if x := recover(); x != nil {
			fmt.Println("recovered:", x)
			res = -1
		}
	}()
	sum := 0
	for x := range gen(xs, stubborn) {
		if x == b {
			break
		}
		if x == c {
			continue
		}
		if x == r {
			return 1000 + sum
		}
		if x == p {
			panic(fmt.Sprint("at ", x))
		}
		sum += x
	}
	return sum
}

func nested(xs []int, b int) int {
	n := 0
outer:
	for x := range gen(xs, false) {
		for y := range slices.Values(xs) {
			if y == b {
				continue outer
			}
			if x+y == b {
				break outer
			}
			n += x * y
		}
	}
	return n
}
"""

SMALL = st.lists(st.integers(0, 6), max_size=6)


@DRAWN
@given(pulls=st.lists(st.tuples(SMALL, st.integers(0, 8)), min_size=20, max_size=20),
       pulls2=st.lists(st.tuples(st.lists(SKEYS, max_size=4), st.integers(0, 6)), min_size=15, max_size=15),
       loops=st.lists(st.tuples(SMALL, st.integers(0, 7), st.integers(0, 7), st.integers(0, 7), st.integers(0, 7),
                                st.booleans()), min_size=30, max_size=30))
def test_iter(go: str, tmp_path_factory: pytest.TempPathFactory, pulls: list[tuple[list[int], int]],
              pulls2: list[tuple[list[str], int]], loops: list[tuple[list[int], int, int, int, int, bool]]) -> None:
    def ints(xs: list[int]) -> str:
        return "[]int{" + ", ".join(map(str, xs)) + "}"

    lines = [f"\tpull({ints(xs)}, {k})" for xs, k in pulls]
    lines += [f"\tpull2([]string{{{', '.join(_str(s) for s in xs)}}}, {k})" for xs, k in pulls2]
    lines += [f"\tfmt.Println(loop({ints(xs)}, {b}, {c}, {r}, {p}, {str(s).lower()}), nested({ints(xs)}, {b}))"
              for xs, b, c, r, p, s in loops]
    _same(go, _program(["fmt", "iter", "slices"], ITER_DECLS, "\n".join(lines)), tmp_path_factory, "iter")


FLOATS = st.one_of(st.sampled_from([math.nan, -math.nan, 0.0, -0.0, math.inf, -math.inf, 1.0, -1.0, 5e-324]),
                   st.floats(allow_nan=True, allow_infinity=True))
CSTRS = st.lists(st.sampled_from(["", "a", "b", "é", "\udcff", "\udc80", "\U0010ffff", "\ue000", "\ufffd", "A"]),
                 max_size=3).map("".join)

CMP_DECLS = r"""
type point struct{ x, y int }

func bits(x float64) string { return fmt.Sprintf("%016x", math.Float64bits(x)) }

// nbits is bits with every NaN alike: which NaN min and max return is not specified.
func nbits(x float64) string {
	if x != x {
		return "NaN"
	}
	return bits(x)
}
"""


@DRAWN
@given(ints=st.lists(st.tuples(st.integers(-(1 << 63), (1 << 63) - 1), st.integers(-2, 2)), min_size=30,
                     max_size=30),
       strs=st.lists(st.tuples(CSTRS, CSTRS), min_size=40, max_size=40),
       floats=st.lists(st.tuples(FLOATS, FLOATS), min_size=40, max_size=40),
       ors=st.lists(st.tuples(st.lists(st.integers(-1, 1), min_size=1, max_size=4),
                              st.lists(st.sampled_from(["", "", "x", "\udcff"]), min_size=1, max_size=3),
                              st.lists(FLOATS, min_size=1, max_size=3),
                              st.lists(st.sampled_from([(0, 0), (0, 1), (2, 0)]), min_size=1, max_size=3)),
                    min_size=25, max_size=25))
def test_cmp(go: str, tmp_path_factory: pytest.TempPathFactory, ints: list[tuple[int, int]],
             strs: list[tuple[str, str]], floats: list[tuple[float, float]],
             ors: list[tuple[list[int], list[str], list[float], list[tuple[int, int]]]]) -> None:
    # Fixed first: with no argument other than zeros, Or returns +0, not a -0 argument.
    lines = ["\tfmt.Println(bits(cmp.Or(0.0, math.Copysign(0, -1))), bits(cmp.Or(math.Copysign(0, -1))))"]
    for a, d in ints:
        b = max(min(a + d, (1 << 63) - 1), -(1 << 63))
        lines.append(f"\tfmt.Println(cmp.Compare({a}, {b}), cmp.Less({a}, {b}), cmp.Compare(int8({a % 256 - 128}), "
                     f"int8({(a + d) % 256 - 128})), cmp.Less(uint64({a % (1 << 64)}), uint64({(a + d) % (1 << 64)})))")
    for s, t in strs:
        lines.append(f"\tfmt.Println(cmp.Compare({_str(s)}, {_str(t)}), cmp.Less({_str(s)}, {_str(t)}), "
                     f"{_str(s)} < {_str(t)}, min({_str(s)}, {_str(t)}) == {_str(s)})")
    for x, y in floats:
        lines.append(f"\tfmt.Println(cmp.Compare({_f64(x)}, {_f64(y)}), cmp.Less({_f64(x)}, {_f64(y)}), "
                     f"cmp.Compare(float32({_f64(x)}), float32({_f64(y)})), bits(cmp.Or({_f64(x)}, {_f64(y)})), "
                     f"nbits(min({_f64(x)}, {_f64(y)})), nbits(max({_f64(x)}, {_f64(y)})))")
    for oi, os_, of, op in ors:
        lines.append(f"\tfmt.Println(cmp.Or({', '.join(map(str, oi))}), fmt.Sprintf(\"%x\", cmp.Or({', '.join(map(_str, os_))})), "
                     f"bits(cmp.Or({', '.join(map(_f64, of))})), cmp.Or[int]({', '.join(map(str, oi))}))")
        # A pointer to a zero struct is not zero; cmp.Or with type arguments given.
        lines.append(f"\tfmt.Println(cmp.Or[*point](nil, &point{{}}, &point{{{len(op)}, 0}}).x, "
                     f"cmp.Or[*point](nil) == nil, cmp.Or[string]({', '.join(map(_str, os_))}) == \"\")")
    _same(go, _program(["cmp", "fmt", "math"], CMP_DECLS, "\n".join(lines)), tmp_path_factory, "cmp")
