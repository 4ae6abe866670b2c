package main

import (
	"fmt"
	"sort"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Tri struct{ B, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }
func (r Rect) Name() string   { return "rect" }
func (t *Tri) Area() float64  { return t.B * t.H / 2 }
func (t *Tri) Name() string   { return "tri" }

type byArea []Shape

func (s byArea) Len() int           { return len(s) }
func (s byArea) Less(i, j int) bool { return s[i].Area() < s[j].Area() }
func (s byArea) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func largest(shapes ...Shape) (best Shape) {
	for _, s := range shapes {
		if best == nil || s.Area() > best.Area() {
			best = s
		}
	}
	return
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Tri{10, 1}, Rect{1, 1}, &Tri{6, 6}}
	sort.Sort(byArea(shapes))
	for _, s := range shapes {
		fmt.Printf("%-4s %6.2f\n", s.Name(), s.Area())
	}
	fmt.Println(largest(shapes...).Name(), largest() == nil)
	counts := map[string]int{}
	for _, s := range shapes {
		switch s.(type) {
		case Rect:
			counts["rect"]++
		case *Tri:
			counts["tri"]++
		}
	}
	fmt.Println(counts)
}
