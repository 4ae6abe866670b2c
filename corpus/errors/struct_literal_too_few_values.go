package main

type Color struct {
	R, G, B uint8
}

func main() {
	c := Color{255, 128}
	println(c.R)
}
