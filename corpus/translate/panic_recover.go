package main

import (
	"errors"
	"fmt"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Printf("%s: error %v\n", name, err)
		} else {
			fmt.Printf("%s: %v (%T)\n", name, r, r)
		}
	}()
	f()
}

func main() {
	try("string", func() { panic("boom") })
	try("int", func() { panic(42) })
	try("error", func() { panic(errors.New("bad thing")) })
	try("index", func() {
		s := []int{1, 2, 3}
		i := 5
		_ = s[i]
	})
	try("nil map", func() {
		var m map[string]int
		m["a"] = 1
	})
	try("conversion", func() {
		var v interface{} = "str"
		_ = v.(int)
	})
	try("divide", func() {
		z := 0
		fmt.Println(1 / z)
	})
	try("none", func() {})
	try("repanic", func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("again: ", r))
		}()
		panic("first")
	})
	fmt.Println("end")
}
