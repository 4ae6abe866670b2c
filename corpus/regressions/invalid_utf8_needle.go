// A needle holding bytes that are not valid UTF-8 matches inside the characters of a string,
// as Go searches bytes.

package main

import (
	"fmt"
	"strings"
)

func main() {
	s1 := "世界"
	s2 := s1 + "héllo"
	bad := s2[1:3]
	fmt.Println(strings.Contains(s1, bad), strings.Index(s1, bad), strings.LastIndex(s2+s1, bad), strings.Count(s2+s1, bad))
	fmt.Printf("%q\n", strings.Split(s2, bad))
	fmt.Printf("%q\n", strings.SplitAfterN(s2+s1, bad, 2))
	fmt.Printf("%q\n", strings.Replace(s2+s1, bad, "-", 1))
	fmt.Printf("%q\n", strings.ReplaceAll(s2+s1, bad, "-"))
	b, a, ok := strings.Cut(s2, bad)
	fmt.Printf("%q %q %v\n", b, a, ok)
	fmt.Println(strings.HasPrefix(s1, s1[:1]), strings.TrimPrefix(s1, s1[:2]) == s1[2:])
}
