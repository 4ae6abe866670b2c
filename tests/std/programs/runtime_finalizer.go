// runtime.SetFinalizer: a finalizer runs on its own goroutine after runtime.GC once its object
// is unreachable, receiving the object itself; SetFinalizer(p, nil) removes one; a variable
// whose address is taken can have one too.
package main

import (
	"fmt"
	"runtime"
	"sort"
)

type res struct {
	id   int
	name string
	buf  [64]byte
}

var done = make(chan string, 8)

func open(id int) *res {
	r := &res{id: id, name: fmt.Sprint("res", id)}
	runtime.SetFinalizer(r, func(r *res) { done <- fmt.Sprint("finalized ", r.id) })
	return r
}

func collect(n int) []string {
	runtime.GC()
	var got []string
	for i := 0; i < n; i++ {
		got = append(got, <-done)
	}
	sort.Strings(got)
	return got
}

func main() {
	a, b, c := open(1), open(2), open(3)
	runtime.SetFinalizer(c, nil)
	fmt.Println(a.id, b.id, c.id)
	a1 := a.id
	a, b = nil, nil
	fmt.Println(collect(2))
	label := fmt.Sprint("label-", a1)
	p := &label
	runtime.SetFinalizer(p, func(s *string) { done <- "string " + *s })
	p = nil
	fmt.Println(collect(1))
	runtime.KeepAlive(c)
}
