// An int index expression that overflows panics with the value Go computed, wrapped.
package main

import (
	"fmt"
	"math"
)

func main() {
	defer func() { fmt.Println(recover()) }()
	s := []int{1, 2, 3}
	i := math.MaxInt64
	j := 1
	fmt.Println(s[j+1], s[j*2-1])
	s[j+1] = 9
	fmt.Println(s)
	var a [3]int
	a[j+1] = 4
	fmt.Println(a, "abc"[j+1])
	fmt.Println(s[i+2])
}
