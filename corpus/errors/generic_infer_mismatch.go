package main

func Min[T int | float64](a, b T) T {
	if a < b {
		return a
	}
	return b
}

func main() {
	var i int = 3
	var f float64 = 2.5
	println(Min(i, f))
}
