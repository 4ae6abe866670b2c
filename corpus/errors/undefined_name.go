package main

import "fmt"

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		if i%2 == 0 {
			total += count
		}
	}
	fmt.Println(total)
}
