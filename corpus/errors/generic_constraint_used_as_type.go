package main

type Integer interface {
	~int | ~int32 | ~int64
}

func main() {
	var n Integer = 5
	println(n)
}
