package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	defer fmt.Println("not printed: os.Exit skips deferred calls")
	go func() {
		for {
			time.Sleep(time.Millisecond)
		}
	}()
	fmt.Println("exiting with 3")
	os.Exit(3)
}
