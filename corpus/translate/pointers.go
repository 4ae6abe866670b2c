package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func inc(p *int) { *p++ }

func newInt(v int) *int { return &v }

func main() {
	x := 1
	p := &x
	*p = 3
	fmt.Println(x, *p, p == &x)
	inc(&x)
	inc(p)
	fmt.Println(x)
	a, b := newInt(5), newInt(5)
	fmt.Println(*a == *b, a == b)
	var head *Node
	for i := 3; i > 0; i-- {
		head = &Node{Val: i, Next: head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	n := head.Next
	n.Val = 20
	fmt.Println(head.Next.Val)
	pp := &p
	**pp = 9
	fmt.Println(x)
	arr := []int{1, 2, 3}
	e := &arr[1]
	*e = 50
	fmt.Println(arr)
	var np *Node
	fmt.Println(np == nil)
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(np.Val)
}
