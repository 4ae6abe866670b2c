package main

import "fmt"

func main() {
	add := func(a int) int {
		return a + offset
	}
	fmt.Println(add(1))
}
