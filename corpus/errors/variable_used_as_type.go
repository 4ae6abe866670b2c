package main

func main() {
	size := 3
	var buf size
	println(buf)
}
