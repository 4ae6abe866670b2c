package main

type Node struct {
	Val  int
	Next *Node
}

func main() {
	n := &Node{Val: 1}
	pp := &n
	println(pp.Val)
}
