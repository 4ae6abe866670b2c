package main

import (
	"fmt"
	"math/bits"
)

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func main() {
	for _, v := range []uint64{0, 1, 7, 255, 1 << 40, ^uint64(0)} {
		fmt.Println(v, popcount(v), bits.OnesCount64(v), bits.LeadingZeros64(v), bits.TrailingZeros64(v))
	}
	var x uint8 = 0b10110010
	fmt.Printf("%08b %08b %08b\n", x, ^x, bits.Reverse8(x))
	fmt.Printf("%08b\n", bits.RotateLeft8(x, 3))
	fmt.Println(bits.Len(255), bits.Len(256))
	n := -12
	fmt.Println(n&1 == 0, n>>1, ^n, -n&n)
	var flags uint32
	flags |= 1 << 3
	flags |= 1 << 5
	flags &^= 1 << 3
	fmt.Printf("%032b %d\n", flags, flags)
	isPow2 := func(v int) bool { return v > 0 && v&(v-1) == 0 }
	fmt.Println(isPow2(64), isPow2(96), isPow2(0))
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
}
