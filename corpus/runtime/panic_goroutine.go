package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("start")
	go func() {
		defer fmt.Println("deferred in goroutine")
		panic("boom")
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
