// complex64 arithmetic rounds both parts to float32 after each operation, as Go does (products
// and quotients computed in float64, then rounded once).
package main

import (
	"fmt"
	"math"
)

type num interface{ ~complex64 | ~complex128 }

func mulAdd[T num](a, b, c T) T { return a*b + c }

func bits(z complex64) string {
	return fmt.Sprintf("%08x %08x", math.Float32bits(real(z)), math.Float32bits(imag(z)))
}

func main() {
	c := complex64(complex(1.1, 2.2))
	x := complex64(complex(0.7, -0.3))
	for i := 0; i < 5; i++ {
		c = c*x + c/x - x
		fmt.Println(bits(c), c)
	}
	var acc complex64
	for i := 1; i < 30; i++ {
		acc += complex(float32(i)/7, 1/float32(i))
	}
	fmt.Println(bits(acc), acc)
	z := complex(1.1, 2.2)
	w := complex64(z)
	fmt.Println(bits(w), bits(-w), bits(w*w))
	fmt.Println(bits(mulAdd(c, x, w)), mulAdd(complex(1.1, 2.2), 3, 1))
	s := []complex64{c, x}
	s[0] *= s[1]
	s[1] /= s[0]
	fmt.Println(bits(s[0]), bits(s[1]))
	var zero complex64
	fmt.Println(c/zero, bits(x/complex(0, 1)))
}

func quo[T num](a, b T) T { return a / b }

// Division by zero and by infinities gives Go's infinities and zeros (C99's rules).
func init() {
	inf := math.Inf(1)
	nan := math.NaN()
	ns := []complex128{1, complex(1, 2), complex(-3, 0), 0, complex(inf, 1), complex(1, -inf), complex(nan, 1), complex(nan, nan)}
	ms := []complex128{0, complex(0, -0.0), complex(2, 0), complex(inf, 0), complex(1, inf), complex(nan, 0), complex(1e300, 1e-300), complex(-0.0, 3)}
	for _, n := range ns {
		for _, m := range ms {
			fmt.Print(n/m, " ")
		}
		fmt.Println(quo(complex64(n), complex64(complex(0, 0))), quo(n, 2i))
	}
}
