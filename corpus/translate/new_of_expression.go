// new(expr) (Go 1.26): a pointer to a new variable holding a copy of expr's value.
package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := new(42)
	*p += 1
	s := new("hi")
	origin := Point{1, 2}
	q := new(origin)
	q.X = 10 // the copy changes, origin does not
	r := new(*p * 2)
	f := new(1.5)
	arr := [2]int{3, 4}
	pa := new(arr)
	pa[0] = 30
	var z *int = new(int)
	fmt.Println(*p, *s, *q, origin, *r, *f, *pa, arr, *z)
	fmt.Printf("%T %T %T %T\n", p, q, f, pa)
}
