// unicode.CaseRanges, SpecialCase built from them, and the Turkish special case.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(len(unicode.CaseRanges), unicode.CaseRanges[0], unicode.CaseRanges[len(unicode.CaseRanges)-1])
	c := unicode.CaseRanges[3]
	c.Delta[0] = 7
	fmt.Println(c, unicode.CaseRanges[3])
	fmt.Printf("%+v %T\n", unicode.CaseRanges[10], unicode.CaseRanges)
	// A SpecialCase built from CaseRanges entries maps like the general tables.
	sc := unicode.SpecialCase(unicode.CaseRanges[:40])
	for _, r := range []rune{'a', 'Z', 'é', 'ß', 'Ǆ', 'ǅ', 'Σ', 'ω'} {
		fmt.Println(string(r), string(sc.ToUpper(r)), string(sc.ToLower(r)), string(sc.ToTitle(r)))
	}
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul ıi"), strings.ToLowerSpecial(unicode.TurkishCase, "İSTANBUL I"))
	fmt.Println(strings.ToTitleSpecial(unicode.AzeriCase, "iı"), string(bytes.ToUpperSpecial(unicode.TurkishCase, []byte("iz"))))
	fmt.Println(unicode.TurkishCase.ToUpper('i'), len(unicode.TurkishCase), unicode.TurkishCase[0])
	fmt.Printf("%v %T\n", unicode.Range16{Lo: 1, Hi: 2, Stride: 1}, unicode.TurkishCase)
	fmt.Println(unicode.SimpleFold('k'), unicode.To(unicode.UpperCase, 'ǆ'))
}
