package main

import "fmt"

func main() {
	c := make(chan int)
	go func() {
		v := <-c
		fmt.Println("never", v)
	}()
	fmt.Println("before")
	var m = make(chan int)
	m <- 1
}
