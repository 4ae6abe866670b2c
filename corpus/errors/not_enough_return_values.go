package main

import "errors"

func divide(a, b int) (int, error) {
	if b == 0 {
		return errors.New("division by zero")
	}
	return a / b, nil
}

func main() {
	q, _ := divide(6, 3)
	println(q)
}
