package main

func main() {
	names := make(chan string, 1)
	names <- 42
	println(<-names)
}
