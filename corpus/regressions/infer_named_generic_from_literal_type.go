// A type argument is inferred by unifying a defined generic parameter type (iter.Seq[V])
// with the underlying type of a plain func argument, as Go's inexact unification does.

package main

import (
	"cmp"
	"fmt"
	"iter"
	"slices"
)

type Pair[K cmp.Ordered, V any] map[K]V

func keysOf[K cmp.Ordered, V any](p Pair[K, V]) []K {
	var out []K
	for k := range p {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func main() {
	count := func(n int) func(func(int) bool) {
		return func(yield func(int) bool) {
			for i := range n {
				if !yield(i) {
					return
				}
			}
		}
	}
	next, stop := iter.Pull(count(3))
	fmt.Println(next())
	fmt.Println(next())
	stop()
	fmt.Println(next())
	fmt.Println(slices.Collect(count(4)))
	fmt.Println(keysOf(map[string]int{"b": 1, "a": 2}))
}
