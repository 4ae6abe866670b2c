package main

import (
	"fmt"
	"time"
)

func main() {
	data := make(chan int)
	quit := make(chan struct{})
	results := make(chan string, 10)
	go func() {
		sum := 0
		for {
			select {
			case v := <-data:
				sum += v
			case <-quit:
				results <- fmt.Sprint("sum ", sum)
				close(results)
				return
			}
		}
	}()
	for i := 1; i <= 10; i++ {
		data <- i
	}
	close(quit)
	for r := range results {
		fmt.Println(r)
	}

	// non-blocking sends into a full buffer
	buf := make(chan int, 2)
	dropped := 0
	for i := 0; i < 5; i++ {
		select {
		case buf <- i:
		default:
			dropped++
		}
	}
	fmt.Println("kept", len(buf), "dropped", dropped)

	// a closed channel wakes every waiter
	start := make(chan struct{})
	done := make(chan int, 3)
	for i := 0; i < 3; i++ {
		go func(id int) {
			<-start
			done <- id
		}(i)
	}
	close(start)
	total := 0
	for i := 0; i < 3; i++ {
		total += <-done
	}
	fmt.Println("woken ids sum", total)

	// timeout in a loop
	slow := make(chan int)
	go func() {
		time.Sleep(30 * time.Millisecond)
		slow <- 42
	}()
	timeouts := 0
	for {
		select {
		case v := <-slow:
			fmt.Println("got", v, "after timeouts:", timeouts > 0)
			return
		case <-time.After(5 * time.Millisecond):
			timeouts++
		}
	}
}
