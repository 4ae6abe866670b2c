package main

import "fmt"

type Celsius float64

func (c *Celsius) String() string { return fmt.Sprint(float64(*c)) }

func show(s fmt.Stringer) {
	switch v := s.(type) {
	case Celsius:
		fmt.Println("celsius", v)
	case *Celsius:
		fmt.Println("pointer", v)
	}
}

func main() {
	c := Celsius(1)
	show(&c)
}
