// gc evaluates a statement's calls before its plain operands: fmt.Println(n, inc()) prints
// n after inc ran (the spec leaves the order open; go run shows gc's).

package main

import "fmt"

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x
}

func main() {
	s := []int{1, 2, 3}
	pop := func() int { x := s[len(s)-1]; s = s[:len(s)-1]; return x }
	fmt.Println(s, pop())
	n := 1
	inc := func() int { n++; return n }
	fmt.Println(n, inc(), n)
	st := &Stack{[]int{4, 5}}
	fmt.Println(st.items, st.Pop(), len(st.items))
	a := n + inc()
	fmt.Println(a)
	arr := []int{n, inc(), n}
	fmt.Println(arr)
}
