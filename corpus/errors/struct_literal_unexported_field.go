package main

import "sync"

func main() {
	var mu = sync.Mutex{state: 0}
	mu.Lock()
}
