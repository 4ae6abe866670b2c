package main

var table = build()

func build() map[string]int {
	m := map[string]int{}
	for k := range table {
		m[k] = 1
	}
	return m
}

func main() {
	println(len(table))
}
