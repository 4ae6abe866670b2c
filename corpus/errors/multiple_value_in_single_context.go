package main

import "strconv"

func main() {
	total := 10 + strconv.Atoi("5")
	println(total)
}
