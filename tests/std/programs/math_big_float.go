// math/big's Float: arithmetic at several precisions in every rounding mode with the
// accuracy, conversions, Sqrt, Text in every format, parsing and its errors, fmt's verbs,
// Scan, text marshalling and the ErrNaN panics.
package main

import (
	"encoding/json"
	"fmt"
	"math"
	"math/big"
)

var modes = []big.RoundingMode{big.ToNearestEven, big.ToNearestAway, big.ToZero,
	big.AwayFromZero, big.ToNegativeInf, big.ToPositiveInf}

func show(f *big.Float) string {
	return fmt.Sprintf("%s/%s/%d", f.Text('p', 0), f.Acc(), f.Prec())
}

func parse(s string) *big.Float {
	f, _, err := big.ParseFloat(s, 0, 200, big.ToNearestEven)
	if err != nil {
		panic(err)
	}
	return f
}

func apply(op int, z, x, y *big.Float) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprintf("[%v]", r)
		}
	}()
	switch op {
	case 0:
		z.Add(x, y)
	case 1:
		z.Sub(x, y)
	case 2:
		z.Mul(x, y)
	case 3:
		z.Quo(x, y)
	}
	return show(z)
}

func arithmetic() {
	operands := []string{"1", "-1", "3", "0.1", "-2.5", "1e100", "-7e-30", "0x1p-1074",
		"123456789.123456789", "0.3333333333333333333333333", "0", "-0", "Inf", "-Inf", "2", "0x.ffffffffp0"}
	for _, prec := range []uint{1, 2, 5, 24, 53, 64, 100} {
		for _, mode := range modes {
			for i, a := range operands {
				for j, b := range operands {
					if (i*7+j*3+int(prec))%5 != 0 {
						continue
					}
					x, y := parse(a), parse(b)
					line := fmt.Sprintf("%d %s %s %s:", prec, mode, a, b)
					for op := 0; op < 4; op++ {
						line += " " + apply(op, new(big.Float).SetPrec(prec).SetMode(mode), x, y)
					}
					line += fmt.Sprintf(" cmp=%d", x.Cmp(y))
					fmt.Println(line)
				}
			}
		}
	}
	// zero values adopt the operands' precision
	var a, b, c big.Float
	a.SetInt64(7)
	b.SetFloat64(0.1)
	c.Quo(&a, &b)
	fmt.Println(show(&a), show(&b), show(&c), c.Mode())
	var d big.Float
	d.Add(&d, &d)
	fmt.Println(show(&d), d.Sign(), d.Signbit())
	// exact cancellation is -0 when rounding toward -Inf
	e := new(big.Float).SetMode(big.ToNegativeInf)
	e.Sub(big.NewFloat(1.5), big.NewFloat(1.5))
	fmt.Println(e.Signbit(), e, show(e))
	// sums of zeros
	nz := big.NewFloat(math.Copysign(0, -1))
	pz := big.NewFloat(0)
	fmt.Println(new(big.Float).Add(nz, nz), new(big.Float).Add(nz, pz), new(big.Float).Sub(nz, pz),
		new(big.Float).Sub(nz, nz), new(big.Float).Mul(nz, big.NewFloat(3)), new(big.Float).Quo(pz, big.NewFloat(-3)))
	fmt.Println(new(big.Float).Quo(big.NewFloat(1), nz), new(big.Float).Quo(big.NewFloat(-1), big.NewFloat(math.Inf(1))))
	// overflow and underflow of the exponent
	huge := new(big.Float).SetMantExp(big.NewFloat(0.75), big.MaxExp)
	fmt.Println(huge.Text('p', 0), show(new(big.Float).Mul(huge, big.NewFloat(2))), show(new(big.Float).Add(huge, huge)))
	tiny := new(big.Float).SetMantExp(big.NewFloat(0.5), big.MinExp)
	fmt.Println(tiny.Text('p', 0), show(new(big.Float).Quo(tiny, big.NewFloat(2))), show(new(big.Float).Neg(tiny).Quo(tiny, big.NewFloat(-3))))
	up := new(big.Float).SetPrec(2).SetMode(big.AwayFromZero)
	fmt.Println(show(up.Mul(huge, big.NewFloat(1.25))))
}

