package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness`

type wc struct {
	word  string
	count int
}

func main() {
	counts := make(map[string]int)
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ",.")
		counts[w]++
	}
	var list []wc
	for w, c := range counts {
		list = append(list, wc{w, c})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].count != list[j].count {
			return list[i].count > list[j].count
		}
		return list[i].word < list[j].word
	})
	for _, e := range list[:5] {
		fmt.Printf("%-6s %2d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	fmt.Println(len(counts), "distinct words")
	fmt.Println(counts)
}
