package main

import (
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }

type Dog struct{ name string }

func (d *Dog) Sound() string { return d.name + " says woof" }

type Celsius float64

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint("int ", x+1)
	case string, bool:
		return fmt.Sprint("string or bool ", x)
	case Celsius:
		return fmt.Sprint("celsius ", float64(x)*2)
	case Animal:
		return x.Sound()
	case []int:
		return fmt.Sprint("slice of ", len(x))
	default:
		return "other"
	}
}

func main() {
	for _, v := range []any{nil, 41, "hi", true, Celsius(1.5), &Dog{"rex"}, []int{1, 2}, 2.5} {
		fmt.Println(classify(v))
	}
	var a any = "text"
	s, ok := a.(string)
	fmt.Println(s, ok)
	n, ok := a.(int)
	fmt.Println(n, ok)
	var an Animal = &Dog{"fido"}
	if d, ok := an.(*Dog); ok {
		fmt.Println("dog named", d.name)
	}
	err := errors.New("boom")
	fmt.Println(err)
	fmt.Println(a.(int))
}
