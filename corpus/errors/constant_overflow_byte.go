package main

func main() {
	var b byte = 300
	println(b)
}
