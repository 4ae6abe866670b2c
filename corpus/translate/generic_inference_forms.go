// Type inference in calls of generic functions: channel directions, func arguments, core types, untyped defaults.
package main

import (
	"fmt"
	"slices"
	"maps"
	"iter"
)

type MySlice []int
type Num int

func Recv[T any](c <-chan T) T { return <-c }
func Apply[T any](xs []T, f func(T) bool) int {
	n := 0
	for _, x := range xs {
		if f(x) {
			n++
		}
	}
	return n
}
func Pair[K comparable, V any](m map[K]V, k K) V { return m[k] }
func First[S ~[]E, E any](s S) E { return s[0] }
func Same[T any](a, b T) T { return b }
func Ptr[T any](p *T) T { return *p }
func Seq[V any](s iter.Seq[V]) []V { return slices.Collect(s) }
func Iface[T fmt.Stringer](x T) string { return x.String() }

type S struct{}

func (S) String() string { return "S" }

func main() {
	c := make(chan int, 1)
	c <- 4
	fmt.Println(Recv(c))
	fmt.Println(Apply([]int{1, 2, 3}, func(x int) bool { return x > 1 }))
	fmt.Println(Pair(map[string]Num{"a": 1}, "a"))
	fmt.Println(First(MySlice{7}))
	var e error
	fmt.Println(Same(e, nil))
	var any1 any = 3
	fmt.Println(Same(any1, 4))
	x := 5
	fmt.Println(Ptr(&x))
	fmt.Println(Seq(slices.Values([]string{"a"})))
	fmt.Println(Iface(S{}))
	fmt.Println(slices.Sorted(maps.Keys(map[int]bool{2: true, 1: true})))
	fmt.Println(slices.Index(MySlice{1, 2}, 2), slices.Contains([]Num{1}, 1))
	var f func(int) bool = func(int) bool { return true }
	fmt.Println(Apply([]int{1}, f))
	fmt.Println(max(Num(1), 2))
}
