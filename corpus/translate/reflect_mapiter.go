// reflect.MapIter: Value.MapRange, Next, Key, Value, Reset and their panics.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	it := reflect.ValueOf(m).MapRange()
	var keys []string
	sum := 0
	for it.Next() {
		keys = append(keys, it.Key().String())
		sum += int(it.Value().Int())
	}
	sort.Strings(keys)
	fmt.Println(keys, sum)
	fmt.Printf("%T\n", it)
	try("exhausted next", func() { it.Next() })
	try("exhausted key", func() { it.Key() })
	it.Reset(reflect.ValueOf(map[int]bool{7: true}))
	try("before next", func() { it.Key() })
	fmt.Println(it.Next(), it.Key().Int(), it.Value().Bool(), it.Next())
	try("not a map", func() { reflect.ValueOf(3).MapRange() })
	try("zero", func() { reflect.Value{}.MapRange() })
	try("reset int", func() { it.Reset(reflect.ValueOf(3)) })
	var zero reflect.MapIter
	try("zero iter", func() { zero.Next() })
	var nm map[string]int
	fmt.Println(reflect.ValueOf(nm).MapRange().Next())
}
