// Leftmost-longest matching: CompilePOSIX, MustCompilePOSIX and Longest, through every
// method, with byte and string subjects, anchors, flags, Unicode and invalid UTF-8.
package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func show(re *regexp.Regexp, s string) {
	b := []byte(s)
	fmt.Printf("%s on %q\n", re, s)
	fmt.Println(" ", re.MatchString(s), re.Match(b), re.FindStringIndex(s), re.FindIndex(b))
	fmt.Printf("  %q %q %q\n", re.FindString(s), re.Find(b), re.FindStringSubmatch(s))
	fmt.Println(" ", re.FindStringSubmatchIndex(s), re.FindSubmatchIndex(b))
	fmt.Printf("  %q %q\n", re.FindAllString(s, -1), re.FindAll(b, 2))
	fmt.Println(" ", re.FindAllStringIndex(s, -1), re.FindAllIndex(b, 1), re.FindAllStringSubmatchIndex(s, -1))
	fmt.Printf("  %q %q\n", re.FindAllStringSubmatch(s, -1), re.FindAllSubmatch(b, -1))
	fmt.Printf("  %q %q\n", re.ReplaceAllString(s, "[$0|$1]"), re.ReplaceAll(b, []byte("<${1}>")))
	fmt.Printf("  %q %q\n", re.ReplaceAllLiteralString(s, "$1"), re.ReplaceAllLiteral(b, []byte("-")))
	fmt.Printf("  %q %q\n", re.ReplaceAllStringFunc(s, strings.ToUpper), re.ReplaceAllFunc(b, bytes.ToUpper))
	fmt.Printf("  %q %q %q\n", re.Split(s, -1), re.Split(s, 2), re.Split(s, 0))
	fmt.Println(" ", re.FindReaderIndex(strings.NewReader(s)), re.MatchReader(strings.NewReader(s)),
		re.FindReaderSubmatchIndex(strings.NewReader(s)))
	if m := re.FindStringSubmatchIndex(s); m != nil {
		fmt.Printf("  %q\n", re.ExpandString(nil, "$1.$0", s, m))
	}
}

func main() {
	posix := []struct{ expr, s string }{
		{`(a|ab)(c|bcd)(d*)`, "abcd abcdd"},
		{`a+|a*b`, "aaab aab"},
		{`(a*)(a*)`, "aaa"},
		{`(a|b)*`, "abba"},
		{`(a*)+`, "b"},
		{`(a*)*`, "aab"},
		{`x*`, "xxaxx"},
		{`^a|b$`, "ab\nab\nb"},
		{`[^a]+`, "bc\nde"},
		{`.+`, "héllo\nwörld"},
		{`[[:alpha:]]+`, "ab12cd"},
		{`(wee|week)(knights|night)`, "weeknights"},
		{`(.*)(.*)`, "xyz"},
		{`(a|ab)(bc|c)`, "abc"},
		{`a**`, "aaa"},
		{`é+|e`, "éééeé"},
		{`a.b|.`, "a\xffb\xff\xfe"},
		{`(ab|a)(bc|c)?`, "abcabc"},
		{`a{2,3}|a{1,4}`, "aaaaaa"},
	}
	for _, c := range posix {
		show(regexp.MustCompilePOSIX(c.expr), c.s)
	}
	perl := []struct{ expr, s string }{
		{`a(|b)`, "ab"},
		{`a+?|a*b`, "aaab"},
		{`(?i)hello|HELLO WORLD`, "Hello World"},
		{`\bfoo\w*|foo`, "foobar foo"},
		{`\Bo+|o`, "foo o"},
		{`(?m)^\w+|^\w+\s\w+$`, "ab cd\nef gh"},
		{`(?s).+?`, "a\nb"},
		{`(?U)a+|b`, "aaa"},
		{`\A(a|ab)(c|bcd)\z`, "abcd"},
		{`\pL+|\p{Greek}\d`, "αβ1"},
		{`(?P<first>\w+)(?P<rest>.*?)`, "ab cd"},
		{`^a*?`, "aaa"},
		{`(a|b)*?c`, "ababc"},
		{`(x{0,2})+`, "xxxxx"},
		{`\Q.*\E|.`, ".*x"},
	}
	for _, c := range perl {
		re := regexp.MustCompile(c.expr)
		re.Longest()
		show(re, c.s)
		cp := regexp.MustCompile(c.expr).Copy()
		fmt.Printf("  leftmost-first still: %q\n", cp.FindString(c.s))
	}
	for _, e := range []string{`\d`, `a*?`, `(?i)a`, `(?:a)`, `\pL`, `[a-b-c]`, `[\w]`, `\b`, `\z`, `\Qa\E`, `(?P<n>a)`, `a++`, `[a-]`, `[-a]`, `x{2}{3}`} {
		re, err := regexp.CompilePOSIX(e)
		if err != nil {
			fmt.Println(e, "->", err)
			continue
		}
		fmt.Println(e, "->", re.NumSubexp(), re.FindAllString("a-aaaaaaa\\d", -1))
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompilePOSIX(`a\d`)
	}()
	re := regexp.MustCompilePOSIX(`(a+)(b*)`)
	text, _ := re.MarshalText()
	fmt.Printf("%s %v\n", text, re.SubexpNames())
	var un regexp.Regexp
	if err := un.UnmarshalText([]byte(`a|ab`)); err == nil {
		fmt.Println(un.FindString("ab"))
	}
	matched, err := regexp.MatchString(`a|ab`, "ab")
	fmt.Println(matched, err)
}
