package main

type point struct {
	x, y int
}

func main() {
	p := point{1, 2}
	println(p.X)
}
