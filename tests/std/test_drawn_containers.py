"""container/list, container/heap and container/ring against the real toolchain on sequences of
operations drawn by Hypothesis.

Each example is one whole Go program, generated from the drawn operations as straight-line
code, that Go runs and go2py translates and runs: stdout must be identical. The state is
printed after every operation, so the first wrong step shows. Lists: two lists (a zero
``List`` and one from ``New``) and every element ever made, so operations get elements of
the other list, removed elements and a fresh ``Element`` that is in no list, which Go ignores;
``Init`` of a non-empty list leaves its old elements pointing at it, and Go's later operations
on them are followed step for step. Heaps: an ``IntHeap`` and a priority queue of structs
with few distinct priorities (the order of equal ones is Go's), counting the calls to
``Less`` and ``Swap``. Rings: rings of drawn sizes, zero ``Ring`` values and nil, linked,
unlinked and moved by drawn steps. Every operation runs under a recover that prints the
panic, so a panic is compared as well.
"""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from tests.std.diffrun import assert_same_run

from .drawnhelp import DRAWN

CATCH = """
func catch(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	f()
}
"""


def _same(go: str, src: str, tmp: pytest.TempPathFactory, name: str) -> None:
    assert_same_run(go, src, tmp.mktemp(name))


# ----------------------------------------------------------------------------- list

LIST_DECLS = """
var els []*list.Element
var fresh = &list.Element{Value: -1}

// el is the i-th element ever made, or an element in no list when there is none yet.
func el(i int) *list.Element {
	if len(els) == 0 {
		return fresh
	}
	return els[i%len(els)]
}

func add(e *list.Element) {
	if e != nil {
		els = append(els, e)
	}
	fmt.Println("new", e != nil)
}

func val(e *list.Element) any {
	if e == nil {
		return "nil"
	}
	return e.Value
}

// dump walks both ways, at most 40 steps: Init leaves lists that Go walks in circles.
func dump(name string, l *list.List) {
	fmt.Print(name, " ", l.Len(), " [")
	for e, k := l.Front(), 0; e != nil && k < 40; e, k = e.Next(), k+1 {
		fmt.Print(" ", e.Value)
	}
	fmt.Print(" ] [")
	for e, k := l.Back(), 0; e != nil && k < 40; e, k = e.Prev(), k+1 {
		fmt.Print(" ", e.Value)
	}
	fmt.Println(" ]", val(l.Front()), val(l.Back()))
}
"""

L = st.sampled_from(["a", "b"])  # a receiver; an argument is _ref(name)
IDX = st.integers(0, 60)


def _ref(name: str) -> str:
    return "&a" if name == "a" else name

LIST_OP = st.one_of(
    st.tuples(st.sampled_from(["PushFront", "PushBack"]), L, st.integers(0, 99)).map(
        lambda t: f"add({t[1]}.{t[0]}({t[2]}))"),
    st.tuples(st.sampled_from(["InsertBefore", "InsertAfter"]), L, st.integers(0, 99), IDX).map(
        lambda t: f"add({t[1]}.{t[0]}({t[2]}, el({t[3]})))"),
    st.tuples(st.sampled_from(["MoveToFront", "MoveToBack"]), L, IDX).map(lambda t: f"{t[1]}.{t[0]}(el({t[2]}))"),
    st.tuples(st.sampled_from(["MoveBefore", "MoveAfter"]), L, IDX, IDX).map(
        lambda t: f"{t[1]}.{t[0]}(el({t[2]}), el({t[3]}))"),
    st.tuples(L, IDX).map(lambda t: f"fmt.Println(\"removed\", {t[0]}.Remove(el({t[1]})))"),
    st.tuples(st.sampled_from(["PushBackList", "PushFrontList"]), L, L).map(lambda t: f"{t[1]}.{t[0]}({_ref(t[2])})"),
    st.tuples(L, IDX).map(lambda t: f"fmt.Println(\"at\", val(el({t[1]}).Next()), val(el({t[1]}).Prev()))"),
    st.tuples(L, IDX, st.integers(100, 199)).map(lambda t: f"el({t[1]}).Value = {t[2]}"),
    st.tuples(L, IDX).map(lambda t: f"{t[0]}.MoveToFront(fresh); {t[0]}.MoveAfter(el({t[1]}), fresh); "
                          f"fmt.Println(\"fresh\", {t[0]}.Remove(fresh), {t[0]}.InsertAfter(0, fresh) == nil)"),
)
LIST_INIT = st.tuples(L).map(lambda t: f"{t[0]}.Init()")


