package main

import "fmt"

type Temp float64

func main() {
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(m, len(m), m == nil)
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3}
	t := s[1:]
	clear(t)
	fmt.Println(s, len(s))
	fmt.Println(min(4, 2, 8), max(4, 2, 8), min(2.5, 1), max("apple", "pear"))
	var a, b Temp = 20.5, 18
	fmt.Println(min(a, b), max(a, b, 30))
	lo, hi := 0, 10
	clamp := func(v int) int { return max(lo, min(v, hi)) }
	fmt.Println(clamp(-5), clamp(5), clamp(50))
	var u8 uint8 = 200
	fmt.Println(max(u8, 100), min(u8, 255))
}
