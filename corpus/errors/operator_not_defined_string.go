package main

func main() {
	first := "abc"
	second := "b"
	println(first - second)
}
