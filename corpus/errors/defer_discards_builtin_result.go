package main

func main() {
	xs := []int{1}
	defer len(xs)
	go append(xs, 2)
}
