package main

type Pair struct{ A, B int }

func main() {
	p := Pair{1, 2}
	for k, v := range p {
		println(k, v)
	}
}