func setters() {
	for _, prec := range []uint{0, 1, 3, 10, 53, 70} {
		for _, mode := range modes {
			f := func() *big.Float { return new(big.Float).SetPrec(prec).SetMode(mode) }
			fmt.Println(prec, mode, show(f().SetInt64(-123456789)), show(f().SetUint64(math.MaxUint64)),
				show(f().SetFloat64(-math.Pi)), show(f().SetFloat64(5e-324)), show(f().SetInt64(math.MinInt64)))
			n, _ := new(big.Int).SetString("-1234567890123456789012345678901234567890", 10)
			fmt.Println(show(f().SetInt(n)), show(f().SetRat(big.NewRat(-1, 3))), show(f().SetRat(big.NewRat(22, 7))),
				show(f().SetRat(big.NewRat(1<<40, 1))), show(f().SetInf(true)))
			g := big.NewFloat(math.E)
			fmt.Println(show(f().Set(g)), show(f().Copy(g)), show(f().Abs(big.NewFloat(-2.75))), show(f().Neg(g)))
		}
	}
	// SetPrec rounds, and 0 makes zeros
	for _, mode := range modes {
		x := big.NewFloat(-2.718281828459045).SetMode(mode)
		fmt.Print(show(x.SetPrec(10)), " ", show(x.SetPrec(3)), " ", show(x.SetPrec(100)), " ", show(x.SetPrec(0)), " ", x.Sign(), x.Signbit(), "\n")
	}
	x := big.NewFloat(1.5)
	fmt.Println(x.SetPrec(0).Acc(), x.Prec(), x, big.NewFloat(-3).SetPrec(0).Acc())
	fmt.Println(new(big.Float).SetPrec(1e10).Prec() == big.MaxPrec, big.MaxExp, big.MinExp, uint64(big.MaxPrec))
	// MantExp and SetMantExp
	for _, v := range []float64{0, 1, -0.375, 1024, math.Inf(-1), 3e-310} {
		m := new(big.Float)
		e := big.NewFloat(v).MantExp(m)
		fmt.Println(v, e, m, show(m), big.NewFloat(v).MantExp(nil), new(big.Float).SetMantExp(m, e), new(big.Float).SetMantExp(m, -3))
	}
	// MinPrec, IsInt, IsInf
	for _, s := range []string{"0", "1", "-6", "0.5", "1.5", "1e30", "123.125", "-Inf", "0x1p-100", "2.5e20"} {
		f := parse(s)
		fmt.Println(s, f.MinPrec(), f.IsInt(), f.IsInf(), f.Sign(), f.Signbit(), f.Mode(), f.Acc())
	}
	g := new(big.Float).SetPrec(8).SetInt64(256)
	g.SetMantExp(g, 4)
	fmt.Println(g.IsInt(), g.MinPrec(), g)
}

func conversions() {
	values := []string{"0", "-0", "1", "-1", "1.5", "-1.5", "0.25", "-0.999", "255.9", "1e19", "18446744073709551615",
		"18446744073709551616", "18446744073709551615.5", "-9223372036854775808", "-9223372036854775809",
		"9223372036854775807", "9223372036854775807.5", "9223372036854775808", "1e-40", "3.4028235e38", "3.4028236e38",
		"1.7976931348623157e308", "1.7976931348623159e308", "1e309", "4.9e-324", "2.4e-324", "2.5e-324", "2.4703282292062328e-324",
		"2.2250738585072011e-308", "1e-45", "7e-46", "1.4e-45", "1.1754942e-38", "0.1", "Inf", "-Inf",
		"123456789012345678901234567890.0625", "-0x1.fffffffffffff8p1023", "0x1.fffffep127", "0x1.ffffffp127"}
	for _, s := range values {
		x, _, err := big.ParseFloat(s, 0, 120, big.ToNearestEven)
		if err != nil {
			fmt.Println(s, err)
			continue
		}
		u, ua := x.Uint64()
		i, ia := x.Int64()
		f64, fa := x.Float64()
		f32, f32a := x.Float32()
		n, na := x.Int(nil)
		r, ra := x.Rat(nil)
		fmt.Println(s, u, ua, i, ia, f64, fa, math.Signbit(f64), f32, f32a, n, na, r, ra)
	}
	z := new(big.Int)
	n, acc := big.NewFloat(-7.9).Int(z)
	fmt.Println(n, acc, n == z)
	q := new(big.Rat)
	r, acc := big.NewFloat(0.375).Rat(q)
	fmt.Println(r, acc, r == q)
}

