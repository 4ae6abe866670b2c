// The concurrent prime sieve: one goroutine per prime, filters chained by channels.
package main

import "fmt"

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	sum := 0
	for i := 0; i < 800; i++ {
		prime := <-ch
		sum += prime
		if i%200 == 199 {
			fmt.Println(i+1, prime)
		}
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	fmt.Println("sum", sum)
}
