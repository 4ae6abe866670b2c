package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := int64(math.MaxInt64), int64(3)
	fmt.Println(a*b+a-b, (a+1)*(b-7), -(a+b)*2)
	var i8 int8 = 100
	fmt.Println(i8+i8-i8, i8*3/2, (i8+50)/2)
	var u uint32 = 4000000000
	fmt.Println(u*u+u, u-u*2)
	x := -7
	fmt.Println(x%2 == 0, x%2 != 0, x%3 == 0, (x-2)%3 == 0, x%-3 == 0)
	s := []int{10, 20, 30, 40}
	for i := range s {
		if i+1 < len(s) {
			s[i] = s[i+1] - s[i]
		}
	}
	fmt.Println(s, len(s)-1-0)
	j := 0
	j, s[j] = 2, 99
	fmt.Println(j, s)
	s[0], s[1], j = s[1], s[0], j+1
	fmt.Println(j, s)
	k := 1
	s[k], k = 7, 3
	fmt.Println(k, s)
	m := map[string]int{}
	m["a"], m["b"] = 1, 2
	fmt.Println(m)
	for n := 0; n < 3; n++ {
		fmt.Print(n-5, n+math.MaxInt32, " ")
	}
	fmt.Println()
	big := math.MaxInt64 - 1
	for n := big; n < math.MaxInt64; n++ {
		fmt.Println(n+1, n+2)
	}
}
