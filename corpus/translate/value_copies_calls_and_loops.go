// Values Go copies, in defer and go arguments, method values, fields, loops (range over a
// pointer to an array reads it in place; over an array, a copy).
package main

import "fmt"

type P struct {
	X int
	A [2]int
}

func (p P) Show() { fmt.Println("show", p.X, p.A) }

type W struct{ Inner P }

func main() {
	p := P{1, [2]int{1, 2}}
	defer fmt.Println("deferred", p)
	f := p.Show
	defer p.Show()
	p.X = 2
	p.A[0] = 9
	f()
	w := W{p}
	in := w.Inner
	in.A[1] = 77
	fmt.Println(w, in)
	done := make(chan bool)
	go func(q P) {
		q.X = 50
		done <- true
	}(p)
	<-done
	fmt.Println(p)
	var fs []func()
	for i := 0; i < 3; i++ {
		fs = append(fs, func() { fmt.Print(i, " ") })
	}
	for _, g := range fs {
		g()
	}
	fmt.Println()
	ps := []P{p}
	for i := range ps {
		ps[i].A[0] = 5
	}
	fmt.Println(ps, p)
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println(v)
		}
	}
	sl := arr[:]
	for i, v := range sl {
		sl[2] = 200
		if i == 2 {
			fmt.Println(v)
		}
	}
	pa := &arr
	for i, v := range pa {
		pa[2] = 300
		if i == 2 {
			fmt.Println(v)
		}
	}
	x := struct{ M map[string]int }{map[string]int{"a": 1}}
	y := x
	y.M["a"] = 2
	fmt.Println(x)
}
