// The slices package's bounds panics are those of the slice expressions its functions use.
package main

import (
	"fmt"
	"slices"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	try("ins big", func() { slices.Insert(s, 4, 1) })
	try("ins neg", func() { slices.Insert(s, -1, 1) })
	try("del j big", func() { slices.Delete(s, 0, 4) })
	try("del j>cap", func() { slices.Delete(s, 0, 6) })
	try("del i>j", func() { slices.Delete(s, 2, 1) })
	try("del neg", func() { slices.Delete(s, -1, 1) })
	try("rep j>cap", func() { slices.Replace(s, 0, 6) })
	try("rep i>j", func() { slices.Replace(s, 2, 1) })
	try("rep neg", func() { slices.Replace(s, -1, 1) })
}

func init() {
	s := make([]int, 3, 5)
	try("rep j in cap", func() { slices.Replace(s, 0, 4) })
	try("rep i=j in cap", func() { slices.Replace(s, 4, 4) })
}
