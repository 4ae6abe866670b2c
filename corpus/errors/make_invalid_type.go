package main

func main() {
	n := make(int, 3)
	println(n)
}
