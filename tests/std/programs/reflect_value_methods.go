// reflect.Value's byte, overflow, zero, length, slicing, clearing, growing, comparison, search and iteration methods.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Inner struct{ Deep int }

type T struct {
	Name  string
	Count int8
	Data  []byte
	Inner
	F     func()
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	t := T{Name: "x", Count: 3, Data: []byte("hello")}
	v := reflect.ValueOf(&t).Elem()
	fmt.Println(string(v.Field(2).Bytes()))
	v.Field(2).SetBytes([]byte("bye"))
	fmt.Println(string(t.Data))
	fmt.Println(v.Field(1).OverflowInt(127), v.Field(1).OverflowInt(128), v.Field(1).OverflowInt(-129))
	u8 := reflect.ValueOf(uint16(0))
	fmt.Println(u8.OverflowUint(65535), u8.OverflowUint(65536))
	f32 := reflect.ValueOf(float32(0))
	fmt.Println(f32.OverflowFloat(1e39), f32.OverflowFloat(1e38), reflect.ValueOf(0.0).OverflowFloat(1e300))
	v.Field(1).SetZero()
	v.Field(0).SetZero()
	fmt.Printf("%+v\n", t)
	s := reflect.ValueOf(&t.Data).Elem()
	s.SetLen(2)
	fmt.Println(string(t.Data), s.Len(), s.Cap())
	try("setlen", func() { s.SetLen(10) })
	s.SetCap(2)
	fmt.Println(s.Cap())
	arr := [5]int{1, 2, 3, 4, 5}
	av := reflect.ValueOf(&arr).Elem()
	sl := av.Slice(1, 3)
	fmt.Println(sl.Interface(), sl.Len(), sl.Cap(), av.Slice3(0, 2, 3).Cap())
	try("unaddr", func() { reflect.ValueOf(arr).Slice(0, 1) })
	fmt.Println(reflect.ValueOf("héllo").Slice(1, 3).Interface())
	xs := []int{1, 2, 3}
	reflect.ValueOf(xs).Clear()
	fmt.Println(xs)
	m := map[string]int{"a": 1}
	reflect.ValueOf(m).Clear()
	fmt.Println(len(m))
	g := []int{1}
	gv := reflect.ValueOf(&g).Elem()
	gv.Grow(10)
	fmt.Println(len(g), cap(g) >= 11, gv.Cap() >= 11)
	fmt.Println(reflect.ValueOf(1).Equal(reflect.ValueOf(1)), reflect.ValueOf(1).Equal(reflect.ValueOf(int8(1))),
		reflect.ValueOf("a").Equal(reflect.ValueOf("a")), reflect.ValueOf(Inner{1}).Equal(reflect.ValueOf(Inner{1})))
	try("equal", func() { reflect.ValueOf([]int{}).Equal(reflect.ValueOf([]int{})) })
	fmt.Println(reflect.ValueOf(t).Comparable(), reflect.ValueOf(Inner{}).Comparable(), reflect.ValueOf([2]any{1, []int{}}).Comparable())
	fv := v.FieldByNameFunc(func(s string) bool { return strings.HasPrefix(s, "De") })
	fmt.Println(fv.IsValid(), fv.Interface())
	for i := range reflect.ValueOf([]string{"a", "b"}).Seq() {
		fmt.Print(i.Int(), " ")
	}
	for k, e := range reflect.ValueOf([]string{"a", "b"}).Seq2() {
		fmt.Print(k.Int(), e.String(), " ")
	}
	for i := range reflect.ValueOf(3).Seq() {
		fmt.Print(i.Int(), " ")
	}
	fmt.Println()
	c := complex64(0)
	cv := reflect.ValueOf(&c).Elem()
	cv.SetComplex(2 + 3i)
	fmt.Println(c, cv.OverflowComplex(1e39+0i))
	try("bytes", func() { reflect.ValueOf([]int{}).Bytes() })
	try("bytes2", func() { reflect.ValueOf([2]byte{}).Bytes() })
	try("kind", func() { reflect.ValueOf(1).SetLen(1) })
}
