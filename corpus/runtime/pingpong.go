package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v * 2
		}
		close(pong)
	}()
	for i := 0; i < 5; i++ {
		ping <- i
		fmt.Println("got", <-pong)
	}
	close(ping)
	v, ok := <-pong
	fmt.Println(v, ok)
}
