package main

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job, square, worker int
}

func worker(id int, jobs <-chan int, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		out <- result{j, j * j, id}
	}
}

func main() {
	jobs := make(chan int, 100)
	out := make(chan result, 100)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, out, &wg)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(out)
	var rs []result
	workers := map[int]bool{}
	for r := range out {
		rs = append(rs, r)
		workers[r.worker] = true
	}
	sort.Slice(rs, func(i, k int) bool { return rs[i].job < rs[k].job })
	sum := 0
	for _, r := range rs {
		fmt.Printf("%d^2=%d\n", r.job, r.square)
		sum += r.square
	}
	fmt.Println("sum", sum, "results", len(rs), "at most 3 workers:", len(workers) <= 3)
}
