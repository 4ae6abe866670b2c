package main

import "fmt"

func main() {
	if n := 42; n > 0 {
		fmt.Println("positive")
	}
	fmt.Println(n)
}
