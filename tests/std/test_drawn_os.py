"""os against the real toolchain on sequences of file operations and environment changes drawn
by Hypothesis.

Each example is one whole Go program, generated from the drawn operations as straight-line
code, that Go builds and runs and go2py translates and runs: stdout and the exit status must be
identical. The program makes its own fresh directory with ``os.MkdirTemp``, changes into it and
uses only relative names, so the outputs do not depend on where it runs; the directory's path,
which differs from run to run, is replaced by ``$TMP`` in every printed error text (and
removed at the end). The names are drawn from a few files and directories, nested ones, a
missing parent, the empty name, ``.``, trailing slashes, a name longer than the system allows,
a name that is not UTF-8 (printed quoted) and names that become symbolic links.

Files: ``Create``, ``Open`` and ``OpenFile`` with drawn flags (an access mode with
``O_CREATE``, ``O_EXCL``, ``O_TRUNC``, ``O_APPEND``) and permissions into three handle slots
(a failed open leaves a nil ``*os.File``, whose methods Go answers with ``invalid argument``);
``Write``, ``WriteString``, ``WriteAt``, ``Read``, ``ReadAt`` with drawn sizes and offsets
(negative ones too), ``Seek`` with drawn offsets and whences (a negative result is an error),
``Truncate``, ``Stat``, ``Name`` and ``Close`` (twice, and every operation after it:
``file already closed``); by name: ``ReadFile``, ``WriteFile``, ``Stat``, ``Truncate``,
``Remove`` (missing files, non-empty directories), ``RemoveAll``, ``Rename``, ``Mkdir``,
``MkdirAll``, ``ReadDir`` (sorted names and kinds), ``Chmod``, ``Symlink``, ``Link``,
``Readlink``, ``Lstat``, ``Getwd``, ``CreateTemp`` and ``MkdirTemp`` (drawn patterns; the
random digits of the names are masked); between slots: ``io.Copy`` and ``io.CopyN`` (File's
ReadFrom and WriteTo), ``io.ReadAll``, ``File.ReadDir`` and ``Readdirnames`` with drawn counts
(sorted), ``File.Chmod``. Every result is printed with n, the
bytes in hex, the ``FileInfo``'s name, size (of files), ``IsDir``, ``Mode().IsRegular()`` and
mode, and every error with its text and ``os.IsNotExist``, ``os.IsExist``,
``os.IsPermission`` and ``errors.Is`` against ``fs.ErrNotExist``, ``fs.ErrExist`` and
``fs.ErrClosed``.

Environment: ``Setenv`` (invalid names and values too), ``Getenv``, ``LookupEnv``,
``Unsetenv``, ``Environ`` (the drawn variables, in its order), ``Clearenv``, ``ExpandEnv`` and
``Expand`` with a mapping that shows the names it is asked
for, on drawn names and templates (``$x``, ``${x}``, ``$1``, ``$*``, ``${}``, an unclosed
``${``, a lone ``$`` ...). The drawn names carry a prefix no other variable has, so the
inherited environment (the same for both runs) does not show.

Bugs it found (fixed in go2py/runtime/std/_osfile.py and os.py, kept as fixed operations at the
start of every program): the methods of a nil *os.File raised instead of returning
ErrInvalid; WriteAt wrote to an O_APPEND file; ReadAt at a negative offset said "read ...:
invalid argument", and WriteAt/ReadAt reported a closed file before the offset (and for empty
buffers, where Go makes no system call); an empty Write to a read-only file succeeded; Rename
onto a directory said "file exists" where Go reports the old name's error; RemoveAll("")
failed and RemoveAll("a/") of a file left it; File.ReadFrom copied by reads and writes
where Go uses copy_file_range (other errors: "write d: copy_file_range: is a directory", a
closed source); reading a directory rewound it (a later Seek differed) and a nil file's
ReadDir was not nil while an empty directory's Readdirnames was; a closed directory's error
was "file already closed" for Go's "use of closed file"; MkdirTemp in a missing directory
reported the Mkdir error instead of the directory's Stat error; OpenFile, Mkdir and Chmod
dropped FileMode's setuid, setgid and sticky bits (and Chmod took an int's 01000); Setenv of invalid names or values
raised a Python error instead of "setenv: invalid argument".
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, strategies as st

from tests.std.diffrun import assert_same_run
from tests.std.gohelp import go_lit

from .drawnhelp import DRAWN

DECLS = r"""
var dir string
var files [3]*os.File

