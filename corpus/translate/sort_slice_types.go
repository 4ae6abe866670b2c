package main

import (
	"fmt"
	"io/fs"
	"os"
	"slices"
	"sort"
)

func main() {
	_, err := os.Open("non-existing")
	if pe, ok := err.(*fs.PathError); ok {
		fmt.Println("Failed at path:", pe.Path)
	}
	s := []int{5, 2, 6, 3, 1, 4}
	sort.Sort(sort.Reverse(sort.IntSlice(s)))
	fmt.Println(s, slices.Index(s, 3), slices.Max(s))
	ss := sort.StringSlice{"b", "a"}
	ss.Sort()
	fmt.Println(ss)
}
