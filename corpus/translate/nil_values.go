package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
	Tags []string
	Meta map[string]int
	F    func() int
}

func length(n *Node) int {
	c := 0
	for ; n != nil; n = n.Next {
		c++
	}
	return c
}

func main() {
	list := &Node{1, &Node{2, nil, nil, nil, nil}, nil, nil, nil}
	fmt.Println(length(list), list.Tags == nil, len(list.Tags), list.Meta == nil, list.F == nil)
	var tags []string = nil
	tags = append(tags, "a")
	fmt.Println(tags, len(tags))
	m := map[string][]int{"x": nil}
	fmt.Println(len(m["x"]), m["x"] == nil, m["y"] == nil)
	var e error = nil
	fmt.Println(e == nil)
}
