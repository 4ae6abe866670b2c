// A three-stage pipeline with cancellation: a generator, a pool of squarers merged with
// fan-in, a done channel closed early, and a select loop that drains with a timeout.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan int) {
			defer wg.Done()
			for n := range c {
				select {
				case out <- n:
				case <-done:
					return
				}
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	done := make(chan struct{})
	in := gen(done, 1, 2, 3, 4, 5, 6, 7, 8)
	out := merge(done, sq(done, in), sq(done, in), sq(done, in))
	var got []int
	for n := range out {
		got = append(got, n)
	}
	sort.Ints(got)
	fmt.Println(got)

	done2 := make(chan struct{})
	out2 := merge(done2, sq(done2, gen(done2, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))
	fmt.Println(<-out2 > 0, <-out2 > 0)
	close(done2)
	timeout := time.After(50 * time.Millisecond)
	drained := 0
loop:
	for {
		select {
		case _, ok := <-out2:
			if !ok {
				break loop
			}
			drained++
		case <-timeout:
			fmt.Println("timeout")
			break loop
		}
	}
	fmt.Println("closed after at most", drained <= 8)
}
