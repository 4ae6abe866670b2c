package main

func drain(done <-chan struct{}) {
	<-done
	close(done)
}

func main() {
	drain(make(chan struct{}))
}
