// math/big's Int: arithmetic in Go's division conventions, text in many bases, fmt verbs,
// GCD with coefficients, modular functions, bits and bytes.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	a := big.NewInt(0)
	a.SetString("123456789012345678901234567890", 10)
	b := new(big.Int).Exp(big.NewInt(2), big.NewInt(100), nil)
	c := new(big.Int).Mul(a, b)
	fmt.Println(a, b, c, c.BitLen(), c.Sign())
	fact := new(big.Int).MulRange(1, 30)
	fmt.Println("30! =", fact.String(), fact.Text(36), fact.Text(62))
	var z big.Int
	fmt.Println(z.String(), z.Cmp(a), a.Cmp(&z))
	for _, p := range [][2]int64{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}} {
		x, y := big.NewInt(p[0]), big.NewInt(p[1])
		q, r := new(big.Int).QuoRem(x, y, new(big.Int))
		d, m := new(big.Int).DivMod(x, y, new(big.Int))
		fmt.Println(p, q, r, d, m, new(big.Int).Quo(x, y), new(big.Int).Rem(x, y), new(big.Int).Div(x, y), new(big.Int).Mod(x, y))
		for _, mode := range []big.RoundingMode{big.Trunc, big.Floor, big.Round, big.Ceil} {
			q2, r2 := new(big.Int).Divide(x, y, new(big.Int), mode)
			fmt.Print(" ", mode, q2, r2)
		}
		fmt.Println()
	}
	for _, s := range []string{"0x1f", "-0b101", "0o17", "017", "1_000", "_1", "1__0", "0x_ff", "12a", "", "+5", "zz"} {
		v, ok := new(big.Int).SetString(s, 0)
		fmt.Println(s, v, ok)
	}
	v, ok := new(big.Int).SetString("zZ", 62)
	fmt.Println(v, ok)
	v, ok = new(big.Int).SetString("ff", 16)
	fmt.Println(v, ok)
	n := big.NewInt(-255)
	fmt.Printf("%d|%x|%X|%#x|%o|%#o|%O|%b|%s|%v|%+d|% d|%08d|%-8d|%8d|%.5d|%.0d\n", n, n, n, n, n, n, n, n, n, n, big.NewInt(5), big.NewInt(5), n, n, n, n, big.NewInt(0))
	fmt.Printf("%q %v\n", n, (*big.Int)(nil))
	g, x, y := new(big.Int), new(big.Int), new(big.Int)
	for _, p := range [][2]int64{{240, 46}, {46, 240}, {-240, 46}, {17, 5}, {0, 5}, {5, 0}, {12, -18}, {1071, 1029}} {
		g.GCD(x, y, big.NewInt(p[0]), big.NewInt(p[1]))
		fmt.Println("gcd", p, g, x, y)
	}
	fmt.Println(new(big.Int).ModInverse(big.NewInt(3), big.NewInt(11)), new(big.Int).ModInverse(big.NewInt(2), big.NewInt(4)))
	fmt.Println(new(big.Int).Exp(big.NewInt(3), big.NewInt(-1), big.NewInt(11)), new(big.Int).Exp(big.NewInt(-3), big.NewInt(3), big.NewInt(7)))
	for _, p := range []int64{7, 13, 17, 41, 97, 1000003} {
		r := new(big.Int).ModSqrt(big.NewInt(10), big.NewInt(p))
		fmt.Println("sqrt", p, r)
	}
	fmt.Println(big.NewInt(1000003).ProbablyPrime(20), big.NewInt(1000001).ProbablyPrime(0))
	fmt.Println(new(big.Int).Sqrt(fact), new(big.Int).Lsh(big.NewInt(3), 70), new(big.Int).Rsh(big.NewInt(-7), 1))
	fmt.Println(new(big.Int).And(big.NewInt(-6), big.NewInt(13)), new(big.Int).Not(big.NewInt(5)), big.NewInt(-6).Bit(1), big.NewInt(48).TrailingZeroBits())
	fmt.Println(c.Bytes()[:4], new(big.Int).SetBytes([]byte{1, 0}), big.NewInt(-5).Int64(), b.Uint64(), b.IsInt64(), big.NewInt(-1).IsUint64())
	f, acc := c.Float64()
	fmt.Println(f, acc, big.Jacobi(big.NewInt(2), big.NewInt(7)), new(big.Int).Binomial(10, 3))
	fmt.Println(string(c.Append([]byte("x="), 16)), new(big.Int).SetBit(&z, 65, 1))
	js, _ := c.MarshalJSON()
	fmt.Println(string(js))
	fmt.Println(a.Bits())
}
