package main

func main() {
	x, y := true, false
	println(x > y)
}
