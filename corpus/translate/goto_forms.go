package main

import (
	"errors"
	"fmt"
)

func find(xs []int, t int) (idx int) {
	for i, x := range xs {
		if x == t {
			idx = i
			goto found
		}
	}
	return -1
found:
	fmt.Println("found at", idx)
	return idx
}

func loop() {
	i := 0
again:
	if i < 3 {
		fmt.Println("i =", i)
		i++
		goto again
	}
	fmt.Println("done", i)
}

func retry(n int) (err error) {
	attempts := 0
start:
	attempts++
	if attempts < n {
		fmt.Println("attempt", attempts, "failed")
		goto start
	}
	if attempts > 5 {
		err = errors.New("too many")
		goto fail
	}
	fmt.Println("ok after", attempts)
	return nil
fail:
	fmt.Println("fail:", err)
	return err
}

func nested() {
	for i := 0; i < 3; i++ {
		j := 0
	inner:
		if j < i {
			j++
			if j == 2 {
				continue
			}
			goto inner
		}
		fmt.Println(i, j)
		if i == 2 {
			break
		}
	}
	k := 0
	switch {
	case true:
	top:
		k++
		if k < 3 {
			goto top
		}
	}
	fmt.Println("k", k)
}

func main() {
	find([]int{4, 5, 6}, 5)
	fmt.Println(find([]int{1}, 9))
	loop()
	retry(3)
	retry(7)
	nested()
	defer fmt.Println("deferred")
	n := 0
L:
	n++
	if n < 4 {
		goto L
	}
	fmt.Println("n", n)
}
