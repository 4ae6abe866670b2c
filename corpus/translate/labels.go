package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	for i := 0; i < 6; i++ {
		switch {
		case i%2 == 0:
			continue
		case i == 5:
			fmt.Println("five")
			break
		default:
			fmt.Println("odd", i)
		}
		fmt.Println("after switch", i)
	}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			fmt.Println("got", v)
		}
	}
	k, v := "", 0
	for k, v = range map[string]int{"only": 7} {
	}
	fmt.Println(k, v)
	var i int
	for i = range 3 {
	}
	fmt.Println(i)
}
