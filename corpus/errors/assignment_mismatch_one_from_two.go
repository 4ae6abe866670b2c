package main

import "os"

func main() {
	f := os.Open("data.txt")
	println(f)
}
