// reflect's constructors: MakeSlice, Append, AppendSlice, Copy, MakeMap, MakeChan, PointerTo, Swapper, ChanDir.
package main

import (
	"fmt"
	"reflect"
	"sort"
)

func main() {
	st := reflect.TypeOf([]int{})
	v := reflect.MakeSlice(st, 2, 5)
	v.Index(0).SetInt(7)
	v = reflect.Append(v, reflect.ValueOf(9))
	v = reflect.AppendSlice(v, reflect.ValueOf([]int{10, 11}))
	fmt.Println(v.Interface(), v.Len())
	dst := make([]int, 3)
	n := reflect.Copy(reflect.ValueOf(dst), v)
	fmt.Println(n, dst)
	m := reflect.MakeMap(reflect.TypeOf(map[string]int{}))
	fmt.Println(m.Len(), m.Kind(), reflect.PointerTo(st), reflect.PtrTo(reflect.TypeOf(0)))
	c := reflect.MakeChan(reflect.TypeOf(make(chan string)), 2)
	fmt.Println(c.Kind(), c.Len(), reflect.RecvDir, reflect.SendDir, reflect.BothDir)
	people := []string{"c", "a", "b"}
	swap := reflect.Swapper(people)
	swap(0, 2)
	fmt.Println(people)
	xs := []int{3, 1, 2}
	sw := reflect.Swapper(xs)
	sort.Slice(xs, func(i, j int) bool { return xs[i] < xs[j] })
	sw(0, 1)
	fmt.Println(xs)
	defer func() { fmt.Println(recover()) }()
	reflect.MakeSlice(reflect.TypeOf(0), 1, 1)
}
