package main

type closer interface {
	close() error
}

type conn struct{}

func (c conn) Close() error { return nil }

func main() {
	var c closer = conn{}
	_ = c
}
