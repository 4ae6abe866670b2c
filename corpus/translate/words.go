package main

import (
	"fmt"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog the end"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	fmt.Println(counts)
	fmt.Println(len(counts), counts["the"])
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(strings.Repeat("ab", i))
		sb.WriteByte('|')
	}
	fmt.Println(sb.String(), sb.Len())
	parts := strings.Split("a,b,,c", ",")
	fmt.Println(len(parts), strings.Join(parts, "+"), strings.ToUpper("héllo"))
	fmt.Println(strings.Contains(text, "fox"), strings.Index(text, "fox"), strings.TrimSpace("  x  "))
	r := []rune("héllo")
	fmt.Println(len(r), string(r[1]), string(r[1:3]))
	b := []byte("abc")
	b[0] = 'X'
	fmt.Println(string(b), len(b))
}
