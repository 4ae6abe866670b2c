// A value of a defined non-struct type has only its value-receiver methods: fmt does not call
// a pointer-receiver String on it, and it does not satisfy fmt.Stringer; its pointer does.
package main

import "fmt"

type counter int

func (c *counter) String() string { return fmt.Sprintf("counter(%d)", int(*c)) }

type name string

func (n name) String() string { return "name:" + string(n) }

type list []int

func (l *list) Error() string { return "list error" }

func main() {
	c := counter(3)
	fmt.Println(c, &c)
	fmt.Printf("%v %v %d %s\n", c, &c, c, &c)
	n := name("x")
	fmt.Println(n, &n)
	var s fmt.Stringer = &c
	fmt.Println(s)
	l := list{1}
	fmt.Println(l, &l)
	var e error = &l
	fmt.Println(e)
	_, ok := any(c).(fmt.Stringer)
	_, ok2 := any(&c).(fmt.Stringer)
	fmt.Println(ok, ok2)
}
