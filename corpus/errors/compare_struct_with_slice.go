package main

type Record struct {
	ID   int
	Tags []string
}

func main() {
	r1 := Record{ID: 1}
	r2 := Record{ID: 1}
	println(r1 == r2)
}
