package main

type Handler func(string)

var handlers map[Handler]string

func main() {
	println(len(handlers))
}
