// os.Root: every method, names that escape by ".." or by symbolic links, links that stay
// inside, closed roots, and Root.FS through io/fs.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"time"
)

func show(what string, err error) {
	if err == nil {
		fmt.Printf("%s: ok\n", what)
		return
	}
	fmt.Printf("%s: %v", what, err)
	var pe *os.PathError
	var le *os.LinkError
	switch {
	case errors.As(err, &pe):
		fmt.Printf(" [PathError op=%q path=%q]", pe.Op, pe.Path)
	case errors.As(err, &le):
		fmt.Printf(" [LinkError op=%q old=%q new=%q]", le.Op, le.Old, le.New)
	}
	fmt.Printf(" notexist=%v exist=%v\n", errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrExist))
}

func must(err error) {
	if err != nil {
		panic(err)
	}
}

func main() {
	must(os.MkdirAll("outside/base/sub/deep", 0o755))
	must(os.WriteFile("outside/secret.txt", []byte("secret\n"), 0o644))
	must(os.WriteFile("outside/base/a.txt", []byte("hello root\n"), 0o644))
	must(os.WriteFile("outside/base/sub/b.txt", []byte("bee\n"), 0o644))
	must(os.Symlink("../secret.txt", "outside/base/escape"))
	must(os.Symlink("/etc/passwd", "outside/base/abs"))
	must(os.Symlink("sub/b.txt", "outside/base/inlink"))
	must(os.Symlink("sub", "outside/base/sublink"))
	must(os.Symlink("../a.txt", "outside/base/sub/up"))
	must(os.Symlink("loop2", "outside/base/loop1"))
	must(os.Symlink("loop1", "outside/base/loop2"))
	must(os.Symlink("..", "outside/base/parent"))
	must(os.Symlink("a.txt/", "outside/base/slashlink"))

	_, err := os.OpenRoot("missing")
	show("OpenRoot missing", err)
	_, err = os.OpenRoot("outside/secret.txt")
	show("OpenRoot file", err)

	r, err := os.OpenRoot("outside/base")
	must(err)
	fmt.Println("Name:", r.Name())

	for _, name := range []string{"a.txt", "./a.txt", "sub/../a.txt", "sub/b.txt", "inlink", "sublink/b.txt",
		"sub/up", "sub/deep/../../a.txt", "../secret.txt", "sub/../../secret.txt", "/etc/passwd", "escape", "abs",
		"loop1", "parent/secret.txt", "nope", "sub/nope/x", "a.txt/", "a.txt/x", "", ".", "sub/", "slashlink",
		"sub//b.txt", "sublink/../a.txt", "sub/deep/../../../x"} {
		f, err := r.Open(name)
		if err != nil {
			show(fmt.Sprintf("Open %q", name), err)
			continue
		}
		fi, _ := f.Stat()
		b := make([]byte, 64)
		n, _ := f.Read(b)
		fmt.Printf("Open %q: name=%q isdir=%v %q\n", name, f.Name(), fi.IsDir(), b[:n])
		f.Close()
	}

	b, err := r.ReadFile("sub/b.txt")
	fmt.Printf("ReadFile: %q %v\n", b, err)
	_, err = r.ReadFile("escape")
	show("ReadFile escape", err)
	_, err = r.ReadFile("sub")
	show("ReadFile dir", err)

	show("WriteFile", r.WriteFile("new.txt", []byte("written\n"), 0o600))
	show("WriteFile escape", r.WriteFile("../new.txt", []byte("x"), 0o600))
	show("WriteFile via link out", r.WriteFile("escape", []byte("x"), 0o600))
	show("WriteFile bad mode", r.WriteFile("m.txt", []byte("x"), os.ModeSetuid|0o600))
	b, _ = os.ReadFile("outside/base/new.txt")
	fmt.Printf("new.txt: %q\n", b)
	b, _ = os.ReadFile("outside/secret.txt")
	fmt.Printf("secret still: %q\n", b)

	f, err := r.Create("created.txt")
	must(err)
	f.WriteString("created")
	f.Close()
	f, err = r.OpenFile("created.txt", os.O_WRONLY|os.O_APPEND, 0)
	must(err)
	f.WriteString("+more")
	f.Close()
	b, _ = r.ReadFile("created.txt")
	fmt.Printf("created: %q\n", b)
	_, err = r.OpenFile("created.txt", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	show("OpenFile excl existing", err)
	_, err = r.OpenFile("inlink", os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	show("OpenFile excl link", err)
	_, err = r.OpenFile("x", os.O_RDONLY, os.ModeDir|0o644)
	show("OpenFile bad mode", err)

	for _, name := range []string{"a.txt", "inlink", "sublink", "escape", "abs", "nope", "../x", "sub/b.txt", "loop1", "."} {
		fi, err := r.Stat(name)
		if err != nil {
			show(fmt.Sprintf("Stat %q", name), err)
		} else {
			fmt.Printf("Stat %q: name=%q mode=%v size=%d\n", name, fi.Name(), fi.Mode(), fi.Size())
		}
		fi, err = r.Lstat(name)
		if err != nil {
			show(fmt.Sprintf("Lstat %q", name), err)
		} else {
			fmt.Printf("Lstat %q: name=%q mode=%v\n", name, fi.Name(), fi.Mode().Type())
		}
	}

	for _, name := range []string{"escape", "abs", "inlink", "a.txt", "nope", "../escape", "sublink/x"} {
		t, err := r.Readlink(name)
		if err != nil {
			show(fmt.Sprintf("Readlink %q", name), err)
		} else {
			fmt.Printf("Readlink %q: %q\n", name, t)
		}
	}

	show("Mkdir", r.Mkdir("made", 0o750))
	show("Mkdir again", r.Mkdir("made", 0o750))
	show("Mkdir slash", r.Mkdir("made2/", 0o750))
	show("Mkdir escape", r.Mkdir("../made", 0o750))
	show("Mkdir via link", r.Mkdir("sublink/made", 0o750))
	show("Mkdir missing parent", r.Mkdir("no/such/dir", 0o750))
	show("Mkdir bad mode", r.Mkdir("m", os.ModeSticky|0o700))
	show("MkdirAll", r.MkdirAll("x/y/z", 0o755))
	show("MkdirAll again", r.MkdirAll("x/y/z/", 0o755))
	show("MkdirAll through link", r.MkdirAll("sublink/q/r", 0o755))
	show("MkdirAll over file", r.MkdirAll("a.txt/q", 0o755))
	show("MkdirAll last is file", r.MkdirAll("sub/b.txt", 0o755))
	show("MkdirAll escape", r.MkdirAll("x/../../esc", 0o755))
	show("MkdirAll link to dir", r.MkdirAll("sublink", 0o755))
	_, err = os.Stat("outside/base/sub/q/r")
	show("made through link", err)

	show("Chmod", r.Chmod("a.txt", 0o600))
	fi, _ := r.Stat("a.txt")
	fmt.Println("mode now", fi.Mode())
	show("Chmod via link", r.Chmod("inlink", 0o640))
	fi, _ = r.Stat("sub/b.txt")
	fmt.Println("b mode now", fi.Mode())
	show("Chmod escape link", r.Chmod("escape", 0o600))
	show("Chmod missing", r.Chmod("nope", 0o600))
	t := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	show("Chtimes", r.Chtimes("a.txt", t, t))
	fi, _ = r.Stat("a.txt")
	fmt.Println("mtime", fi.ModTime().UTC())
	show("Chtimes zero atime", r.Chtimes("a.txt", time.Time{}, t.Add(time.Hour)))
	fi, _ = r.Stat("a.txt")
	fmt.Println("mtime", fi.ModTime().UTC())
	show("Chtimes escape", r.Chtimes("../secret.txt", t, t))
	show("Chown", r.Chown("a.txt", os.Getuid(), os.Getgid()))
	show("Lchown", r.Lchown("inlink", os.Getuid(), os.Getgid()))
	show("Chown escape", r.Chown("abs", os.Getuid(), os.Getgid()))
	show("Chown missing", r.Chown("nope", os.Getuid(), os.Getgid()))

	show("Symlink", r.Symlink("a.txt", "alink"))
	show("Symlink exists", r.Symlink("a.txt", "alink"))
	show("Symlink out target", r.Symlink("../../etc", "outlink"))
	show("Symlink escape", r.Symlink("a.txt", "../alink"))
	b, err = r.ReadFile("alink")
	fmt.Printf("alink: %q %v\n", b, err)
	show("Link", r.Link("a.txt", "hard.txt"))
	show("Link exists", r.Link("a.txt", "hard.txt"))
	show("Link escape", r.Link("../secret.txt", "hard2.txt"))
	show("Link missing", r.Link("nope", "hard3.txt"))
	show("Rename", r.Rename("hard.txt", "sub/renamed.txt"))
	show("Rename missing", r.Rename("nope", "x2"))
	show("Rename escape", r.Rename("sub/renamed.txt", "../renamed.txt"))
	show("Rename onto dir", r.Rename("created.txt", "made"))
	show("Rename file to slash", r.Rename("created.txt", "c2/"))
	show("Rename dir", r.Rename("made", "made3"))
	show("Remove", r.Remove("sub/renamed.txt"))
	show("Remove missing", r.Remove("sub/renamed.txt"))
	show("Remove nonempty", r.Remove("x"))
	show("Remove escape", r.Remove("../secret.txt"))
	show("Remove link", r.Remove("escape"))
	_, err = os.Stat("outside/secret.txt")
	show("secret remains", err)
	show("RemoveAll", r.RemoveAll("x"))
	show("RemoveAll missing", r.RemoveAll("x"))
	show("RemoveAll dot", r.RemoveAll("sub/."))
	show("RemoveAll escape", r.RemoveAll("../secret.txt"))
	show("RemoveAll link dir", r.RemoveAll("sublink"))
	_, err = os.Stat("outside/base/sub/b.txt")
	show("sub kept", err)

	sr, err := r.OpenRoot("sub")
	must(err)
	fmt.Println("sub root:", sr.Name())
	_, err = sr.Open("up")
	show("sub root up", err)
	_, err = sr.Open("../a.txt")
	show("sub root ..", err)
	_, err = r.OpenRoot("a.txt")
	show("OpenRoot file in root", err)
	_, err = r.OpenRoot("../")
	show("OpenRoot escape", err)
	sr.Close()
	_, err = sr.Open("b.txt")
	show("closed root", err)
	show("close twice", sr.Close())

	fsys := r.FS()
	b, err = fs.ReadFile(fsys, "sub/b.txt")
	fmt.Printf("fs.ReadFile: %q %v\n", b, err)
	_, err = fs.ReadFile(fsys, "../x")
	show("fs.ReadFile invalid", err)
	_, err = fs.ReadFile(fsys, "escape")
	show("fs.ReadFile escape", err)
	ents, err := fs.ReadDir(fsys, ".")
	var names []string
	for _, e := range ents {
		names = append(names, e.Name())
	}
	fmt.Println("fs.ReadDir:", names, err)
	fi, err = fs.Stat(fsys, "sub")
	fmt.Println("fs.Stat:", fi.Name(), fi.IsDir(), err)
	var walked []string
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		walked = append(walked, p)
		return nil
	})
	sort.Strings(walked)
	fmt.Println("walk:", walked)

	f, err = os.OpenInRoot("outside/base", "sub/b.txt")
	must(err)
	b = make([]byte, 10)
	n, _ := f.Read(b)
	fmt.Printf("OpenInRoot: %q %q\n", f.Name(), b[:n])
	f.Close()
	_, err = os.OpenInRoot("outside/base", "../secret.txt")
	show("OpenInRoot escape", err)
	_, err = os.OpenInRoot("outside/nope", "x")
	show("OpenInRoot missing root", err)

	must(r.Close())
	show("closed", r.Mkdir("z", 0o700))
	_, err = r.Stat("a.txt")
	show("closed stat", err)
}
