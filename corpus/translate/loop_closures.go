package main

import (
	"fmt"
	"sync"
)

func main() {
	var funcs []func() int
	for i := 0; i < 3; i++ {
		funcs = append(funcs, func() int { return i * 10 })
	}
	for _, f := range funcs {
		fmt.Println(f())
	}
	var wg sync.WaitGroup
	results := make([]int, 5)
	for i, v := range []int{5, 6, 7, 8, 9} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = v * v
		}()
	}
	wg.Wait()
	fmt.Println(results)
	var mu sync.Mutex
	total := 0
	for n := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(total)
}
