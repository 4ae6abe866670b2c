// A NaN map key is never found: each store of one adds an entry, lookups and delete miss it.
package main

import (
	"fmt"
	"math"
	"sort"
)

type F float64

func main() {
	nan := math.NaN()
	m := map[float64]int{}
	m[nan] = 1
	m[nan] = 2
	m[nan]++
	m[1] = 5
	m[math.Copysign(0, -1)] = 6
	_, ok := m[nan]
	fmt.Println(len(m), m[nan], ok, m[0])
	delete(m, nan)
	fmt.Println(len(m))
	var vs []int
	for k, v := range m {
		if k != k {
			vs = append(vs, v)
		}
	}
	sort.Ints(vs)
	fmt.Println(vs)
	fmt.Println(m[1], m[0])
	a := map[any]string{}
	a[nan] = "x"
	a[nan] = "y"
	a[F(nan)] = "z"
	a[F(nan)] = "w"
	a[complex(nan, 1)] = "c"
	a[complex(nan, 1)] = "d"
	a["s"] = "t"
	fmt.Println(len(a))
	c := map[complex128]bool{}
	c[complex(1, nan)] = true
	c[complex(1, nan)] = true
	fmt.Println(len(c), c)
	clear(m)
	fmt.Println(len(m))
	f32 := map[float32]int{}
	f32[float32(nan)] = 1
	f32[float32(nan)] = 1
	fmt.Println(f32)
}
