package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  the quick  brown fox  "
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "/"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.ToUpper("héllo"), strings.ToLower("WORLD"), strings.Title("x") == "X")
	fmt.Println(strings.Contains("seafood", "foo"), strings.ContainsRune("abc", 'd'), strings.ContainsAny("hi", "xyz"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.HasPrefix("prefix", "pre"), strings.HasSuffix("suffix", "fix"))
	fmt.Printf("%q %q\n", strings.TrimSpace(s), strings.Trim("xxhixx", "x"))
	fmt.Println(strings.TrimPrefix("v1.2", "v"), strings.TrimSuffix("a.go", ".go"), strings.TrimLeft("aab", "a"))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"), strings.Count("five", ""))
	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("liftoff")
	b.WriteByte('!')
	b.WriteRune('🚀')
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
}
