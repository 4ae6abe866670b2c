package main

type Stack struct{ items []int }

func (s *Stack) Pop() int {
	if len(s.items) > 0 {
		v := s.items[len(s.items)-1]
		s.items = s.items[:len(s.items)-1]
		return v
	}
}

func main() {
	s := &Stack{items: []int{1}}
	println(s.Pop())
}
