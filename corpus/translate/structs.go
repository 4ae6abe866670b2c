package main

import "fmt"

type Point struct {
	X, Y int
}

func (p Point) Sum() int { return p.X + p.Y }

func (p *Point) Move(dx int) { p.X += dx }

type Rect struct {
	Min, Max Point
	Name     string
}

type Celsius float64

func (c Celsius) Fahrenheit() float64 { return float64(c)*9/5 + 32 }

func main() {
	p := Point{1, 2}
	q := p
	q.X = 10
	fmt.Println(p.X, q.X, p.Sum())
	p.Move(5)
	fmt.Println(p.X)
	pp := &p
	pp.Move(1)
	fmt.Println(p.X, pp.Sum())
	r := Rect{Min: Point{0, 0}, Max: Point{3, 4}, Name: "r"}
	r2 := r
	r2.Max.X = 100
	fmt.Println(r.Max.X, r2.Max.X, r.Name)
	fmt.Println(p == Point{7, 2}, p != q)
	var c Celsius = 100
	fmt.Println(c.Fahrenheit() == 212)
	n := new(Point)
	n.Y = 3
	fmt.Println(n.Y, n.Sum())
}
