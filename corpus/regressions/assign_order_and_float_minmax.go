package main

import (
	"fmt"
	"math"
)

func main() {
	nan := math.NaN()
	z := 0.0
	negz := -z * 1
	fmt.Println(max(2.5, nan), min(nan, 1.0), max(1.0, 2.0, 3.0), min(float32(2), 1))
	fmt.Println(math.Signbit(min(z, negz)), math.Signbit(max(negz, z)), min(3, 1, 2), max("a", "b"))
	i, j := 0, 1
	xs := []int{10, 20}
	i, xs[i] = 1, 99
	m := map[string]int{}
	k := "a"
	k, m[k] = "b", 5
	j, xs[j-1], xs[j] = 0, 7, 8
	fmt.Println(i, j, k, xs, m)
}
