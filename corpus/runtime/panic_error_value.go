package main

import "errors"

func main() {
	defer func() {
		panic(recover())
	}()
	panic(errors.New("disk on fire"))
}
