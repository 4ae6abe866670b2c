package main

import (
	"errors"
	"fmt"
	"strings"
)

func find(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s), nil
}

func main() {
	x := 1
	if true {
		x := 2
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	n, err := find("abc")
	if n, err := find(""); err != nil {
		fmt.Println("inner err", n, err)
	}
	fmt.Println(n, err)
	for i := 0; i < 2; i++ {
		x := i * 10
		fmt.Println(x)
	}
	fmt.Println(x)
	{
		strings := []string{"shadowed"}
		fmt.Println(len(strings))
	}
	fmt.Println(strings.ToUpper("module still works"))
	switch v := any(3).(type) {
	case int:
		fmt.Println("int", v+1)
	case string:
		fmt.Println("string", v+"!")
	}
}
