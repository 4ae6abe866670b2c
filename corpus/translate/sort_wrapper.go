package main

import (
	"fmt"
	"sort"
)

type Organ struct {
	Name   string
	Weight int
}

type Organs []*Organ

func (s Organs) Len() int      { return len(s) }
func (s Organs) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

type ByWeight struct{ Organs }

func (s ByWeight) Less(i, j int) bool { return s.Organs[i].Weight < s.Organs[j].Weight }

func main() {
	s := []*Organ{{"brain", 1340}, {"heart", 290}, {"liver", 1494}, {"spleen", 162}}
	sort.Sort(ByWeight{s})
	for _, o := range s {
		fmt.Println(o.Name, o.Weight)
	}
}
