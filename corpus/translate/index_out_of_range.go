package main

import "fmt"

func get(xs []int, i int) int {
	return xs[i]
}

func main() {
	xs := []int{10, 20, 30}
	defer fmt.Println("deferred before crash")
	for i := 0; i < 5; i++ {
		fmt.Println(i, get(xs, i))
	}
}
