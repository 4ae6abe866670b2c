package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	defer fmt.Println("deferred calls do not run on fatal errors")
	defer func() { fmt.Println("recover:", recover()) }()
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking twice")
	mu.Unlock()
}
