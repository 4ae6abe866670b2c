// Bounds panics in runtime/error.go's words: negative values name no limit; three-index
// slices check max, then high, then low; arrays and strings speak of their length.
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	var a [4]int
	str := "hello"
	n := -1
	m := 7
	two := 2
	one := 1
	four := 4
	try("idx neg", func() { _ = s[n] })
	try("idx big", func() { _ = s[m] })
	try("arr neg", func() { _ = a[n] })
	try("arr big", func() { _ = a[m] })
	try("str neg", func() { _ = str[n] })
	try("str big", func() { _ = str[m] })
	try("s[:neg]", func() { _ = s[:n] })
	try("s[:big]", func() { _ = s[:m] })
	try("s[neg:]", func() { _ = s[n:] })
	try("s[2:1]", func() { _ = s[two:one] })
	try("s[4:]", func() { _ = s[four:] })
	try("s[::neg]", func() { _ = s[0:1:n] })
	try("s[::big]", func() { _ = s[0:1:m] })
	try("s[:2:1]", func() { _ = s[0:two:one] })
	try("s[2:1:4]", func() { _ = s[two:one:four] })
	try("s[neg:1:4]", func() { _ = s[n:one:four] })
	try("s[:neg:4]", func() { _ = s[0:n:four] })
	try("str[:neg]", func() { _ = str[:n] })
	try("str[:big]", func() { _ = str[:m] })
	try("str[neg:]", func() { _ = str[n:] })
	try("str[2:1]", func() { _ = str[two:one] })
	try("a[:big]", func() { _ = a[:m] })
	try("a[neg:]", func() { _ = a[n:] })
	try("a[2:1]", func() { _ = a[two:one] })
	try("a[::big]", func() { _ = a[0:1:m] })
	var big uint64 = 1<<63 + 5
	try("idx uint64", func() { _ = s[big] })
	var ns []int
	try("nil[:1]", func() { _ = ns[:one] })
	try("nil[0]", func() { _ = ns[0] })
}
