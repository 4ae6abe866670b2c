package main

import (
	"fmt"
	"unsafe"
)

type P struct {
	A int8
	B int64
	C bool
	S string
	L []int
}

func main() {
	var x int32
	var p P
	fmt.Println(unsafe.Sizeof(x), unsafe.Sizeof(p), unsafe.Sizeof(""), unsafe.Sizeof(1.5), unsafe.Alignof(p.B), unsafe.Offsetof(p.C), unsafe.Sizeof([3]int16{}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(any(1)))
	const n = unsafe.Sizeof(uint16(0))
	fmt.Println(n)
	offsets()
}
type In struct {
	X byte
	Y int32
}

type Q struct {
	A int8
	In
	Z [3]int16
	W complex64
}

func offsets() {
	var p Q
	fmt.Println(unsafe.Offsetof(p.Y), unsafe.Offsetof(p.In), unsafe.Offsetof(p.Z), unsafe.Offsetof(p.W), unsafe.Sizeof(p), unsafe.Alignof(p.W))
}
