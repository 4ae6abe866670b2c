package main

import "fmt"

type C float64

func (c *C) Add(d C) { *c += d }

type N int

func (n *N) Inc() { *n++ }

func main() {
	v := C(2)
	v.Add(1.5)
	var n N
	n.Inc()
	n.Inc()
	fmt.Println(v, n)
	ns := []N{1, 2}
	ns[1].Inc()
	fmt.Println(ns)
}

type W struct{ n N }

func init() {
	var arr [3]N
	arr[2].Inc()
	p := &arr
	p[0].Inc()
	f := arr[1].Inc
	f()
	f()
	fmt.Println(arr)

	w := W{}
	w.n.Inc()
	fmt.Println(w)
}
