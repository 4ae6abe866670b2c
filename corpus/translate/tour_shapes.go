// Interfaces as tutorials show them: Shape with Area and Perimeter, embedding of a Named
// base, type switches, sorting by area with sort.Sort, and fmt's %v/%+v/%T/%#v on them.
package main

import (
	"fmt"
	"math"
	"sort"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named struct{ Name string }

func (n Named) Label() string { return "[" + n.Name + "]" }

type Rect struct {
	Named
	W, H float64
}

type Circle struct {
	Named
	R float64
}

func (r Rect) Area() float64        { return r.W * r.H }
func (r Rect) Perimeter() float64   { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64     { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

type byArea []Shape

func (s byArea) Len() int           { return len(s) }
func (s byArea) Less(i, j int) bool { return s[i].Area() < s[j].Area() }
func (s byArea) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func describe(s Shape) string {
	switch v := s.(type) {
	case Rect:
		return fmt.Sprintf("rect %s %.0fx%.0f", v.Label(), v.W, v.H)
	case *Circle:
		return fmt.Sprintf("circle %s r=%.1f", v.Label(), v.R)
	default:
		return "unknown"
	}
}

func main() {
	shapes := []Shape{Rect{Named{"a"}, 3, 4}, &Circle{Named{"b"}, 1}, Rect{Named{"c"}, 1, 1}, &Circle{Named{"d"}, 2.5}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-22s area=%7.3f perim=%7.3f\n", describe(s), s.Area(), s.Perimeter())
	}
	r := Rect{Named{"z"}, 2, 5}
	fmt.Printf("%v %+v %T\n", r, r, r)
	fmt.Printf("%#v\n", r)
	var total float64
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("%.4f %v\n", total, sort.IsSorted(byArea(shapes)))
}
