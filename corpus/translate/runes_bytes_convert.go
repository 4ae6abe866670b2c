package main

import "fmt"

func isPalindrome(s string) bool {
	r := []rune(s)
	for i := 0; i < len(r)/2; i++ {
		if r[i] != r[len(r)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	s := "añoña"
	fmt.Println(isPalindrome(s), isPalindrome("abc"), isPalindrome("été"))
	b := []byte(s)
	fmt.Println(len(b), b[1], b[2])
	b = append(b, "!"...)
	fmt.Println(string(b))
	r := []rune(s)
	r[1] = 'N'
	fmt.Println(string(r), s)
	fmt.Println(string(b[1:3]) == "ñ")
	var bs []byte
	for i := 0; i < 5; i++ {
		bs = append(bs, byte('a'+i))
	}
	fmt.Println(string(bs), fmt.Sprintf("%s|%v|%x", bs, bs, bs))
	rs := []rune{0x48, 0x69, 0x1F600}
	fmt.Println(string(rs), len(string(rs)))
	fmt.Printf("%q %+q\n", string(rs), string(rs))
	n := 'Z' - 'A'
	fmt.Printf("%d %T\n", n, n)
	var c byte = 'A' + 2
	fmt.Printf("%c %d %T\n", c, c, c)
	digits := "4096"
	val := 0
	for i := 0; i < len(digits); i++ {
		val = val*10 + int(digits[i]-'0')
	}
	fmt.Println(val + 1)
}
