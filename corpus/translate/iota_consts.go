package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed"}[d]
}

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	A = iota * 10
	B
	_
	D
	E, F = iota, iota + 100
	G, H
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
)

const big = 1 << 100
const typed int64 = 5

func main() {
	fmt.Println(Sunday, Tuesday, Wednesday+0, int(Wednesday))
	fmt.Printf("%v %d\n", Monday, Monday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, D, E, F, G, H)
	perm := FlagRead | FlagExec
	fmt.Println(perm, perm&FlagWrite != 0, perm&FlagExec != 0)
	fmt.Println(big>>98, typed*2)
	const pi = 3.14159
	var r float32 = 2
	fmt.Println(pi*r*r, int(pi*100+0.841))
}
