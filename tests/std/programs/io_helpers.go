// io helpers (Copy, MultiWriter, TeeReader, LimitReader, ReadFull, Pipe, CopyN) with os files and streams.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

type upper struct{ w io.Writer }

func (u upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

func main() {
	n, err := io.Copy(os.Stdout, strings.NewReader("copied\n"))
	fmt.Println(n, err)
	var sb strings.Builder
	mw := io.MultiWriter(&sb, upper{os.Stdout})
	fmt.Fprintf(mw, "multi %d\n", 42)
	fmt.Printf("%q\n", sb.String())
	var log strings.Builder
	tr := io.TeeReader(strings.NewReader("tee data"), &log)
	b, err := io.ReadAll(io.LimitReader(tr, 5))
	fmt.Printf("%q %v %q\n", b, err, log.String())
	buf := make([]byte, 4)
	_, err = io.ReadFull(strings.NewReader("ab"), buf)
	fmt.Println(err, err == io.ErrUnexpectedEOF)
	pr, pw := io.Pipe()
	go func() {
		w := bufio.NewWriter(pw)
		for i := 0; i < 3; i++ {
			fmt.Fprintf(w, "piped %d\n", i)
		}
		w.Flush()
		pw.Close()
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println(sc.Text())
	}
	n2, err := io.WriteString(os.Stdout, "ws\n")
	fmt.Println(n2, err)
	n, err = io.CopyN(io.Discard, strings.NewReader("12345"), 10)
	fmt.Println(n, err)
	f, _ := os.Create("x.txt")
	io.Copy(f, strings.NewReader("file via copy\n"))
	f.Close()
	g, _ := os.Open("x.txt")
	io.Copy(os.Stdout, g)
	g.Close()
}
