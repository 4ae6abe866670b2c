package main

func produce(out chan<- string) {
	out <- "a"
	ack := <-out
	println(ack)
}

func main() {
	produce(make(chan string, 1))
}
