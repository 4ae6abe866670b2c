package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.code) }

func main() {
	_, err := os.Open("non-existing")
	if pe, ok := errors.AsType[*fs.PathError](err); ok {
		fmt.Println("Failed at path:", pe.Path)
	}
	e2 := fmt.Errorf("wrapped: %w", &MyErr{7})
	m, ok := errors.AsType[*MyErr](e2)
	fmt.Println(m.code, ok)
	_, ok = errors.AsType[*MyErr](err)
	fmt.Println(ok)
}
