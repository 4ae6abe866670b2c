package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var order []string
	var wg sync.WaitGroup
	for _, d := range []int{30, 10, 20} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			mu.Lock()
			order = append(order, fmt.Sprint("sleep", ms))
			mu.Unlock()
		}(d)
	}
	wg.Wait()
	fmt.Println(order)

	t := time.NewTimer(time.Hour)
	fmt.Println("stop active:", t.Stop())
	fmt.Println("stop again:", t.Stop())
	fmt.Println("reset stopped:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("fired after reset")
	fmt.Println("len/cap:", len(t.C), cap(t.C))

	t2 := time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("stop expired:", t2.Stop())
	select {
	case <-t2.C:
		fmt.Println("stale value")
	default:
		fmt.Println("no stale value")
	}

	done := make(chan string)
	time.AfterFunc(15*time.Millisecond, func() { done <- "second" })
	time.AfterFunc(5*time.Millisecond, func() { done <- "first" })
	fmt.Println(<-done, <-done)
	f := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("afterfunc stop:", f.Stop())

	tk := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	select {
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timeout")
	case <-make(chan int):
		fmt.Println("impossible")
	}
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("slept enough:", time.Since(start) >= 20*time.Millisecond)
}
