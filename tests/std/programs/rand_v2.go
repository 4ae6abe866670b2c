// math/rand/v2: a seeded PCG gives Go's sequence through every Rand method; top-level functions in range.
package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	r := rand.New(rand.NewPCG(1, 2))
	fmt.Println(r.Uint64(), r.Int64(), r.Uint32(), r.Int32(), r.Int(), r.Uint())
	for i := 0; i < 5; i++ {
		fmt.Print(r.IntN(10), " ", r.Int64N(1e18), " ", r.Uint64N(7), " ", r.Int32N(1000), " ", r.Uint32N(3), " ", r.UintN(1<<40+3), " ")
	}
	fmt.Println()
	fmt.Println(r.Float64(), r.Float32(), r.Perm(10))
	s := []string{"a", "b", "c", "d", "e"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	p := rand.NewPCG(42, 54)
	fmt.Println(p.Uint64(), p.Uint64())
	p.Seed(0, 0)
	fmt.Println(p.Uint64())
	b, err := p.MarshalBinary()
	fmt.Println(b, err)
	q := rand.NewPCG(0, 0)
	fmt.Println(q.UnmarshalBinary(b), q.Uint64() == p.Uint64())
	x := rand.IntN(100)
	fmt.Println(x >= 0 && x < 100, rand.Float64() < 1, len(rand.Perm(5)), rand.N(10) < 10)
	defer func() { fmt.Println("recovered:", recover()) }()
	r.IntN(0)
}
