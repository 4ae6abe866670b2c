package main

func Add[T any](a, b T) T {
	return a + b
}

func main() {
	println(Add(1, 2))
}
