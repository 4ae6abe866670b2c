package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(2.5e9))
	i := 65
	fmt.Println(string(rune(i)), float64(i)/2)
	var big int64 = 300
	fmt.Println(int8(big), uint8(big), int16(big))
	var neg int = -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	r := 'é'
	fmt.Println(r, string(r), byte(r))
	b := byte('z')
	fmt.Println(b, string(b), rune(b)-'a')
	s := "héllo"
	bs := []byte(s)
	rs := []rune(s)
	fmt.Println(len(s), len(bs), len(rs))
	fmt.Println(bs)
	fmt.Println(rs)
	fmt.Println(string(bs[1:3]), string(rs[1:3]))
	var u uint32 = 4000000000
	fmt.Println(int32(u), float32(u))
	x := 7
	y := 2
	fmt.Println(float64(x)/float64(y), x/y)
}
