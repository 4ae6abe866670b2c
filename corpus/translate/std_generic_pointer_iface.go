// A pointer to an instantiated standard generic type in an interface: compared, asserted,
// switched on, nil.
package main

import (
	"fmt"
	"sync/atomic"
)

type T struct{ n int }

func main() {
	var p atomic.Pointer[T]
	p.Store(&T{3})
	var x any = &p
	var y any = &p
	fmt.Println(x == y, x.(*atomic.Pointer[T]).Load().n)
	switch v := x.(type) {
	case *atomic.Pointer[int]:
		fmt.Println("int", v)
	case *atomic.Pointer[T]:
		fmt.Println("T", v.Load())
	}
	var np *atomic.Pointer[T]
	x = np
	fmt.Println(x == nil, x)
	fmt.Printf("%T %v\n", x, x)
}
