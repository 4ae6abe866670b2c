// panic(nil) panics with *runtime.PanicNilError (Go 1.21 on): recover returns it, errors.As,
// type switches and assertions find it; runtime's profiling knobs a program may touch.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		var pe *runtime.PanicNilError
		if err, ok := r.(error); ok {
			fmt.Println(errors.As(err, &pe), pe.Error())
			var re runtime.Error
			fmt.Println(errors.As(err, &re))
		}
		switch r.(type) {
		case *runtime.PanicNilError:
			fmt.Println("switch: PanicNilError")
		default:
			fmt.Println("switch: other")
		}
		_, ok := r.(*runtime.PanicNilError)
		fmt.Println(ok, runtime.NumCgoCall(), runtime.MemProfileRate)
		runtime.SetBlockProfileRate(0)
		fmt.Println(runtime.SetMutexProfileFraction(5), runtime.SetMutexProfileFraction(-1))
	}()
	panic(nil)
}
