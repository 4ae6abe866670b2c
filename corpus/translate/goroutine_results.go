package main

import (
	"fmt"
	"sync"
)

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	inputs := []int{5, 10, 15, 20, 3}
	results := make([]int, len(inputs))
	var wg sync.WaitGroup
	for i, n := range inputs {
		wg.Add(1)
		go func(i, n int) {
			defer wg.Done()
			results[i] = fib(n)
		}(i, n)
	}
	wg.Wait()
	for i, n := range inputs {
		fmt.Printf("fib(%d) = %d\n", n, results[i])
	}
	var mu sync.Mutex
	total := 0
	ch := make(chan int)
	for i := 1; i <= 4; i++ {
		go func(k int) {
			mu.Lock()
			total += k
			mu.Unlock()
			ch <- k * 100
		}(i)
	}
	sum := 0
	for i := 0; i < 4; i++ {
		sum += <-ch
	}
	mu.Lock()
	fmt.Println(total, sum)
	mu.Unlock()
	var rw sync.RWMutex
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
	rw.Lock()
	fmt.Println("write locked")
	rw.Unlock()
}
