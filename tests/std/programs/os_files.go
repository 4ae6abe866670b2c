// os files and directories, fs.FileMode, errors (PathError, LinkError, errors.Is), Expand, Exit.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

func check(what string, err error) {
	fmt.Printf("%s: %v\n", what, err)
	if err != nil {
		fmt.Println("  notexist", os.IsNotExist(err), errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist),
			"exist", os.IsExist(err), errors.Is(err, os.ErrExist), "perm", os.IsPermission(err), errors.Is(err, os.ErrClosed))
		var pe *os.PathError
		if errors.As(err, &pe) {
			fmt.Printf("  PathError op=%s path=%s err=%v\n", pe.Op, pe.Path, pe.Err)
		}
		var le *os.LinkError
		if errors.As(err, &le) {
			fmt.Printf("  LinkError op=%s old=%s new=%s err=%v\n", le.Op, le.Old, le.New, le.Err)
		}
	}
}

func main() {
	_, err := os.ReadFile("missing.txt")
	check("readfile", err)
	_, err = os.Open("missing.txt")
	check("open", err)
	check("writefile", os.WriteFile("a.txt", []byte("hello\nworld\n"), 0644))
	data, err := os.ReadFile("a.txt")
	fmt.Printf("%q %v\n", data, err)
	f, err := os.Create("b.txt")
	check("create", err)
	fmt.Println(f.Name())
	n, err := f.WriteString("line one\n")
	fmt.Println(n, err)
	n, err = f.Write([]byte("line two\n"))
	fmt.Println(n, err)
	fmt.Fprintf(f, "line %d\n", 3)
	pos, err := f.Seek(0, io.SeekStart)
	fmt.Println(pos, err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Println(n, err, string(buf[:n]))
	rest, err := io.ReadAll(f)
	fmt.Printf("%q %v\n", rest, err)
	n, err = f.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	n, err = f.ReadAt(buf, 5)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.ReadAt(buf, 25)
	fmt.Println(n, err, string(buf[:n]))
	fi, err := f.Stat()
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), fi.Mode().IsRegular(), fi.Mode().Perm(), err)
	check("close", f.Close())
	check("close again", f.Close())
	_, err = f.Write([]byte("x"))
	check("write closed", err)
	_, err = f.Read(buf)
	check("read closed", err)

	ro, _ := os.Open("a.txt")
	_, err = ro.Write([]byte("x"))
	check("write read-only", err)
	ro.Close()

	af, err := os.OpenFile("a.txt", os.O_APPEND|os.O_WRONLY, 0644)
	check("openfile append", err)
	af.WriteString("more\n")
	af.Close()
	data, _ = os.ReadFile("a.txt")
	fmt.Printf("%q\n", data)
	_, err = os.OpenFile("a.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	check("excl", err)

	check("mkdir", os.Mkdir("d", 0755))
	check("mkdir again", os.Mkdir("d", 0755))
	check("mkdirall", os.MkdirAll("d/e/f/", 0755))
	check("mkdirall again", os.MkdirAll("d/e/f", 0755))
	check("mkdirall file", os.MkdirAll("a.txt/x", 0755))
	check("mkdirall over file", os.MkdirAll("a.txt", 0755))
	os.WriteFile("d/z.txt", nil, 0600)
	os.WriteFile("d/b.txt", []byte("bb"), 0600)
	entries, err := os.ReadDir("d")
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), e, info.Size(), info.Mode())
	}
	_, err = os.ReadDir("nodir")
	check("readdir", err)
	st, err := os.Stat("d")
	fmt.Println(st.Name(), st.IsDir(), st.Mode(), st.Mode().IsDir(), st.Mode().Type(), err)
	st, err = os.Stat("d/e/f/")
	fmt.Println(st.Name(), st.IsDir(), err)
	_, err = os.Stat("d/nothing")
	check("stat", err)
	_, err = os.ReadFile("d")
	check("readfile dir", err)
	check("remove nonempty", os.Remove("d"))
	check("remove missing", os.Remove("nope"))
	check("rename", os.Rename("b.txt", "c.txt"))
	check("rename missing", os.Rename("b.txt", "c.txt"))
	_, err = os.Stat("c.txt")
	check("stat renamed", err)
	check("removeall", os.RemoveAll("d"))
	check("removeall missing", os.RemoveAll("d"))
	check("remove", os.Remove("c.txt"))
	_, err = os.Stat("d")
	check("stat removed", err)
	check("truncate", os.Truncate("a.txt", 3))
	data, _ = os.ReadFile("a.txt")
	fmt.Printf("%q\n", data)

	os.Setenv("GREETING", "hi")
	os.Setenv("EMPTY", "")
	for _, s := range []string{"$GREETING world", "${GREETING}x", "$NOPE.", "${}", "${", "a$", "$1 $* ${#}", "cost: $5", "no vars"} {
		fmt.Printf("%q\n", os.ExpandEnv(s))
	}
	fmt.Println(os.Expand("$a-${b}-$c", strings.ToUpper))
	v, ok := os.LookupEnv("EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.PathSeparator, os.PathListSeparator, os.DevNull, os.IsPathSeparator('/'))
	fmt.Println(fs.ModeDir|0755, fs.FileMode(0644), os.ModeSymlink|os.ModeSetuid|0777, fs.ModeType, fs.ValidPath("a/b"), fs.ValidPath("a/../b"))
	tf, err := os.CreateTemp("", "pre*.txt")
	fmt.Println(err, strings.HasPrefix(tf.Name(), os.TempDir()+"/pre"), strings.HasSuffix(tf.Name(), ".txt"))
	tf.Close()
	os.Remove(tf.Name())
	dn, err := os.MkdirTemp(".", "tmp")
	fmt.Println(err, strings.HasPrefix(dn, "./tmp"))
	os.Remove(dn)
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Stdout.WriteString("direct\n")
	defer fmt.Println("not printed")
	os.Exit(3)
}
