package main

import "fmt"

type S struct {
	a string
	b int8
}

var a []int
var b []byte
var c []string
var d []S
var e []struct{}
var f [][3]int16

func main() {






	for i := 0; i < 600; i++ {
		a = append(a, i)
		b = append(b, byte(i))
		c = append(c, "x")
		d = append(d, S{})
		e = append(e, struct{}{})
		f = append(f, [3]int16{})
		if i%7 == 0 || i < 20 {
			fmt.Println(i, cap(a), cap(b), cap(c), cap(d), cap(e), cap(f))
		}
	}
	x := []int{1, 2, 3}
	x = append(x, x...)
	y := append([]byte("hello"), " world, long enough"...)
	fmt.Println(cap(x), cap(y))
}
