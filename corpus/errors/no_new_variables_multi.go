package main

import "strconv"

func main() {
	n, err := strconv.Atoi("1")
	if err == nil {
		println(n)
	}
	n, err := strconv.Atoi("2")
	println(n, err)
}
