// Text statistics with bufio.Scanner over a string: lines, words, the most frequent words
// sorted by count then alphabetically, rune counts of a UTF-8 text.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const text = `The quick brown fox jumps over the lazy dog.
The dog sleeps; the fox runs!
Über café naïve — déjà vu.`

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	lines := 0
	freq := map[string]int{}
	for sc.Scan() {
		lines++
		ws := bufio.NewScanner(strings.NewReader(sc.Text()))
		ws.Split(bufio.ScanWords)
		for ws.Scan() {
			w := strings.ToLower(strings.TrimFunc(ws.Text(), func(r rune) bool { return !unicode.IsLetter(r) }))
			if w != "" {
				freq[w]++
			}
		}
	}
	type wc struct {
		w string
		n int
	}
	var list []wc
	for w, n := range freq {
		list = append(list, wc{w, n})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].n != list[j].n {
			return list[i].n > list[j].n
		}
		return list[i].w < list[j].w
	})
	fmt.Println("lines:", lines, "distinct:", len(list))
	for _, x := range list[:5] {
		fmt.Printf("%-6s %d\n", x.w, x.n)
	}
	last := strings.Split(text, "\n")[2]
	fmt.Println(len(last), utf8.RuneCountInString(last), strings.ToUpper(last))
	upper := 0
	for _, r := range text {
		if unicode.IsUpper(r) {
			upper++
		}
	}
	fmt.Println("upper:", upper, strings.Count(text, "the"), strings.Fields(last)[1])
}
