// encoding/hex: Dump and a Dumper fed in pieces that split lines, closed twice.
package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"os"
)

type countingWriter struct {
	writes int
	buf    bytes.Buffer
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	return c.buf.Write(p)
}

func main() {
	for _, n := range []int{0, 1, 7, 8, 15, 16, 17, 33} {
		data := make([]byte, n)
		for i := range data {
			data[i] = byte(i*37 + 20)
		}
		fmt.Printf("%d:\n%s", n, hex.Dump(data))
	}

	d := hex.Dumper(os.Stdout)
	for _, piece := range []string{"Go is an open ", "source programming language ", "", "x\x00\xff"} {
		n, err := d.Write([]byte(piece))
		fmt.Println()
		fmt.Println(n, err)
	}
	fmt.Println(d.Close(), d.Close())
	n, err := d.Write([]byte("more"))
	fmt.Println(n, err)

	c := &countingWriter{}
	e := hex.Dumper(c)
	e.Write([]byte("twenty bytes of text"))
	e.Close()
	fmt.Print(c.buf.String())
	fmt.Println(c.writes)
}
