package main

func main() {
	size := 2.0
	doubled := size << 1
	println(doubled)
}
