package main

type ID int

type Pair struct{ a, b int }

type ID string

func main() {
	var p Pair
	println(p.a)
}
