package main

var greeting = "hello"

func main() {
	greeting()
}
