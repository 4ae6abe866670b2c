// Generic containers with iterators, Filter/Reduce, slices and maps helpers, iter.Pull, range over int.
package main

import (
	"cmp"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

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

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func Reduce[T, A any](s []T, init A, f func(A, T) A) A {
	acc := init
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}

type Number interface{ ~int | ~float64 }

func Max[T Number](xs ...T) (m T) {
	for i, x := range xs {
		if i == 0 || x > m {
			m = x
		}
	}
	return
}

type Person struct {
	Name string
	Age  int
}

func main() {
	var l List[string]
	for _, s := range []string{"a", "b", "c", "d"} {
		l.Push(s)
	}
	for i, v := range l.All() {
		if i == 3 {
			break
		}
		fmt.Print(i, v, " ")
	}
	fmt.Println(l.size)
	evens := Filter(slices.Values([]int{1, 2, 3, 4, 5, 6}), func(x int) bool { return x%2 == 0 })
	fmt.Println(slices.Collect(evens))
	fmt.Println(Reduce([]string{"x", "y"}, 0, func(a int, s string) int { return a + len(s) }))
	fmt.Println(Max(3, 9, 2), Max(1.5, -2.0), min(3, 1, 2), max("a", "b"))
	people := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 30}, {"Di", 22}}
	slices.SortStableFunc(people, func(a, b Person) int { return cmp.Compare(b.Age, a.Age) })
	fmt.Println(people)
	idx, found := slices.BinarySearchFunc([]int{1, 3, 5, 7}, 5, cmp.Compare[int])
	fmt.Println(idx, found, slices.Index([]string{"a", "b"}, "b"), slices.Contains(people, Person{"Bo", 25}))
	byAge := map[int][]string{}
	for _, p := range people {
		byAge[p.Age] = append(byAge[p.Age], p.Name)
	}
	for _, age := range slices.Sorted(maps.Keys(byAge)) {
		fmt.Print(age, byAge[age], ";")
	}
	fmt.Println()
	m := map[string]int{"a": 1, "b": 2}
	m2 := maps.Clone(m)
	clear(m)
	fmt.Println(len(m), m2, strings.Fields(" x y "))
	s := []int{5, 2, 8, 1}
	s2 := slices.Clone(s)
	slices.Sort(s2)
	fmt.Println(s, s2, slices.Max(s), slices.Compact([]int{1, 1, 2, 2, 3}), slices.Insert([]int{1, 4}, 1, 2, 3))
	for i := range 3 {
		defer fmt.Print(i)
	}
	next, stop := iter.Pull(slices.Values([]string{"p", "q"}))
	defer stop()
	v1, ok1 := next()
	v2, ok2 := next()
	v3, ok3 := next()
	fmt.Printf("%q %v %q %v %q %v\n", v1, ok1, v2, ok2, v3, ok3)
	for k, v := range maps.All(map[string]int{"only": 1}) {
		fmt.Println(k, v)
	}
	chunks := slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2))
	fmt.Println(chunks, strings.Join(slices.Collect(strings.SplitSeq("a,b,c", ",")), "+"))
}
