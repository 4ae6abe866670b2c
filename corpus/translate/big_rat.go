// math/big's Rat: continued fractions, SetString forms, arithmetic, FloatString rounding,
// and Int and Rat read by fmt.Sscan through their Scan methods.
package main

import (
	"fmt"
	"math/big"
)

func recur(n, lim int64) *big.Rat {
	term := new(big.Rat)
	if n%3 != 1 {
		term.SetInt64(1)
	} else {
		term.SetInt64((n - 1) / 3 * 2)
	}
	if n > lim {
		return term
	}
	frac := new(big.Rat).Inv(recur(n+1, lim))
	return term.Add(term, frac)
}

func main() {
	for i := 1; i <= 15; i++ {
		r := recur(0, int64(i))
		fmt.Printf("%-13s = %s\n", r, r.FloatString(8))
	}
	r := new(big.Rat)
	r.SetString("355/113")
	fmt.Println(r.FloatString(3), r, r.RatString(), r.Num(), r.Denom(), r.IsInt(), r.Sign())
	for _, s := range []string{"1.5000", "-0.125", "3/-4", "1e3", "1.5e-3", "0x1.8p1", "abc", "1/0", "7", ".5", "0b101", "-3/6"} {
		v, ok := new(big.Rat).SetString(s)
		fmt.Println(s, v, ok)
	}
	x, y := big.NewRat(1, 3), big.NewRat(-2, 7)
	fmt.Println(new(big.Rat).Add(x, y), new(big.Rat).Sub(x, y), new(big.Rat).Mul(x, y), new(big.Rat).Quo(x, y), x.Cmp(y), new(big.Rat).Neg(y), new(big.Rat).Abs(y))
	f, exact := x.Float64()
	fmt.Println(f, exact, big.NewRat(3, 4).FloatString(0), big.NewRat(-5, 2).FloatString(0), big.NewRat(-1, 3).FloatString(2), big.NewRat(2, 3).FloatString(2))
	n, ex := big.NewRat(1, 40).FloatPrec()
	fmt.Println(n, ex)
	n, ex = big.NewRat(1, 3).FloatPrec()
	fmt.Println(n, ex)
	fmt.Println(new(big.Rat).SetFloat64(0.1), new(big.Rat).SetFrac(big.NewInt(10), big.NewInt(-4)))
	var z big.Rat
	fmt.Println(z.String(), z.Denom(), z.FloatString(2))
	i := new(big.Int)
	_, err := fmt.Sscan("18446744073709551617", i)
	fmt.Println(i, err)
	_, err = fmt.Sscan("1.5000", r)
	fmt.Println(r, err)
}
