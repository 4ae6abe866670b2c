package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		for i := 0; i < 2; i++ {
			ch <- i
		}
	}()
	for v := range ch {
		fmt.Println("got", v)
	}
	fmt.Println("never")
}
