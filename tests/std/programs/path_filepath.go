// path and path/filepath: lexical functions, Match, Rel, Glob, Walk and WalkDir with SkipDir/SkipAll.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

func main() {
	paths := []string{"", ".", "/", "a/b/../c", "/../a//b/./c/", "a/../../b", "..", "/a/b.tar.gz", "a/b/", "abc", "//x", "a/.hidden", "./a/b/.."}
	for _, p := range paths {
		d, f := path.Split(p)
		fmt.Printf("%q: clean=%q base=%q dir=%q ext=%q abs=%v split=%q,%q local=%v\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), d, f, filepath.IsLocal(p))
	}
	fmt.Println(path.Join("a", "b/c", "../d"), path.Join("", ""), path.Join("", "a"), filepath.Join("/x", "..", "y"))
	pats := [][2]string{{"*.go", "main.go"}, {"*.go", "dir/main.go"}, {"a?c", "abc"}, {"a?c", "a/c"}, {"[a-c]x", "bx"}, {"[^a-c]x", "bx"}, {"[!a]", "b"}, {"\\*", "*"}, {"[", "a"}, {"a[", "b"}, {"*x", "xxx"}, {"a*b*c", "axxbyyc"}, {"[]a]", "]"}, {"[a-]", "a"}, {"*", ""}, {"a\\", "a"}, {"[\\]]", "]"}}
	for _, pm := range pats {
		ok, err := path.Match(pm[0], pm[1])
		ok2, err2 := filepath.Match(pm[0], pm[1])
		fmt.Println(pm[0], pm[1], ok, err, ok2, err2)
	}
	rels := [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {"/a", "b"}, {".", "a/b"}, {"a/b", "a/b"}, {"../a", "b"}, {"a/b/c", "a"}}
	for _, r := range rels {
		s, err := filepath.Rel(r[0], r[1])
		fmt.Printf("%q %v\n", s, err)
	}
	fmt.Printf("%q %q\n", filepath.SplitList("/bin:/usr/bin::x"), filepath.SplitList(""))
	fmt.Println(filepath.ToSlash("a/b"), filepath.FromSlash("a/b"), filepath.VolumeName("/a"), string(filepath.Separator), string(filepath.ListSeparator))

	os.MkdirAll("root/b/deep", 0755)
	os.MkdirAll("root/a", 0755)
	os.MkdirAll("root/skip/inner", 0755)
	for _, f := range []string{"root/z.txt", "root/a/1.go", "root/a/2.txt", "root/b/deep/3.go", "root/skip/inner/4.go"} {
		os.WriteFile(f, []byte(f), 0644)
	}
	err := filepath.WalkDir("root", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		fmt.Println("walkdir", p, d.Name(), d.IsDir(), d.Type())
		if d.Name() == "skip" {
			return filepath.SkipDir
		}
		return nil
	})
	fmt.Println(err)
	err = filepath.Walk("root", func(p string, info fs.FileInfo, err error) error {
		if err != nil {
			return err
		}
		fmt.Println("walk", p, info.Name(), info.IsDir(), info.Size())
		if p == "root/b/deep/3.go" {
			return filepath.SkipAll
		}
		return nil
	})
	fmt.Println(err)
	err = filepath.WalkDir("nowhere", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("cb", p, d == nil, err)
		return err
	})
	fmt.Println(err)
	m, err := filepath.Glob("root/*/*.go")
	fmt.Println(m, err)
	m, err = filepath.Glob("root/[ab]")
	fmt.Println(m, err)
	m, err = filepath.Glob("root/[")
	fmt.Println(m, err)
	m, err = filepath.Glob("nothing*")
	fmt.Println(m == nil, err)
	abs, _ := filepath.Abs("root/a")
	wd, _ := os.Getwd()
	rel, _ := filepath.Rel(wd, abs)
	fmt.Println(rel)
}
