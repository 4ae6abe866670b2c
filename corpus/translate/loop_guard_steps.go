// A for statement whose condition bounds the post statement's step by one: the step needs no wrap
// unless the body, a closure or a pointer may change the variable; each loop ends at a type's edge.
package main

import "fmt"

func main() {
	// steps the condition bounds, at the edges of each type
	n := 0
	for i, j := int8(-128), int8(127); i < j; i, j = i+1, j-1 {
		n++
	}
	fmt.Println(n)
	var u8 uint8
	for k := uint8(250); u8 < k; u8++ {
	}
	fmt.Println(u8)
	for a, b := uint8(0), uint8(255); b > a; b-- {
		n++
	}
	fmt.Println(n)
	// the body changes the variable: the step must wrap
	x, xc := int8(120), 0
	for y := int8(125); x < y; x++ {
		if xc == 0 {
			x += 7
		}
		xc++
	}
	fmt.Println(x, xc)
	// a closure defined before the loop changes it
	z, calls := int8(126), 0
	bump := func() {
		if calls < 2 {
			z = 127
		}
		calls++
	}
	for w := int8(127); z < w; z++ {
		bump()
	}
	fmt.Println(z, calls)
	// a pointer taken in a closure changes it
	v, vc := int8(126), 0
	set := func() {
		if vc < 1 {
			p := &v
			*p = 127
		}
		vc++
	}
	for w := int8(127); v < w; v++ {
		set()
	}
	fmt.Println(v, vc)
	// a pointer
	q := int16(32760)
	p := &q
	qc := 0
	for r := int16(32767); q < r; q++ {
		if qc == 0 {
			*p = 32767
		}
		qc++
	}
	fmt.Println(q, qc)
	var m int64 = 9223372036854775806
	for lim := int64(9223372036854775807); m < lim; m = m + 1 {
	}
	fmt.Println(m)
	// decrement of the greater side, with a body that reads both
	s := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
	fmt.Println(s)
}
