// Function-typed maps, named results set by defers, closures over defers, a recursive visitor, os.Exit in a deferred recover.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type Op func(float64, float64) (float64, error)

var ErrDiv = errors.New("division by zero")

type Calc struct {
	ops     map[string]Op
	history []string
}

func NewCalc() *Calc {
	c := &Calc{ops: map[string]Op{}}
	c.ops["+"] = func(a, b float64) (float64, error) { return a + b, nil }
	c.ops["/"] = func(a, b float64) (float64, error) {
		if b == 0 {
			return 0, ErrDiv
		}
		return a / b, nil
	}
	return c
}

func (c *Calc) Do(a float64, op string, b float64) (res float64, err error) {
	defer func() {
		status := "ok"
		if err != nil {
			status = err.Error()
		}
		c.history = append(c.history, fmt.Sprintf("%g %s %g = %g (%s)", a, op, b, res, status))
	}()
	f, ok := c.ops[op]
	if !ok {
		return 0, fmt.Errorf("unknown op %q", op)
	}
	return f(a, b)
}

type Matrix [2][2]int

func (m Matrix) Mul(o Matrix) (r Matrix) {
	for i := 0; i < 2; i++ {
		for j := 0; j < 2; j++ {
			for k := 0; k < 2; k++ {
				r[i][j] += m[i][k] * o[k][j]
			}
		}
	}
	return
}

func fib() func() int {
	a, b := 0, 1
	return func() int {
		defer func() { a, b = b, a+b }()
		return a
	}
}

type Visitor interface{ Visit(n int) Visitor }
type printer struct{ depth int }

func (p printer) Visit(n int) Visitor {
	fmt.Printf("%s%d\n", strings.Repeat("  ", p.depth), n)
	if n <= 1 {
		return nil
	}
	return printer{p.depth + 1}
}

func walk(v Visitor, n int) {
	if v = v.Visit(n); v == nil {
		return
	}
	walk(v, n/2)
	walk(v, n-n/2-1)
}

func main() {
	c := NewCalc()
	c.Do(1, "+", 2)
	c.Do(1, "/", 0)
	c.Do(1, "^", 2)
	fmt.Println(strings.Join(c.history, "\n"))
	m := Matrix{{1, 1}, {1, 0}}
	r := Matrix{{1, 0}, {0, 1}}
	for i := 0; i < 10; i++ {
		r = r.Mul(m)
	}
	fmt.Println(r, r[0][1])
	f := fib()
	for i := 0; i < 10; i++ {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	walk(printer{}, 5)
	var sb strings.Builder
	defer func() {
		fmt.Print(sb.String())
		if r := recover(); r != nil {
			fmt.Println("recovered", r)
			os.Exit(4)
		}
	}()
	for i := range 3 {
		defer func() { fmt.Fprintf(&sb, "defer %d\n", i) }()
	}
	var arr []int
	idx := 5
	fmt.Println(arr[idx%3])
}
