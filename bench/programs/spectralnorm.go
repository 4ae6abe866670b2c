// Spectral norm of an infinite matrix by the power method (the benchmarks game's algorithm).
package main

import (
	"fmt"
	"math"
)

func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func multiplyAv(v, av []float64) {
	for i := range av {
		sum := 0.0
		for j := range v {
			sum += a(i, j) * v[j]
		}
		av[i] = sum
	}
}

func multiplyAtv(v, atv []float64) {
	for i := range atv {
		sum := 0.0
		for j := range v {
			sum += a(j, i) * v[j]
		}
		atv[i] = sum
	}
}

func multiplyAtAv(v, out, tmp []float64) {
	multiplyAv(v, tmp)
	multiplyAtv(tmp, out)
}

func main() {
	n := 200
	u := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := 0; i < 10; i++ {
		multiplyAtAv(u, v, tmp)
		multiplyAtAv(v, u, tmp)
	}
	var vBv, vv float64
	for i, vi := range v {
		vBv += u[i] * vi
		vv += vi * vi
	}
	fmt.Printf("%0.9f\n", math.Sqrt(vBv/vv))
}
