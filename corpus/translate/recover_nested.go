package main

import "fmt"

func helper() interface{} { return recover() }

func direct() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("direct recovered ", r)
		}
	}()
	panic("p1")
}

func indirect() (msg string) {
	defer func() {
		defer func() {
			if r := recover(); r != nil {
				msg = fmt.Sprint("outer recovered ", r)
			}
		}()
		r := helper()
		msg = fmt.Sprint("helper got ", r)
	}()
	panic("p2")
}

func deferredPanics() {
	defer func() {
		fmt.Println("last recover:", recover())
	}()
	defer func() {
		panic("second")
	}()
	panic("first")
}

func main() {
	fmt.Println(direct())
	fmt.Println(indirect())
	deferredPanics()
	fmt.Println(recover())
	fmt.Println("done")
}
