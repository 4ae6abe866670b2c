package main

import "fmt"

var fmt = "format"

func main() {
	println(fmt)
}