func sqrt() {
	for _, prec := range []uint{2, 10, 24, 53, 64, 128, 300} {
		for _, mode := range []big.RoundingMode{big.ToNearestEven, big.ToZero, big.ToPositiveInf} {
			for _, s := range []string{"2", "3", "0.5", "4", "1e-10", "1e10", "0.1", "7", "-0", "Inf", "123456789.987654321", "0x1p-1001"} {
				x := parse(s)
				z := new(big.Float).SetPrec(prec).SetMode(mode).Sqrt(x)
				fmt.Println(prec, mode, s, show(z), z.Mode(), z.Text('g', 20))
			}
		}
	}
	var z big.Float
	z.Sqrt(big.NewFloat(2))
	fmt.Println(show(&z))
	x := big.NewFloat(9)
	x.Sqrt(x)
	fmt.Println(show(x))
}

func texts() {
	values := []string{"0", "-0", "1", "-1", "0.1", "1e23", "-123.456", "1e-7", "123456789", "0.000123",
		"1e21", "1e20", "999999.5", "0.5", "1.5", "2.5", "-2.5", "9.999", "1234.5678", "0x1p-1074", "Inf", "-Inf",
		"3.14159265358979323846264338327950288419716939937510582097494459", "1e1000", "-1.75e-500", "100", "0.3"}
	for _, prec := range []uint{1, 4, 24, 53, 64, 200} {
		for _, s := range values {
			x, _, err := big.ParseFloat(s, 0, prec, big.ToNearestEven)
			if err != nil {
				fmt.Println(err)
				continue
			}
			line := fmt.Sprintf("%d %s %s", prec, s, x.String())
			for _, f := range []byte{'e', 'E', 'f', 'g', 'G', 'b', 'p', 'x', 'X', 'F', 'v', 'q'} {
				for _, p := range []int{-1, 0, 1, 3, 10, 25} {
					line += " " + x.Text(f, p)
				}
			}
			fmt.Println(line)
		}
	}
	// a power of two whose lower neighbour is closer, and precision-dependent shortest texts
	for _, prec := range []uint{2, 3, 8, 11, 24, 53} {
		for _, v := range []float64{1024, 0.1, 1.0 / 3, 1e15, 5e-324, 6.02214076e23, 2.5} {
			x := new(big.Float).SetPrec(prec).SetFloat64(v)
			fmt.Println(prec, v, x.Text('g', -1), x.Text('e', -1), x.Text('f', -1), x.Text('x', -1))
		}
	}
	buf := []byte("x=")
	buf = big.NewFloat(-1.25).Append(buf, 'f', 3)
	fmt.Println(string(buf))
	var nilf *big.Float
	t, err := nilf.MarshalText()
	fmt.Println(string(t), err)
}

func formats() {
	values := []*big.Float{big.NewFloat(0), big.NewFloat(math.Copysign(0, -1)), big.NewFloat(1),
		big.NewFloat(-1234.5678), big.NewFloat(1e-10), big.NewFloat(6.02e23), big.NewFloat(math.Inf(1)),
		big.NewFloat(math.Inf(-1)), parse("0.1"), new(big.Float).SetPrec(5).SetFloat64(0.1)}
	verbs := []string{"%v", "%s", "%d", "%e", "%E", "%f", "%F", "%g", "%G", "%b", "%x", "%X",
		"%.3e", "%.0f", "%.2f", "%.30f", "%.3g", "%.0g", "%.10g", "%.4x", "%+v", "% v", "%+.2e", "% .2e",
		"%12v|", "%-12v|", "%012.3f|", "%-012.3f|", "%+012g|", "% 12.3e|", "%+08v|", "%8.3x|", "%#v", "%#g", "%x"}
	for _, v := range values {
		line := ""
		for _, verb := range verbs {
			line += fmt.Sprintf(" "+verb, v)
		}
		fmt.Println(line)
	}
	fmt.Printf("%v %s %v\n", []*big.Float{big.NewFloat(1.5), big.NewFloat(-2)}, big.NewFloat(3), struct{ F *big.Float }{big.NewFloat(4)})
	fmt.Println(big.NewFloat(2.5), big.NewFloat(1e100), big.NewFloat(1.0/3))
	var nilf *big.Float
	fmt.Printf("%v %s\n", nilf, nilf)
	fmt.Println(big.ToNearestEven, big.ToPositiveInf, big.RoundingMode(9), big.Below, big.Exact, big.Above, big.Accuracy(5))
}

