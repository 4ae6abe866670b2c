package main

import (
	"fmt"
	"slices"
)

func keysOf[K comparable](xs []K) []K {
	slices.Sort(xs)
	return xs
}

func main() {
	fmt.Println(keysOf([]int{2, 1}))
}
