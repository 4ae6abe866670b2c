package main

import "fmt"

type Counter interface {
	Inc()
	Value() int
}

type Simple struct{ n int }

func (s *Simple) Inc()       { s.n++ }
func (s *Simple) Value() int { return s.n }

type Doubling struct{ n int }

func (d *Doubling) Inc() {
	if d.n == 0 {
		d.n = 1
	} else {
		d.n *= 2
	}
}
func (d *Doubling) Value() int { return d.n }

func bump(c Counter, times int) {
	for i := 0; i < times; i++ {
		c.Inc()
	}
}

func main() {
	s := &Simple{}
	d := &Doubling{}
	counters := []Counter{s, d}
	for _, c := range counters {
		bump(c, 5)
	}
	fmt.Println(s.n, d.n)
	byName := map[string]Counter{"s": s, "d": d}
	byName["s"].Inc()
	fmt.Println(s.Value(), byName["d"].Value())
	var c Counter = s
	s2, ok := c.(*Simple)
	s2.n = 100
	fmt.Println(ok, s.n, c.Value())
	_, isD := c.(*Doubling)
	fmt.Println(isD)
}
