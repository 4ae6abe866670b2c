package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Printf("%q %v\n", v, ok)
	ch <- "b"
	fmt.Println("never")
}
