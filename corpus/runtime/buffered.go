package main

import "fmt"

func main() {
	c := make(chan string, 3)
	fmt.Println(len(c), cap(c))
	c <- "a"
	c <- "b"
	fmt.Println(len(c), cap(c))
	fmt.Println(<-c)
	c <- "c"
	c <- "d"
	fmt.Println(len(c))
	close(c)
	for v := range c {
		fmt.Println("range", v)
	}
	v, ok := <-c
	fmt.Printf("%q %v\n", v, ok)
	var nilc chan int
	fmt.Println(len(nilc), cap(nilc))
	select {
	case c2 := <-nilc:
		fmt.Println("impossible", c2)
	default:
		fmt.Println("nil channel never ready")
	}
	done := make(chan struct{})
	data := make(chan int, 1)
	go func() {
		for i := 0; i < 4; i++ {
			data <- i
		}
		close(data)
	}()
	go func() {
		s := 0
		for v := range data {
			s += v
		}
		fmt.Println("sum", s)
		close(done)
	}()
	<-done
}
