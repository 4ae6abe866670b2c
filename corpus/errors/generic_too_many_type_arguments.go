package main

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	ys := Map[int, string, bool]([]int{1}, func(int) string { return "" })
	println(len(ys))
}
