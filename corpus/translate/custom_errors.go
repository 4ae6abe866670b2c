package main

import (
	"errors"
	"fmt"
	"strconv"
)

type ValidationError struct {
	Field string
	Value int
}

func (e ValidationError) Error() string {
	return "invalid " + e.Field + ": " + strconv.Itoa(e.Value)
}

type TempError struct{ Retries int }

func (e *TempError) Error() string { return fmt.Sprintf("temporary (retries=%d)", e.Retries) }

func check(age int) error {
	if age < 0 {
		return ValidationError{"age", age}
	}
	if age > 150 {
		return fmt.Errorf("check: %w", &TempError{3})
	}
	return nil
}

func main() {
	for _, a := range []int{10, -5, 200} {
		err := check(a)
		if err == nil {
			fmt.Println(a, "ok")
			continue
		}
		var ve ValidationError
		var te *TempError
		switch {
		case errors.As(err, &ve):
			fmt.Println("validation:", ve.Field, ve.Value, err)
		case errors.As(err, &te):
			fmt.Println("temp:", te.Retries, err)
		}
	}
	err := check(-1)
	if v, ok := err.(ValidationError); ok {
		fmt.Printf("%+v\n", v)
	}
}
