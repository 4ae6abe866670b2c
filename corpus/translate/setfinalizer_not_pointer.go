// runtime.SetFinalizer on a value that is not a pointer: a fatal error, which recover cannot stop.
package main

import "runtime"

func main() {
	defer func() { recover() }()
	runtime.SetFinalizer(5, nil)
}
