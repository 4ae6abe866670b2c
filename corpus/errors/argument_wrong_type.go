package main

func square(n int) int { return n * n }

func main() {
	s := "4"
	println(square(s))
}
