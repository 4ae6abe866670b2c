// io/fs over testing/fstest's MapFS: WalkDir with SkipDir, ReadFile, Stat, Sub, Glob, ReadDir, errors.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"testing/fstest"
)

func main() {
	fsys := fstest.MapFS{
		"a.txt":          {Data: []byte("alpha")},
		"dir/b.go":       {Data: []byte("package b")},
		"dir/sub/c.go":   {},
		"dir/sub/d.md":   {Data: []byte("# d")},
		"empty":          {Mode: fs.ModeDir | 0o755},
		"z/deep/e/f.txt": {Data: []byte("f")},
	}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Name() == "e" {
			return fs.SkipDir
		}
		fmt.Println(p, d.IsDir(), d.Type(), d)
		return nil
	})
	fmt.Println("walk:", err)
	data, err := fs.ReadFile(fsys, "dir/sub/d.md")
	fmt.Printf("%q %v\n", data, err)
	_, err = fs.ReadFile(fsys, "nope.txt")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	info, err := fs.Stat(fsys, "dir")
	fmt.Println(info.Name(), info.IsDir(), info.Mode(), info.Size(), err)
	sub, err := fs.Sub(fsys, "dir")
	fmt.Println(err)
	m, err := fs.Glob(sub, "*/*.go")
	fmt.Println(m, err)
	m, err = fs.Glob(fsys, "[")
	fmt.Println(m, err)
	entries, err := fs.ReadDir(fsys, "dir/sub")
	for _, e := range entries {
		fi, _ := e.Info()
		fmt.Println(e.Name(), fi.Size(), fs.FormatDirEntry(e))
	}
	d, _ := fs.ReadFile(sub, "sub/c.go")
	fmt.Println(len(d), d == nil, fs.ValidPath("../x"))
	_, err = fs.Sub(fsys, "/abs")
	fmt.Println(err)
}
