package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int { return c.n }

func (c *Counter) Inc() { c.n++ }

func (c Counter) IncCopy() { c.n++ }

func (c *Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l IntList) Add(v int) IntList { return append(l, v) }

func main() {
	c := Counter{name: "a"}
	c.Inc()
	c.Inc()
	c.IncCopy()
	fmt.Println(c.Get())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n)
	fmt.Println(p.String())
	f := c.Inc
	f()
	f()
	fmt.Println(c.n)
	g := func(c Counter) int { return c.Get() }
	fmt.Println(g(c))
	fmt.Println(Celsius(100).F(), Celsius(-40).F())
	var l IntList
	l = l.Add(3)
	l = l.Add(4)
	fmt.Println(l, l.Sum())
}
