// encoding/hex: NewEncoder and NewDecoder over readers and writers, with bad input.
package main

import (
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strings"
)

type oneByte struct{ r io.Reader }

func (o oneByte) Read(p []byte) (int, error) {
	if len(p) > 1 {
		p = p[:1]
	}
	return o.r.Read(p)
}

func main() {
	var buf bytes.Buffer
	e := hex.NewEncoder(&buf)
	n, err := e.Write([]byte("Hello, Gopher!"))
	fmt.Println(n, err, buf.String())
	big := bytes.Repeat([]byte{0xab, 0x01}, 700)
	buf.Reset()
	n, err = e.Write(big)
	fmt.Println(n, err, buf.Len())
	hex.NewEncoder(os.Stdout).Write([]byte("to stdout\n"))
	fmt.Println()

	for _, in := range []string{"48656c6c6f", "48656c6c6", "48656c6c6g", "zz", "", "4x656c"} {
		d := hex.NewDecoder(strings.NewReader(in))
		out, err := io.ReadAll(d)
		fmt.Printf("%q %q %v\n", in, out, err)
		d = hex.NewDecoder(oneByte{strings.NewReader(in)})
		p := make([]byte, 2)
		for {
			n, err := d.Read(p)
			fmt.Print(n, " ", p[:n], " ", err, "; ")
			if err != nil {
				break
			}
		}
		fmt.Println()
	}
	long := strings.Repeat("0123456789abcdef", 100)
	out, err := io.ReadAll(hex.NewDecoder(strings.NewReader(long)))
	fmt.Println(len(out), err, out[:8])
}
