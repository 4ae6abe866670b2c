package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	fmt.Println("fib", fib(20))
	q, r := divmod(-7, 2)
	fmt.Println(q, r)
	var x int8 = 127
	x++
	fmt.Println(x)
	var u uint8 = 0
	u--
	fmt.Println(u)
	s := 0
	for i := 0; i < 10; i++ {
		if i%3 == 0 {
			continue
		}
		s += i
	}
	fmt.Println(s)
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	const big = 1 << 40
	fmt.Println(big>>38, 1<<62)
	f := 1.5
	fmt.Println(f*2 > 2.5, !true)
	var y uint32 = 1 << 31
	fmt.Println(y<<1, y>>31, ^y)
}
