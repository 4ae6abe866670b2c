package main

func main() {
	x := 5
	x + 1
	println(x)
}
