package main

func describe(n int) int {
	if n < 0 {
		return "negative"
	}
	return n
}

func main() {
	println(describe(1))
}
