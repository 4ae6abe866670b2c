package main

import "fmt"

type P struct{ x int }

func main() {
	var fs []func() int
	m := 8
	for i := range 3 {
		j := i * 2
		k := i
		p := P{i}
		var q [2]int
		q[0] = i
		fs = append(fs, func() int { j++; return j + m + k + p.x + q[0] })
		j += 100
	}
	m += 10
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	done := make(chan int)
	for i := 0; i < 3; i++ {
		v := i * 10
		go func() { done <- v }()
		v++
		<-done
	}
	fmt.Println("ok")
}
