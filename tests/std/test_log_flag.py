"""flag, log and glog against the real toolchain: a Go program and a Python
script doing the same thing run with the same arguments; their stdout, stderr
and exit status must agree.  glog has no Go oracle here: its line format is
checked with a regular expression."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from go2py.gotool import go_environ
from go2py.runtime.panic import GoPanic
from go2py.runtime.std import log

ROOT = Path(__file__).resolve().parents[2]

FLAG_GO = r"""package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	n := flag.Int("n", 5, "number of `items`")
	name := flag.String("name", "bob", "the name")
	v := flag.Bool("v", false, "verbose")
	timeout := flag.Duration("timeout", 1500*time.Millisecond, "how long")
	ratio := flag.Float64("ratio", 0.5, "a ratio\nsecond line")
	u := flag.Uint("u", 0, "unsigned")
	var big int64
	flag.Int64Var(&big, "big", 0, "a big one")
	var empty string
	flag.StringVar(&empty, "e", "", "empty default")
	flag.Parse()
	fmt.Printf("n=%d name=%q v=%v timeout=%v ratio=%v u=%d big=%d e=%q\n", *n, *name, *v, *timeout, *ratio, *u, big, empty)
	fmt.Printf("args=%q narg=%d nflag=%d arg0=%q arg9=%q parsed=%v\n", flag.Args(), flag.NArg(), flag.NFlag(), flag.Arg(0), flag.Arg(9), flag.Parsed())
	fs := flag.NewFlagSet("sub", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	k := fs.Int("k", 1, "k value")
	err := fs.Parse(flag.Args())
	fmt.Printf("sub k=%d err=%v args=%q\n", *k, err, fs.Args())
}
"""

FLAG_PY = r"""import sys
sys.argv[0] = "prog"
from go2py.runtime.std import flag, fmt, os, time
from go2py.runtime import Cell
from go2py.runtime.values import Box, slice_of, STRING

def strs(s):
    return Box(slice_of(STRING), s)

n = flag.Int("n", 5, "number of `items`")
name = flag.String("name", "bob", "the name")
v = flag.Bool("v", False, "verbose")
timeout = flag.Duration("timeout", 1500 * time.Millisecond, "how long")
ratio = flag.Float64("ratio", 0.5, "a ratio\nsecond line")
u = flag.Uint("u", 0, "unsigned")
big = Cell(0)
flag.Int64Var(big, "big", 0, "a big one")
empty = Cell("")
flag.StringVar(empty, "e", "", "empty default")
flag.Parse()
fmt.Printf("n=%d name=%q v=%v timeout=%v ratio=%v u=%d big=%d e=%q\n", n.get(), name.get(), v.get(), timeout.get(), ratio.get(), u.get(), big.get(), empty.get())
fmt.Printf("args=%q narg=%d nflag=%d arg0=%q arg9=%q parsed=%v\n", strs(flag.Args()), flag.NArg(), flag.NFlag(), flag.Arg(0), flag.Arg(9), flag.Parsed())
fs = flag.NewFlagSet("sub", flag.ContinueOnError)
fs.SetOutput(os.Stdout)
k = fs.Int("k", 1, "k value")
err = fs.Parse(flag.Args())
fmt.Printf("sub k=%d err=%v args=%q\n", k.get(), err, strs(fs.Args()))
"""

FLAG_CASES = [
    [],
    ["-n=3", "--name", "x", "-v", "-timeout", "2m3.5s", "-ratio=1e3", "a", "b", "-c"],
    ["-n", "zz"],
    ["-h"],
    ["-help"],
    ["-undefined"],
    ["-v=false", "--", "-n", "4"],
    ["-n"],
    ["-timeout", "5"],
    ["-timeout=1h2m.5s", "-big", "-9223372036854775808"],
    ["-u", "-1"],
    ["-n", "99999999999999999999"],
    ["---x"],
    ["-=x"],
    ["-v=maybe"],
    ["-n", "0x1F", "-ratio", "-2.5", "x", "-n=1"],
    ["-", "rest"],
    ["-v", "false"],
    ["-e=", "-name="],
    ["--", "-k", "7", "z"],
    ["--", "-q"],
    ["--", "-k"],
    ["-ratio", "1e400"],
    ["-name", "héllo wörld", "-n", "-0b101"],
]

LOG_GO = r"""package main

