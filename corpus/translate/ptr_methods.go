package main

import "fmt"

type Box2 struct{ A, B int }

func (b *Box2) String() string { return fmt.Sprintf("Box2(%d)", b.A+b.B) }

type Val struct{ N int }

func (v Val) String() string { return fmt.Sprintf("Val<%d>", v.N) }

func main() {
	b := Box2{1, 2}
	fmt.Println(b, &b)
	v := Val{3}
	fmt.Println(v, &v)
	fmt.Printf("%v %+v %s\n", b, b, &b)
}
