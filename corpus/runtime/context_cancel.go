package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type key string

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	root, cancel := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(root)
	defer cancelChild()
	val := context.WithValue(child, key("user"), "gopher")
	fmt.Println(root)
	fmt.Println(context.WithValue(root, "k", "v"))
	fmt.Println(val.Value(key("user")), val.Value("user"))
	fmt.Println(val.Err())
	results := make(chan string)
	for i := 0; i < 3; i++ {
		go func(id int) {
			<-val.Done()
			results <- fmt.Sprint("worker ", id, " stopped: ", val.Err())
		}(i)
	}
	cancel()
	got := map[string]bool{}
	for i := 0; i < 3; i++ {
		got[<-results] = true
	}
	fmt.Println(len(got), got["worker 0 stopped: context canceled"])
	fmt.Println(root.Err(), child.Err(), context.Cause(val))

	tctx, tcancel := context.WithTimeout(bg, 10*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timeout:", tctx.Err(), errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(5 * time.Second):
		fmt.Println("too slow")
	}
	_, has := tctx.Deadline()
	_, hasBg := bg.Deadline()
	fmt.Println(has, hasBg, bg.Done() == nil)

	cc, ccancel := context.WithCancelCause(bg)
	ccancel(errors.New("disk full"))
	fmt.Println(cc.Err(), context.Cause(cc))

	dc, dcancel := context.WithTimeoutCause(bg, time.Millisecond, errors.New("too slow"))
	defer dcancel()
	<-dc.Done()
	fmt.Println(dc.Err(), context.Cause(dc))

	wc := context.WithoutCancel(val)
	fmt.Println(wc.Err(), wc.Done() == nil, wc.Value(key("user")))

	ac, acancel := context.WithCancel(bg)
	ran := make(chan bool, 1)
	stop := context.AfterFunc(ac, func() { ran <- true })
	acancel()
	fmt.Println("afterfunc ran:", <-ran, "stop:", stop())
	ac2, acancel2 := context.WithCancel(bg)
	stop2 := context.AfterFunc(ac2, func() { fmt.Println("never") })
	fmt.Println("stopped:", stop2())
	acancel2()
	time.Sleep(time.Millisecond)

	past, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	defer pcancel()
	fmt.Println("past deadline:", past.Err())
}
