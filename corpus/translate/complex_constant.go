package main

import "fmt"

type Status uint8

const (
	Pending Status = iota + 1
	Active
	Closed
)

var names = map[Status]string{Pending: "pending", Active: "active", Closed: "closed"}

func (s Status) String() string {
	if n, ok := names[s]; ok {
		return n
	}
	return "unknown"
}

const (
	KiB = 1 << (10 * (iota + 1))
	MiB
	GiB
)

const huge = 1 << 62

func main() {
	for s := Status(0); s <= 4; s++ {
		fmt.Printf("%d:%v ", s, s)
	}
	fmt.Println()
	fmt.Println(KiB, MiB, GiB, huge/GiB)
	var f float64 = huge
	var u8 uint8 = 255
	fmt.Println(f, u8, 'a'+1, string(rune('a'+1)))
	const c = 10 / 3
	const d = 10 / 3.0
	fmt.Println(c, d)
	x := 7
	fmt.Println(x/2, float64(x)/2, 7/2.0)
	fmt.Printf("%T %T %T %T\n", 1, 1.0, 'a', 1+2i)
}
