package main

import (
	"container/heap"
	"fmt"
)

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Len() int { return len(s) }

type IntHeap []int

func (h IntHeap) Len() int           { return len(h) }
func (h IntHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h IntHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IntHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IntHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[0 : n-1]
	return x
}

type Counter int

func (c *Counter) Inc() { *c++ }

var global Stack

func main() {
	var s Stack
	s.Push(1)
	s.Push(2)
	p := &s
	p.Push(3)
	fmt.Println(s, p.Len())
	fmt.Println(s.Pop(), p.Pop())
	fmt.Println(s)
	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	var c Counter
	c.Inc()
	cp := &c
	cp.Inc()
	arr := []Counter{1, 2}
	arr[1].Inc()
	fmt.Println(c, *cp, arr)
	global.Push(7)
	fmt.Println(global)
	f := s.Push
	f(9)
	fmt.Println(s)
}
