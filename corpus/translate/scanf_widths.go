// fmt.Sscanf with operand widths, literal text, spaces and newlines in format and input,
// verbs a type does not accept, and Fscanf on a reader.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var a, b, c int
	var s, t string
	n, err := fmt.Sscanf("12345 678", "%2d%3d %d", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanf("abcdef ghi", "%3s%s %2s", &s, &t, &s)
	fmt.Println(n, err, s, t)
	var x, y float64
	n, err = fmt.Sscanf("3.14159 2.5e3", "%4f %g", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("3.14159", "%4f%g", &x, &y)
	fmt.Println(n, err, x, y)
	var r1, r2 rune
	n, err = fmt.Sscanf("xy", "%c%c", &r1, &r2)
	fmt.Println(n, err, r1, r2)
	var h int
	n, err = fmt.Sscanf("ff12", "%2x%d", &h, &a)
	fmt.Println(n, err, h, a)
	n, err = fmt.Sscanf("20260115", "%4d%2d%2d", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanf("1 2", "%d %d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %s\n", &a)
	fmt.Printf("%d %q\n", n, err)
	n, err = fmt.Sscanf("  42%", "%d%%", &a)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("-12345", "%3d%d", &a, &b)
	fmt.Println(n, err, a, b)
	var u8 uint8
	n, err = fmt.Sscanf("2569", "%3d", &u8)
	fmt.Println(n, err, u8)
	n, err = fmt.Sscanf("12:34:56", "%d:%d:%d", &a, &b, &c)
	fmt.Println(n, err, a, b, c)
	n, err = fmt.Sscanf("12-34", "%d:%d", &a, &b)
	fmt.Println(n, err, a)
	n, err = fmt.Sscanf("7\n8", "%d %d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("7\n8", "%d\n%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("7 8", "%d\n%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 x", "%s %d", &a, &b)
	fmt.Println(n, err)
	var ok bool
	n, err = fmt.Sscanf("true", "%d", &ok)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("U+1F600", "%U", &r1)
	fmt.Println(n, err, r1)
	n, err = fmt.Sscanf("abc", "abd")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("ab", "abc")
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %")
	fmt.Println(n, err)

	r := strings.NewReader("id=0042name=gopher\n")
	var id int
	var name string
	n, err = fmt.Fscanf(r, "id=%4dname=%3s", &id, &name)
	fmt.Println(n, err, id, name)
	n, err = fmt.Fscanf(r, "%s\n", &name)
	fmt.Println(n, err, name)
}
