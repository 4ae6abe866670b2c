package main

import "fmt"

func main() {
	a := struct {
		A int
		B string
	}{1, "x"}
	var e struct{}
	fmt.Printf("%#v %T\n", a, a)
	fmt.Printf("%#v %T\n", e, e)
	fmt.Printf("%T\n", []struct{ X, Y int }{})
	fmt.Printf("%#v\n", []struct{ X, Y int }{{1, 2}})
}
