package main

import (
	"fmt"
	"os"
)

func validate(args []string) int {
	bad := 0
	for _, a := range args {
		if len(a) < 3 {
			fmt.Println("too short:", a)
			bad++
		}
	}
	return bad
}

func main() {
	defer fmt.Println("never printed")
	n := validate([]string{"alpha", "be", "gamma", "d"})
	fmt.Println("bad count:", n)
	if n > 0 {
		fmt.Fprintln(os.Stderr, "validation failed")
		os.Exit(3)
	}
	fmt.Println("ok")
}
