// runtime.SetFinalizer and reachability as Go's collector sees it: an object in a cycle through
// itself, or captured by its own finalizer, is never finalized; one hanging off a dead cycle is;
// an object a finalizer's object points to waits for the collection after that finalizer;
// the first field shares its struct's address; a package variable and a zero-size value take
// no finalizer at all, silently; the finalizer may take an interface. Every object here holds
// a pointer, so Go's allocator never packs two of them into one block.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type node struct {
	next *node
	id   int
}

func (n *node) String() string { return fmt.Sprint("node ", n.id) }

// kinds holds pointers of every kind a cycle may pass through.
type kinds struct {
	id   int
	kids []*kinds
	m    map[int]*kinds
	f    func() int
	i    any
	arr  [2]*kinds
	in   struct{ p *kinds }
}

func finalizeKinds(k *kinds) { done <- fmt.Sprint("finalized kinds ", k.id) }

// cycleKinds: cycles through a slice, a map, a closure, an interface, a nested struct of
// another object are never finalized; pointers only back into the object itself (an array
// field, a nested struct field, an interface field) do not keep it.
func cycleKinds() {
	a := &kinds{id: 1}
	b := &kinds{id: 2, kids: []*kinds{a}}
	a.kids = []*kinds{b}
	runtime.SetFinalizer(a, finalizeKinds)
	c := &kinds{id: 3}
	d := &kinds{id: 4, m: map[int]*kinds{1: c}}
	c.m = map[int]*kinds{1: d}
	runtime.SetFinalizer(c, finalizeKinds)
	e := &kinds{id: 5}
	e.f = func() int { return e.id }
	runtime.SetFinalizer(e, finalizeKinds)
	g := &kinds{id: 6}
	h := &kinds{id: 7, i: g}
	g.i = h
	runtime.SetFinalizer(g, finalizeKinds)
	k := &kinds{id: 8}
	k.arr[0] = k
	k.in.p = k
	k.i = k
	runtime.SetFinalizer(k, finalizeKinds)
	l := &kinds{id: 9}
	l.kids = []*kinds{l}
	runtime.SetFinalizer(l, finalizeKinds)
	m := &kinds{id: 10}
	n := &kinds{id: 11}
	m.in.p = n
	n.in.p = m
	runtime.SetFinalizer(m, finalizeKinds)
}

type pair struct {
	first  *int
	second *int
	n      int
}

var done = make(chan string, 16)
var globalN int

// collect forces a collection, lets the finalizers run and prints what they sent, sorted: Go
// promises no order among the finalizers of one collection.
func collect(label string) {
	runtime.GC()
	time.Sleep(20 * time.Millisecond)
	var got []string
	for {
		select {
		case s := <-done:
			got = append(got, s)
		default:
			sort.Strings(got)
			fmt.Printf("%s: %q\n", label, got)
			return
		}
	}
}

func finalize(n *node) { done <- fmt.Sprint("finalized ", n.id) }

func cycles() {
	a := &node{id: 1}
	b := &node{id: 2, next: a}
	a.next = b
	runtime.SetFinalizer(a, finalize)
	c := &node{id: 3}
	d := &node{id: 4, next: c}
	c.next = d
	e := &node{id: 5}
	d.next = e
	runtime.SetFinalizer(e, finalize)
	self := &node{id: 6}
	self.next = self
	runtime.SetFinalizer(self, finalize)
}

func chain() {
	y := &node{id: 8}
	x := &node{id: 7, next: y}
	runtime.SetFinalizer(x, finalize)
	runtime.SetFinalizer(y, finalize)
}

func captured() {
	n := &node{id: 9}
	runtime.SetFinalizer(n, func(*node) { done <- fmt.Sprint("captured ", n.id) })
}

func fields() *pair {
	p := &pair{n: 10}
	runtime.SetFinalizer(&p.first, func(f **int) { done <- "first field" })
	q := &pair{n: 11}
	runtime.SetFinalizer(&q.first, func(f **int) { done <- "never" })
	runtime.SetFinalizer(&q.first, nil)
	runtime.SetFinalizer(q, func(q *pair) { done <- fmt.Sprint("pair ", q.n) })
	r := &pair{n: 12}
	runtime.SetFinalizer(&r.n, func(n *int) { done <- fmt.Sprint("small field ", *n) })
	kept := &pair{n: 13}
	runtime.SetFinalizer(&kept.first, func(f **int) { done <- "kept's first field" })
	return kept
}

func interfaces() {
	s := &node{id: 14}
	runtime.SetFinalizer(s, func(s fmt.Stringer) { done <- "as Stringer: " + s.String() })
	a := &node{id: 15}
	runtime.SetFinalizer(a, func(a any) { done <- fmt.Sprintf("as any: %T", a) })
}

func notHeap() {
	runtime.SetFinalizer(&globalN, func(*node) {})
	runtime.SetFinalizer(&globalN, func(*node) {})
	z := &struct{}{}
	runtime.SetFinalizer(z, func(*struct{}) { done <- "zero-size" })
	fmt.Println("package variables and zero-size values: no check, no finalizer")
}

func main() {
	cycles()
	collect("cycles")
	collect("cycles again")
	cycleKinds()
	collect("cycle kinds")
	collect("cycle kinds again")
	chain()
	collect("chain")
	collect("chain's second")
	captured()
	collect("captured")
	kept := fields()
	collect("fields")
	fmt.Println(kept.n)
	kept = nil
	collect("kept dropped")
	interfaces()
	collect("interfaces")
	notHeap()
	collect("not heap")
}
