package main

import "fmt"

type Temp struct{ deg int }

func (t *Temp) String() string { return fmt.Sprint(t.deg, "C") }

func show(s fmt.Stringer) { fmt.Println(s.String()) }

func main() {
	t := Temp{21}
	show(t)
}
