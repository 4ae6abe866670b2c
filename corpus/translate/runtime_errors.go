package main

import "fmt"

func main() {
	defer fmt.Println("deferred before the panic")
	var m map[string]int
	fmt.Println("reading nil map:", m["x"])
	m["x"] = 1
	fmt.Println("unreachable")
}
