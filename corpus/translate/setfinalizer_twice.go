// runtime.SetFinalizer twice on one object without clearing the first: a fatal error.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ a [8]int }

func main() {
	x := &T{}
	runtime.SetFinalizer(x, func(*T) {})
	runtime.SetFinalizer(x, nil)
	runtime.SetFinalizer(x, func(*T) {})
	fmt.Println("cleared and set again")
	runtime.SetFinalizer(x, func(*T) {})
}
