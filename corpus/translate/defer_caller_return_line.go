// runtime.Caller in a deferred call reports the deferring function at the return statement
// that ran its deferred calls (an early one too), or at its closing brace.
package main

import (
	"fmt"
	"runtime"
)

func where() {
	_, _, line, _ := runtime.Caller(1)
	fmt.Println("deferred; function at line", line)
}

func f(x int) (r int) {
	defer where()
	if x > 0 {
		return 1
	}
	if x < 0 {
		r = -1
		return
	}
	return 0
}

func g(x int) {
	defer func() {
		_, _, line, _ := runtime.Caller(1)
		fmt.Println("g deferred at", line)
	}()
	for i := 0; i < 3; i++ {
		if i == x {
			return
		}
	}
}

func main() {
	fmt.Println(f(1), f(-1), f(0))
	g(1)
	g(5)
}
