package main

type A struct{ x int }
type B struct{ y int }

func main() {
	a := A{1}
	b := B(a)
	println(b.y)
}
