package main

import (
	"errors"
	"fmt"
)

type Resource struct {
	name   string
	closed bool
}

var log []string

func open(name string) (*Resource, error) {
	if name == "" {
		return nil, errors.New("empty name")
	}
	log = append(log, "open "+name)
	return &Resource{name: name}, nil
}

func (r *Resource) Close() error {
	r.closed = true
	log = append(log, "close "+r.name)
	return nil
}

func process(names ...string) (err error) {
	for _, n := range names {
		r, err := open(n)
		if err != nil {
			return fmt.Errorf("process: %w", err)
		}
		defer r.Close()
	}
	log = append(log, "working")
	return nil
}

func main() {
	fmt.Println(process("a", "b", "c"))
	fmt.Println(log)
	log = nil
	fmt.Println(process("x", "", "y"))
	fmt.Println(log)
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Print("end", i, " ")
			fmt.Print("start", i, " ")
		}()
	}
	fmt.Println()
}
