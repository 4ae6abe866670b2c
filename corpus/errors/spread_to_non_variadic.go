package main

func pair(a, b int) int { return a + b }

func main() {
	xs := []int{1, 2}
	println(pair(xs...))
}
