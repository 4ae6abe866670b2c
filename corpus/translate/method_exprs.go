package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Dist() int   { return p.X*p.X + p.Y*p.Y }
func (p *Point) Scale(k int) { p.X *= k; p.Y *= k }

type Celsius float64

func (c Celsius) Warm() bool { return c > 20 }

type Shape interface{ Dist() int }

func main() {
	f := Point.Dist
	g := (*Point).Scale
	p := Point{3, 4}
	g(&p, 2)
	fmt.Println(f(p), p)
	w := Celsius.Warm
	fmt.Println(w(25), w(10))
	h := Shape.Dist
	fmt.Println(h(Point{1, 1}))
}
