// fmt.Sscan/Sscanln/Sscanf/Fscan/Fscanln with Go's errors, strconv.Append*.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var a, b int
	var s string
	var f float64
	var ok bool
	var u8 uint8
	var i8 int8
	var f32 float32
	var bs []byte
	n, err := fmt.Sscan("12 hello\n 3.5 true", &a, &s, &f, &ok)
	fmt.Println(n, err, a, s, f, ok)
	n, err = fmt.Sscan("  7  ", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300 -129", &u8, &i8)
	fmt.Println(n, err, u8)
	n, err = fmt.Sscan("255 -128 0x1F 0b101 017 1_000", &u8, &i8, &a, &b, &a, &b)
	fmt.Println(n, err, u8, i8, a, b)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("1e3 -2.5e-1 inf 0x1p-2 abc", &f, &f32, &f, &f, &f)
	fmt.Println(n, err, f32, f)
	n, err = fmt.Sscan("T f 1 0 yes", &ok, &ok, &ok, &ok, &ok)
	fmt.Println(n, err, ok)
	n, err = fmt.Sscan("bytes!", &bs)
	fmt.Println(n, err, string(bs))
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanln("4 5   ", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("age: 42, name: bob", "age: %d, name: %s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("7-8", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("7 8", "%d-%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("ff 101 z", "%x %b %c", &a, &b, &i8)
	fmt.Println(n, err, a, b, i8)
	n, err = fmt.Sscanf("1 2", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("3.25 true 100%", "%f %t %d%%", &f, &ok, &a)
	fmt.Println(n, err, f, ok, a)
	var x, y int
	n, err = fmt.Fscan(strings.NewReader("10 20 30"), &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Fscanln(strings.NewReader("5\n6"), &x)
	fmt.Println(n, err, x)
	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendUint(buf, 255, 16)
	buf = strconv.AppendBool(append(buf, ' '), true)
	buf = strconv.AppendFloat(append(buf, ' '), 3.14159, 'f', 2, 64)
	buf = strconv.AppendQuote(append(buf, ' '), "hi\n")
	buf = strconv.AppendQuoteRune(append(buf, ' '), 'é')
	buf = strconv.AppendQuoteToASCII(append(buf, ' '), "é")
	buf = strconv.AppendQuoteRuneToASCII(append(buf, ' '), 'é')
	buf = strconv.AppendQuoteToGraphic(append(buf, ' '), "\u00a0")
	buf = strconv.AppendQuoteRuneToGraphic(append(buf, ' '), '\u00a0')
	fmt.Println(string(buf))
}
