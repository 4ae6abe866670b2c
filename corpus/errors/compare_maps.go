package main

func equal(x, y map[string]int) bool {
	return x == y
}

func main() {
	println(equal(nil, nil))
}
