package main

import "fmt"

type Greeter struct{ greeting string }

func (g Greeter) Greet(name string) string { return g.greeting + ", " + name }

func (g *Greeter) Set(s string) { g.greeting = s }

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func apply(f func(string) string, names []string) {
	for _, n := range names {
		fmt.Println(f(n))
	}
}

func main() {
	g := Greeter{"Hello"}
	greet := g.Greet
	g.Set("Hi")
	apply(greet, []string{"Ann", "Bo"})
	apply(g.Greet, []string{"Cy"})
	set := g.Set
	set("Hey")
	fmt.Println(g.greeting)
	add := Op(func(a, b int) int { return a + b })
	fmt.Println(add.Apply(2, 3), add(4, 5))
	ops := map[string]Op{
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["sub"].Apply(10, 4), ops["mul"](3, 3))
	var nilFn func()
	fmt.Println(nilFn == nil)
}
