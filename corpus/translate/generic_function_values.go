// Generic functions as values: type arguments inferred from the target function type
// (assignment, argument), from core types after a partial instantiation, and the kind
// rule for mixed untyped constants.
package main

import (
	"fmt"
	"slices"
	"strconv"
)

func Identity[T any](x T) T { return x }
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}
func Apply(f func(int) int, x int) int { return f(x) }

type Num interface{ ~int | ~float64 }

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	var f func(int) int = Identity
	fmt.Println(f(3))
	fmt.Println(Apply(Identity, 4))
	fmt.Println(Map([]int{1, 2}, strconv.Itoa))
	g := Identity[string]
	fmt.Println(g("x"))
	fmt.Println(Sum(1, 2.5), Sum[int](), Sum(1, 2))
	cmp := slices.Compare[[]int]
	fmt.Println(cmp([]int{1}, []int{2}))
	var h func(float64) float64
	h = Identity
	fmt.Println(h(1.5))
}

func init() {
	g := slices.Compare[[]int]
	var k func([]string, []string) int = slices.Compare
	fmt.Println(g([]int{1}, []int{1}), k([]string{"b"}, []string{"a"}), slices.Max[[]float64]([]float64{1, 2.5}))
}
