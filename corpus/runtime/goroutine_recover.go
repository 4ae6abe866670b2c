package main

import (
	"errors"
	"fmt"
	"sync"
)

var ErrBad = errors.New("bad input")

func work(id int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("worker %d: %v", id, r)
		}
	}()
	if id%2 == 1 {
		panic(ErrBad)
	}
	if id == 4 {
		var m map[string]int
		m["x"] = 1
	}
	return nil
}

func main() {
	var wg sync.WaitGroup
	errs := make([]error, 6)
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = work(i)
		}()
	}
	wg.Wait()
	for i, e := range errs {
		fmt.Println(i, e)
	}
}
