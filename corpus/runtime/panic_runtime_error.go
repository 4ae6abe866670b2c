package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		panic(fmt.Sprint("again: ", r))
	}()
	a := []int{1, 2, 3}
	i := 5
	fmt.Println(a[i])
}
