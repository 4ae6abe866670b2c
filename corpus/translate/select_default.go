package main

import "fmt"

func trySend(ch chan int, v int) bool {
	select {
	case ch <- v:
		return true
	default:
		return false
	}
}

func tryRecv(ch chan int) (int, bool) {
	select {
	case v := <-ch:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int, 2)
	for i := 1; i <= 4; i++ {
		fmt.Println("send", i, trySend(ch, i))
	}
	for i := 0; i < 3; i++ {
		v, ok := tryRecv(ch)
		fmt.Println("recv", v, ok)
	}
	a := make(chan string, 1)
	b := make(chan string, 1)
	b <- "from b"
	select {
	case m := <-a:
		fmt.Println(m)
	case m := <-b:
		fmt.Println(m)
	}
	quit := make(chan bool)
	data := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			data <- i * 10
		}
		quit <- true
	}()
	for {
		select {
		case d := <-data:
			fmt.Println("data", d)
		case <-quit:
			fmt.Println("quit")
			return
		}
	}
}
