package main

import (
	"fmt"
	"os"
)

type N int
type S string
type F float64
type B bool

func try(v any) {
	defer func() { fmt.Println(recover()) }()
	panic(v)
}

func main() {
	try(N(4))
	try(S("x"))
	try(int8(3))
	var which = len(os.Args)
	switch which {
	case 1:
		panic(S("a \"quoted\" string"))
	}
}
