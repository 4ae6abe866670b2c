package main

const Limit = 10

func main() {
	p := &Limit
	q := &"text"
	println(p, q)
}
