package main

import (
	"fmt"
	"strings"
	"sync"
)


func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	results := make(chan string, 3)
	var wg sync.WaitGroup
	for i := range 3 {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			results <- strings.Repeat("x", id)
		}(i)
	}
	wg.Wait()
	close(results)
	n := 0
	for r := range results {
		n += len(r)
	}
	fmt.Println(n)
	var once sync.Once
	for range 3 {
		once.Do(func() { fmt.Println("once") })
	}
	timeout := make(chan bool)
	data := make(chan int, 1)
	data <- 5
	select {
	case v, ok := <-data:
		fmt.Println(v, ok)
	case <-timeout:
	}
	close(data)
	select {
	case v, ok := <-data:
		fmt.Println(v, ok)
	default:
		fmt.Println("default")
	}
	var nilch chan int
	select {
	case nilch <- 1:
	default:
		fmt.Println("nil chan not ready")
	}
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i * 2) }))
	try(func() { a := []int{1, 2, 3}; i, j := 2, 1; fmt.Println(a[i:j]) })
	try(func() { a := []int{1, 2, 3}; j := 5; fmt.Println(a[:j]) })
	try(func() { a := [3]int{}; j := 5; fmt.Println(a[j%8]) })
	try(func() { s := "abc"; j := 5; fmt.Println(s[1:j]) })
	try(func() { n := -1; _ = make([]int, n) })
	try(func() { var f func(); f() })
	try(func() { ch := make(chan int); close(ch); ch <- 1 })
	try(func() { var ch chan int; close(ch) })
	try(func() { x := 0; fmt.Println(5 % x) })
	try(func() { var e error; fmt.Println(e.Error()) })
	try(func() { var a any = 3; fmt.Println(a.(fmt.Stringer)) })
	try(func() { a := []int{1}; p := [2]int(a); fmt.Println(p) })
	try(func() { panic(fmt.Errorf("wrapped: %w", fmt.Errorf("inner"))) })
	var mu sync.RWMutex
	mu.RLock()
	mu.RLock()
	mu.RUnlock()
	mu.RUnlock()
	mu.Lock()
	fmt.Println("locked")
}
