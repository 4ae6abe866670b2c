// A failed type assertion panics with *runtime.TypeAssertionError: type switches and errors.As see it.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(f func()) (err error) {
	defer func() {
		r := recover()
		switch e := r.(type) {
		case *runtime.TypeAssertionError:
			err = fmt.Errorf("assertion: %w", e)
		case runtime.Error:
			err = fmt.Errorf("runtime: %w", e)
		default:
			err = fmt.Errorf("other: %v", e)
		}
	}()
	f()
	return nil
}

func main() {
	var x any = "s"
	e1 := try(func() { _ = x.(int) })
	e2 := try(func() { _ = x.(fmt.Stringer) })
	e3 := try(func() { var a []int; _ = a[1] })
	fmt.Println(e1)
	fmt.Println(e2)
	fmt.Println(e3)
	var tae *runtime.TypeAssertionError
	fmt.Println(errors.As(e1, &tae), tae.Error())
	var re runtime.Error
	fmt.Println(errors.As(e3, &re), errors.As(e3, &tae))
}
