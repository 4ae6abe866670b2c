package main

func main() {
	ratio := 0.5
	var n int = ratio
	println(n)
}
