package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	for i := 0; i < 4; i++ {
		if i%2 == 0 {
			a <- i
		} else {
			b <- i
		}
		select {
		case v := <-a:
			fmt.Println("a", v)
		case v := <-b:
			fmt.Println("b", v)
		}
	}
	select {
	case v := <-a:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("default")
	}
	out := make(chan int, 1)
	select {
	case out <- 7:
		fmt.Println("sent", <-out)
	case v := <-a:
		fmt.Println("unexpected", v)
	}
	close(a)
	select {
	case v, ok := <-a:
		fmt.Println("closed", v, ok)
	case v := <-b:
		fmt.Println("unexpected", v)
	}
	// both ready: each is chosen sometimes
	seenA, seenB := false, false
	for i := 0; i < 200 && !(seenA && seenB); i++ {
		x := make(chan int, 1)
		y := make(chan int, 1)
		x <- 1
		y <- 2
		select {
		case <-x:
			seenA = true
		case <-y:
			seenB = true
		}
	}
	fmt.Println("both chosen:", seenA && seenB)
	// unbuffered handoff through select
	u := make(chan string)
	go func() { u <- "hello" }()
	select {
	case s := <-u:
		fmt.Println(s)
	}
}
