package main

import (
	"fmt"
	"sync"
)

type Order struct {
	ID    int
	Total int
}

func produce(n int, out chan<- Order) {
	defer close(out)
	for i := 1; i <= n; i++ {
		out <- Order{ID: i, Total: i * 15}
	}
}

func consume(in <-chan Order, done chan<- map[string]int) {
	stats := map[string]int{}
	for o := range in {
		stats["count"]++
		stats["sum"] += o.Total
		if o.Total > 100 {
			stats["big"]++
		}
	}
	done <- stats
}

func main() {
	orders := make(chan Order, 4)
	done := make(chan map[string]int)
	go produce(10, orders)
	go consume(orders, done)
	fmt.Println(<-done)
	var wg sync.WaitGroup
	ping, pong := make(chan int), make(chan int)
	wg.Add(2)
	go func() {
		defer wg.Done()
		for i := 0; i < 3; i++ {
			ping <- i
			fmt.Println("ping got back", <-pong)
		}
		close(ping)
	}()
	go func() {
		defer wg.Done()
		for v := range ping {
			pong <- v * 10
		}
	}()
	wg.Wait()
	fmt.Println("done")
}
