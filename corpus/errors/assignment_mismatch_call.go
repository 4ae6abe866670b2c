package main

import "strconv"

func main() {
	n := strconv.Itoa(5)
	s, err := strconv.Itoa(5)
	println(n, s, err)
}
