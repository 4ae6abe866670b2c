// reflect's Type.Fields and Value.Fields iterators (Go 1.26), with struct tags and an early break.
package main

import (
	"fmt"
	"reflect"
)

type Person struct {
	Name    string `json:"name" alias:"n"`
	Age     int    `alias:""`
	City    string
	Country string
}

func main() {
	p := Person{Name: "Alice", Age: 30, City: "New York", Country: "USA"}
	for field := range reflect.TypeOf(p).Fields() {
		alias, ok := field.Tag.Lookup("alias")
		fmt.Println(field.Name, field.Type, alias, ok, field.Index)
	}
	for field, value := range reflect.ValueOf(p).Fields() {
		if field.Name == "City" {
			break
		}
		fmt.Printf("%s = %v (%s)\n", field.Name, value, value.Kind())
	}
}
