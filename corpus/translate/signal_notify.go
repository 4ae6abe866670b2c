// os/signal: Notify relays a signal the program sends itself; NotifyContext ends its context on one.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	fmt.Println("pid ok", os.Getpid() > 0, os.Interrupt, syscall.SIGTERM, os.Kill)
	go func() {
		time.Sleep(50 * time.Millisecond)
		syscall.Kill(os.Getpid(), syscall.SIGTERM)
	}()
	s := <-sigs
	fmt.Printf("got %v %T\n", s, s)
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGUSR1)
	defer stop()
	go func() {
		time.Sleep(20 * time.Millisecond)
		syscall.Kill(os.Getpid(), syscall.SIGUSR1)
	}()
	<-ctx.Done()
	fmt.Println("ctx:", ctx.Err())
	signal.Stop(sigs)
	fmt.Println(signal.Ignored(os.Interrupt))
}
