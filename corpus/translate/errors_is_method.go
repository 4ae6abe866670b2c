package main

import (
	"errors"
	"fmt"
)

type HTTPError struct {
	Code int
}

func (e HTTPError) Error() string { return fmt.Sprintf("http %d", e.Code) }

func (e HTTPError) Is(target error) bool {
	t, ok := target.(HTTPError)
	return ok && (t.Code == 0 || t.Code == e.Code)
}

var AnyHTTP = HTTPError{}

func fetch(path string) error {
	switch path {
	case "/":
		return nil
	case "/missing":
		return fmt.Errorf("fetch %s: %w", path, HTTPError{404})
	}
	return fmt.Errorf("fetch %s: %w", path, HTTPError{500})
}

func main() {
	for _, p := range []string{"/", "/missing", "/boom"} {
		err := fetch(p)
		fmt.Println(p, err, errors.Is(err, AnyHTTP), errors.Is(err, HTTPError{404}))
	}
	err := fmt.Errorf("outer: %w", fetch("/missing"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, HTTPError{404}), errors.Is(err, errors.New("http 404")))
}
