// Values of a type parameter's type are copied as Go copies them when the type argument is an
// array or a struct; an array of pointers keeps its pointers.
package main

import "fmt"

type S struct{ A [2]int }

func dup[T any](x T) (T, T) {
	y := x
	return x, y
}

func deref[T any](p *T) T { return *p }

func setFirst(a *[2]int) { a[0] = 99 }

func main() {
	a := [2]int{1, 2}
	x, y := dup(a)
	setFirst(&x)
	fmt.Println(a, x, y)
	s := S{[2]int{1, 2}}
	p := &s
	c := deref(p)
	c.A[0] = 7
	fmt.Println(s, c)
	arr := [2]*S{&S{}, &S{}}
	d := deref(&arr)
	d[0].A[1] = 5
	fmt.Println(*arr[0], *d[0])
	nested := [1][2]S{}
	n2 := deref(&nested)
	n2[0][0].A[0] = 3
	fmt.Println(nested, n2)
}

type number interface{ ~int | ~float64 }

func biggest[T number](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

func init() { fmt.Println(biggest(3, 9, 2), biggest(1.5, -2)) }
