package main

const word = "go"

func main() {
	println(word[5])
}
