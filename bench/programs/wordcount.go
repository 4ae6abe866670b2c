// Word count: build a text from a pseudo-random generator, count its words in a map, print
// the most frequent ones (map- and string-heavy).
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	syllables := []string{"ka", "fe", "lo", "ri", "mu", "sa", "te", "no", "pi", "gu"}
	seed := uint32(42)
	next := func() uint32 {
		seed = seed*1664525 + 1013904223
		return seed >> 16
	}
	var b strings.Builder
	for i := 0; i < 200000; i++ {
		n := 1 + int(next()%3)
		for j := 0; j < n; j++ {
			b.WriteString(syllables[next()%uint32(len(syllables))])
		}
		if next()%7 == 0 {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	counts := map[string]int{}
	for _, line := range strings.Split(b.String(), "\n") {
		for _, w := range strings.Fields(line) {
			counts[strings.ToUpper(w[:1])+w[1:]]++
		}
	}
	type kv struct {
		word string
		n    int
	}
	var list []kv
	for w, n := range counts {
		list = append(list, kv{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].word < list[j].word
	})
	fmt.Println(len(counts), "distinct words")
	for _, e := range list[:10] {
		fmt.Printf("%-8s %d\n", e.word, e.n)
	}
}
