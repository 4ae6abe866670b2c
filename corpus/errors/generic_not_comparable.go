package main

func Index[T comparable](xs []T, x T) int {
	for i, v := range xs {
		if v == x {
			return i
		}
	}
	return -1
}

func main() {
	rows := [][]int{{1}, {2}}
	println(Index(rows, []int{2}))
}
