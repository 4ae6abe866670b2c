// reflect: FieldByIndexErr through a nil embedded pointer, and SetIterKey/SetIterValue from a MapIter.
package main

import (
	"fmt"
	"reflect"
)

type Base struct{ ID int }
type Outer struct {
	*Base
	Name string
}

func main() {
	o := Outer{Name: "n"}
	v := reflect.ValueOf(o)
	f, err := v.FieldByIndexErr([]int{0, 0})
	fmt.Println(f.IsValid(), err)
	f, err = v.FieldByIndexErr([]int{1})
	fmt.Println(f, err)
	o.Base = &Base{7}
	f, err = reflect.ValueOf(o).FieldByIndexErr([]int{0, 0})
	fmt.Println(f, err)
	m := map[string]int{"only": 42}
	it := reflect.ValueOf(m).MapRange()
	var k string
	var val int
	kv := reflect.ValueOf(&k).Elem()
	vv := reflect.ValueOf(&val).Elem()
	func() {
		defer func() { fmt.Println(recover()) }()
		kv.SetIterKey(it)
	}()
	for it.Next() {
		kv.SetIterKey(it)
		vv.SetIterValue(it)
	}
	fmt.Println(k, val)
	func() {
		defer func() { fmt.Println(recover()) }()
		kv.SetIterKey(it)
	}()
}
