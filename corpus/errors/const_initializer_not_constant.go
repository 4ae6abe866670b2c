package main

func limit() int { return 10 }

const Max = limit()

func main() {
	println(Max)
}
