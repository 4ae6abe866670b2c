package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	words := []string{"hello", "héllo", "日本語", "👍ok", ""}
	for _, w := range words {
		fmt.Println(w, len(w), utf8.RuneCountInString(w), reverse(w))
	}
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Printf("%c %d %U\n", r, size, r)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.ValidString("ok"))
	buf := make([]byte, 0, 8)
	buf = append(buf, string('ß')...)
	fmt.Println(buf, len(buf))
	upper, digits, spaces := 0, 0, 0
	for _, c := range "Hello World 2024 ÄÖ" {
		switch {
		case unicode.IsUpper(c):
			upper++
		case unicode.IsDigit(c):
			digits++
		case unicode.IsSpace(c):
			spaces++
		}
	}
	fmt.Println(upper, digits, spaces)
	fmt.Println(string(unicode.ToUpper('ä')), unicode.IsLetter('_'), unicode.IsPunct('!'))
	bad := string([]byte{0xff, 'a'})
	for i, c := range bad {
		fmt.Println(i, c, c == utf8.RuneError)
	}
}