@DRAWN
@given(ops=st.lists(st.one_of(LIST_OP, LIST_OP, LIST_OP, LIST_OP, LIST_OP, LIST_OP, LIST_OP, LIST_OP, LIST_OP,
                              LIST_OP, LIST_OP, LIST_OP, LIST_OP, LIST_OP, LIST_OP, LIST_OP, LIST_OP, LIST_OP,
                              LIST_OP, LIST_OP, LIST_OP, LIST_OP, LIST_OP, LIST_OP, LIST_OP, LIST_OP, LIST_INIT),
                    min_size=150, max_size=150))
def test_list_operations(go: str, tmp_path_factory: pytest.TempPathFactory, ops: list[str]) -> None:
    body = "\n".join(f"\tcatch(func() {{ {op} }})\n\tdump(\"a\", &a)\n\tdump(\"b\", b)" for op in ops)
    src = f"""package main

import (
	"container/list"
	"fmt"
)
{CATCH}{LIST_DECLS}
func main() {{
	var a list.List
	b := list.New()
{body}
}}
"""
    _same(go, src, tmp_path_factory, "list")


# ----------------------------------------------------------------------------- heap

HEAP_DECLS = """
var less, swaps int

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { less++; return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { swaps++; h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type Item struct {
	value    string
	priority int
	index    int
}

type PQ []*Item

func (pq PQ) Len() int { return len(pq) }
func (pq PQ) Less(i, j int) bool {
	less++
	return pq[i].priority > pq[j].priority
}
func (pq PQ) Swap(i, j int) {
	swaps++
	pq[i], pq[j] = pq[j], pq[i]
	pq[i].index = i
	pq[j].index = j
}
func (pq *PQ) Push(x any) {
	item := x.(*Item)
	item.index = len(*pq)
	*pq = append(*pq, item)
}
func (pq *PQ) Pop() any {
	old := *pq
	n := len(old)
	item := old[n-1]
	old[n-1] = nil
	item.index = -1
	*pq = old[0 : n-1]
	return item
}

var items []*Item

func item(i int) *Item {
	if len(items) == 0 {
		return &Item{value: "none", index: -1}
	}
	return items[i%len(items)]
}

func at(n, i int) int {
	if n == 0 {
		return 0
	}
	return i % n
}

func show(h *IntHeap, pq *PQ) {
	fmt.Print(*h, " ", less, " ", swaps, " [")
	for _, it := range *pq {
		fmt.Print(" ", it.value, ":", it.priority, ":", it.index)
	}
	fmt.Println(" ]")
}
"""