import (
	"log"
	"os"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("pre: ")
	log.Print("a", 1, 2)
	log.Printf("x=%d", 5)
	log.Println("l", 3)
	log.Print("no newline\n")
	log.Print("")
	log.SetFlags(log.Lmsgprefix)
	log.Print("after")
	l := log.New(os.Stdout, "[L] ", 0)
	l.Println("to stdout", l.Prefix(), l.Flags())
	l.SetPrefix("")
	l.Printf("%5.2f|%v", 3.14159, []int{1, 2})
	log.SetOutput(os.Stdout)
	log.Print("now on stdout ", log.Flags(), " ", log.Prefix())
	log.SetOutput(os.Stderr)
	log.Fatalf("fatal %s", "now")
	log.Print("not reached")
}
"""

LOG_PY = r"""from go2py.runtime.std import log, os
from go2py.runtime.values import INT, Box, Slice, slice_of

log.SetFlags(0)
log.SetPrefix("pre: ")
log.Print("a", 1, 2)
log.Printf("x=%d", 5)
log.Println("l", 3)
log.Print("no newline\n")
log.Print("")
log.SetFlags(log.Lmsgprefix)
log.Print("after")
l = log.New(os.Stdout, "[L] ", 0)
l.Println("to stdout", l.Prefix(), l.Flags())
l.SetPrefix("")
l.Printf("%5.2f|%v", 3.14159, Box(slice_of(INT), Slice([1, 2])))
log.SetOutput(os.Stdout)
log.Print("now on stdout ", log.Flags(), " ", log.Prefix())
log.SetOutput(os.Stderr)
log.Fatalf("fatal %s", "now")
log.Print("not reached")
"""


def _build(go: str, src: str, tmp: Path) -> str:
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "main.go").write_text(src)
    exe = tmp / "prog"
    proc = subprocess.run([go, "build", "-o", str(exe), "main.go"], cwd=tmp, capture_output=True, text=True,
                          env=go_environ(), timeout=300)
    assert proc.returncode == 0, proc.stderr
    return str(exe)


def _run(argv: list[str], executable: str | None = None, stdin: bytes = b"") -> tuple[bytes, bytes, int]:
    proc = subprocess.run(argv, executable=executable, input=stdin, capture_output=True, timeout=60, cwd=ROOT)
    return proc.stdout, proc.stderr, proc.returncode


@pytest.fixture(scope="module")
def flag_prog(go, tmp_path_factory) -> str:
    return _build(go, FLAG_GO, tmp_path_factory.mktemp("flag"))


@pytest.fixture(scope="module")
def flag_script(tmp_path_factory) -> str:
    p = tmp_path_factory.mktemp("flagpy") / "flagprog.py"
    p.write_text(FLAG_PY)
    return str(p)


@pytest.mark.parametrize("args", FLAG_CASES, ids=[" ".join(a) or "none" for a in FLAG_CASES])
def test_flag_matches_go(flag_prog, flag_script, args):
    want = _run(["prog", *args], executable=flag_prog)
    got = _run([sys.executable, flag_script, *args])
    assert got == want


def test_log_matches_go(go, tmp_path):
    exe = _build(go, LOG_GO, tmp_path / "go")
    script = tmp_path / "logprog.py"
    script.write_text(LOG_PY)
    want = _run([exe])
    got = _run([sys.executable, str(script)])
    assert want[2] == 1
    assert got == want


def test_log_default_header():
    script = "from go2py.runtime.std import log\nlog.Print('hello', ' ', 42)\nlog.SetFlags(log.LstdFlags | log.Lmicroseconds | log.LUTC)\nlog.Println('micro')\n"
    out, err, rc = _run([sys.executable, "-c", script])
    assert rc == 0 and out == b""
    lines = err.decode().split("\n")
    assert re.fullmatch(r"\d{4}/\d\d/\d\d \d\d:\d\d:\d\d hello 42", lines[0]), lines
    assert re.fullmatch(r"\d{4}/\d\d/\d\d \d\d:\d\d:\d\d\.\d{6} micro", lines[1]), lines
    assert lines[2:] == [""]


class _Buf:
    def __init__(self):
        self.data = b""

    def Write(self, b):
        self.data += bytes(b)
        return len(b), None


def test_log_panic_and_logger():
    buf = _Buf()
    lg = log.New(buf, "p ", log.Lmsgprefix | log.Lshortfile)
    with pytest.raises(GoPanic) as e:
        lg.Panicf("bad %d", 7)
    assert e.value.value == "bad 7"
    with pytest.raises(GoPanic) as e:
        lg.Panicln("x", 1)
    assert e.value.value == "x 1\n"
    assert buf.data == b"???:0: p bad 7\n???:0: p x 1\n"
    assert log.Default() is log.Default()


GLOG_PY = r"""from go2py.runtime.std import github_com_golang_glog as glog
from go2py.runtime.std import flag, fmt

flag.Parse()
glog.Info("info ", 1)
glog.Warningf("warn %d", 2)
glog.Errorln("err", 3)
glog.V(1).Info("v1")
glog.V(2).Infof("v2 %s", "x")
if glog.V(3):
    glog.Info("v3")
