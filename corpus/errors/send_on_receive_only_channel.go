package main

func consume(in <-chan int) {
	for v := range in {
		if v < 0 {
			in <- 0
		}
	}
}

func main() {
	consume(make(chan int))
}
