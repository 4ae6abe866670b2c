// Pipelines, fan-in, sync.Cond, atomics, WaitGroup.Go, tickers in select; at the end a receive nobody
// answers deadlocks although a ticker is still running (Go 1.23's timers keep no program alive).
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func merge(cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int, 10)
	output := func(c <-chan int) {
		for n := range c {
			out <- n
		}
		wg.Done()
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue { q := &Queue{}; q.cond = sync.NewCond(&q.mu); return q }
func (q *Queue) Put(v int) { q.mu.Lock(); q.items = append(q.items, v); q.mu.Unlock(); q.cond.Signal() }
func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	in := gen(1, 2, 3, 4, 5, 6)
	c1, c2 := sq(in), sq(in)
	var res []int
	for n := range merge(c1, c2) {
		res = append(res, n)
	}
	sort.Ints(res)
	fmt.Println(res)
	q := NewQueue()
	var got []int
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; i < 5; i++ {
			got = append(got, q.Get())
		}
	}()
	for i := 0; i < 5; i++ {
		q.Put(i * 10)
		time.Sleep(time.Millisecond)
	}
	wg.Wait()
	fmt.Println(got)
	var ops atomic.Int64
	var flag atomic.Bool
	var v atomic.Value
	v.Store("init")
	var wg2 sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg2.Go(func() {
			ops.Add(2)
			flag.CompareAndSwap(false, true)
		})
	}
	wg2.Wait()
	fmt.Println(ops.Load(), flag.Load(), v.Load())
	timeout := time.After(30 * time.Millisecond)
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	n := 0
loop:
	for {
		select {
		case <-tick.C:
			n++
		case <-timeout:
			break loop
		}
	}
	fmt.Println(n >= 2 && n <= 3)
	var m sync.Map
	m.Store("a", 1)
	m.Store("b", 2)
	val, ok := m.Load("a")
	act, loaded := m.LoadOrStore("a", 9)
	fmt.Println(val, ok, act, loaded)
	once := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(once(), once())
	done := make(chan bool)
	data := make(chan int)
	go func() {
		for {
			select {
			case x, ok := <-data:
				if !ok {
					done <- true
					return
				}
				fmt.Print(x, ",")
			default:
				time.Sleep(time.Millisecond)
			}
		}
	}()
	for i := 0; i < 3; i++ {
		data <- i
	}
	close(data)
	<-done
	fmt.Println()
	ch := make(chan int)
	go func() { ch <- 1 }()
	<-ch
	<-ch
}
