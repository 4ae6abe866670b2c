// io.SectionReader and io.OffsetWriter over a strings.Reader, a bytes.Reader and a file.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	r := strings.NewReader("0123456789abcdefghij")
	s := io.NewSectionReader(r, 5, 8)
	b, err := io.ReadAll(s)
	fmt.Printf("%q %v %d\n", b, err, s.Size())
	p := make([]byte, 4)
	n, err := s.ReadAt(p, 6)
	fmt.Printf("%d %v %q\n", n, err, p[:n])
	n, err = s.ReadAt(p, 8)
	fmt.Println(n, err)
	off, err := s.Seek(-3, io.SeekEnd)
	fmt.Println(off, err)
	n, _ = s.Read(p)
	fmt.Printf("%q\n", p[:n])
	fmt.Println(s.Seek(0, 7))
	fmt.Println(s.Seek(-1, io.SeekStart))
	_, base, size := s.Outer()
	fmt.Println(base, size)
	all := io.NewSectionReader(bytes.NewReader([]byte("xyz")), 1, 1<<62)
	b, _ = io.ReadAll(all)
	fmt.Printf("%q %d\n", b, all.Size())

	dir, _ := os.MkdirTemp("", "sec")
	defer os.RemoveAll(dir)
	f, _ := os.Create(filepath.Join(dir, "f"))
	f.WriteString("..........")
	w := io.NewOffsetWriter(f, 3)
	w.Write([]byte("AB"))
	w.WriteAt([]byte("Z"), 5)
	fmt.Println(w.Seek(1, io.SeekCurrent))
	w.Write([]byte("C"))
	fmt.Println(w.WriteAt([]byte("q"), -1))
	fmt.Println(w.Seek(0, io.SeekEnd))
	f.Close()
	data, _ := os.ReadFile(filepath.Join(dir, "f"))
	fmt.Printf("%s\n", data)
	fs := io.NewSectionReader(f, 0, 4)
	n, err = fs.Read(p)
	fmt.Println(n, errors.Is(err, os.ErrClosed))
}
