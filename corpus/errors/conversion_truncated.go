package main

import "fmt"

func main() {
	const ratio = 2.75
	n := int(ratio)
	m := uint8(-1.5)
	fmt.Println(n, m)
}
