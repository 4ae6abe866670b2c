package main

import (
	"fmt"
	"time"
)

func worker(id int, d time.Duration, out chan<- string) {
	time.Sleep(d)
	out <- fmt.Sprintf("worker %d after %v", id, d)
}

func main() {
	out := make(chan string)
	go worker(1, 80*time.Millisecond, out)
	go worker(2, 10*time.Millisecond, out)
	go worker(3, 160*time.Millisecond, out)
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
	}
	select {
	case msg := <-out:
		fmt.Println("unexpected", msg)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}
	start := time.Now()
	time.Sleep(5 * time.Millisecond)
	fmt.Println(time.Since(start) >= 5*time.Millisecond)
	timer := time.NewTimer(time.Hour)
	fmt.Println(timer.Stop())
}
