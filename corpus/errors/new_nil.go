package main

type Node struct{ next *Node }

func main() {
	n := new(Node)
	p := new(nil)
	println(n, p)
}
