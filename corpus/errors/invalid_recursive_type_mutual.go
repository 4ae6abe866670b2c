package main

type Outer struct {
	in Inner
}

type Inner struct {
	items [2]Outer
}

func main() {
	var o Outer
	_ = o
}
