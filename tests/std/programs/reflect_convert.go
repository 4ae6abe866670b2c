// reflect.Value.Convert and CanConvert: numbers, strings, byte and rune slices, defined types, structs with the same fields, slices to arrays, interfaces.
package main

import (
	"fmt"
	"reflect"
)

type Celsius float64
type MyInt int
type Name string
type P struct{ X, Y int }
type Q P

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panic:", r)
		}
	}()
	f()
}

func main() {
	show := func(v reflect.Value) { fmt.Printf("%T %v\n", v.Interface(), v.Interface()) }
	show(reflect.ValueOf(3.9).Convert(reflect.TypeOf(int8(0))))
	show(reflect.ValueOf(-1).Convert(reflect.TypeOf(uint8(0))))
	show(reflect.ValueOf(300).Convert(reflect.TypeOf(int8(0))))
	show(reflect.ValueOf(1.5).Convert(reflect.TypeOf(Celsius(0))))
	show(reflect.ValueOf(Celsius(2.25)).Convert(reflect.TypeOf(float32(0))))
	show(reflect.ValueOf(MyInt(65)).Convert(reflect.TypeOf("")))
	show(reflect.ValueOf(-1).Convert(reflect.TypeOf("")))
	show(reflect.ValueOf([]byte("hi")).Convert(reflect.TypeOf("")))
	show(reflect.ValueOf("héllo").Convert(reflect.TypeOf([]rune(nil))))
	show(reflect.ValueOf("hey").Convert(reflect.TypeOf([]byte(nil))))
	show(reflect.ValueOf([]rune{104, 105}).Convert(reflect.TypeOf(Name(""))))
	show(reflect.ValueOf(P{1, 2}).Convert(reflect.TypeOf(Q{})))
	show(reflect.ValueOf(complex64(1+2i)).Convert(reflect.TypeOf(complex128(0))))
	show(reflect.ValueOf([]int{1, 2, 3}).Convert(reflect.TypeOf([2]int{})))
	show(reflect.ValueOf(42).Convert(reflect.TypeOf((*any)(nil)).Elem()))
	fmt.Println(reflect.ValueOf(1).CanConvert(reflect.TypeOf("")), reflect.ValueOf("a").CanConvert(reflect.TypeOf(1)),
		reflect.ValueOf([]int{1}).CanConvert(reflect.TypeOf([2]int{})), reflect.ValueOf(P{}).CanConvert(reflect.TypeOf(Q{})),
		reflect.ValueOf(1).CanConvert(reflect.TypeOf((*fmt.Stringer)(nil)).Elem()))
	try("str-int", func() { reflect.ValueOf("a").Convert(reflect.TypeOf(1)) })
	try("short", func() { reflect.ValueOf([]int{1}).Convert(reflect.TypeOf([2]int{})) })
	try("zero", func() { reflect.Value{}.Convert(reflect.TypeOf(1)) })
}
