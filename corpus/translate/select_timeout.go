package main

import (
	"fmt"
	"time"
)

func producer(ch chan<- int, n int) {
	for i := 0; i < n; i++ {
		ch <- i * i
	}
	close(ch)
}

func main() {
	ch := make(chan int)
	go producer(ch, 5)
	total := 0
	for {
		v, ok := <-ch
		if !ok {
			break
		}
		total += v
	}
	fmt.Println("total", total)

	quit := make(chan bool)
	data := make(chan string, 1)
	go func() {
		data <- "hello"
		time.Sleep(20 * time.Millisecond)
		quit <- true
	}()
	got := 0
	for got < 2 {
		select {
		case s := <-data:
			fmt.Println("data", s)
			got++
		case <-quit:
			fmt.Println("quit")
			got++
		}
	}
	select {
	case v := <-data:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("nothing ready")
	}
	timeout := time.After(10 * time.Millisecond)
	select {
	case <-timeout:
		fmt.Println("timed out")
	}
}
