// recover() in a deferred function that has defers of its own still stops the panic; a
// panic raised and recovered inside that deferred function leaves the outer one recovered.
package main

import (
	"fmt"
	"runtime"
)

func cleanup() (err error) {
	defer func() {
		defer fmt.Println("inner deferred runs last")
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	panic("boom")
}

func main() {
	fmt.Println(cleanup())
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		_, isRE := r.(runtime.Error)
		fmt.Println(isRE)
		defer func() {
			r := recover()
			fmt.Printf("%T %v\n", r, r)
		}()
		var s []int
		_ = s[3]
	}()
	var x any = 1
	_ = x.(string)
}
