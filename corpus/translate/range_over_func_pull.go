// Range over functions with goroutines: sequences over channels, iter.Pull blocking on a
// channel, a tree walk, and jumps out of the body through Python loops, switches and select.

package main

import (
	"fmt"
	"iter"
	"sort"
	"sync"
)

func fromChan(ch <-chan int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for v := range ch {
			if !yield(v) {
				return
			}
		}
	}
}

func produce(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i * i
		}
	}()
	return ch
}

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.Walk(yield) && yield(t.Val) && t.Right.Walk(yield)
}

func (t *Tree) All() iter.Seq[int] {
	return func(yield func(int) bool) { t.Walk(yield) }
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

func zip(a, b iter.Seq[int]) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		na, sa := iter.Pull(a)
		defer sa()
		nb, sb := iter.Pull(b)
		defer sb()
		for {
			x, ok1 := na()
			y, ok2 := nb()
			if !ok1 || !ok2 {
				return
			}
			if !yield(x, y) {
				return
			}
		}
	}
}

func main() {
	total := 0
	for v := range fromChan(produce(5)) {
		total += v
	}
	fmt.Println("total", total)

	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9, 7} {
		root = insert(root, v)
	}
	for v := range root.All() {
		fmt.Print(v, " ")
		if v == 7 {
			break
		}
	}
	fmt.Println()

	for x, y := range zip(root.All(), fromChan(produce(10))) {
		fmt.Println("zip", x, y)
	}

	var mu sync.Mutex
	var wg sync.WaitGroup
	var got []int
	for w := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for v := range fromChan(produce(w + 2)) {
				mu.Lock()
				got = append(got, v*10+w)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)

	// labeled jumps out of a range-over-func body, through Python loops and switches
	count := 0
loop:
	for i := 0; i < 4; i++ {
		for j := range root.All() {
			switch {
			case j == 4:
				continue loop
			case i == 2 && j == 3:
				break loop
			}
			for k := 0; k < 2; k++ {
				if k == 1 && j == 1 {
					break
				}
				count++
			}
		}
	}
	fmt.Println("count", count)

	sel := make(chan string, 1)
	for v := range root.All() {
		select {
		case sel <- fmt.Sprint(v):
		default:
			fmt.Println("full at", v, <-sel)
		}
		if v > 5 {
			break
		}
	}
}
