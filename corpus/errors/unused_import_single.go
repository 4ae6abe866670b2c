package main

import "math"

func main() {
	println(3 * 3)
}
