package main

import "strings"

func main() {
	s := strings.ToUpper("a", "b")
	println(s)
}
