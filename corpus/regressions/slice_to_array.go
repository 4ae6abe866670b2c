package main

import "fmt"

type P struct{ x int }

func main() {
	s := []P{{1}, {2}, {3}}
	a := [2]P(s)
	a[0].x = 9
	b := [0]P(s)
	fmt.Println(s, a, b, [3]int([]int{4, 5, 6}))
}
