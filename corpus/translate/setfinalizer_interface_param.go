// runtime.SetFinalizer with a finalizer taking an interface the object does not implement.
package main

import (
	"fmt"
	"runtime"
)

type T struct{ p *int }

func (t *T) String() string { return "T" }

type U struct{ p *int }

func main() {
	runtime.SetFinalizer(&T{}, func(s fmt.Stringer) {})
	fmt.Println("a *T is a Stringer")
	runtime.SetFinalizer(&U{}, func(s fmt.Stringer) {})
}
