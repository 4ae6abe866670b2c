// Generic helpers as tutorials write them: Map, Filter, Reduce, a Stack[T], a Pair[K, V]
// and constraints with ~.
package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprintf("%v=%v", p.Key, p.Val) }

type Celsius float64

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	sq := Map(nums, func(n int) int { return n * n })
	even := Filter(sq, func(n int) bool { return n%2 == 0 })
	words := Map(even, func(n int) string { return fmt.Sprint(n) })
	fmt.Println(sq, even, strings.Join(words, "+"), Reduce(even, 0, func(a, n int) int { return a + n }))
	fmt.Println(Sum([]float64{1.5, 2.25}), Sum([]Celsius{10, 20.5}))
	var s Stack[string]
	for _, w := range []string{"a", "b", "c"} {
		s.Push(w)
	}
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	ps := []Pair[string, int]{{"x", 1}, {"y", 2}}
	fmt.Println(ps, ps[0])
	fmt.Printf("%v %T\n", Reduce(ps, "", func(a string, p Pair[string, int]) string { return a + p.Key }), ps[1])
}
