package main

import (
	"fmt"
	"math"
	"math/rand"
)

type stats struct {
	n          int
	sum, sumSq float64
	min, max   float64
}

func (s *stats) add(x float64) {
	if s.n == 0 || x < s.min {
		s.min = x
	}
	if s.n == 0 || x > s.max {
		s.max = x
	}
	s.n++
	s.sum += x
	s.sumSq += x * x
}

func (s *stats) String() string {
	mean := s.sum / float64(s.n)
	sd := math.Sqrt(s.sumSq/float64(s.n) - mean*mean)
	return fmt.Sprintf("n=%d mean=%.6f sd=%.6f min=%.6f max=%.6f", s.n, mean, sd, s.min, s.max)
}

// Gaussian random walks, exponential waiting times and Zipf-distributed word ranks.
func main() {
	r := rand.New(rand.NewSource(-12345))
	var steps stats
	pos := 0.0
	for i := 0; i < 5000; i++ {
		step := r.NormFloat64()*0.5 + 0.01
		steps.add(step)
		pos += step
	}
	fmt.Println("steps:", steps.String())
	fmt.Printf("final position %.9f\n", pos)

	var waits stats
	for i := 0; i < 5000; i++ {
		waits.add(r.ExpFloat64() / 3)
	}
	fmt.Println("waits:", waits.String())

	z := rand.NewZipf(r, 1.2, 1, 9)
	freq := make([]int, 10)
	for i := 0; i < 2000; i++ {
		k := z.Uint64()
		freq[k]++
	}
	fmt.Println("zipf:", freq)
	fmt.Println(rand.NewZipf(r, 0.5, 1, 9) == nil)

	for i := 0; i < 3; i++ {
		fmt.Println(r.NormFloat64(), r.ExpFloat64())
	}
}
