package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	b := make([]byte, 4)
	n = copy(b, "héllo")
	fmt.Println(n, b)
	var empty []int
	fmt.Println(copy(empty, src))
	orig := []string{"a", "b", "c"}
	clone := append([]string(nil), orig...)
	clone[0] = "z"
	fmt.Println(orig, clone)
	s := []int{0, 1, 2, 3, 4, 5}
	i := 2
	s = append(s[:i], s[i+1:]...)
	fmt.Println(s, len(s), cap(s))
	s = append(s[:1], append([]int{9}, s[1:]...)...)
	fmt.Println(s)
}
