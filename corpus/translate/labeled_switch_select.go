package main

import "fmt"

func classify(xs []int) {
sw:
	switch len(xs) {
	case 0:
		fmt.Println("empty")
	default:
		for _, x := range xs {
			if x < 0 {
				fmt.Println("negative found")
				break sw
			}
		}
		fmt.Println("all non-negative")
	}
	fmt.Println("after switch")
}

func pick(ch chan int, done chan bool) {
	for i := 0; i < 3; i++ {
	sel:
		select {
		case v := <-ch:
			if v == 2 {
				break sel
			}
			fmt.Println("got", v)
		case <-done:
			fmt.Println("done")
		}
		fmt.Println("iteration", i)
	}
}

func kind(v any) string {
	out := "?"
ts:
	switch x := v.(type) {
	case int:
		if x > 10 {
			out = "big int"
			break ts
		}
		out = "int"
	case string:
		out = "string " + x
	}
	return out
}

func main() {
	classify(nil)
	classify([]int{1, -2, 3})
	classify([]int{1, 2})
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	pick(ch, make(chan bool))
	fmt.Println(kind(5), kind(50), kind("s"))
}
