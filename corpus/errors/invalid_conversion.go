package main

import "strconv"

func main() {
	s := "42"
	n := int(s)
	m, _ := strconv.Atoi(s)
	println(n + m)
}
