package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minMax(xs []int) (lo, hi int, err error) {
	if len(xs) == 0 {
		err = errors.New("empty")
		return
	}
	lo, hi = xs[0], xs[0]
	for _, x := range xs[1:] {
		if x < lo {
			lo = x
		}
		if x > hi {
			hi = x
		}
	}
	return lo, hi, nil
}

func swap(a, b string) (string, string) { return b, a }

func counted() (n int, err error) {
	defer func() {
		if err != nil {
			n = -1
		}
	}()
	n = 5
	return n, errors.New("fail")
}

func pair() (int, string) { return 7, "seven" }

func show(n int, s string) { fmt.Println("show:", n, s) }

func main() {
	fmt.Println(divmod(17, 5))
	q, _ := divmod(9, 2)
	fmt.Println(q)
	fmt.Println(minMax([]int{3, -2, 8, 0}))
	_, _, err := minMax(nil)
	fmt.Println(err)
	a, b := swap("x", "y")
	a, b = b, a
	fmt.Println(a, b)
	fmt.Println(counted())
	show(pair())
	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
}
