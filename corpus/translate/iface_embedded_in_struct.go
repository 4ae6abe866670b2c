package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }
func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

type Upper struct{ Writer }

func (u Upper) Write(s string) { u.Writer.Write(strings.ToUpper(s)) }

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	fmt.Println(r.Read())
	w, ok := r.(Writer)
	fmt.Println(ok)
	w.Write("three")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	b := &Buffer{}
	up := Upper{b}
	up.Write("shout")
	var w2 Writer = up
	w2.Write("again")
	fmt.Println(b.data, len(b.data))
}
