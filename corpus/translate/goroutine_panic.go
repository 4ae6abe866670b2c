package main

import (
	"fmt"
	"sync"
)

func process(items []int, wg *sync.WaitGroup) {
	total := 0
	for _, it := range items {
		if it < 0 {
			panic(fmt.Sprintf("negative item %d", it))
		}
		total += it
	}
	fmt.Println("total", total)
	wg.Done()
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go process([]int{1, 2, 3}, &wg)
	wg.Wait()
	wg.Add(1)
	go process([]int{4, -5}, &wg)
	wg.Wait()
	fmt.Println("unreachable")
}
