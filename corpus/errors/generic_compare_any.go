package main

func Contains[T any](xs []T, x T) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func main() {
	println(Contains([]int{1}, 1))
}
