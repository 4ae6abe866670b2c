package main

import (
	"fmt"
	"strconv"
)

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "id-" + strconv.Itoa(int(i)) }

func JoinAll[T Stringer](xs []T, sep string) string {
	out := ""
	for i, x := range xs {
		if i > 0 {
			out += sep
		}
		out += x.String()
	}
	return out
}

func MaxOf[T ~int | ~float64 | ~string](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		m = max(m, x)
	}
	return m
}

func Keys[K comparable, V any](m map[K]V) int {
	n := 0
	for range m {
		n++
	}
	return n
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Println(JoinAll([]ID{1, 2, 3}, ", "))
	fmt.Println(MaxOf(3, 9, 2), MaxOf("b", "c", "a"), MaxOf(1.5, -2.0))
	fmt.Println(Keys(map[string]bool{"a": true, "b": false}))
	fmt.Println(Reduce([]int{1, 2, 3, 4}, "", func(a string, x int) string { return a + strconv.Itoa(x) }))
	fmt.Println(Reduce([]float64{1.5, 2.5}, 0.0, func(a, x float64) float64 { return a + x }))
	fmt.Printf("%q %v %v\n", Zero[string](), Zero[int](), Zero[*int]() == nil)
}
