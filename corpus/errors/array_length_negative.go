package main

const size = -1

var buf [size]byte

func main() {
	println(len(buf))
}
