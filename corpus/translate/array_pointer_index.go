package main

import "fmt"

type Grid [3][3]int

func fill(g Grid) Grid {
	for i := range g {
		for j := range g[i] {
			g[i][j] = i*3 + j
		}
	}
	return g
}

func main() {
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 99
	fmt.Println(a, b, a == b)
	c := [...]string{"x", "y"}
	fmt.Println(len(c), c)
	var g Grid
	h := fill(g)
	fmt.Println(g)
	fmt.Println(h)
	p := &a
	p[1] = 42
	fmt.Println(a)
	arrs := [][2]int{{1, 2}, {3, 4}}
	for _, arr := range arrs {
		arr[0] = 0
	}
	fmt.Println(arrs)
	m := map[[2]int]string{{1, 2}: "a", {2, 1}: "b"}
	fmt.Println(m[[2]int{2, 1}])
	s := a[1:3]
	s[0] = -1
	fmt.Println(a, s)
}
