// A generic type of a standard package (atomic.Pointer[T]) as a variable and as a struct field.

package main

import (
	"fmt"
	"sync/atomic"
)

type Config struct{ Name string }

type Holder struct {
	cur atomic.Pointer[Config]
	hits atomic.Int32
}

func main() {
	h := &Holder{}
	h.cur.Store(&Config{"x"})
	h.hits.Add(1)
	fmt.Println(h.cur.Load().Name, h.hits.Load())
	var q atomic.Pointer[int]
	x := 5
	q.Store(&x)
	*q.Load() = 7
	fmt.Println(x, *q.Load())
}