func m(s string) string {
	if dir == "" {
		return s
	}
	return strings.ReplaceAll(s, dir, "$TMP")
}

func errs(err error) string {
	if err == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%q nx=%v ex=%v perm=%v isnx=%v isex=%v closed=%v", m(err.Error()), os.IsNotExist(err),
		os.IsExist(err), os.IsPermission(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, fs.ErrExist),
		errors.Is(err, fs.ErrClosed))
}

func info(fi fs.FileInfo) string {
	if fi == nil {
		return "nil"
	}
	size := fi.Size()
	if fi.IsDir() {
		size = -1 // a directory's size is the file system's
	}
	return fmt.Sprintf("%q size=%d dir=%v reg=%v mode=%v", fi.Name(), size, fi.IsDir(), fi.Mode().IsRegular(),
		fi.Mode())
}

func name(f *os.File) string {
	if f == nil {
		return "nil"
	}
	return q(m(f.Name()))
}

func q(s string) string { return fmt.Sprintf("%q", s) }

// digits hides the random numbers of temporary names: every run of digits becomes N.
func digits(s string) string {
	out := []byte{}
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if i == 0 || s[i-1] < '0' || s[i-1] > '9' {
				out = append(out, 'N')
			}
			continue
		}
		out = append(out, s[i])
	}
	return string(out)
}

