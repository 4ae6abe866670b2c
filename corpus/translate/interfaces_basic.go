package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Circle struct{ R float64 }
type Square struct{ S float64 }

func (c Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (s Square) Area() float64      { return s.S * s.S }
func (s Square) Perimeter() float64 { return 4 * s.S }
func (s Square) String() string     { return fmt.Sprintf("Square(%g)", s.S) }

func describe(s Shape) {
	fmt.Printf("%T %.2f %.2f\n", s, s.Area(), s.Perimeter())
}

func main() {
	shapes := []Shape{Circle{1}, Square{2}, &Circle{0.5}}
	total := 0.0
	for _, s := range shapes {
		describe(s)
		total += s.Area()
	}
	fmt.Printf("total %.3f\n", total)
	fmt.Println(shapes[1], shapes[0])
	if sq, ok := shapes[1].(Square); ok {
		fmt.Println("square side", sq.S)
	}
	_, ok := shapes[0].(Square)
	fmt.Println(ok)
	var st fmt.Stringer = Square{3}
	fmt.Println(st.String())
	_, isStringer := shapes[0].(fmt.Stringer)
	fmt.Println(isStringer)
	var s Shape
	fmt.Println(s == nil)
	s = Square{1}
	fmt.Println(s == Square{1}, s != nil)
}
