package main

import "fmt"

func main() {
	var x uint8 = 1
	for _, s := range []uint{0, 3, 7, 8, 9, 100} {
		fmt.Printf("1<<%d = %d\n", s, x<<s)
	}
	var y int32 = -16
	for _, s := range []uint{1, 2, 4, 31, 32, 40} {
		fmt.Printf("-16>>%d = %d\n", s, y>>s)
	}
	var z uint32 = 0xF0000000
	fmt.Println(z>>28, z<<4, z>>32)
	var w int64 = 1
	fmt.Println(w<<62, w<<63, w<<64)
	n := 5
	fmt.Println(1<<n, 1024>>n)
	var mask uint16 = 0xABCD
	fmt.Printf("%04x %04x %04x\n", mask&0xFF, mask|0x1, mask^0xFFFF)
	fmt.Printf("%x\n", mask&^0x0F0F)
	var neg int8 = -1
	fmt.Println(uint8(neg)>>1, neg>>1)
}