glog.Flush()
fmt.Println("verbose", bool(glog.V(0)), bool(glog.V(2)))
mode = flag.Arg(0)
if mode == "fatal":
    glog.Fatalf("fatal %d", 4)
elif mode == "exit":
    glog.Exit("exit", 5)
"""

GLOG_LINE = r"([IWEF])(\d\d)(\d\d) (\d\d):(\d\d):(\d\d)\.(\d{6}) ([ \d]{7}) \?\?\?:1\] (.*)"


def _glog(tmp_path, *args):
    script = tmp_path / "glogprog.py"
    script.write_text(GLOG_PY)
    out, err, rc = _run([sys.executable, str(script), *args])
    lines = err.decode().split("\n")
    assert lines[-1] == ""
    parsed = []
    for line in lines[:-1]:
        m = re.fullmatch(GLOG_LINE, line)
        assert m, line
        assert 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(3)) <= 31
        assert len(m.group(8)) == 7 and m.group(8).strip().isdigit()
        parsed.append(m.group(1) + " " + m.group(9))
    return out.decode(), parsed, rc


def test_glog_format_and_levels(tmp_path):
    out, lines, rc = _glog(tmp_path, "-v=2")
    assert rc == 0
    assert out == "verbose true true\n"
    assert lines == ["I info 1", "W warn 2", "E err 3", "I v1", "I v2 x"]


def test_glog_default_verbosity_and_threshold(tmp_path):
    out, lines, rc = _glog(tmp_path)
    assert (out, lines, rc) == ("verbose true false\n", ["I info 1", "W warn 2", "E err 3"], 0)
    out, lines, rc = _glog(tmp_path, "-stderrthreshold=WARNING")
    assert lines == ["W warn 2", "E err 3"]
    out, lines, rc = _glog(tmp_path, "-stderrthreshold=WARNING", "-logtostderr")
    assert lines == ["I info 1", "W warn 2", "E err 3"]


def test_glog_fatal_and_exit(tmp_path):
    out, lines, rc = _glog(tmp_path, "fatal")
    assert rc == 255 and lines[-1] == "F fatal 4"
    out, lines, rc = _glog(tmp_path, "-v", "1", "exit")
    assert rc == 1 and lines[-2:] == ["I v1", "F exit5"]


def test_glog_flags_in_usage(tmp_path):
    script = tmp_path / "glogprog.py"
    script.write_text(GLOG_PY)
    out, err, rc = _run([sys.executable, str(script), "-h"])
    assert rc == 0
    text = err.decode()
    for name in ("-v value", "-logtostderr", "-alsologtostderr", "-stderrthreshold value"):
        assert "  " + name + "\n" in text
    assert "(default ERROR)" in text


GLOG_GO = """package main

import (
	"flag"
	"log"

	"github.com/golang/glog"
)

func helper() {
	glog.InfoDepth(1, "depth one") // reported at the caller
}

func main() {
	flag.Parse()
	glog.Info("plain") // here: plain
	glog.V(1).Infof("verbose %d", 1) // here: verbose 1
	func() {
		glog.Warning("in a literal") // here: in a literal
	}()
	helper() // here: depth one
	glog.CopyStandardLogTo("INFO")
	log.Print("through log") // here: through log
}
"""


def test_glog_names_the_go_file_and_line_of_the_call(tmp_path):
    src = tmp_path / "prog.go"
    src.write_text(GLOG_GO)
    want = {}
    for n, line in enumerate(GLOG_GO.splitlines(), 1):
        if "// here: " in line:
            want[line.split("// here: ")[1]] = f"prog.go:{n}"
    out, err, rc = _run([sys.executable, "-m", "go2py", "run", str(src), "-v=1", "-logtostderr"])
    assert rc == 0, err
    got = {}
    for line in err.decode().splitlines():
        m = re.fullmatch(r"[IWEF]\d{4} [\d:.]+ +\d+ (\S+)\] (.*)", line)
        assert m, line
        got[m.group(2)] = m.group(1)
    assert got == want


def test_glog_bad_stderrthreshold(tmp_path):
    # glog's severity flag: a name, else strconv.Atoi's value within INFO..FATAL, else the
    # error flag.Parse reports with exit status 2 (texts of glog's source and of Go's strconv)
    script = tmp_path / "glogprog.py"
    script.write_text(GLOG_PY)
    for value, text in (("bogus", 'strconv.Atoi: parsing "bogus": invalid syntax'),
                        ("7", "Severity 7 out of range (min 0, max 3).")):
        out, err, rc = _run([sys.executable, str(script), "-stderrthreshold=" + value])
        assert rc == 2
        assert err.decode().split("\n")[0] == f'invalid value "{value}" for flag -stderrthreshold: {text}'
