package main

func worker(results chan<- int) {
	go func() {
		for r := range results {
			println(r)
		}
	}()
}

func main() {
	worker(make(chan int))
}
