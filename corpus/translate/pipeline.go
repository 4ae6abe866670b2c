package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func filter(in <-chan int, keep func(int) bool) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			if keep(n) {
				out <- n
			}
		}
	}()
	return out
}

func main() {
	even := func(n int) bool { return n%2 == 0 }
	for v := range filter(square(gen(1, 2, 3, 4, 5, 6)), even) {
		fmt.Println(v)
	}
	total := 0
	for v := range square(square(gen(1, 2, 3))) {
		total += v
	}
	fmt.Println("total", total)
}
