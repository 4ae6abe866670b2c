package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	s := []int{1, 2, 3}
	s = append(s, 4, 5)
	fmt.Println(len(s), cap(s), s[4], sum(s...), sum(1, 2), sum())
	t := s[1:3]
	t[0] = 20
	fmt.Println(s[1], len(t), cap(t))
	u := make([]string, 2, 10)
	u[1] = "b"
	fmt.Println(len(u), u[0] == "", u[1])
	m := map[string]int{"a": 1}
	m["b"] = 2
	v, ok := m["c"]
	fmt.Println(len(m), m["a"], m["b"], v, ok)
	delete(m, "a")
	_, ok = m["a"]
	fmt.Println(ok, len(m))
	var arr [3]int
	arr2 := arr
	arr2[0] = 7
	fmt.Println(arr[0], arr2[0], len(arr))
	str := "héllo"
	fmt.Println(len(str), str[1], str[0:1])
	for i, r := range "aé" {
		fmt.Println(i, r)
	}
	var nilm map[string]int
	fmt.Println(nilm["x"], len(nilm))
	total := 0
	for i := range 4 {
		total += i
	}
	fmt.Println(total)
}
