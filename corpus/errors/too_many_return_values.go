package main

func lookup(m map[string]int, k string) int {
	v, ok := m[k]
	return v, ok
}

func main() {
	println(lookup(nil, "a"))
}
