package main

import "fmt"

type Version struct {
	Major, Minor, Patch int
}

func (v Version) Less(o Version) bool {
	if v.Major != o.Major {
		return v.Major < o.Major
	}
	if v.Minor != o.Minor {
		return v.Minor < o.Minor
	}
	return v.Patch < o.Patch
}

type pair struct {
	x int
	s string
}

type Key struct {
	User string
	Ver  Version
}

func main() {
	a := Version{1, 2, 3}
	b := Version{1, 2, 3}
	c := Version{1, 10, 0}
	fmt.Println(a == b, a != c, a.Less(c), c.Less(a))
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
	seen := map[Key]bool{}
	seen[Key{"ann", a}] = true
	fmt.Println(seen[Key{"ann", b}], seen[Key{"ann", c}])
	var i1, i2 interface{} = a, b
	fmt.Println(i1 == i2, i1 == interface{}(c))
	arr1 := [2]Version{a, c}
	arr2 := [2]Version{b, c}
	fmt.Println(arr1 == arr2)
	fmt.Println(pair{1, "a"} == pair{1, "a"})
}
