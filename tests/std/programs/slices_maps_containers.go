// slices, maps, cmp, container/heap (on a *IntHeap), container/list, container/ring.
package main

import (
	"cmp"
	"container/heap"
	"container/list"
	"container/ring"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type P struct {
	Name string
	Age  int
}

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

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }
func (s *Stack) Pop() int {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Top() int { return s[len(s)-1] }

func printList(l *list.List) {
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Print("| ")
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
}

func main() {
	x := []int{5, 2, 8, 2, 9, 1}
	slices.Sort(x)
	fmt.Println(x, slices.IsSorted(x))
	for _, t := range []int{0, 2, 3, 9, 10} {
		i, ok := slices.BinarySearch(x, t)
		fmt.Print(i, ok, " ")
	}
	fmt.Println()
	fmt.Println(slices.Index(x, 8), slices.Index(x, 7), slices.Contains(x, 9), slices.Min(x), slices.Max(x))
	fmt.Println(slices.Equal(x, []int{1, 2, 2, 5, 8, 9}), slices.Compare([]int{1, 2}, []int{1, 3}), slices.Compare([]int{1, 2}, []int{1}))
	y := slices.Clone(x)
	y[0] = 100
	fmt.Println(x, y, slices.Compact(slices.Clone(x)))
	y = slices.Insert(x[:3:3], 1, 7, 7)
	fmt.Println(y, x)
	z := slices.Delete(slices.Clone(x), 1, 3)
	fmt.Println(z, slices.DeleteFunc(slices.Clone(x), func(v int) bool { return v%2 == 0 }))
	fmt.Println(slices.Replace([]int{1, 2, 3, 4}, 1, 3, 9), slices.Concat([]int{1}, nil, []int{2, 3}), slices.Repeat([]int{1, 2}, 3))
	r := []string{"b", "a", "c"}
	slices.Reverse(r)
	fmt.Println(r, slices.IndexFunc(r, func(s string) bool { return s < "b" }), slices.ContainsFunc(r, func(s string) bool { return s == "z" }))
	fs := []float64{3, math.NaN(), -1, math.Inf(1), 0}
	slices.Sort(fs)
	fmt.Println(fs, slices.Max([]float64{1, math.NaN(), 3}), cmp.Compare(math.NaN(), 1.0), cmp.Less(1.0, math.NaN()), cmp.Or(0, 0, 5, 6), cmp.Or("", "x"))
	ps := []P{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 25}, {"ed", 40}}
	slices.SortStableFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) })
	fmt.Println(ps)
	slices.SortFunc(ps, func(a, b P) int { return strings.Compare(b.Name, a.Name) })
	fmt.Println(ps)
	i, ok := slices.BinarySearchFunc(ps, "cy", func(p P, s string) int { return -strings.Compare(p.Name, s) })
	fmt.Println(i, ok, slices.MinFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) }), slices.MaxFunc(ps, func(a, b P) int { return cmp.Compare(a.Age, b.Age) }))
	c := slices.Clone(ps)
	c[0].Age = 99
	fmt.Println(ps[0].Age, c[0].Age)
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(slices.Sorted(maps.Keys(m)), slices.Sorted(maps.Values(m)))
	m2 := maps.Clone(m)
	m2["d"] = 4
	fmt.Println(len(m), len(m2), maps.Equal(m, m2))
	maps.DeleteFunc(m2, func(k string, v int) bool { return v%2 == 0 })
	fmt.Println(m2)
	maps.Copy(m2, map[string]int{"z": 26})
	fmt.Println(m2, maps.Collect(maps.All(m2)))
	fmt.Println(slices.Collect(maps.Keys(map[int]bool{})) == nil, slices.Clone([]int(nil)) == nil)
	for _, ch := range slices.Collect(slices.Chunk([]int{1, 2, 3, 4, 5}, 2)) {
		fmt.Print(ch, " ")
	}
	fmt.Println()

	var st Stack
	st.Push(1)
	st.Push(2)
	sp := &st
	sp.Push(3)
	fmt.Println(st)
	top := st.Pop()
	fmt.Println(top, st.Top(), sp.Top(), len(st))

	h := &IntHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	heap.Push(h, 1)
	(*h)[2] = 0
	heap.Fix(h, 2)
	fmt.Println(*h)
	fmt.Println(heap.Remove(h, 1), *h)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	printList(l)
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	printList(l)
	l.MoveAfter(e4, e1)
	l.MoveBefore(e1, l.Front())
	printList(l)
	fmt.Println(l.Remove(e4), l.Len())
	other := list.New()
	other.PushBack("x")
	other.PushBack("y")
	l.PushBackList(other)
	l.PushFrontList(other)
	printList(l)
	var zl list.List
	zl.PushBack("zero")
	printList(&zl)
	l.Init()
	printList(l)

	rg := ring.New(5)
	for i := 0; i < rg.Len(); i++ {
		rg.Value = i
		rg = rg.Next()
	}
	rg.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	rg.Move(2).Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println()
	un := rg.Unlink(2)
	rg.Do(func(p any) { fmt.Print(p, " ") })
	un.Do(func(p any) { fmt.Print("u", p, " ") })
	fmt.Println(rg.Len(), un.Len())
	s := ring.New(2)
	s.Value = "a"
	s.Next().Value = "b"
	rg.Link(s)
	rg.Do(func(p any) { fmt.Print(p, " ") })
	fmt.Println(rg.Len(), rg.Prev().Value)
}
