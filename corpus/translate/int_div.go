package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(7, -2), -7%3, 7%-3)
	var x int64 = -9223372036854775808
	fmt.Println(x / -1)
	fmt.Println(div(1, 0))
}
