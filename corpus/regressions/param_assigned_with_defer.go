// A function with a defer runs its body in a nested Python function: parameters and the
// receiver that the body assigns must still be the function's own variables.

package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Bumped(by int) Counter {
	defer fmt.Println("bumped by", by)
	if by < 0 {
		by = -by
	}
	c.n += by
	c = Counter{c.n * 2}
	return c
}

func abs(x int) (r int) {
	defer func() { r *= 10 }()
	if x < 0 {
		x = -x
	}
	r = x
	return
}

func main() {
	fmt.Println(abs(-3), abs(4))
	c := Counter{1}
	fmt.Println(c.Bumped(-2), c)
	p := &c
	func(q *Counter) {
		defer fmt.Println("done", *q)
		q = &Counter{9}
		fmt.Println(*q)
	}(p)
}
