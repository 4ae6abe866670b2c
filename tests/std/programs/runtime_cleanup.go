// runtime.AddCleanup: cleanups run on their own goroutine after runtime.GC once their object
// is unreachable (a struct, a variable whose address was taken), Stop cancels one, and the
// panics for a nil pointer, an argument equal to the pointer and a closure over it.
package main

import (
	"fmt"
	"os"
	"runtime"
	"sort"
)

type conn struct {
	id   int
	addr string
}

var events = make(chan string, 16)

func dial(id int) *conn {
	c := &conn{id: id, addr: fmt.Sprint("10.0.0.", id)}
	runtime.AddCleanup(c, func(id int) { events <- fmt.Sprint("conn ", id, " collected") }, id)
	return c
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func collect(n int) []string {
	runtime.GC()
	var got []string
	for i := 0; i < n; i++ {
		got = append(got, <-events)
	}
	sort.Strings(got)
	return got
}

func main() {
	a, b, c := dial(1), dial(2), dial(3)
	stop := runtime.AddCleanup(b, func(s string) { events <- s }, "stopped cleanup ran")
	stop.Stop()
	fmt.Println(a.addr, b.addr, c.addr)
	a, b = nil, nil
	fmt.Println(collect(2))

	// A variable whose address is taken, dead after its last use.
	f, err := os.CreateTemp("", "cleanup.*")
	if err != nil {
		panic(err)
	}
	runtime.AddCleanup(&f, func(name string) {
		os.Remove(name)
		events <- "file removed"
	}, f.Name())
	f.Close()
	fmt.Println(collect(1))

	var z runtime.Cleanup
	z.Stop()
	try("nil", func() { runtime.AddCleanup((*conn)(nil), func(int) {}, 0) })
	try("equal", func() {
		p := &conn{}
		runtime.AddCleanup(p, func(*conn) {}, p)
	})
	try("closure", func() {
		p := &conn{id: 9}
		runtime.AddCleanup(p, func(int) { fmt.Println(p.id) }, 0)
	})
	fmt.Println("done")
	runtime.KeepAlive(c)
}
