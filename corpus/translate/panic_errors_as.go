package main

import (
	"errors"
	"fmt"
)

type stateErr struct{ state string }

func (e stateErr) Error() string { return "bad state " + e.state }

func step(n int) {
	defer fmt.Println("unwinding step", n)
	if n == 3 {
		panic(stateErr{"three"})
	}
	step(n + 1)
}

func main() {
	func() {
		defer func() {
			r := recover()
			var se stateErr
			fmt.Println("caught:", r, errors.As(r.(error), &se), se.state)
		}()
		step(1)
	}()
	panic(errors.New("fatal: giving up"))
}
