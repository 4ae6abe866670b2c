package main

import "fmt"

func main() {
	c := make(chan int, 1)
	close(c)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c <- 1
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var n chan int
		close(n)
	}()
	close(c)
}
