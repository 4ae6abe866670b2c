package main

func main() {
	var recv <-chan int = make(chan int)
	var both chan int = recv
	println(both)
}
