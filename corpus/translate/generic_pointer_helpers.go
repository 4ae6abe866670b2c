// Pointer helpers over type parameters (a pointer to a struct made or read in generic code is
// the pointer the rest of the program uses), real/imag/complex of variables, cmp.Or over
// structs and interfaces, and standard generic functions instantiated explicitly.
package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
)

type Config struct {
	Name    string
	Retries int
}

type point struct{ x, y int }

func Ptr[T any](v T) *T { return &v }

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func Set[T any](p *T, v T) { *p = v }

func Fresh[T any]() *T { return new(T) }

func Swap[T any](a, b *T) { *a, *b = *b, *a }

func main() {
	c := Ptr(Config{"svc", 3})
	c.Retries++
	fmt.Println(c.Name, c.Retries, Deref(c, Config{}), Deref[Config](nil, Config{"default", 1}))
	Set(c, Config{"other", 0})
	fmt.Printf("%+v\n", *c)
	n := Ptr(5)
	*n = 6
	Set(n, *n+1)
	fmt.Println(*n, Deref(n, 0))
	z := Fresh[Config]()
	z.Name = "fresh"
	fmt.Println(*z, *Fresh[int](), *Fresh[[2]int]())
	a, b := Config{"a", 1}, Config{"b", 2}
	Swap(&a, &b)
	x, y := 1, 2
	Swap(&x, &y)
	fmt.Println(a, b, x, y)
	arr := Ptr([3]int{1, 2, 3})
	arr[1] = 20
	fmt.Println(*arr, len(arr))

	var d complex128 = 3i + 2
	fmt.Println(real(d), imag(d), complex(real(d), 1), real(d*d))
	var f32 float32 = 1.5
	c64 := complex(f32, f32)
	fmt.Printf("%v %T %T\n", c64, c64, real(c64))

	fmt.Println(cmp.Or[any](nil, 0, 1), cmp.Or(point{}, point{1, 2}), cmp.Or[any](nil, false, ""))
	fmt.Println(cmp.Or(0.0, math.Copysign(0, -1)), cmp.Or(math.Copysign(0, -1), math.NaN(), 2), cmp.Or("", "b"), cmp.Or[int]())
	xs := []string{"", "", "c"}
	fmt.Println(cmp.Or(xs...), cmp.Or[any](nil, point{}), cmp.Or(point{}))
	var e error
	fmt.Println(cmp.Or(e, fmt.Errorf("x")))

	fmt.Println(slices.Concat[[]int]([]int{1}, []int{2, 3}), slices.Max[[]int]([]int{4, 9, 2}))
	fmt.Println(slices.Index[[]string, string]([]string{"a", "b"}, "b"))
	m := map[string]int{"a": 1, "b": 2}
	fmt.Println(slices.Sorted(maps.Keys[map[string]int](m)))
	contains := slices.Contains[[]int, int]
	fmt.Println(contains([]int{1, 2}, 2))
}
