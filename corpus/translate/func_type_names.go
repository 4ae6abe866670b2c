// %T of function values prints their types as reflect does: no parameter names, qualified
// named types, `interface {}` for any, uint8 and int32 for byte and rune.
package main

import (
	"fmt"
	"time"
)

type P struct{}

func (P) M(d time.Duration, xs ...int) (int, error) { return 0, nil }

func main() {
	var p P
	f := func(a, b int, c string) {}
	fmt.Printf("%T\n%T\n%T\n%T\n", p.M, f, main, fmt.Println)
	var g func(func(x int) bool) []P
	fmt.Printf("%T %v\n", g, g == nil)
	var h func(<-chan int, chan<- string, chan []byte, rune) interface{ Close() error }
	fmt.Printf("%T\n", h)
	fmt.Printf("%T %T\n", []any{}, map[string]interface{ M() int }{})
	var k func(any, fmt.Stringer, error) any
	fmt.Printf("%T\n", k)
}
