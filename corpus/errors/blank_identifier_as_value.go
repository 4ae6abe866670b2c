package main

func main() {
	_ = 5
	x := _
	println(x)
}
