// bytes.Buffer grows as Go's does (Cap, Available), and Bytes, Next and AvailableBuffer share its array.

package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

func main() {
	buf1 := bytes.NewBuffer(make([]byte, 10))
	buf2 := bytes.NewBuffer(make([]byte, 0, 10))
	fmt.Println(buf1.Cap(), buf2.Cap(), buf1.Len(), buf2.Len())
	var b bytes.Buffer
	b.Grow(64)
	bb := b.Bytes()
	b.Write([]byte("64 bytes or fewer"))
	fmt.Printf("%q %d %d\n", bb[:b.Len()], b.Len(), b.Cap())
	var c bytes.Buffer
	for i := 0; i < 40; i++ {
		c.WriteString("abcdefgh")
		if i%7 == 0 {
			fmt.Print(c.Len(), ":", c.Cap(), " ")
		}
	}
	fmt.Println()
	p := make([]byte, 100)
	n, _ := c.Read(p)
	fmt.Println(n, c.Len(), c.Cap(), c.Available())
	c.WriteByte('!')
	c.WriteRune('é')
	fmt.Println(c.Len(), c.Cap(), c.String()[c.Len()-4:])
	d := bytes.NewBufferString("hello world")
	fmt.Println(d.Cap(), d.Len())
	x := d.Next(5)
	x[0] = 'J'
	fmt.Println(string(x), d.String())
	all := d.Bytes()
	all[1] = 'W'
	fmt.Println(d.String())
	d.Truncate(3)
	fmt.Println(d.String(), d.Len(), d.Cap())
	d.Reset()
	fmt.Println(d.Len(), d.Cap())
	var e bytes.Buffer
	n64, err := e.ReadFrom(strings.NewReader(strings.Repeat("z", 1000)))
	fmt.Println(n64, err, e.Len(), e.Cap())
	var f bytes.Buffer
	fmt.Println(f.Bytes() == nil, f.Cap(), len(f.AvailableBuffer()))
	f.WriteString("line1\nline2\n")
	l, err := f.ReadString('\n')
	fmt.Printf("%q %v\n", l, err)
	r, sz, _ := f.ReadRune()
	fmt.Println(r, sz, f.UnreadRune())
	io.Copy(io.Discard, &f)
	fmt.Println(f.Len(), f.Cap())
	g := bytes.NewBuffer(nil)
	g.WriteString("xy")
	fmt.Println(g.Cap(), len(g.AvailableBuffer()), cap(g.AvailableBuffer()))
}
