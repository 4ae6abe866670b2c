package main

func main() {
	id := 12345
	first := id[0]
	println(first)
}
