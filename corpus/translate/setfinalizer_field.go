// runtime.SetFinalizer on a struct's later field holding pointers: not at the beginning of an
// allocated block, a fatal error. The first field shares the struct's address: allowed.
package main

import (
	"fmt"
	"runtime"
)

type T struct {
	a *int
	b *int
}

func main() {
	t := &T{}
	runtime.SetFinalizer(&t.a, func(**int) {})
	fmt.Println("first field allowed")
	runtime.SetFinalizer(&t.b, func(**int) {})
}
