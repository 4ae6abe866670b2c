package main

import (
	"fmt"
	"strconv"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string   { return "rect" }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string   { return "circle" }

type Temp int

func (t Temp) String() string { return strconv.Itoa(int(t)) + "°" }

func describe(s Shape) string {
	return s.Name() + " " + strconv.FormatFloat(s.Area(), 'f', 2, 64)
}

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	var s Shape
	fmt.Println(s == nil)
	s = Rect{1, 1}
	fmt.Println(s != nil, s.Area())
	fmt.Println(Rect{1, 2}, &Rect{3, 4}, Temp(21))
	var t fmt.Stringer = Temp(5)
	fmt.Println(t.String())
	n, err := strconv.Atoi("12x")
	fmt.Println(n, err)
	m, err := strconv.Atoi("42")
	fmt.Println(m, err == nil)
}
