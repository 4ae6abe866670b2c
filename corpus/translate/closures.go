package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	c := counter()
	c()
	c()
	fmt.Println(c(), c())
	sq := apply([]int{1, 2, 3}, func(x int) int { return x * x })
	fmt.Println(sq, len(sq))
	total := 0
	add := func(k int) { total += k }
	add(5)
	add(7)
	fmt.Println(total)
	fmt.Println(depth(20000))
	var f func()
	fmt.Println(f == nil)
}
