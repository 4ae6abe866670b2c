package main

import (
	"fmt"
	"math/rand"
	"strings"
)

// Rolls two dice many times with a seeded generator and draws a histogram of the sums.
func main() {
	r := rand.New(rand.NewSource(2024))
	counts := make(map[int]int)
	const rolls = 3600
	for i := 0; i < rolls; i++ {
		a := r.Intn(6) + 1
		b := r.Intn(6) + 1
		counts[a+b]++
	}
	for sum := 2; sum <= 12; sum++ {
		c := counts[sum]
		fmt.Printf("%2d %4d %s\n", sum, c, strings.Repeat("*", c/20))
	}

	// A coin that lands heads 30% of the time.
	heads := 0
	for i := 0; i < 1000; i++ {
		if r.Float64() < 0.3 {
			heads++
		}
	}
	fmt.Println("heads:", heads)

	// Reseeding restarts the sequence.
	r.Seed(7)
	first := []int{r.Intn(100), r.Intn(100), r.Intn(100)}
	r.Seed(7)
	again := []int{r.Intn(100), r.Intn(100), r.Intn(100)}
	fmt.Println(first, again)

	// Big ranges go through Int63n.
	fmt.Println(r.Intn(1<<40), r.Int63n(1e15), r.Int31n(1000), r.Uint32(), r.Uint64())
}
