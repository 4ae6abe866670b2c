package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

func (d Weekday) String() string {
	switch d {
	case Sunday:
		return "Sun"
	case Monday:
		return "Mon"
	}
	return fmt.Sprintf("Day(%d)", int(d))
}

func main() {
	fmt.Println(Sunday, Monday, Tuesday, KB, MB, GB)
	fmt.Printf("%d %v %s\n", Monday, Tuesday, Sunday)
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x := []string{"a", "b"}
	x[0], x[1] = x[1], x[0]
	fmt.Println(x)
	const pi = 3.14159
	var f32 float32 = pi
	fmt.Println(f32, pi*2)
	fmt.Printf("%5.2f|%-5d|%05d|%x|%q|%T\n", 3.14159, 42, 42, 255, "hi", f32)
}
