package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(key string) (int, error) {
	if key == "x" {
		return 1, nil
	}
	return 0, fmt.Errorf("find %q: %w", key, ErrNotFound)
}

func lookup(key string) error {
	_, err := find(key)
	if err != nil {
		return fmt.Errorf("lookup: %w", err)
	}
	return nil
}

func main() {
	err := lookup("y")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound))
	fmt.Println(errors.Unwrap(err))
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrNotFound)
	fmt.Println(lookup("x") == nil)
	other := errors.New("not found")
	fmt.Println(other == ErrNotFound, errors.Is(other, ErrNotFound))
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound))
	joined := errors.Join(errors.New("a"), ErrNotFound)
	fmt.Println(errors.Is(joined, ErrNotFound))
	fmt.Printf("%v|%s|%q\n", ErrNotFound, ErrNotFound, ErrNotFound)
}
