package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	fmt.Println(runtime.NumGoroutine(), runtime.GOMAXPROCS(0) > 0)
	var done atomic.Bool
	go func() {
		time.Sleep(20 * time.Millisecond)
		done.Store(true)
	}()
	n := 0
	for !done.Load() {
		n++
	}
	fmt.Println("tight loop was preempted:", n > 0)
	var stop atomic.Bool
	c := make(chan int)
	go func() {
		i := 0
		for !stop.Load() {
			i++
		}
		c <- 1
	}()
	runtime.Gosched()
	time.Sleep(5 * time.Millisecond)
	stop.Store(true)
	<-c
	fmt.Println("spinning goroutine did not block main")
}
