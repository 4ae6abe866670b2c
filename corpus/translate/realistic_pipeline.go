// A concurrent pipeline: RWMutex cache with atomic counters, Once, fan-out with context
// cancel, Cond, AfterFunc, WithTimeoutCause, WaitGroup.Go, and a final deadlock.
package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

type Cache struct {
	mu   sync.RWMutex
	data map[string]int
	hits atomic.Int64
}

func (c *Cache) Get(k string) (int, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	if ok {
		c.hits.Add(1)
	}
	return v, ok
}

func (c *Cache) Set(k string, v int) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func producer(ctx context.Context, n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 0; i < n; i++ {
			select {
			case ch <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return ch
}

func fanOut(ctx context.Context, in <-chan int, workers int, f func(int) int) <-chan int {
	out := make(chan int)
	var wg sync.WaitGroup
	wg.Add(workers)
	for w := 0; w < workers; w++ {
		go func() {
			defer wg.Done()
			for v := range in {
				select {
				case out <- f(v):
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	c := &Cache{data: map[string]int{}}
	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { c.Set("init", 42) })
	}
	v, ok := c.Get("init")
	_, ok2 := c.Get("nope")
	fmt.Println(v, ok, ok2, c.hits.Load())

	ctx, cancel := context.WithCancel(context.Background())
	sum := 0
	for v := range fanOut(ctx, producer(ctx, 100), 4, func(x int) int { return x * x }) {
		sum += v
	}
	fmt.Println("sum", sum)
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), context.Cause(ctx))

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			ready++
			cond.Signal()
			mu.Unlock()
		}()
	}
	mu.Lock()
	for ready < 5 {
		cond.Wait()
	}
	mu.Unlock()
	wg.Wait()
	fmt.Println("ready", ready)

	fired := make(chan string, 1)
	t := time.AfterFunc(10*time.Millisecond, func() { fired <- "fired" })
	fmt.Println(<-fired, t.Stop())

	ctx2, cancel2 := context.WithTimeoutCause(context.Background(), 5*time.Millisecond, fmt.Errorf("too slow"))
	defer cancel2()
	select {
	case <-ctx2.Done():
		fmt.Println(ctx2.Err(), context.Cause(ctx2))
	case <-time.After(time.Second):
		fmt.Println("late")
	}
	var counter int32
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Go(func() { atomic.AddInt32(&counter, 2) })
	}
	wg2.Wait()
	fmt.Println(atomic.LoadInt32(&counter))
	results := make(chan int)
	go func() {
		results <- 1
	}()
	fmt.Println(<-results)
	mu.Lock()
	fmt.Println("about to block")
	<-results
}
