// Range over functions (Go 1.23): break, continue, labeled jumps and returns out of the body,
// defers in the body, iterator cleanup, iter.Pull and Pull2, and the std iterators.

package main

import (
	"bytes"
	"errors"
	"fmt"
	"iter"
	"maps"
	"slices"
	"strings"
)

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func (l *List[T]) All() iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		for i, v := range l.items {
			if !yield(i, v) {
				return
			}
		}
	}
}

func Count(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("count cleanup", n)
		for i := range n {
			if !yield(i) {
				fmt.Println("count stopped at", i)
				return
			}
		}
	}
}

func Times(n int) func(func() bool) {
	return func(yield func() bool) {
		for range n {
			if !yield() {
				return
			}
		}
	}
}

func find(xs []string, want string) (int, error) {
	for i, x := range slices.All(xs) {
		if x == want {
			return i, nil
		}
	}
	return -1, errors.New("not found: " + want)
}

func firstBig(limit int) (n int, ok bool) {
	for i := range Count(100) {
		if i*i > limit {
			n, ok = i, true
			return
		}
	}
	return
}

func named(limit int) (n int, err error) {
	defer func() { n *= 10 }()
	for i := range Count(10) {
		defer fmt.Println("deferred in body", i)
		if i == limit {
			return i, nil
		}
	}
	return -1, errors.New("none")
}

func nested() string {
outer:
	for i := range Count(3) {
		for j := range Count(3) {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Println("pair", i, j)
		}
	}
	for i := range Count(4) {
		for _, w := range []string{"a", "b", "c"} {
			if w == "b" && i == 1 {
				return fmt.Sprint("returned from nested ", i, w)
			}
		}
	}
	return "end"
}

func pairs() iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		_ = yield("x", 1) && yield("y", 2) && yield("z", 3)
	}
}

func bad() iter.Seq[int] {
	return func(yield func(int) bool) {
		yield(1)
		yield(2)
	}
}

func main() {
	for i := range Count(5) {
		if i == 1 {
			continue
		}
		if i == 3 {
			break
		}
		fmt.Println("i", i)
	}
	sum := 0
	var last string
	for k, v := range pairs() {
		sum += v
		last = k
	}
	fmt.Println(sum, last)
	var k2 string
	var v2 int
	for k2, v2 = range pairs() {
		if v2 == 2 {
			break
		}
	}
	fmt.Println(k2, v2)
	n := 0
	for range Times(4) {
		n++
	}
	fmt.Println("times", n)
	fmt.Println(find([]string{"a", "b", "c"}, "c"))
	fmt.Println(find([]string{"a"}, "q"))
	fmt.Println(firstBig(50))
	fmt.Println(named(2))
	fmt.Println(named(20))
	fmt.Println(nested())

	var funcs []func() int
	for i := range Count(3) {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	l := &List[string]{}
	l.Push("p")
	l.Push("q")
	for i, v := range l.All() {
		fmt.Println(i, v)
	}
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	for _, k := range slices.Sorted(maps.Keys(m)) {
		fmt.Print(k, "=", m[k], " ")
	}
	fmt.Println()
	for i, v := range slices.Backward([]int{7, 8, 9}) {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for line := range strings.Lines("one\ntwo\nthree") {
		fmt.Printf("%q ", line)
	}
	fmt.Println()
	for f := range strings.FieldsSeq("  a b   c ") {
		fmt.Printf("[%s]", f)
	}
	fmt.Println()
	for part := range bytes.SplitSeq([]byte("x-y-z"), []byte("-")) {
		fmt.Printf("%s.", part)
	}
	fmt.Println()

	next, stop := iter.Pull(Count(3))
	for {
		v, ok := next()
		if !ok {
			break
		}
		fmt.Println("pulled", v)
	}
	v, ok := next()
	fmt.Println("after end", v, ok)
	stop()
	next2, stop2 := iter.Pull2(pairs())
	a, b, ok2 := next2()
	fmt.Println(a, b, ok2)
	stop2()
	a, b, ok2 = next2()
	fmt.Printf("%q %v %v\n", a, b, ok2)
	next3, stop3 := iter.Pull(Count(5))
	x, _ := next3()
	y, _ := next3()
	fmt.Println("two", x, y)
	stop3()
	stop3()

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for i := range Count(3) {
			if i == 1 {
				panic("boom in body")
			}
		}
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for x := range bad() {
			fmt.Println("bad", x)
			break
		}
	}()
}
