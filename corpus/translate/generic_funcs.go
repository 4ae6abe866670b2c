package main

import (
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int64 | ~float64
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
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

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

type Meters int

func main() {
	fmt.Println(Sum([]int{1, 2, 3}), Sum([]float64{1.5, 2.25}), Sum([]Meters{5, 7}))
	fmt.Println(Map([]string{"a", "bb"}, strings.ToUpper), Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 10) }))
	fmt.Println(Filter([]int{1, 2, 3, 4, 5}, func(i int) bool { return i%2 == 1 }))
	fmt.Println(Max(3, 9), Max("pear", "apple"), Max[float64](2, 1.5))
	fmt.Println(Index([]string{"x", "y"}, "y"), Index([]int{1}, 5))
	fmt.Printf("%T\n", Sum([]Meters{1}))
}
