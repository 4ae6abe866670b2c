// runtime.Pinner's panics and its set handed back on Unpin; the order of what runtime.GC
// frees: finalizers newest first, cleanups in order; GOMAXPROCS from GOMAXPROCS in the
// environment, SetDefaultGOMAXPROCS.
// ENV: GOMAXPROCS=5
package main

import (
	"fmt"
	"runtime"
)

type T struct{ a, b int }

type res struct{ n [4]int }

type empty struct{}

var global T

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isErr := r.(runtime.Error)
		fmt.Printf("%s: %v (%T, runtime.Error %v)\n", name, r, r, isErr)
	}()
	f()
}

func pins() {
	var p runtime.Pinner
	fmt.Printf("zero: %v %+v\n", p, p)
	t := &T{1, 2}
	p.Pin(t)
	p.Pin(t)
	p.Pin(&t.b)
	var np *T
	p.Pin(np)
	p.Pin(&global)
	p.Pin(&empty{})
	p.Unpin()
	fmt.Printf("after Unpin: %+v\n", p)
	p.Unpin()
	var q runtime.Pinner
	q.Unpin()
	try("nil", func() { p.Pin(nil) })
	try("int", func() { p.Pin(5) })
	try("struct", func() { p.Pin(T{}) })
	try("slice", func() { p.Pin([]int{1}) })
	try("map", func() { p.Pin(map[int]int{}) })
	try("func", func() { p.Pin(pins) })
	try("chan", func() { p.Pin(make(chan int)) })
	try("string", func() { p.Pin("s") })
	p.Unpin()
	// Unpinned before it is dropped: no leak to report.
	func() {
		var r runtime.Pinner
		r.Pin(new(int))
		r.Unpin()
	}()
}

var ran = make(chan string, 16)

// The order in which a collection's finalizers, then its cleanups, run; when they run is up
// to Go's scheduler, so main waits for them.
func finalizers() {
	for i := 0; i < 4; i++ {
		r := &res{}
		r.n[0] = i
		runtime.SetFinalizer(r, func(r *res) { ran <- fmt.Sprint("finalizer ", r.n[0]) })
	}
	runtime.GC()
	for i := 0; i < 4; i++ {
		fmt.Println(<-ran)
	}
}

func cleanups() {
	for i := 0; i < 4; i++ {
		r := &res{}
		runtime.AddCleanup(r, func(i int) { ran <- fmt.Sprint("cleanup ", i) }, i)
	}
	runtime.GC()
	for i := 0; i < 4; i++ {
		fmt.Println(<-ran)
	}
}

func main() {
	pins()
	runtime.GC()
	finalizers()
	cleanups()
	fmt.Println("GOMAXPROCS", runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(3)
	fmt.Println("GOMAXPROCS", runtime.GOMAXPROCS(0))
	runtime.SetDefaultGOMAXPROCS()
	fmt.Println("default is NumCPU or less:", runtime.GOMAXPROCS(0) <= runtime.NumCPU(), runtime.GOMAXPROCS(0) > 0)
}
