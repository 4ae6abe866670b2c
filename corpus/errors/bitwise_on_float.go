package main

func main() {
	a, b := 1.5, 2.5
	println(a & b)
	println(a % b)
}
