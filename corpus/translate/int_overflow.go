package main

import "fmt"

func main() {
	var a int8 = 127
	a++
	fmt.Println("int8:", a)
	var b uint8 = 0
	b--
	fmt.Println("uint8:", b)
	var c int16 = 32767
	c += 10
	fmt.Println("int16:", c)
	var d uint16 = 65535
	d *= 3
	fmt.Println("uint16:", d)
	var e int32 = 2147483647
	e = e*2 + 5
	fmt.Println("int32:", e)
	var f uint32 = 1 << 31
	f *= 4
	fmt.Println("uint32:", f)
	var g int64 = 9223372036854775807
	g++
	fmt.Println("int64:", g)
	var h uint64 = 0
	h -= 1
	fmt.Println("uint64:", h)
	var m int8 = -128
	m = -m
	fmt.Println("neg min int8:", m)
	var p uint8 = 200
	var q uint8 = 100
	fmt.Println("sum:", p+q, "diff:", q-p, "prod:", p*q)
	for i := 0; i < 3; i++ {
		var x int8 = 120
		x += int8(i * 5)
		fmt.Printf("%d ", x)
	}
	fmt.Println()
}
