package main

import "fmt"

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "recovered"
		}
	}()
	q = a / b
	return q, ""
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body")
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	order()
	var s []int
	defer fmt.Println("main deferred")
	fmt.Println(s[3])
}
