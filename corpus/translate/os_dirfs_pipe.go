// os: DirFS through io/fs, CopyFS, Chtimes, a Pipe between goroutines, FindProcess, SyscallError.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"time"
)

func main() {
	dir, _ := os.MkdirTemp("", "osx")
	defer os.RemoveAll(dir)
	os.MkdirAll(filepath.Join(dir, "src/sub"), 0o755)
	os.WriteFile(filepath.Join(dir, "src/a.txt"), []byte("alpha"), 0o644)
	os.WriteFile(filepath.Join(dir, "src/sub/b.txt"), []byte("beta"), 0o600)
	fsys := os.DirFS(filepath.Join(dir, "src"))
	data, err := fs.ReadFile(fsys, "sub/b.txt")
	fmt.Println(string(data), err)
	_, err = fs.ReadFile(fsys, "missing")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	_, err = fs.ReadFile(fsys, "../x")
	fmt.Println(err)
	var names []string
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		names = append(names, p)
		return nil
	})
	sort.Strings(names)
	fmt.Println(names)
	m, _ := fs.Glob(fsys, "*/*.txt")
	fmt.Println(m)
	dst := filepath.Join(dir, "dst")
	fmt.Println(os.CopyFS(dst, fsys))
	b, _ := os.ReadFile(filepath.Join(dst, "sub/b.txt"))
	st, _ := os.Stat(filepath.Join(dst, "sub/b.txt"))
	fmt.Println(string(b), st.Mode())
	err = os.CopyFS(dst, fsys)
	fmt.Println(errors.Is(err, fs.ErrExist))
	t := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	fmt.Println(os.Chtimes(filepath.Join(dir, "src/a.txt"), t, t))
	st, _ = os.Stat(filepath.Join(dir, "src/a.txt"))
	fmt.Println(st.ModTime().UTC())
	fmt.Println(os.Chtimes(filepath.Join(dir, "nope"), t, t) != nil)
	r, w, err := os.Pipe()
	go func() { w.Write([]byte("through the pipe")); w.Close() }()
	all, _ := io.ReadAll(r)
	fmt.Println(string(all), err)
	p, err := os.FindProcess(os.Getpid())
	fmt.Println(p.Pid == os.Getpid(), err)
	fmt.Println(os.NewSyscallError("open", os.ErrPermission), os.NewSyscallError("x", nil) == nil, os.ErrProcessDone)
	var se *os.SyscallError
	fmt.Println(errors.As(os.NewSyscallError("read", io.EOF), &se), se.Syscall, errors.Is(se, io.EOF))
}
