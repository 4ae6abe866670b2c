// reflect.VisibleFields: promoted fields after their embedded struct, hidden by shallower ones or cancelled at one depth.
package main

import (
	"fmt"
	"reflect"
)

type Inner struct {
	A, B int
	c    string
}

type Other struct {
	B    float64
	D    bool
	Deep struct{ X int }
}

type Node struct {
	Next *Node
	V    int
}

type Outer struct {
	Inner
	*Other
	A int
	E string
	Node
}

func main() {
	for _, f := range reflect.VisibleFields(reflect.TypeOf(Outer{})) {
		fmt.Println(f.Name, f.Index, f.Type, f.Anonymous, f.IsExported())
	}
	defer func() { fmt.Println(recover()) }()
	reflect.VisibleFields(reflect.TypeOf(3))
}
