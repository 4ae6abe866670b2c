// runtime.SetFinalizer with a finalizer whose parameter cannot take the object: a fatal error.
package main

import "runtime"

type T struct{ p *int }
type U struct{ p *int }

func main() {
	runtime.SetFinalizer(&T{}, func(*T) {})
	runtime.SetFinalizer(&T{}, func(any) {})
	runtime.SetFinalizer(&T{}, func(*U) {})
}
