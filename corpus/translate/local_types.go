package main

import (
	"fmt"
	"sort"
)

type kv struct{ K string }

func count(words []string) {
	type kv struct {
		Key   string
		Count int
	}
	m := map[string]int{}
	for _, w := range words {
		m[w]++
	}
	var list []kv
	for k, v := range m {
		list = append(list, kv{k, v})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Count != list[j].Count {
			return list[i].Count > list[j].Count
		}
		return list[i].Key < list[j].Key
	})
	fmt.Println(list)
	fmt.Printf("%T %+v\n", list[0], list[0])
	var x any = list[0]
	if p, ok := x.(kv); ok {
		fmt.Println("kv", p.Count)
	}
}

func main() {
	type celsius float64
	type pair struct {
		a, b celsius
	}
	p := pair{1.5, 2}
	var i any = p.a
	fmt.Printf("%v %T %T\n", p, p, i)
	switch i.(type) {
	case celsius:
		fmt.Println("celsius")
	}
	count([]string{"a", "b", "a", "c", "b", "a"})
	fmt.Println(kv{"outer"})
	q := &pair{a: 3}
	q.b = 4
	fmt.Println(*q, q)
}