func catch(what int, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(what, "panic:", r)
		}
	}()
	f()
}
"""

NAMES = ["a", "a", "a", "b", "b", "c.txt", "d", "d", "d/a", "d/e", "d/e/f", "x/y", "", "d/", "a/", ".", "l", "l",
         "d/l", "n" * 300, "\udcff"]
# (l and d/l become symbolic links when drawn so; n... is longer than a name may be)
FLAGS = ["os.O_RDONLY", "os.O_WRONLY", "os.O_RDWR"]
EXTRA = ["os.O_CREATE", "os.O_EXCL", "os.O_TRUNC", "os.O_APPEND"]
PERMS = ["0644", "0600", "0755", "0400", "0", "os.ModeSticky|0755", "os.ModeSetuid|os.ModeSetgid|0750", "os.ModeDir|0700"]
DATA = st.binary(max_size=12)


def _blit(b: bytes) -> str:
    return go_lit(b.decode("utf-8", "surrogateescape"))


def q_(expr: str) -> str:
    """The Go expression that prints expr quoted."""
    return f"q({expr})"


@st.composite
def _op(draw: Any) -> str:
    """One operation as a Go block that prints one line."""
    name = go_lit(draw(st.sampled_from(NAMES)))
    k = draw(st.integers(0, 2))
    f = f"files[{k}]"
    op = draw(st.sampled_from([
        "create", "open", "openfile", "openfile", "write", "writestring", "writeat", "read", "read", "readat",
        "seek", "seek", "ftruncate", "fstat", "close", "close", "readfile", "writefile", "stat", "truncate",
        "remove", "removeall", "rename", "mkdir", "mkdirall", "readdir", "fname", "copy", "readall", "freaddir",
        "chmod", "symlink", "link", "readlink", "lstat", "getwd", "createtemp", "mkdirtemp"]))
    if op in ("createtemp", "mkdirtemp"):
        d = go_lit(draw(st.sampled_from(["", ".", "d", "x", "a"])))
        pattern = go_lit(draw(st.sampled_from(["", "t", "t*", "*.x", "a*b*c", "d/t*", "*", "..", "t\udcff*"])))
        if d == '""':  # the system's temporary directory: only whether it worked
            d = "os.TempDir()"
        if op == "createtemp":
            return (f"tf, err := os.CreateTemp({d}, {pattern})\n\tif tf != nil {{\n\t\ttf.Close()\n"
                    "\t\tos.Remove(tf.Name())\n\t}\n"
                    f"\tfmt.Println(\"createtemp\", {q_(d)}, q({pattern}), q(digits(m(name(tf)))), "
                    "digits(errs(err)))")
        return (f"td, err := os.MkdirTemp({d}, {pattern})\n\tif err == nil {{\n\t\tos.Remove(td)\n\t}}\n"
                f"\tfmt.Println(\"mkdirtemp\", {q_(d)}, q({pattern}), q(digits(m(td))), digits(errs(err)))")
    if op in ("symlink", "link"):
        # targets inside the directory only: a write through a link must not leave it
        target = go_lit(draw(st.sampled_from([n for n in NAMES if n != "d/l"] + ["missing", "d/missing"])))
        fn = "os.Symlink" if op == "symlink" else "os.Link"
        return f"err := {fn}({target}, {name})\n\tfmt.Println(\"{op}\", q({target}), q({name}), errs(err))"
    if op == "readlink":
        return f"t, err := os.Readlink({name})\n\tfmt.Printf(\"readlink %q %q %s\\n\", {name}, t, errs(err))"
    if op == "lstat":
        return f"fi, err := os.Lstat({name})\n\tfmt.Println(\"lstat\", q({name}), info(fi), errs(err))"
    if op == "getwd":
        return "wd, err := os.Getwd()\n\tfmt.Println(\"getwd\", m(wd), errs(err))"
    if op == "copy":  # File.ReadFrom and WriteTo, from one slot into another
        j = draw(st.integers(0, 2))
        how = draw(st.sampled_from(["io.Copy", "io.CopyN"]))
        if how == "io.CopyN":
            return (f"n, err := io.CopyN(files[{j}], {f}, {draw(st.integers(0, 9))})\n"
                    f"\tfmt.Println(\"copyn\", {k}, {j}, n, errs(err))")
        return f"n, err := io.Copy(files[{j}], {f})\n\tfmt.Println(\"copy\", {k}, {j}, n, errs(err))"
    if op == "readall":
        return f"b, err := io.ReadAll({f})\n\tfmt.Printf(\"readall {k} %x %s\\n\", b, errs(err))"
    if op == "freaddir":
        n = draw(st.integers(-1, 2))
        if draw(st.booleans()):
            return (f"ns, err := {f}.Readdirnames({n})\n\tsort.Strings(ns)\n"
                    f"\tfmt.Printf(\"readdirnames {k} {n} %q %v %s\\n\", ns, ns == nil, errs(err))")
        return (f"es, err := {f}.ReadDir({n})\n\tsort.Slice(es, func(i, j int) bool {{ return es[i].Name() < es[j].Name() }})\n"
                f"\tfmt.Print(\"freaddir {k} {n} \", es == nil)\n"
                "\tfor _, e := range es {\n\t\tfmt.Print(\" \", q(e.Name()), \":\", e.IsDir(), \":\", e.Type())\n\t}\n"
                "\tfmt.Println(\"\", errs(err))")
    if op == "chmod":
        perm = draw(st.sampled_from(PERMS))
        if draw(st.booleans()):
            return f"err := {f}.Chmod({perm})\n\tfmt.Println(\"fchmod\", {k}, {perm}, errs(err))"
        return f"err := os.Chmod({name}, {perm})\n\tfmt.Println(\"chmod\", q({name}), {perm}, errs(err))"
    if op == "create":
        return f"{f}, err = os.Create({name})\n\tfmt.Println(\"create\", q({name}), name({f}), errs(err))"
    if op == "open":
        return f"{f}, err = os.Open({name})\n\tfmt.Println(\"open\", q({name}), name({f}), errs(err))"
    if op == "openfile":
        flags = " | ".join([draw(st.sampled_from(FLAGS))] + draw(st.lists(st.sampled_from(EXTRA), unique=True)))
        perm = draw(st.sampled_from(PERMS))
        return (f"{f}, err = os.OpenFile({name}, {flags}, {perm})\n"
                f"\tfmt.Println(\"openfile\", q({name}), {go_lit(flags)}, {perm}, name({f}), errs(err))")
    if op in ("write", "writestring"):
        data = _blit(draw(DATA))
        call = f"{f}.Write([]byte({data}))" if op == "write" else f"{f}.WriteString({data})"
        return f"n, err := {call}\n\tfmt.Println(\"{op}\", {k}, n, errs(err))"
    if op == "writeat":
        data, off = _blit(draw(DATA)), draw(st.integers(-2, 20))
        return f"n, err := {f}.WriteAt([]byte({data}), {off})\n\tfmt.Println(\"writeat\", {k}, {off}, n, errs(err))"
    if op == "read":
        size = draw(st.integers(0, 16))
        return (f"b := make([]byte, {size})\n\tn, err := {f}.Read(b)\n"
                f"\tfmt.Printf(\"read {k} {size} %d %x %s\\n\", n, b[:n], errs(err))")
    if op == "readat":
        size, off = draw(st.integers(0, 16)), draw(st.integers(-2, 20))
        return (f"b := make([]byte, {size})\n\tn, err := {f}.ReadAt(b, {off})\n"
                f"\tfmt.Printf(\"readat {k} {size} {off} %d %x %s\\n\", n, b[:n], errs(err))")
    if op == "seek":
        off, whence = draw(st.integers(-20, 20)), draw(st.sampled_from([0, 1, 2, 2, 1, 0, 7]))
        return f"p, err := {f}.Seek({off}, {whence})\n\tfmt.Println(\"seek\", {k}, {off}, {whence}, p, errs(err))"
    if op == "ftruncate":
        size = draw(st.integers(-1, 20))
        return f"err := {f}.Truncate({size})\n\tfmt.Println(\"ftruncate\", {k}, {size}, errs(err))"
    if op == "fstat":
        return f"fi, err := {f}.Stat()\n\tfmt.Println(\"fstat\", {k}, info(fi), errs(err))"
    if op == "close":
        return f"err := {f}.Close()\n\tfmt.Println(\"close\", {k}, errs(err))"
    if op == "fname":
        return f"fmt.Println(\"name\", {k}, name({f}))"
    if op == "readfile":
        return f"b, err := os.ReadFile({name})\n\tfmt.Printf(\"readfile %q %x %v %s\\n\", {name}, b, b == nil, errs(err))"
    if op == "writefile":
        data, perm = _blit(draw(DATA)), draw(st.sampled_from(PERMS))
        return f"err := os.WriteFile({name}, []byte({data}), {perm})\n\tfmt.Println(\"writefile\", q({name}), errs(err))"
    if op == "stat":
        return f"fi, err := os.Stat({name})\n\tfmt.Println(\"stat\", q({name}), info(fi), errs(err))"
    if op == "truncate":
        size = draw(st.integers(-1, 20))
        return f"err := os.Truncate({name}, {size})\n\tfmt.Println(\"truncate\", q({name}), {size}, errs(err))"
    if op == "remove":
        return f"err := os.Remove({name})\n\tfmt.Println(\"remove\", q({name}), errs(err))"
    if op == "removeall":
        return f"err := os.RemoveAll({name})\n\tfmt.Println(\"removeall\", q({name}), errs(err))"
    if op == "rename":
        to = go_lit(draw(st.sampled_from(NAMES)))
        return f"err := os.Rename({name}, {to})\n\tfmt.Println(\"rename\", q({name}), q({to}), errs(err))"
    if op == "mkdir":
        perm = draw(st.sampled_from(["0755", "0700", "0777"]))
        return f"err := os.Mkdir({name}, {perm})\n\tfmt.Println(\"mkdir\", q({name}), errs(err))"
    if op == "mkdirall":
        return f"err := os.MkdirAll({name}, 0755)\n\tfmt.Println(\"mkdirall\", q({name}), errs(err))"
    return (f"es, err := os.ReadDir({name})\n\tfmt.Print(\"readdir \", q({name}), \" \", es == nil)\n"
            "\tfor _, e := range es {\n\t\tfmt.Print(\" \", q(e.Name()), \":\", e.IsDir(), \":\", e.Type())\n\t}\n"
            "\tfmt.Println(\"\", errs(err))")


# Operations that once differed, first in every program (on slot 2, which they close again):
# methods of a nil *os.File raised instead of returning ErrInvalid; WriteAt on an O_APPEND file
# wrote; ReadAt at a negative offset and WriteAt on a closed file were worded like a read or a
# closed file (Go checks the offset first, and an empty WriteAt or ReadAt makes no system
# call); an empty Write to a read-only file succeeded; Rename onto a directory said "file
# exists" where Go reports the old name's error; RemoveAll("") failed and RemoveAll("a/") of
# a file left it.
FIXED = [
    'n, err := files[2].Write([]byte("x"))\n\tfmt.Println("nil write", n, errs(err), errs(files[2].Close()))',
    'fi, err := files[2].Stat()\n\tfmt.Println("nil stat", info(fi), errs(err), files[2].Fd() == ^uintptr(0))',
    'files[2], _ = os.OpenFile("a", os.O_RDWR|os.O_CREATE|os.O_APPEND, 0644)\n'
    '\tn, err := files[2].WriteAt([]byte("x"), 0)\n\tfmt.Println("append writeat", n, errs(err))',
    'n, err := files[2].ReadAt(make([]byte, 2), -1)\n\tfmt.Println("readat -1", n, errs(err))',
    'files[2].Close()\n\tn, err := files[2].ReadAt(nil, -1)\n\tm, err2 := files[2].ReadAt(nil, 0)\n'
    '\tfmt.Println("closed readat", n, errs(err), m, errs(err2))',
    'files[2], _ = os.Open("a")\n\tn, err := files[2].Write(nil)\n\tfmt.Println("empty write", n, errs(err))',
    'os.Mkdir("d", 0755)\n\tfmt.Println("rename", errs(os.Rename("d/x", "d")), errs(os.Rename("a/x", "d")), '
    'errs(os.Rename("a", "d")), errs(os.Rename("d", "d")))',
    'fmt.Println("removeall", errs(os.RemoveAll("")), errs(os.RemoveAll("a/")), errs(os.RemoveAll("d/.")))',
    'fmt.Println("clean", errs(files[2].Close()), errs(os.Remove("a")), errs(os.Remove("d")))\n\tfiles[2] = nil',
    # a nil file's Readdirnames is nil, an empty directory's is not; a closed directory's error
    # is not wrapped; a directory read to its end stays there for Seek; File.ReadFrom of a file
    # is copy_file_range and reports its errors under the destination's name
    'ns, err := files[2].Readdirnames(-1)\n\tos.Mkdir("e", 0755)\n\tfiles[2], _ = os.Open("e")\n'
    '\tms, err2 := files[2].Readdirnames(-1)\n\tp, err3 := files[2].Seek(3, 1)\n\tfiles[2].Close()\n'
    '\t_, err4 := files[2].ReadDir(0)\n'
    '\tfmt.Println("dirs", ns == nil, errs(err), ms == nil, errs(err2), p, errs(err3), errs(err4))',
    'os.WriteFile("c", []byte("abc"), 0644)\n\tsrc, _ := os.Open("c")\n\tfiles[2], _ = os.Open("e")\n'
    '\tn, err := io.Copy(files[2], src)\n\tfiles[2].Close()\n\tm, err2 := io.Copy(files[2], src)\n'
    '\tfmt.Println("copy", n, errs(err), m, errs(err2), errs(os.Remove("c")), errs(os.Remove("e")))\n'
    '\tfiles[2] = nil',
    # MkdirTemp in a missing directory reports the directory's Stat error, as Go's
    'td, err := os.MkdirTemp("nodir", "t*")\n\tfmt.Println("mkdirtemp", q(td), digits(errs(err)))',
    # FileMode's setuid, setgid and sticky bits are the system's bits, and an int's 01000 is not
    'os.Mkdir("s", os.ModeSticky|os.ModeSetgid|0755)\n\tfi, _ := os.Stat("s")\n\terr := os.Chmod("s", 01755)\n'
    '\tfi2, _ := os.Stat("s")\n\tfmt.Println("modes", fi.Mode(), errs(err), fi2.Mode(), errs(os.Remove("s")))',
]


def _file_program(ops: list[str]) -> str:
    ops = FIXED + ops
    steps = "\n".join(f"\tcatch({i}, func() {{\n\t{op}\n\t}})" for i, op in enumerate(ops))
    return (f'package main\n\nimport (\n\t"errors"\n\t"fmt"\n\t"io"\n\t"io/fs"\n\t"os"\n\t"sort"\n\t"strings"\n)\n'
            f"{DECLS}\nvar _, _ = io.Copy, sort.Strings\n\n"
            "func main() {\n\tvar err error\n\tdir, err = os.MkdirTemp(\"\", \"drawnos\")\n\tif err != nil {\n"
            "\t\tpanic(err)\n\t}\n\tdefer os.RemoveAll(dir)\n\tif err := os.Chdir(dir); err != nil {\n"
            f"\t\tpanic(err)\n\t}}\n\t_ = err\n{steps}\n}}\n")


def _same(go: str, src: str, tmp: pytest.TempPathFactory, name: str) -> None:
    assert_same_run(go, src, tmp.mktemp(name), before=12)


@DRAWN
@given(progs=st.lists(st.lists(_op(), min_size=100, max_size=100), min_size=2, max_size=2))
def test_file_operations(go: str, tmp_path_factory: pytest.TempPathFactory, progs: list[list[str]]) -> None:
    for i, ops in enumerate(progs):
        _same(go, _file_program(ops), tmp_path_factory, f"osfiles{i}")


# ----------------------------------------------------------------------------- environment

PREFIX = "GO2PY_DRAWN_"
ENV_NAMES = st.one_of(
    st.sampled_from(["A", "B", "A_1", "x", "1", "_"]).map(lambda s: PREFIX + s),
    st.sampled_from(["", "=", PREFIX + "a=b", PREFIX + "n\x00", PREFIX + "é"]),
)
ENV_VALUES = st.one_of(st.text(st.sampled_from("ab$ {}=é\x00\udcff"), max_size=6),
                       st.sampled_from(["", "$" + PREFIX + "A", "${" + PREFIX + "B}"]))
TEMPLATE_PARTS = st.sampled_from([
    "$", "${", "}", "{", "$$", "$1", "$*", "$#", "$@", "$-", "$?", "${}", "${1}", "${*}", "${ab", "x", " ", "é",
    "$" + PREFIX + "A", "${" + PREFIX + "A}", "$" + PREFIX + "A_1", "${" + PREFIX + "x}", "$" + PREFIX,
    "${" + PREFIX + "A_1}b", "$" + PREFIX + "B.c", "${" + PREFIX + "=}", "${" + PREFIX + "é}", "$é", "a-b",
    "\udcff", "${\udcff}", "$\udcff", "${" + PREFIX + "A}}", "${$}", "${${}}", "$$" + PREFIX + "A",
])
TEMPLATES = st.lists(TEMPLATE_PARTS, max_size=6).map("".join)

# Setenv of names with '=' or NUL, of the empty name and of values with NUL raised a Python
# ValueError; Go refuses them with "setenv: invalid argument" (and Unsetenv does nothing).
FIXED_ENV = [
    'fmt.Println(errs(os.Setenv("", "v")), errs(os.Setenv("a=b", "v")), errs(os.Setenv("a\\x00", "v")), '
    'errs(os.Setenv("GO2PY_DRAWN_z", "a\\x00b")))',
    'fmt.Println(errs(os.Unsetenv("a=b")), errs(os.Unsetenv("")), errs(os.Unsetenv("a\\x00")))',
]


@st.composite
def _env_op(draw: Any) -> str:
    key = go_lit(draw(ENV_NAMES))
    op = draw(st.sampled_from(["setenv", "setenv", "getenv", "lookup", "unsetenv", "expandenv", "expand", "environ",
                               "setenv", "clearenv" if draw(st.integers(0, 9)) == 0 else "getenv"]))
    if op == "environ":  # the drawn variables, in Environ's order
        return (f'var mine []string\n\tfor _, kv := range os.Environ() {{\n'
                f'\t\tif strings.HasPrefix(kv, "{PREFIX}") {{\n\t\t\tmine = append(mine, kv)\n\t\t}}\n\t}}\n'
                '\tfmt.Printf("environ %q\\n", mine)')
    if op == "clearenv":
        return 'os.Clearenv()\n\tfmt.Println("clearenv", len(os.Environ()))'

    if op == "setenv":
        value = go_lit(draw(ENV_VALUES))
        return f'fmt.Printf("setenv %q %q %s\\n", {key}, {value}, errs(os.Setenv({key}, {value})))'
    if op == "getenv":
        return f'fmt.Printf("getenv %q %q\\n", {key}, os.Getenv({key}))'
    if op == "lookup":
        return f'v, ok := os.LookupEnv({key})\n\tfmt.Printf("lookup %q %q %v\\n", {key}, v, ok)'
    if op == "unsetenv":
        return f'fmt.Printf("unsetenv %q %s\\n", {key}, errs(os.Unsetenv({key})))'
    t = go_lit(draw(TEMPLATES))
    if op == "expandenv":
        return f'fmt.Printf("expandenv %q %q\\n", {t}, os.ExpandEnv({t}))'
    return (f'var asked []string\n\ts := os.Expand({t}, func(k string) string {{\n\t\tasked = append(asked, k)\n'
            f'\t\treturn "<" + k + ">"\n\t}})\n\tfmt.Printf("expand %q %q %q\\n", {t}, s, asked)')


def _env_program(ops: list[str]) -> str:
    ops = FIXED_ENV + ops
    steps = "\n".join(f"\tcatch({i}, func() {{\n\t{op}\n\t}})" for i, op in enumerate(ops))
    return (f'package main\n\nimport (\n\t"errors"\n\t"fmt"\n\t"io/fs"\n\t"os"\n\t"strings"\n)\n{DECLS}\n'
            f"func main() {{\n{steps}\n\t_ = files\n}}\n")


@DRAWN
@given(ops=st.lists(_env_op(), min_size=150, max_size=150))
def test_environment(go: str, tmp_path_factory: pytest.TempPathFactory, ops: list[str]) -> None:
    _same(go, _env_program(ops), tmp_path_factory, "osenv")
