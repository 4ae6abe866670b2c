package main

import "fmt"

func grade(n int) string {
	s := ""
	switch {
	case n >= 90:
		s += "A"
		fallthrough
	case n >= 80:
		s += "B"
		fallthrough
	default:
		s += "."
	case n < 0:
		s += "neg"
	}
	return s
}

func main() {
	for _, n := range []int{95, 85, 50, -1} {
		fmt.Println(n, grade(n))
	}
	switch x := 2; x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
		fallthrough
	case 3:
		fmt.Println("three")
		if x == 2 {
			break
		}
		fmt.Println("not reached")
	case 4:
		fmt.Println("four")
	}
}
