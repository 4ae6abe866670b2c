package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("defer", i)
	}
	fmt.Println("body")
}

func nested() (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint("outer got: ", r)
	}()
	func() {
		defer func() {
			fmt.Println("inner recover:", recover())
			panic("second")
		}()
		panic("first")
	}()
	return "unreachable"
}

func helper() interface{} { return recover() }

func indirect() (got interface{}) {
	defer func() {
		got = helper()
		recover()
	}()
	panic("x")
}

func main() {
	fmt.Println(safeDiv(7, 2))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)
	order()
	fmt.Println(nested())
	fmt.Println("indirect:", indirect())
	fmt.Println("no panic:", recover())
	func() {
		defer func() {
			fmt.Println("error value:", recover().(error).Error())
		}()
		panic(errors.New("custom"))
	}()
	defer func() {
		r := recover()
		fmt.Println("main recovered", r)
		panic(r)
	}()
	panic("final")
}
