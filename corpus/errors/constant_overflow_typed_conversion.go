package main

func main() {
	x := uint8(255) + 1
	y := int16(70000)
	println(x, y)
}
