// A panic while package variables are initialized ends the program as a panic in main does.
package main

import "fmt"

var table = []int{1, 2, 3}
var total = sum(table)
var broken = table[total]

func sum(xs []int) int {
	n := 0
	for _, x := range xs {
		n += x
	}
	return n
}

func init() {
	fmt.Println("never printed")
}

func main() {
	fmt.Println(broken)
}
