package main

func main() {
	xs := []string{"a", "b"}
	delete(xs, 0)
	println(len(xs))
}
