package main

func main() {
	results := make(map[int]int)
	results <- 1
}
