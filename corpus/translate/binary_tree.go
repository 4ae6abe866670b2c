package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func insert(t *Tree, v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = insert(t.Left, v)
	} else {
		t.Right = insert(t.Right, v)
	}
	return t
}

func walk(t *Tree, f func(int)) {
	if t == nil {
		return
	}
	walk(t.Left, f)
	f(t.Val)
	walk(t.Right, f)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + max(height(t.Left), height(t.Right))
}

func (t *Tree) Contains(v int) bool {
	for t != nil {
		switch {
		case v < t.Val:
			t = t.Left
		case v > t.Val:
			t = t.Right
		default:
			return true
		}
	}
	return false
}

func main() {
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		root = insert(root, v)
	}
	var out []int
	walk(root, func(v int) { out = append(out, v) })
	fmt.Println(out)
	fmt.Println(height(root), root.Contains(35), root.Contains(36))
	fmt.Println(min(3, 1, 2), max(2.5, 1.0))
}
