package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min, Max Point
	Label    string
}

func (r Rect) Area() int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func main() {
	p := Point{1, 2}
	q := Point{Y: 5}
	fmt.Println(p, q, p == q, p == Point{1, 2})
	r := Rect{Min: p, Max: Point{4, 6}, Label: "box"}
	fmt.Printf("%v\n%+v\n", r, r)
	fmt.Println(r.Area())
	r2 := r
	r2.Max.X = 10
	fmt.Println(r.Max, r2.Max, r == r2)
	visits := map[Point]int{}
	visits[Point{0, 0}]++
	visits[Point{0, 0}]++
	visits[Point{1, 0}]++
	fmt.Println(visits[Point{0, 0}], len(visits))
	anon := struct {
		Name string
		Age  int
	}{"Ann", 30}
	fmt.Printf("%v %+v\n", anon, anon)
	var zero Rect
	fmt.Printf("%+v %q\n", zero, zero.Label)
	pts := []Point{{1, 1}, {2, 4}, {3, 9}}
	for _, pt := range pts {
		pt.X = 0
	}
	for i := range pts {
		pts[i].Y++
	}
	fmt.Println(pts)
}
