// runtime.Callers from skip 0 (runtime.Callers itself) down to runtime.main and
// runtime.goexit, Caller past the program's outermost frame, and a goroutine's stack,
// which ends in runtime.goexit alone. Files are printed by base name (Go's GOROOT is not
// the translated program's), this one as FILE.
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
)

var self string

func name(file string) string {
	if file == self {
		return "FILE"
	}
	return filepath.Base(file)
}

func show(skip int) {
	pc := make([]uintptr, 16)
	n := runtime.Callers(skip, pc)
	frames := runtime.CallersFrames(pc[:n])
	for {
		f, more := frames.Next()
		// (whether Go gives a Func depends on its inlining: printed for runtime.Callers only)
		fmt.Printf("  %s %s:%d more=%v\n", f.Function, name(f.File), f.Line, more)
		if f.Function == "runtime.Callers" {
			fmt.Println("  Func:", f.Func != nil)
		}
		if !more {
			break
		}
	}
}

func level2() {
	c := func() { show(0) }
	c()
	show(2)
	window()
}

// A window of two frames deep in the stack: the frames skipped are not counted against it.
func window() {
	pc := make([]uintptr, 2)
	n := runtime.Callers(3, pc)
	frames := runtime.CallersFrames(pc[:n])
	for {
		f, more := frames.Next()
		fmt.Printf("  window: %s %s:%d\n", f.Function, name(f.File), f.Line)
		if !more {
			break
		}
	}
}

func main() {
	_, self, _, _ = runtime.Caller(0)
	fmt.Println("from main:")
	level2()
	for skip := 0; skip < 5; skip++ {
		_, file, line, ok := runtime.Caller(skip)
		fmt.Println("Caller", skip, name(file), line, ok)
	}
	pc := make([]uintptr, 1)
	fmt.Println(runtime.Callers(100, pc))
	done := make(chan bool)
	go func() {
		fmt.Println("from a goroutine:")
		show(1)
		_, file, _, ok := runtime.Caller(1)
		fmt.Println(strings.HasSuffix(file, ".s"), ok)
		done <- true
	}()
	<-done
}
