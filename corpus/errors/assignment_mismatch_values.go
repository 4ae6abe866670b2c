package main

func main() {
	var a, b int
	a, b = 1, 2, 3
	x, y := 1
	println(a, b, x, y)
}
