package main

import (
	"fmt"
	"strings"
	"sync"
)

type job struct {
	idx  int
	text string
}

type res struct {
	idx   int
	words int
	upper string
}

func main() {
	texts := []string{"the quick brown fox", "jumps over", "the lazy dog", "", "go go go go"}
	jobs := make(chan job)
	results := make(chan res)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- res{j.idx, len(strings.Fields(j.text)), strings.ToUpper(j.text)}
			}
		}()
	}
	go func() {
		for i, t := range texts {
			jobs <- job{i, t}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	ordered := make([]res, len(texts))
	for r := range results {
		ordered[r.idx] = r
	}
	total := 0
	for _, r := range ordered {
		fmt.Printf("%d %-20q %d\n", r.idx, r.upper, r.words)
		total += r.words
	}
	fmt.Println("total words:", total)
}
