package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var prints []func()
	for i := 0; i < 3; i++ {
		prints = append(prints, func() { fmt.Print(i, " ") })
	}
	for _, p := range prints {
		p()
	}
	fmt.Println()
	var ptrs []*int
	for i := range 3 {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var mu sync.Mutex
	var wg sync.WaitGroup
	var got []string
	for _, s := range []string{"x", "y", "z"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, s)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Strings(got)
	fmt.Println(got)
	for i := range 4 {
		defer func() { fmt.Print("d", i, " ") }()
	}
	total := 0
	for n := range 5 {
		total += n
	}
	fmt.Println(total)
}
