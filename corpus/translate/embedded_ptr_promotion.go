package main

import "fmt"

type Base struct{ id int }

func (b *Base) ID() int      { return b.id }
func (b *Base) SetID(i int)  { b.id = i }
func (b Base) Kind() string  { return "base" }

type Widget struct {
	*Base
	name string
}

type Gadget struct {
	Base
	name string
}

func main() {
	w := Widget{&Base{1}, "w"}
	w.SetID(5)
	fmt.Println(w.ID(), w.Kind(), w.id)
	w2 := w
	w2.SetID(9)
	fmt.Println(w.ID(), w2.ID())
	g := Gadget{Base{2}, "g"}
	g.SetID(7)
	g2 := g
	g2.SetID(8)
	fmt.Println(g.ID(), g2.ID(), g.Kind())
	pg := &g
	pg.SetID(11)
	fmt.Println(g.id, pg.Base.id)
}
