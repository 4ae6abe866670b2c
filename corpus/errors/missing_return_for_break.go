package main

func firstNegative(xs []int) int {
	for i := 0; ; i++ {
		if i == len(xs) {
			break
		}
		if xs[i] < 0 {
			return i
		}
	}
}

func main() {
	println(firstNegative([]int{1, -1}))
}
