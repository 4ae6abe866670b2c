package main

type Rect struct {
	W, H float64
}

func (r Rect) Area() float64 {
	return r.Width * r.H
}

func main() {
	println(Rect{1, 2}.Area())
}
