// defer and recover as error handling: a safe division that turns panics into errors, a
// deferred closure changing named results, deferred calls in a loop, and re-panicking.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func parseAll(ss []string) (sum int, err error) {
	defer func() {
		if err != nil {
			sum = -1
		}
	}()
	for _, s := range ss {
		n, err := strconv.Atoi(s)
		if err != nil {
			return 0, err
		}
		sum += n
	}
	return sum, nil
}

func cleanup() (out []string) {
	for i := 0; i < 3; i++ {
		defer func() { out = append(out, fmt.Sprint("closed ", i)) }()
	}
	return []string{"start"}
}

type ValidationError struct{ Field string }

func (e *ValidationError) Error() string { return "invalid " + e.Field }

func mustValidate(field string) {
	defer func() {
		r := recover()
		var ve *ValidationError
		if err, ok := r.(error); ok && errors.As(err, &ve) {
			fmt.Println("validation failed on", ve.Field)
			return
		}
		if r != nil {
			panic(r)
		}
	}()
	if field == "" {
		panic(&ValidationError{"name"})
	}
	if field == "boom" {
		panic("unexpected")
	}
	fmt.Println("ok", field)
}

func main() {
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(parseAll([]string{"1", "2", "3"}))
	fmt.Println(parseAll([]string{"1", "x"}))
	fmt.Println(cleanup())
	mustValidate("age")
	mustValidate("")
	defer fmt.Println("main deferred")
	mustValidate("boom")
}
