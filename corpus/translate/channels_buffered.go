package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- 3
	ch <- 4
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Println(v, ok)
	done := make(chan struct{})
	msgs := make(chan string)
	go func() {
		for m := range msgs {
			fmt.Println("got", m)
		}
		close(done)
	}()
	for _, w := range []string{"a", "b", "c"} {
		msgs <- w
	}
	close(msgs)
	<-done
	var nilCh chan int
	select {
	case x := <-nilCh:
		fmt.Println("impossible", x)
	default:
		fmt.Println("nil channel blocks")
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	close(ch)
}
