package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 0; i < 3; i++ {
		go func() {
			time.Sleep(time.Hour)
			fmt.Println("never")
		}()
	}
	go func() {
		select {}
	}()
	fmt.Println("main returns while goroutines still run")
}
