// Unsigned / and %, widening conversions (no wrap needed) and narrowing ones (wrapped).
package main

import "fmt"

func main() {
	var a, b uint32 = 7, 0
	var c uint8 = 250
	var i8 int8 = -5
	x := int(c) + 10
	fmt.Println(a%3, a/2, int(a)+int(c), x, int64(i8), uint8(i8), int16(c), 1+int(a%3))
	defer func() { fmt.Println("recovered:", recover()) }()
	fmt.Println(a / b)
}
