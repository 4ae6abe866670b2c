// A worker pool: jobs on a channel, results collected and sorted, a context deadline that
// the slow jobs miss, and a select with a timer.
package main

import (
	"context"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Result struct {
	Job    int
	Square int
	Err    error
}

func worker(ctx context.Context, id int, jobs <-chan int, out chan<- Result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		delay := time.Duration(j%3) * 5 * time.Millisecond
		if j == 7 {
			delay = 200 * time.Millisecond
		}
		select {
		case <-time.After(delay):
			out <- Result{Job: j, Square: j * j}
		case <-ctx.Done():
			out <- Result{Job: j, Err: ctx.Err()}
		}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	jobs := make(chan int)
	out := make(chan Result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(ctx, w, jobs, out, &wg)
	}
	go func() {
		for j := 1; j <= 9; j++ {
			jobs <- j
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(out) }()
	var rs []Result
	for r := range out {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].Job < rs[j].Job })
	for _, r := range rs {
		if r.Err != nil {
			fmt.Println(r.Job, "error:", r.Err)
		} else {
			fmt.Println(r.Job, r.Square)
		}
	}
}
