package main

import (
	"errors"
	"fmt"
	"runtime"
)

type myErr struct{}

func (myErr) Error() string { return "mine" }
func (myErr) RuntimeError() {}

func check(r any) {
	if e, ok := r.(runtime.Error); ok {
		e.RuntimeError()
		fmt.Printf("runtime.Error %T: %v\n", e, e)
	} else {
		fmt.Printf("not a runtime.Error %T\n", r)
	}
}

func main() {
	check(myErr{})
	check(errors.New("x"))
	var re runtime.Error = myErr{}
	re.RuntimeError()
	var as runtime.Error
	fmt.Println(errors.As(fmt.Errorf("w: %w", myErr{}), &as), as)
	defer func() {
		r := recover()
		check(r)
		var pe *runtime.PanicNilError
		fmt.Println(errors.As(r.(error), &pe))
	}()
	var m map[string]int
	m["a"] = 1
}
