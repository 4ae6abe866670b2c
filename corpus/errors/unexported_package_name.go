package main

import "strings"

func main() {
	var b strings.builder
	println(b.Len())
}
