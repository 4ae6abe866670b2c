// runtime.Caller, Callers and FuncForPC, and log's Lshortfile header: the Go file and
// line of callers, through helpers, methods and a deferred call. The file's own name is
// printed as FILE, so the output does not depend on it.
package main

import (
	"fmt"
	"log"
	"path/filepath"
	"runtime"
	"strings"
)

type T struct{ name string }

func (t *T) where() string { return here(1) }

func (t T) whereValue() string { return here(1) }

var self string

func name(file string) string {
	if file == self {
		return "FILE"
	}
	return filepath.Base(file)
}

func here(skip int) string {
	pc, file, line, ok := runtime.Caller(skip + 1)
	if !ok {
		return "unknown"
	}
	return fmt.Sprintf("%s:%d %s", name(file), line, runtime.FuncForPC(pc).Name())
}

func logf(l *log.Logger, format string, args ...any) {
	l.Output(2, fmt.Sprintf(format, args...))
}

func stack() []string {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(1, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	var out []string
	for {
		f, more := frames.Next()
		if strings.HasPrefix(f.Function, "runtime.") {
			break
		}
		out = append(out, fmt.Sprintf("%s@%s:%d", f.Function, name(f.File), f.Line))
		if !more {
			break
		}
	}
	return out
}

func a() []string { return b() }

func b() []string {
	return stack()
}

func main() {
	_, self, _, _ = runtime.Caller(0)
	var logged strings.Builder
	defer func() {
		fmt.Print(strings.ReplaceAll(logged.String(), filepath.Base(self)+":", "FILE:"))
	}()
	fmt.Println(here(0))
	t := &T{"x"}
	fmt.Println(t.where())
	fmt.Println(T{"y"}.whereValue())
	_, file, _, _ := runtime.Caller(0)
	fmt.Println(filepath.Ext(file), filepath.IsAbs(file))

	l := log.New(&logged, "app: ", log.Lshortfile)
	l.Println("first")
	l.Printf("second %d", 2)
	logf(l, "through a helper")
	log.SetOutput(&logged)
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.SetPrefix("[std] ")
	log.Print("third")
	log.Output(1, "direct")

	fmt.Println(a())
	fmt.Println(stack())
	func() {
		defer func() {
			fmt.Println("deferred", here(0))
		}()
	}()
}
