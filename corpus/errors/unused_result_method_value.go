package main

type T struct{}

func (T) Run() {}

func main() {
	var t T
	t.Run
}
