package main

import (
	"fmt"
	"runtime"
	"time"
)

type buffer struct{ data [64]byte }

// pin forgets to call Unpin: when the Pinner is collected with a pinned pointer, Go panics.
func pin() {
	var p runtime.Pinner
	b := &buffer{}
	p.Pin(b)
	fmt.Println("pinned", len(b.data))
}

func main() {
	pin()
	runtime.GC()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("not reached")
}
