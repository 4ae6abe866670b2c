package main

func main() {
	ch := make(chan int, 2)
	ch <- 1
	close(ch)
	for i, v := range ch {
		println(i, v)
	}
}
