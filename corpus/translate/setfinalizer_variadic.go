// runtime.SetFinalizer with a variadic finalizer: Go's fatal error says "because dotdotdot".
package main

import "runtime"

type T struct{ p *int }

func main() {
	runtime.SetFinalizer(&T{}, func(ts ...*T) {})
}
