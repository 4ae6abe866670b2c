package main

const scale = 0.0

func main() {
	x := 3
	y := x / scale
	z := 1.5 / scale
	println(y, z)
}