func parsing() {
	inputs := []string{"", "+", "-", "0", "-0", "+0", "1", "+1.5", "-1.5e3", "1e", "1e+", "1e-5", ".5", "5.", ".", "1.2.3",
		"0x1p-2", "0x1.8p1", "0X.8P+1", "0b101.1", "0b101.1p3", "0o17", "0o17.4", "017", "0x", "0b", "0x.p1", "1_000.5",
		"1__0", "_1", "1_", "0x_1p1", "1e1_0", "1e_10", "1p10", "1E10", "abc", "1.5x", "Inf", "inf", "-Inf", "+inf",
		"INF", "infinity", "NaN", "1e1000000", "1e-1000000", "0.0000000000000000000000000000000000001",
		"123456789012345678901234567890123456789012345678901234567890", "1e99999999999999999999", "1p2147483647",
		"1p2147483648", "0x1p-2147483648", "0.5p-2147483648", "1 ", " 1", "1\t", "1e400", "2.5e-400", "1.000000000000000000000001",
		"3.0e-1", "0x10", "0x1e3", "0b1e3", "1\u00e9", "1e+_5", "0_1", "0_x1"}
	for _, s := range inputs {
		for _, base := range []int{0, 10, 16} {
			for _, prec := range []uint{0, 10, 64} {
				z := new(big.Float).SetPrec(prec)
				f, b, err := z.Parse(s, base)
				fmt.Printf("%q %d %d: %v %d %v | %s %v\n", s, base, prec, f != nil, b, err, show(z), z.Sign())
			}
		}
		f, ok := new(big.Float).SetString(s)
		if ok {
			fmt.Println(show(f), ok)
		} else {
			fmt.Println(f, ok)
		}
	}
	for _, mode := range modes {
		f, b, err := big.ParseFloat("1.0000001", 10, 20, mode)
		fmt.Println(show(f), b, err)
		f, b, err = big.ParseFloat("-123456789e-30", 0, 30, mode)
		fmt.Println(show(f), b, err)
		f, b, err = big.ParseFloat("0x1.ffffp+0", 16, 10, mode)
		fmt.Println(show(f), b, err)
		f, b, err = big.ParseFloat("1e-300", 0, 100, mode)
		fmt.Println(show(f), f.Text('g', 40), b, err)
		f, b, err = big.ParseFloat("7.77e+333", 0, 80, mode)
		fmt.Println(show(f), b, err)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		new(big.Float).Parse("12", 7)
	}()
	var a, b big.Float
	var s string
	n, err := fmt.Sscan("1.25e2 -0x1p-3 rest", &a, &b, &s)
	fmt.Println(n, err, &a, &b, s, show(&a), show(&b))
	n, err = fmt.Sscan("  7e", &a)
	fmt.Println(n, err, &a)
	n, err = fmt.Sscanf("3.5,x", "%g,x", &a)
	fmt.Println(n, err, &a)
	n, err = fmt.Sscan("Inf", &a)
	fmt.Println(n, err, &a)
}

func marshal() {
	for _, v := range []*big.Float{big.NewFloat(0), big.NewFloat(-1.5), parse("1e-100"), big.NewFloat(math.Inf(1))} {
		t, err := v.MarshalText()
		fmt.Println(string(t), err)
		var w big.Float
		fmt.Println(w.UnmarshalText(t), show(&w))
	}
	var w big.Float
	fmt.Println(w.UnmarshalText([]byte("1.5x")))
	fmt.Println(w.UnmarshalText([]byte("")))
	out, err := json.Marshal(map[string]*big.Float{"a": big.NewFloat(2.5), "b": parse("0.1")})
	fmt.Println(string(out), err)
	var back struct{ A, B *big.Float }
	fmt.Println(json.Unmarshal([]byte(`{"A":"3.25","B":"1e400"}`), &back), back.A, back.B)
	fmt.Println(json.Unmarshal([]byte(`{"A":"x"}`), &back))
	b, err := new(big.Float).SetPrec(10).AppendText([]byte("v:"))
	fmt.Println(string(b), err)
}

