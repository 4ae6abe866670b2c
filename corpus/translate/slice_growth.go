package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	prev := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println("len", len(s), "cap", cap(s))
			prev = cap(s)
		}
	}
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2)
	fmt.Println(a[3], b[3], len(base), cap(base))
	full := []int{1, 2, 3}
	c := append(full, 4)
	c[0] = 100
	fmt.Println(full, c)
	t := s[2:5]
	fmt.Println(t, len(t), cap(t))
	t = t[:cap(t)]
	fmt.Println(len(t))
	u := s[2:5:6]
	fmt.Println(len(u), cap(u))
	u = append(u, 77)
	fmt.Println(s[5])
	u = append(u, 88)
	fmt.Println(s[6], u)
}
