// math/rand/v2's ChaCha8 source: seeded sequences past the reseed points, Read with
// sizes that split values, and the binary state round trip.
package main

import (
	"fmt"
	"math/rand/v2"
)

func seedOf(b byte) [32]byte {
	var s [32]byte
	for i := range s {
		s[i] = b + byte(i*7)
	}
	return s
}

func main() {
	c := rand.NewChaCha8(seedOf(1))
	sum := uint64(0)
	for i := 0; i < 300; i++ {
		v := c.Uint64()
		sum ^= v * uint64(i+1)
		if i < 3 || i == 123 || i == 124 || i == 299 {
			fmt.Println(i, v)
		}
	}
	fmt.Println("xor", sum)

	var zero [32]byte
	z := rand.New(rand.NewChaCha8(zero))
	fmt.Println(z.IntN(1000), z.Float64(), z.Int32(), z.Perm(6))

	r := rand.NewChaCha8(seedOf(9))
	for _, n := range []int{3, 8, 5, 0, 13, 1, 16} {
		p := make([]byte, n)
		k, err := r.Read(p)
		fmt.Println(k, err, p)
		b, _ := r.MarshalBinary()
		fmt.Printf("%q\n", b)
	}

	// Save mid-stream, continue, restore, and continue again: the same values.
	s := rand.NewChaCha8(seedOf(42))
	for i := 0; i < 97; i++ {
		s.Uint64()
	}
	p := make([]byte, 3)
	s.Read(p)
	state, _ := s.MarshalBinary()
	a := []uint64{s.Uint64(), s.Uint64()}
	t := rand.NewChaCha8(zero)
	if err := t.UnmarshalBinary(state); err != nil {
		fmt.Println(err)
	}
	q := make([]byte, 5)
	t.Read(q)
	fmt.Println(a, t.Uint64(), q)
	fmt.Println(t.UnmarshalBinary([]byte("chacha8:")))
	fmt.Println(t.UnmarshalBinary([]byte("readbuf:\x09")))

	s.Seed(seedOf(1))
	fmt.Println(s.Uint64())
}
