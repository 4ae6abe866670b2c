package main

import "fmt"

// Point is a position on the grid.
// It is comparable.
type Point struct{ X, Y int }

// Add returns the sum of two points.
func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

// main prints a sum.
func main() {
	fmt.Println(Point{1, 2}.Add(Point{3, 4}))
}

// Counter keeps a count.
type Counter struct{ n int }

// Bump changes only its own copy of the counter.
func (c Counter) Bump() int {
	c.n++
	return c.n
}

func init() {
	c := Counter{5}
	fmt.Println(c.Bump(), c.Bump(), c.n)
}