func panics() {
	try := func(name string, f func()) {
		defer func() {
			r := recover()
			e, ok := r.(big.ErrNaN)
			fmt.Printf("%s: %v %T %v %v\n", name, r, r, ok, e.Error())
			if err, isErr := r.(error); isErr {
				fmt.Println(err.Error())
			}
		}()
		f()
	}
	inf, ninf := big.NewFloat(math.Inf(1)), big.NewFloat(math.Inf(-1))
	zero := big.NewFloat(0)
	try("add", func() { new(big.Float).Add(inf, ninf) })
	try("sub", func() { new(big.Float).Sub(inf, inf) })
	try("mul", func() { new(big.Float).Mul(zero, ninf) })
	try("quo", func() { new(big.Float).Quo(zero, zero) })
	try("quoinf", func() { new(big.Float).Quo(inf, ninf) })
	try("sqrt", func() { new(big.Float).Sqrt(big.NewFloat(-1)) })
	try("new", func() { big.NewFloat(math.NaN()) })
	try("set", func() { new(big.Float).SetFloat64(math.NaN()) })
	try("none", func() { new(big.Float).Add(inf, inf) })
	z := new(big.Float).SetPrec(8)
	try("state", func() { z.Mul(inf, zero) })
	fmt.Println(show(z), z.Sign())
	fmt.Println(big.ErrNaN{} == big.ErrNaN{})
}

func extra() {
	// hexadecimal text rounds by the Float's mode
	for _, mode := range modes {
		x := new(big.Float).SetPrec(30).SetMode(mode)
		x.SetString("0x1.fff8p0")
		y := new(big.Float).SetMode(mode).SetFloat64(-1.03125)
		fmt.Println(mode, x.Text('x', 2), x.Text('x', 0), y.Text('x', 1), y.Text('x', 0), fmt.Sprintf("%.1x", y))
	}
	// high precision
	two := new(big.Float).SetPrec(1000).SetInt64(2)
	r := new(big.Float).SetPrec(1000).Sqrt(two)
	fmt.Println(r.Text('g', 250), show(r))
	third := new(big.Float).SetPrec(700).Quo(big.NewFloat(1), big.NewFloat(3))
	fmt.Println(third, third.Text('e', 100), third.MinPrec())
	pi, _, _ := big.ParseFloat("3.14159265358979323846264338327950288419716939937510582097494459230781640628620899", 10, 300, big.ToZero)
	fmt.Println(pi, pi.Text('f', 90), show(pi))
	// bases
	for _, c := range []struct {
		s    string
		base int
	}{{"101.11", 2}, {"-17.4", 8}, {"ff.8p-4", 16}, {"1e3", 16}, {"12", 2}, {"0x10", 16}, {"0b11", 2}, {"9.5e1", 10}, {"1_0", 10}} {
		f, b, err := new(big.Float).Parse(c.s, c.base)
		if err != nil {
			fmt.Println(c.s, c.base, b, err)
			continue
		}
		fmt.Println(c.s, c.base, b, f, show(f))
	}
	// infinities and their conversions
	inf := new(big.Float).SetInf(false)
	fmt.Println(inf.MantExp(nil), inf.IsInt(), inf.MinPrec(), inf.Prec(), show(inf.SetPrec(3)), inf.Sign())
	r2, acc := inf.Rat(nil)
	fmt.Println(r2 == nil, acc)
	i2, acc := new(big.Float).SetInf(true).Int(new(big.Int))
	fmt.Println(i2 == nil, acc)
	// integers at the precision's edge
	for _, prec := range []uint{3, 4, 5} {
		x := new(big.Float).SetPrec(prec).SetInt64(24)
		fmt.Println(prec, x.IsInt(), x.MinPrec(), x, show(x))
	}
	// scanning a rune of more than one byte
	var f big.Float
	n, err := fmt.Sscan("1.5é", &f)
	fmt.Println(n, err, &f)
	n, err = fmt.Sscan("-0x1.8p1,", &f)
	fmt.Println(n, err, &f)
	// float32 and float64 around the subnormal range, by mode of the Float
	for _, s := range []string{"0x1p-149", "0x1.8p-150", "0x1p-150", "0x1.0000001p-150", "0x1.7p-149", "0x1.fffffffp-127",
		"0x1p-1075", "0x1.0000001p-1075", "0x1.8p-1074", "0x1.fffffffffffff8p-1023", "-0x1p-1075", "-0x1.8p-1075"} {
		x := parse(s)
		a, aa := x.Float32()
		b, ba := x.Float64()
		fmt.Println(s, a, aa, b, ba)
	}
}

func main() {
	extra()
	arithmetic()
	setters()
	conversions()
	sqrt()
	texts()
	formats()
	parsing()
	marshal()
	panics()
}
