// bytes: functions (sub-slices alias the argument), Buffer, Reader; unicode/utf8 []byte forms through them.
package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	b := []byte("  Hello, Wörld! \xff go  ")
	fmt.Printf("%q\n", bytes.TrimSpace(b))
	fmt.Printf("%q %q %q\n", bytes.Trim(b, " !og"), bytes.TrimLeft(b, " H"), bytes.TrimRight(b, " og"))
	fmt.Printf("%q %q\n", bytes.TrimFunc(b, unicode.IsSpace), bytes.TrimPrefix(b, []byte("  He")))
	fmt.Printf("%q\n", bytes.Fields(b))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Split([]byte("héllo"), nil))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit))
	before, after, found := bytes.Cut([]byte("key=value=x"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, []byte{}))
	fmt.Println(bytes.Contains(b, []byte("Wö")), bytes.Index(b, []byte("o")), bytes.LastIndex(b, []byte("o")), bytes.IndexByte(b, 'W'), bytes.IndexRune(b, 'ö'), bytes.IndexAny(b, "!,"), bytes.Count(b, []byte("o")), bytes.Count(b, nil))
	fmt.Printf("%q %q %q\n", bytes.ToUpper(b), bytes.ToLower(b), bytes.Title([]byte("go is fun")))
	fmt.Printf("%q %q\n", bytes.Repeat([]byte("ab"), 3), bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte(", ")))
	fmt.Printf("%q %q\n", bytes.ReplaceAll(b, []byte("o"), []byte("0")), bytes.Replace(b, []byte("l"), []byte("L"), 1))
	fmt.Println(bytes.HasPrefix(b, []byte("  H")), bytes.HasSuffix(b, []byte("  ")), bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.Runes([]byte("hé")))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if r == 'o' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("foo bar")))
	t := bytes.TrimSpace(b)
	t[0] = 'J'
	fmt.Printf("%q\n", b)
	parts := bytes.Split([]byte("ab-cd"), []byte("-"))
	parts[1][0] = 'X'
	fmt.Printf("%q\n", parts)

	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world\n"))
	buf.WriteByte('!')
	buf.WriteRune('é')
	fmt.Fprintf(&buf, " %d\nsecond line\n", 42)
	fmt.Println(buf.Len(), buf.String() == string(buf.Bytes()))
	line, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	c, _ := buf.ReadByte()
	fmt.Println(c, buf.UnreadByte(), buf.UnreadByte())
	r, size, _ := buf.ReadRune()
	r, size, _ = buf.ReadRune()
	fmt.Println(r, size, buf.UnreadRune(), buf.UnreadRune())
	lb, err := buf.ReadBytes('\n')
	fmt.Printf("%q %v\n", lb, err)
	fmt.Printf("%q\n", buf.Next(3))
	p := make([]byte, 4)
	n, err := buf.Read(p)
	fmt.Println(n, err, string(p[:n]))
	rest, err := buf.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	n, err = buf.Read(p)
	fmt.Println(n, err, buf.Len())
	buf.WriteString("truncate me")
	buf.Truncate(8)
	fmt.Println(buf.String())
	buf.Reset()
	fmt.Println(buf.Len(), buf.String() == "")
	nb := bytes.NewBufferString("from string\n")
	io.Copy(os.Stdout, nb)
	nb2 := bytes.NewBuffer([]byte("abc"))
	nb2.ReadFrom(strings.NewReader("def"))
	nb2.WriteTo(os.Stdout)
	fmt.Println()

	rd := bytes.NewReader([]byte("reader data"))
	fmt.Println(rd.Len(), rd.Size())
	q := make([]byte, 6)
	n, err = rd.Read(q)
	fmt.Println(n, err, string(q[:n]))
	n, err = rd.ReadAt(q, 100)
	fmt.Println(n, err)
	_, err = rd.ReadAt(q, -1)
	fmt.Println(err)
	pos, err := rd.Seek(-4, io.SeekEnd)
	fmt.Println(pos, err)
	all, _ := io.ReadAll(rd)
	fmt.Println(string(all), rd.Len())
	fmt.Println(rd.UnreadRune())
	rd.Reset([]byte("x"))
	fmt.Println(rd.Len(), rd.UnreadByte())
	defer func() { fmt.Println("recovered:", recover()) }()
	buf.Truncate(5)
}
