// regexp: RE2 syntax and Go's matching loops: submatches, named groups, flags, Unicode
// classes, byte offsets in non-ASCII text, replacement templates, Split, and errors.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "alice@example.com, bob@test.com; héllo carol@x.com"
	fmt.Println(re.MatchString(s), re.FindString(s), re.FindStringIndex(s))
	fmt.Println(re.FindStringSubmatch(s), re.FindStringSubmatchIndex(s))
	fmt.Println(re.FindAllString(s, -1), re.FindAllStringIndex(s, 2))
	fmt.Printf("%q\n", re.FindAllStringSubmatch(s, -1))
	fmt.Println(re.ReplaceAllString(s, "$2:$1"), re.ReplaceAllString(s, "${1}x"), re.ReplaceAllString(s, "$1x"))
	fmt.Println(re.ReplaceAllLiteralString(s, "$1"), re.ReplaceAllStringFunc(s, strings.ToUpper))
	a := regexp.MustCompile(`a*`)
	fmt.Printf("%q %q\n", a.FindAllString("baaab", -1), a.ReplaceAllString("baaab", "-"))
	fmt.Printf("%q\n", a.FindAllStringIndex("héé", -1))
	fmt.Printf("%q %q %q\n", regexp.MustCompile(`,\s*`).Split("a, b,c,  d", -1), regexp.MustCompile(`x*`).Split("axbxc", 2), regexp.MustCompile(``).Split("abc", -1))
	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})(?:-(?<day>\d\d))?`)
	fmt.Println(named.SubexpNames(), named.NumSubexp(), named.SubexpIndex("month"), named.SubexpIndex("x"))
	fmt.Printf("%q\n", named.FindStringSubmatch("on 2024-03 and 2025-12-31"))
	fmt.Println(named.ReplaceAllString("2024-03-15", "${day}/${month}/$year"))
	fmt.Println(regexp.MustCompile(`(?i)hello`).FindAllString("Hello HELLO hello", -1))
	fmt.Println(regexp.MustCompile(`(?m)^\w+$`).FindAllString("one\ntwo\nthree", -1), regexp.MustCompile(`^\w+$`).MatchString("one\n"))
	fmt.Println(regexp.MustCompile(`a.b`).MatchString("a\nb"), regexp.MustCompile(`(?s)a.b`).MatchString("a\nb"))
	fmt.Println(regexp.MustCompile(`\bcat\b`).FindAllStringIndex("cat concat cat's écat", -1))
	fmt.Println(regexp.MustCompile(`\p{Greek}+`).FindString("abc αβγ def"), regexp.MustCompile(`[[:upper:]]+`).FindString("abcDEFg"))
	fmt.Println(regexp.MustCompile(`(?U)a+`).FindString("aaa"), regexp.MustCompile(`a+?`).FindString("aaa"), regexp.MustCompile(`(a|ab)(c|bcd)(d*)`).FindStringSubmatch("abcd"))
	fmt.Println(regexp.QuoteMeta(`1.5+2=3.5? [x]`), regexp.MustCompile(regexp.QuoteMeta("a.b")).MatchString("axb"))
	ok, err := regexp.MatchString(`^\d+$`, "12345")
	fmt.Println(ok, err)
	_, err = regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Println(regexp.MustCompile(`x{2,3}`).FindAllString("xxxxxxx", -1), regexp.MustCompile(`a{,3}`).MatchString("a{,3}"))
	b := []byte("key=value; k2=v2")
	kv := regexp.MustCompile(`(\w+)=(\w+)`)
	fmt.Printf("%s %q %v\n", kv.Find(b), kv.FindAll(b, -1), kv.FindSubmatchIndex(b))
	fmt.Printf("%s\n", kv.ReplaceAll(b, []byte("$2=$1")))
	fmt.Printf("%s\n", kv.ExpandString(nil, "[$1]", "key=value", kv.FindStringSubmatchIndex("key=value")))
	fmt.Println(kv.String(), kv)
	fmt.Println(regexp.MustCompile(`[^a-c]+`).FindAllString("abxyzc\nd", -1))
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile(`(?=x)`)
}
