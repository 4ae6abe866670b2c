package main

type queue struct{ items []int }

func (q *queue) push(v int) { q.items = append(q.items, v) }

func main() {
	q := &queue{}
	q.Push(1)
}
