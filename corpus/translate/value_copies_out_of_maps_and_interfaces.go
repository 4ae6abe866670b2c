// Struct and array values read out of maps (comma-ok, range) and interfaces (assertions,
// type switches) are copies, as in Go: changing them leaves the map or interface alone; so are
// the elements append(s, t...) and copy take, and an array put in an interface.
package main

import (
	"fmt"
	"maps"
	"slices"
)

type P struct{ X int }

func main() {
	m := map[string]P{"a": {1}}
	v, ok := m["a"]
	v.X = 9
	fmt.Println(m, v, ok)
	var i any = P{2}
	w := i.(P)
	w.X = 7
	fmt.Println(i, w)
	switch y := i.(type) {
	case P:
		y.X = 5
		fmt.Println(i, y)
	}
	u, ok2 := i.(P)
	u.X = 4
	fmt.Println(i, u, ok2)
	ch := make(chan P, 1)
	p := P{3}
	ch <- p
	p.X = 8
	fmt.Println(<-ch, p)
	arr := [2]P{{1}, {2}}
	for _, e := range arr {
		e.X = 0
	}
	fmt.Println(arr)
	more()
	keys()
	slicesAndBoxes()
}

func mod(p P) P { p.X = 100; return p }

func more() {
	m := map[string]P{"a": {1}}
	v := m["a"]
	v.X = 9
	mod(m["a"])
	for _, e := range m {
		e.X = 55
	}
	for k := range m {
		e := m[k]
		e.X = 66
	}
	fmt.Println(m, v)
	ma := map[int][2]int{1: {1, 2}}
	a := ma[1]
	a[0] = 7
	b, _ := ma[1]
	b[1] = 8
	fmt.Println(ma, a, b)
	var i any = [2]P{{1}, {2}}
	arr := i.([2]P)
	arr[0].X = 3
	fmt.Println(i, arr)
	s := []any{P{1}}
	q := s[0].(P)
	q.X = 2
	fmt.Println(s, q)
	mm := map[string]any{"k": P{4}}
	switch t := mm["k"].(type) {
	case P:
		t.X = 44
	}
	fmt.Println(mm)
}

func keys() {
	m := map[[2]int]string{{1, 2}: "a"}
	for k, v := range m {
		k[0] = 9
		fmt.Println(k, v)
	}
	for k := range m {
		k[1] = 8
		fmt.Println(k)
	}
	fmt.Println(m)
}

func slicesAndBoxes() {
	s := []P{{1}, {2}}
	c := append([]P(nil), s...)
	c[0].X = 9
	d := make([]P, 2)
	copy(d, s)
	d[1].X = 8
	e := slices.Clone(s)
	e[0].X = 7
	fmt.Println(s, c, d, e)
	m := map[string]P{"a": {1}}
	m2 := maps.Clone(m)
	x := m2["a"]
	x.X = 5
	m2["a"] = x
	fmt.Println(m, m2)
	g := [2][2]int{{1, 2}, {3, 4}}
	h := g
	h[0][0] = 100
	fmt.Println(g, h)
	ps := []*P{{1}}
	q := *ps[0]
	q.X = 3
	fmt.Println(*ps[0], q)
	ch := make(chan [2]P, 1)
	arr := [2]P{{1}, {2}}
	ch <- arr
	arr[0].X = 42
	got := <-ch
	fmt.Println(got, arr)
	var ifs []any
	ifs = append(ifs, arr)
	arr[1].X = 43
	fmt.Println(ifs, arr)
}
