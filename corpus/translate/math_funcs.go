package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(16), math.Sqrt(-1))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.Round(2.5))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	nan := math.NaN()
	fmt.Println(nan == nan, math.IsNaN(nan), math.IsInf(math.Inf(-1), -1))
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32)
	fmt.Println(math.MaxInt8, math.MaxFloat64 > 1e308, math.SmallestNonzeroFloat64 > 0)
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Abs(-3.2), math.Mod(7, -3))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Hypot(3, 4))
	fmt.Printf("%.4f %.4f %.4f\n", math.Pi, math.E, math.Log(math.E))
	fmt.Println(math.Log2(1024), math.Exp(0))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	fmt.Println(math.Sin(0), math.Cos(math.Pi), math.Cbrt(8))
	x := 1e300
	fmt.Println(x*1e10, -x*1e10)
	fmt.Printf("%v %.2f %e %g\n", 123456789.0, 1e6, 123456.789, 1e21)
	fmt.Println(float64(int64(1)<<53)+1, math.Float64bits(1.0))
}
