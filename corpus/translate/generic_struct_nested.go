package main

import "fmt"

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	val  T
	next *node[T]
}

func (l *List[T]) Push(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.val)
	}
	return out
}

func Map[T, U any](l *List[T], f func(T) U) *List[U] {
	r := &List[U]{}
	for _, v := range l.All() {
		r.Push(f(v))
	}
	return r
}

type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v: v, ok: true} }
func None[T any]() Opt[T]     { return Opt[T]{} }

func (o Opt[T]) Get() (T, bool) { return o.v, o.ok }
func (o Opt[T]) String() string {
	if !o.ok {
		return "None"
	}
	return fmt.Sprintf("Some(%v)", o.v)
}

type Named struct {
	Opt[string]
	id int
}

type Grid[T any] struct {
	cells [2][2]T
}

func main() {
	var l List[int]
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l.All(), l.size)
	m := Map(&l, func(i int) string { return fmt.Sprint(i * i) })
	fmt.Println(m.All(), m.size)
	fmt.Printf("%T %T\n", m, m.head)
	a, b := Some(42), None[float64]()
	fmt.Println(a, b)
	v, ok := b.Get()
	fmt.Println(v, ok)
	n := Named{Some("x"), 7}
	fmt.Println(n.String(), n.id)
	s, _ := n.Get()
	fmt.Println(s)
	var g Grid[bool]
	g.cells[1][0] = true
	g2 := g
	g2.cells[0][0] = true
	fmt.Println(g, g2)
	fmt.Printf("%+v\n", Opt[[]int]{})
}
