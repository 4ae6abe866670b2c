// init functions run in the main goroutine before main: they may start goroutines and wait
// on channels; package variables are initialized first, in dependency order.
package main

import (
	"fmt"
	"sync"
)

var (
	results = make(chan int, 3)
	square  = func(x int) int { return x * x }
	first   = square(later)
	later   = 4
)

var ready sync.WaitGroup

func init() {
	for i := 1; i <= 3; i++ {
		ready.Add(1)
		go func() {
			defer ready.Done()
			results <- square(i)
		}()
	}
	ready.Wait()
	close(results)
}

func init() {
	fmt.Println("second init sees first =", first)
}

func main() {
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum of squares:", sum)
}
