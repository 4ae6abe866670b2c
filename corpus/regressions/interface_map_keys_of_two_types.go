package main

import "fmt"

func main() {
	m := map[any]int{1: 4, int8(1): 7, "1": 1, 1.5: 2, float32(1.5): 3}
	fmt.Println(len(m), m[1], m[int8(1)], m["1"], m[1.5], m[float32(1.5)], m[uint(1)])
}
