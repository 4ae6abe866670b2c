package main

func work() {}

func main() {
	done := make(chan bool)
	go work
	<-done
}
