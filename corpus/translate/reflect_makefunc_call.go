// reflect.MakeFunc builds functions of a type found at run time; Value.Call calls them.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

func main() {
	swap := func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{in[1], in[0]}
	}
	makeSwap := func(fptr any) {
		fn := reflect.ValueOf(fptr).Elem()
		v := reflect.MakeFunc(fn.Type(), swap)
		fn.Set(v)
	}
	var intSwap func(int, int) (int, int)
	makeSwap(&intSwap)
	fmt.Println(intSwap(0, 1))
	var floatSwap func(float64, float64) (float64, float64)
	makeSwap(&floatSwap)
	fmt.Println(floatSwap(2.72, 3.14))
	up := reflect.ValueOf(strings.ToUpper)
	out := up.Call([]reflect.Value{reflect.ValueOf("go")})
	fmt.Println(out[0].String(), len(out), out[0].Kind())
	add := func(a, b int) int { return a + b }
	r := reflect.ValueOf(add).Call([]reflect.Value{reflect.ValueOf(2), reflect.ValueOf(3)})
	fmt.Println(r[0].Int(), reflect.TypeOf(add))
}
