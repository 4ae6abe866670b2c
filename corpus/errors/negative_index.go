package main

func last(xs []int) int {
	return xs[-1]
}

func main() {
	println(last([]int{1}))
}
