// base64's streaming encoder and decoder over io.Writer and io.Reader.

package main

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	enc := base64.NewEncoder(base64.StdEncoding, &buf)
	enc.Write([]byte("Hello, "))
	enc.Write([]byte("base64 world!"))
	enc.Close()
	fmt.Println(buf.String())
	dec := base64.NewDecoder(base64.StdEncoding, strings.NewReader(buf.String()))
	out, err := io.ReadAll(dec)
	fmt.Printf("%q %v\n", out, err)
	bad := base64.NewDecoder(base64.StdEncoding, strings.NewReader("aGVsbG8*"))
	out, err = io.ReadAll(bad)
	fmt.Printf("%q %v\n", out, err)
	e2 := base64.NewEncoder(base64.URLEncoding, os.Stdout)
	e2.Write([]byte{0xfb, 0xff, 0xfe, 0x01})
	e2.Close()
	fmt.Println()
}
