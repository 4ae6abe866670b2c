package main

import "fmt"

type Number interface {
	~int | ~int64 | ~float64
}

type MyInt int

func Sum[T Number](xs []T) T {
	var total T
	for _, x := range xs {
		total += x
	}
	return total
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[T any](xs []T, keep func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Max[T int | float64 | string](a, b T) T {
	if a > b {
		return a
	}
	return b
}

func Zero[T any]() T {
	var z T
	return z
}

func Describe[T any](x T) string {
	return fmt.Sprintf("%v of type %T", x, x)
}

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.25}), Sum([]MyInt{4, 5}))
	strs := Map([]int{1, 2, 3}, func(i int) string { return fmt.Sprint(i * i) })
	fmt.Println(strs, len(strs))
	evens := Filter([]int{1, 2, 3, 4, 5, 6}, func(i int) bool { return i%2 == 0 })
	fmt.Println(evens)
	fmt.Println(Max(3, 7), Max(2.5, 1.5), Max("a", "b"))
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[[]int]() == nil)
	fmt.Println(Describe(42), Describe(MyInt(7)), Describe("s"))
	var i8 int8 = 100
	fmt.Println(Sum([]int64{int64(i8), 9223372036854775807}))
	f := Max[int]
	fmt.Println(f(10, 20))
}
