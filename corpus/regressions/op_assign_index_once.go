// An index target of ++, -- or an assignment operator is evaluated once: a[f()]++ calls f once.

package main

import "fmt"

var calls int

func f() int {
	calls++
	return calls
}

type P struct{ A [3]int }

func g() *P { calls++; return &ps[0] }

var ps = []P{{}}

func main() {
	a := []int{0, 0, 0}
	a[f()]++
	m := map[int]int{}
	m[f()] += 5
	arr := [4]int{}
	arr[f()] -= 2
	k := [2]int{1, 2}
	mk := map[[2]int]int{}
	mk[k] += 3
	mk[[2]int{f(), 0}]++
	g().A[1] += 7
	s := []string{"a", "b"}
	s[f()-5] += "x"
	fmt.Println(a, m, arr, mk, ps, s, calls)
}
