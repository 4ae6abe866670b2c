// The runtime's errors have Go's dynamic types: %T, type assertions and switches on a recovered value.

package main

import (
	"errors"
	"fmt"
)

func try(f func()) {
	defer func() {
		r := recover()
		if _, ok := r.(string); ok {
			fmt.Println("a string")
		}
		fmt.Printf("%T %v\n", r, r)
	}()
	f()
}

func main() {
	n := -1
	var m map[string]int
	var p *struct{ X int }
	z := 0
	var a any = "x"
	try(func() { _ = make([]int, n) })
	try(func() { _ = []int{}[n+5] })
	try(func() { m["a"] = 1 })
	try(func() { _ = p.X })
	try(func() { _ = 1 / z })
	try(func() { _ = a.(int) })
	try(func() { panic(errors.New("e")) })
	try(func() { panic(fmt.Errorf("w %w", errors.New("e"))) })
	ch := make(chan int)
	close(ch)
	try(func() { close(ch) })
}

func init() {
	e := errors.Join(errors.New("a"), errors.New("b"))
	fmt.Printf("%T\n", e)
	var x any = e
	switch x.(type) {
	case string:
		fmt.Println("string")
	case error:
		fmt.Println("error")
	}
}
