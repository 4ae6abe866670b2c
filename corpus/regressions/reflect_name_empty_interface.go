package main

import "fmt"

type I interface{ M() }

func main() {
	x := [1]any{nil}
	var e any = []any{1}
	s := struct {
		P any
		Q []interface{}
		R map[string]any
	}{}
	fmt.Printf("%#v %T %#v\n", x, e, e)
	fmt.Printf("%T %#v\n", s, s)
	var m map[any]int
	fmt.Printf("%T %#v\n", m, m)
	var i []I
	fmt.Printf("%T\n", i)
}
