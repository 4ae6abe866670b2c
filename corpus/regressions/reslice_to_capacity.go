// Reslicing a grown slice up to its capacity reads zero values (the grown array is zeroed).

package main

import "fmt"

type P struct{ X int }

func main() {
	var fs []float64
	var ss []string
	var ps []*P
	var as []any
	var bs []bool
	var sl [][]int
	for i := 0; i < 5; i++ {
		fs = append(fs, 1.5)
		ss = append(ss, "x")
		ps = append(ps, &P{i})
		as = append(as, i)
		bs = append(bs, true)
		sl = append(sl, []int{i})
	}
	fmt.Println(fs[:cap(fs)], ss[:cap(ss)], len(ps[:cap(ps)]), ps[:cap(ps)][cap(ps)-1], as[:cap(as)], bs[:cap(bs)], sl[:cap(sl)])
	fmt.Printf("%q %v\n", ss[:cap(ss)], sl[:cap(sl)][7] == nil)
}
