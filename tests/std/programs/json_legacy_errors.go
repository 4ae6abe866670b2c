// encoding/json's deprecated error types, which programs may still build and print.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
)

type T struct {
	A int
	b string
}

func main() {
	var e error = &json.InvalidUTF8Error{S: "a\xffb"}
	fmt.Println(e)
	t := reflect.TypeOf(T{})
	f, _ := t.FieldByName("b")
	e2 := &json.UnmarshalFieldError{Key: "b", Type: t, Field: f}
	fmt.Println(e2.Error())
	var target *json.UnmarshalFieldError
	fmt.Println(errors.As(fmt.Errorf("wrap: %w", e2), &target), target.Key)
	fmt.Printf("%T %T\n", e, e2)
}
