package main

import "time"

func main() {
	c := make(chan int)
	go func() {
		time.Sleep(5 * time.Millisecond)
		close(c)
	}()
	c <- 1
}
