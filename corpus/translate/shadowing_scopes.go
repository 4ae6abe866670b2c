package main

import (
	"fmt"
	"strconv"
)

var x = "package"

func parse(s string) (n int, err error) {
	if n, err := strconv.Atoi(s); err == nil {
		return n * 2, nil
	}
	return n, fmt.Errorf("bad %q", s)
}

func main() {
	fmt.Println(x)
	x := 1
	{
		x := x + 1
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if x := "if-scope"; len(x) > 0 {
		fmt.Println(x)
	}
	for x := 0; x < 2; x++ {
		fmt.Print(x, " ")
	}
	fmt.Println(x)
	fmt.Println(parse("21"))
	fmt.Println(parse("z"))
	err := fmt.Errorf("first")
	if true {
		_, err := parse("q")
		fmt.Println("shadowed:", err)
	}
	fmt.Println("original:", err)
	fmt := "not the package"
	_ = fmt
	println2(fmt)
}

func println2(s string) { fmt.Println(len(s)) }
