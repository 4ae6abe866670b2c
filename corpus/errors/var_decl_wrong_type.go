package main

var limit int = "100"

func main() {
	println(limit)
}
