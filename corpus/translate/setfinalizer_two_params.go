// runtime.SetFinalizer with a finalizer of two parameters: a fatal error.
package main

import "runtime"

type T struct{ p *int }

func main() {
	runtime.SetFinalizer(&T{}, func(a, b *T) {})
}
