package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ msg string }

func (e *MyErr) Error() string { return e.msg }

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

func main() {
	e1 := mayFail(false)
	fmt.Println(e1 == nil, e1 != nil)
	fmt.Printf("%T %v\n", e1, e1 == (*MyErr)(nil))
	e2 := correct(false)
	fmt.Println(e2 == nil)
	fmt.Printf("%T %v\n", e2, e2)
	e3 := correct(true)
	fmt.Println(e3)
	var i interface{}
	fmt.Println(i == nil)
	var ip *int
	i = ip
	fmt.Println(i == nil, ip == nil)
	var target *MyErr
	fmt.Println(errors.As(e3, &target), target.msg)
}
