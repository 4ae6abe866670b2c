package main

import "fmt"

func main() {
	name := "world"
	greeting := "hello"
	fmt.Println("hi", name)
}