HEAP_OP = st.one_of(
    st.integers(-20, 20).map(lambda v: f"heap.Push(h, {v})"),
    st.just("if h.Len() > 0 { fmt.Println(\"pop\", heap.Pop(h)) }"),
    st.tuples(IDX, st.integers(-20, 20)).map(lambda t: f"i := at(h.Len(), {t[0]}); (*h)[i] = {t[1]}; heap.Fix(h, i)"),
    IDX.map(lambda i: f"if h.Len() > 0 {{ fmt.Println(\"rm\", heap.Remove(h, at(h.Len(), {i}))) }}"),
    st.lists(st.integers(-20, 20), max_size=5).map(
        lambda vs: "".join(f"*h = append(*h, {v}); " for v in vs) + "heap.Init(h)"),
    st.tuples(st.integers(0, 3), st.integers(0, 999)).map(
        lambda t: f"it := &Item{{value: \"v{t[1]}\", priority: {t[0]}}}; items = append(items, it); heap.Push(pq, it)"),
    st.just("if pq.Len() > 0 { it := heap.Pop(pq).(*Item); fmt.Println(\"pop\", it.value, it.priority, it.index) }"),
    st.tuples(IDX, st.integers(0, 3)).map(
        lambda t: f"it := item({t[0]}); if it.index >= 0 {{ it.priority = {t[1]}; heap.Fix(pq, it.index) }}"),
    IDX.map(lambda i: f"it := item({i}); if it.index >= 0 {{ heap.Remove(pq, it.index) }}; "
                      f"fmt.Println(\"rm\", it.value, it.index)"),
    st.just("heap.Init(pq)"),
)


@DRAWN
@given(ops=st.lists(HEAP_OP, min_size=150, max_size=150))
def test_heap_operations(go: str, tmp_path_factory: pytest.TempPathFactory, ops: list[str]) -> None:
    body = "\n".join(f"\tcatch(func() {{ {op} }})\n\tshow(h, pq)" for op in ops)
    src = f"""package main

import (
	"container/heap"
	"fmt"
)
{CATCH}{HEAP_DECLS}
func main() {{
	h := &IntHeap{{}}
	pq := &PQ{{}}
{body}
}}
"""
    _same(go, src, tmp_path_factory, "heap")


# ----------------------------------------------------------------------------- ring

RING_DECLS = """
var rs []*ring.Ring
var counter int

// rg is the i-th ring element ever made; i == 999 is a nil ring.
func rg(i int) *ring.Ring {
	if i == 999 || len(rs) == 0 {
		return nil
	}
	return rs[i%len(rs)]
}

func make_(n int) {
	r := ring.New(n)
	fmt.Println("new", n, r == nil, r.Len())
	for k := 0; k < n; k++ {
		counter++
		r.Value = counter
		rs = append(rs, r)
		r = r.Next()
	}
}

func zero() {
	var z ring.Ring
	counter++
	z.Value = counter
	rs = append(rs, &z)
	fmt.Println("zero", z.Len())
}

func show(r *ring.Ring) {
	fmt.Print(r.Len(), " [")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Print(" ]")
	if r != nil {
		fmt.Print(" ", r.Value, " ", r.Next().Value, " ", r.Prev().Value)
	}
	fmt.Println()
}
"""

RI = st.one_of(IDX, st.just(999))
STEP = st.one_of(st.integers(-12, 12), st.sampled_from([-1000, 1000, 37, -37]))
RING_OP = st.one_of(
    st.integers(-1, 9).map(lambda n: f"make_({n})"),
    st.just("zero()"),
    st.tuples(IDX, RI).map(lambda t: f"show(rg({t[0]}).Link(rg({t[1]})))"),
    st.tuples(IDX, STEP).map(lambda t: f"show(rg({t[0]}).Unlink({t[1]}))"),
    st.tuples(RI, STEP).map(lambda t: f"show(rg({t[0]}).Move({t[1]}))"),
    st.tuples(RI).map(lambda t: f"show(rg({t[0]}))"),
    st.tuples(RI).map(lambda t: f"show(rg({t[0]}).Next()); show(rg({t[0]}).Prev())"),
)


@DRAWN
@given(ops=st.lists(RING_OP, min_size=150, max_size=150))
def test_ring_operations(go: str, tmp_path_factory: pytest.TempPathFactory, ops: list[str]) -> None:
    body = "\n".join(f"\tcatch(func() {{ {op} }})\n\tshow(rg({k * 7}))" for k, op in enumerate(ops))
    src = f"""package main

import (
	"container/ring"
	"fmt"
)
{CATCH}{RING_DECLS}
func main() {{
{body}
}}
"""
    _same(go, src, tmp_path_factory, "ring")
