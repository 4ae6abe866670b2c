package main

import "fmt"

type P struct {
	a    int8
	arr  [2]uint8
	None int
}

func main() {
	s := []int8{120, -120}
	s[0] += 10
	s[1]--
	s[1]--
	m := map[string]uint8{"a": 250}
	m["a"] += 10
	m["b"]--
	var p P
	p.a = 127
	p.a++
	p.arr[1] -= 3
	pp := &p
	pp.a *= 3
	arr := [2]int16{32767, 0}
	arr[0]++
	fmt.Println(s, m, p, arr)
	_f1 := 5
	_t1 := 7
	lambda, def, class, None, self, gv, rt, print, list, len_ := 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
	f := func() int { return _f1 + _t1 + lambda + def + class + None + self + gv + rt + print + list + len_ }
	fmt.Println(f(), p.None)
	var x uint32 = 1 << 31
	x <<= 1
	var y int64 = -1
	y >>= 70
	var z uint8 = 200
	z /= 3
	z %= 7
	fmt.Println(x, y, z)
	type_ := 3
	for _t2 := 0; _t2 < 2; _t2++ {
		defer func() { fmt.Println("d", _t2, type_) }()
	}
}
