package main

import "fmt"

func main() {
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
outer:
	for i, row := range grid {
		for j, v := range row {
			if v < 0 {
				fmt.Println("negative at", i, j)
				break outer
			}
		}
		fmt.Println("row", i, "clean")
	}
	count := 0
rows:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue rows
			}
			count++
		}
	}
	fmt.Println("count", count)
	n := 0
loop:
	for {
		switch {
		case n > 5:
			break loop
		case n%2 == 0:
			n += 3
		default:
			n++
		}
	}
	fmt.Println("n", n)
}
