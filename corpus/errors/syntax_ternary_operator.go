package main

func main() {
	a, b := 1, 2
	max := a > b ? a : b
	println(max)
}
