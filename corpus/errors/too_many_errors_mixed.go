package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	var n int = "1"
	var s string = 2
	x := 1
	y := 2
	z := n + s
	if n {
	}
	undefinedCall()
	w := nil
	for range 3.5 {
	}
	fmt.Println(z, w)
}
