package main

import (
	"fmt"
	"reflect"
)

type user struct {
	firstName string
	lastName  string
	Age       int
}

type data struct {
	user
	firstName string
	lastName  string
}

// Fields whose names Python reserves: the translator renames them, reflect must find them.
type reserved struct {
	next *reserved
	id   int
	len  int
	Type string
}

func main() {
	u := data{user: user{"Embedded John", "Embedded Doe", 3}, firstName: "John", lastName: "Doe"}
	s := reflect.ValueOf(u).FieldByIndex([]int{0, 1})
	fmt.Println("embedded last name:", s)
	v := reflect.ValueOf(u)
	for i := 0; i < v.NumField(); i++ {
		fmt.Printf("%d %v %5v|%q\n", i, v.Field(i), v.Field(i), v.Field(i))
	}
	fmt.Println(reflect.ValueOf(42), reflect.ValueOf([]int{1, 2}), reflect.ValueOf(nil).IsValid())
	fmt.Printf("%v %d %T\n", reflect.ValueOf(7), reflect.ValueOf(7), reflect.ValueOf(7))
	fmt.Println(reflect.TypeOf(u).FieldByIndex([]int{0, 2}).Name)
	r := reserved{id: 3, len: 4, Type: "t"}
	rv := reflect.ValueOf(r)
	fmt.Println(rv.Field(1).Int(), rv.Field(2).Int(), rv.Field(3), rv.FieldByName("len").Int(), rv.IsZero())
	fmt.Println(reflect.DeepEqual(r, reserved{id: 3, len: 4, Type: "t"}), reflect.DeepEqual(r, reserved{id: 3, len: 5, Type: "t"}))
	reflect.ValueOf(&r).Elem().Field(3).SetString("u")
	fmt.Printf("%+v\n", r)
}
