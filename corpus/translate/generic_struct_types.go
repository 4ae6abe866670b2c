package main

import (
	"errors"
	"fmt"
	"strings"
)

// Stack is a LIFO stack.
type Stack[T any] struct {
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, error) {
	var zero T
	if len(s.items) == 0 {
		return zero, errors.New("empty stack")
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, nil
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Number interface {
	~int | ~int64 | ~float64
}

type Counter[N Number] struct {
	total N
	n     int8
}

func (c *Counter[N]) Add(v N) {
	c.total += v
	c.n++
}

func (c Counter[N]) Mean() float64 { return float64(c.total) / float64(c.n) }

func MakePair[K comparable, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{Key: k, Val: v}
}

type Tree[T any] struct {
	Left, Right *Tree[T]
	Val         T
}

func (t *Tree[T]) Walk(f func(T)) {
	if t == nil {
		return
	}
	t.Left.Walk(f)
	f(t.Val)
	t.Right.Walk(f)
}

func main() {
	var s Stack[int]
	s.Push(1)
	s.Push(2)
	fmt.Println(s.Len(), s)
	v, err := s.Pop()
	fmt.Println(v, err)
	s.Pop()
	v, err = s.Pop()
	fmt.Println(v, err)

	ss := &Stack[string]{}
	ss.Push("a")
	fmt.Printf("%T %T %v %+v\n", s, ss, ss, *ss)

	p := MakePair("x", 3.5)
	fmt.Println(p)
	fmt.Printf("%T %v %s\n", p, p, p)
	q := Pair[string, []int]{"k", []int{1, 2}}
	q2 := q
	q2.Key = "k2"
	fmt.Println(q, q2)

	m := map[Pair[string, int]]bool{}
	m[Pair[string, int]{"a", 1}] = true
	fmt.Println(m[Pair[string, int]{"a", 1}], m[Pair[string, int]{"a", 2}])

	var c Counter[float64]
	c.Add(1.5)
	c.Add(2.5)
	fmt.Println(c.Mean(), c)
	var ci Counter[int]
	for i := range 200 {
		ci.Add(i)
	}
	fmt.Println(ci)

	var x any = s
	switch x.(type) {
	case Stack[string]:
		fmt.Println("string stack")
	case Stack[int]:
		fmt.Println("int stack")
	}
	_, ok := x.(Stack[string])
	fmt.Println(ok)

	t := &Tree[string]{Val: "m"}
	t.Left = &Tree[string]{Val: "a"}
	t.Right = &Tree[string]{Val: "z"}
	var b strings.Builder
	t.Walk(func(s string) { b.WriteString(s) })
	fmt.Println(b.String())

	ps := []Pair[string, int]{{"a", 1}, {Key: "b"}}
	fmt.Println(ps, len(ps))
	var st fmt.Stringer = ps[1]
	fmt.Println(st.String())
}
