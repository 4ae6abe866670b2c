package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	jobs := make(chan int, 100)
	results := make(chan string)
	var wg sync.WaitGroup
	for w := 1; w <= 4; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				results <- fmt.Sprintf("job %02d squared %d", j, j*j)
			}
		}(w)
	}
	for j := 1; j <= 12; j++ {
		jobs <- j
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []string
	for r := range results {
		all = append(all, r)
	}
	sort.Strings(all)
	for _, r := range all {
		fmt.Println(r)
	}
	fmt.Println(len(all), "results")
}
