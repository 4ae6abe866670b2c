package main

type Tree struct {
	Left  Tree
	Right *Tree
	Value int
}

func main() {
	var t Tree
	println(t.Value)
}
