package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		fmt.Println("worker done")
		wg.Done()
	}()
	wg.Wait()
	fmt.Println("waiting forever")
	select {}
}
