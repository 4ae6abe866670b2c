package main

import "fmt"

func main() {
	values := []int{3, 1, 2}
	sorted := sortInts(values)
	fmt.Println(sorted)
}
