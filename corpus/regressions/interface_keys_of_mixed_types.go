// Interface values of different dynamic types are different map keys and unequal struct fields,
// where Python would merge them (true, 1 and 1.0).

package main

import (
	"fmt"
	"maps"
	"slices"
)

type K struct {
	X any
	N int
}

func main() {
	m := map[any]int{true: 1, 1: 2, 1.0: 3, "1": 4, int8(1): 5}
	m[false] = 6
	m[0] = 7
	delete(m, 1.0)
	_, ok := m[1.0]
	fmt.Println(len(m), ok, m[true], m[1], m[int8(1)], m["1"], m[false], m[0])
	c := maps.Clone(m)
	c[2.5] = 9
	fmt.Println(len(c), len(m))
	n := 0
	for k, v := range m {
		if _, isB := k.(bool); isB {
			n += v
		}
	}
	fmt.Println(n)
	keys := []string{}
	for k := range m {
		keys = append(keys, fmt.Sprintf("%T", k))
	}
	slices.Sort(keys)
	fmt.Println(keys)
	fmt.Println(K{true, 1} == K{1, 1}, K{1, 1} == K{1, 1}, K{nil, 0} == K{})
	km := map[K]string{{true, 0}: "a", {1, 0}: "b"}
	fmt.Println(len(km))
	var e error
	em := map[error]int{e: 1}
	fmt.Println(em[nil])
}
