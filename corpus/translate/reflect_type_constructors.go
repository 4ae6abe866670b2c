// reflect's type constructors (SliceOf, ArrayOf, MapOf, ChanOf), Value.Cap and Value.SetMapIndex.
package main

import (
	"fmt"
	"reflect"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	it := reflect.TypeOf(0)
	st := reflect.TypeOf("")
	fmt.Println(reflect.SliceOf(it), reflect.ArrayOf(3, st), reflect.MapOf(st, it))
	fmt.Println(reflect.ChanOf(reflect.BothDir, it), reflect.ChanOf(reflect.RecvDir, it), reflect.ChanOf(reflect.SendDir, st))
	fmt.Println(reflect.SliceOf(it) == reflect.TypeOf([]int{}), reflect.MapOf(st, it) == reflect.TypeOf(map[string]int{}))
	s := reflect.MakeSlice(reflect.SliceOf(st), 2, 4)
	s.Index(1).SetString("x")
	fmt.Printf("%q %d %v\n", s.Interface(), s.Cap(), reflect.ArrayOf(2, it).Len())
	m := reflect.MakeMap(reflect.MapOf(st, it))
	m.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf(5))
	fmt.Println(m.Interface(), reflect.SliceOf(it).Elem().Kind())
	try("negative", func() { reflect.ArrayOf(-1, it) })
	try("bad key", func() { reflect.MapOf(reflect.SliceOf(it), it) })
	try("bad dir", func() { reflect.ChanOf(0, it) })
}

func init() {
	c := reflect.MakeChan(reflect.ChanOf(reflect.BothDir, reflect.TypeOf(0)), 3)
	var nc chan int
	a := [4]int{}
	fmt.Println(c.Cap(), reflect.ValueOf(nc).Cap(), reflect.ValueOf(a).Cap(), reflect.ValueOf(&a).Cap(), reflect.ValueOf(make([]int, 1, 9)).Cap())
	try("cap of map", func() { reflect.ValueOf(map[int]int{}).Cap() })
}

func init() {
	m := map[string]int{"a": 1, "b": 2}
	v := reflect.ValueOf(m)
	v.SetMapIndex(reflect.ValueOf("c"), reflect.ValueOf(3))
	v.SetMapIndex(reflect.ValueOf("a"), reflect.Value{})
	v.SetMapIndex(reflect.ValueOf("zz"), reflect.Value{})
	fmt.Println(m, len(m))
	var nm map[string]int
	try("nil map", func() { reflect.ValueOf(nm).SetMapIndex(reflect.ValueOf("x"), reflect.ValueOf(1)) })
	try("not map", func() { reflect.ValueOf(1).SetMapIndex(reflect.ValueOf("x"), reflect.ValueOf(1)) })
}
