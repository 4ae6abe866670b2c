"""bufio and io against the real toolchain: a Go program and a Python script
doing the same reads and writes get the same stdin; their output must agree.
The io helpers are checked in-process with Go's documented results."""

from __future__ import annotations

import select
import subprocess
import sys
from pathlib import Path

import pytest

from go2py.gotool import go_environ
from go2py.runtime.std import bufio, io
from go2py.runtime.values import NIL_SLICE, Slice

ROOT = Path(__file__).resolve().parents[2]

BUFIO_GO = r"""package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	mode := os.Args[1]
	switch mode {
	case "lines", "words", "runes", "bytes":
		sc := bufio.NewScanner(os.Stdin)
		switch mode {
		case "words":
			sc.Split(bufio.ScanWords)
		case "runes":
			sc.Split(bufio.ScanRunes)
		case "bytes":
			sc.Split(bufio.ScanBytes)
		}
		n := 0
		for sc.Scan() {
			fmt.Printf("%q %d\n", sc.Text(), len(sc.Bytes()))
			n++
		}
		fmt.Printf("tokens=%d err=%v\n", n, sc.Err())
	case "small":
		sc := bufio.NewScanner(os.Stdin)
		sc.Buffer(make([]byte, 0, 8), 16)
		for sc.Scan() {
			fmt.Printf("%q\n", sc.Text())
		}
		fmt.Printf("err=%v\n", sc.Err())
	case "readstring":
		r := bufio.NewReader(os.Stdin)
		for {
			s, err := r.ReadString('\n')
			fmt.Printf("%q %v\n", s, err)
			if err != nil {
				break
			}
		}
	case "readrune":
		r := bufio.NewReader(os.Stdin)
		for {
			c, size, err := r.ReadRune()
			fmt.Printf("%q %d %v\n", c, size, err)
			if err != nil {
				break
			}
		}
	case "readline":
		r := bufio.NewReaderSize(os.Stdin, 16)
		for {
			line, prefix, err := r.ReadLine()
			fmt.Printf("%q %v %v\n", line, prefix, err)
			if err != nil {
				break
			}
		}
	case "readall":
		b, err := io.ReadAll(os.Stdin)
		fmt.Printf("%d %q %v\n", len(b), b, err)
	case "writer":
		w := bufio.NewWriter(os.Stdout)
		w.WriteString("buffered ")
		w.WriteByte('b')
		w.WriteRune('世')
		w.WriteRune(-1)
		fmt.Print("direct ")
		fmt.Fprintf(w, "%d|", w.Buffered())
		w.Flush()
		fmt.Print(" after\n")
		small := bufio.NewWriterSize(os.Stdout, 16)
		for i := 0; i < 5; i++ {
			fmt.Fprintf(small, "[%d-abcdef]", i)
			fmt.Print("<", small.Buffered(), ">")
		}
		small.Write([]byte("0123456789012345678901234567890123456789"))
		fmt.Print("<", small.Buffered(), " ", small.Available(), ">")
		small.Flush()
		fmt.Println()
	}
}
"""

BUFIO_PY = r"""import sys
from go2py.runtime.std import bufio, fmt, io, os
from go2py.runtime.values import UINT8, Box, Slice, slice_of

def byts(b):
    return Box(slice_of(UINT8), b)

mode = os.Args[1]
if mode in ("lines", "words", "runes", "bytes"):
    sc = bufio.NewScanner(os.Stdin)
    if mode == "words":
        sc.Split(bufio.ScanWords)
    elif mode == "runes":
        sc.Split(bufio.ScanRunes)
    elif mode == "bytes":
        sc.Split(bufio.ScanBytes)
    n = 0
    while sc.Scan():
        fmt.Printf("%q %d\n", sc.Text(), len(sc.Bytes()))
        n += 1
    fmt.Printf("tokens=%d err=%v\n", n, sc.Err())
elif mode == "small":
    sc = bufio.NewScanner(os.Stdin)
    sc.Buffer(Slice([0] * 8, 0, 0), 16)
    while sc.Scan():
        fmt.Printf("%q\n", sc.Text())
    fmt.Printf("err=%v\n", sc.Err())
elif mode == "readstring":
    r = bufio.NewReader(os.Stdin)
    while True:
        s, err = r.ReadString(10)
        fmt.Printf("%q %v\n", s, err)
        if err is not None:
            break
elif mode == "readrune":
    r = bufio.NewReader(os.Stdin)
    while True:
        c, size, err = r.ReadRune()
        fmt.Printf("%q %d %v\n", c, size, err)
        if err is not None:
            break
elif mode == "readline":
    r = bufio.NewReaderSize(os.Stdin, 16)
    while True:
        line, prefix, err = r.ReadLine()
        fmt.Printf("%q %v %v\n", byts(line), prefix, err)
        if err is not None:
            break
elif mode == "readall":
    b, err = io.ReadAll(os.Stdin)
    fmt.Printf("%d %q %v\n", len(b), byts(b), err)
elif mode == "writer":
    w = bufio.NewWriter(os.Stdout)
    w.WriteString("buffered ")
    w.WriteByte(ord("b"))
    w.WriteRune(ord("世"))
    w.WriteRune(-1)
    fmt.Print("direct ")
    fmt.Fprintf(w, "%d|", w.Buffered())
    w.Flush()
    fmt.Print(" after\n")
    small = bufio.NewWriterSize(os.Stdout, 16)
    for i in range(5):
        fmt.Fprintf(small, "[%d-abcdef]", i)
        fmt.Print("<", small.Buffered(), ">")
    small.Write(Slice(list(b"0123456789012345678901234567890123456789")))
    fmt.Print("<", small.Buffered(), " ", small.Available(), ">")
    small.Flush()
    fmt.Println()
"""

INPUTS = {
    "crlf": b"a\r\nb\n\nc",
    "words": "  hello  world\n\tfoo\u00a0bar\u3000baz \u2028q ".encode(),
    "invalid": b"h\xc3\xa9llo\xff w\xe2\x82\n\xf0\x9f\x98\x80!",
    "empty": b"",
    "newline": b"\n",
    "nonl": b"no newline",
    "cr": b"x\r",
    "crcr": b"line\r\r\nnext\r\n",
    "long": b"short\n" + b"y" * 40 + b"\r\nend\n",
}

MODES = ["lines", "words", "runes", "bytes", "small", "readstring", "readrune", "readline", "readall"]


def _build(go: str, src: str, tmp: Path) -> str:
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "main.go").write_text(src)
    exe = tmp / "prog"
    proc = subprocess.run([go, "build", "-o", str(exe), "main.go"], cwd=tmp, capture_output=True, text=True,
                          env=go_environ(), timeout=300)
    assert proc.returncode == 0, proc.stderr
    return str(exe)


def _run(argv: list[str], stdin: bytes = b"") -> tuple[bytes, bytes, int]:
    proc = subprocess.run(argv, input=stdin, capture_output=True, timeout=60, cwd=ROOT)
    return proc.stdout, proc.stderr, proc.returncode


@pytest.fixture(scope="module")
def progs(go, tmp_path_factory) -> tuple[str, str]:
    tmp = tmp_path_factory.mktemp("bufio")
    exe = _build(go, BUFIO_GO, tmp / "go")
    script = tmp / "bufioprog.py"
    script.write_text(BUFIO_PY)
    return exe, str(script)


def _compare(progs, mode: str, data: bytes) -> None:
    exe, script = progs
    want = _run([exe, mode], data)
    got = _run([sys.executable, script, mode], data)
    assert got == want, (mode, data)


@pytest.mark.parametrize("mode", MODES)
def test_reading_matches_go(progs, mode):
    # one process pair per input keeps the comparison exact; inputs in one test keep the count small
    for name, data in INPUTS.items():
        _compare(progs, mode, data)


def test_scanner_token_too_long(progs):
    _compare(progs, "lines", b"ok\n" + b"x" * 70000 + b"\nlater\n")
    _compare(progs, "lines", b"a" * 65535 + b"\nfits\n")


def test_scanner_large_input(progs):
    data = b"".join(b"line %d with some words\r\n" % i for i in range(3000))
    _compare(progs, "lines", data)
    _compare(progs, "words", data)


def test_writer_matches_go(progs):
    _compare(progs, "writer", b"")


# ----------------------------------------------------------------------------- in-process io checks


class _Reader:
    """Returns the data in chunks of at most `chunk` bytes, then EOF (optionally with the last data)."""

    def __init__(self, data: bytes, chunk: int = 3, eof_with_data: bool = False) -> None:
        self.data = data
        self.chunk = chunk
        self.eof_with_data = eof_with_data

    def Read(self, p):
        if not self.data:
            return 0, io.EOF
        n = min(len(p), self.chunk, len(self.data))
        for i in range(n):
            p[i] = self.data[i]
        self.data = self.data[n:]
        if self.eof_with_data and not self.data:
            return n, io.EOF
        return n, None


class _Writer:
    def __init__(self, limit: int | None = None) -> None:
        self.data = b""
        self.limit = limit

    def Write(self, p):
        b = bytes(p)
        if self.limit is not None and len(self.data) + len(b) > self.limit:
            k = self.limit - len(self.data)
            self.data += b[:k]
            return k, io.ErrShortWrite
        self.data += b
        return len(b), None


def test_io_errors():
    assert io.EOF.Error() == "EOF"
    assert io.ErrUnexpectedEOF.Error() == "unexpected EOF"
    assert io.ErrShortWrite.Error() == "short write"
    assert io.EOF is io.EOF and io.EOF is not io.ErrUnexpectedEOF


@pytest.mark.parametrize("eof_with_data", [False, True])
def test_readall_copy(eof_with_data):
    data = bytes(range(256)) * 10
    b, err = io.ReadAll(_Reader(data, 7, eof_with_data))
    assert err is None and bytes(b) == data
    w = _Writer()
    n, err = io.Copy(w, _Reader(data, 100, eof_with_data))
    assert (n, err, w.data) == (len(data), None, data)
    w = _Writer(10)
    n, err = io.Copy(w, _Reader(data, 100))
    assert (n, err, w.data) == (10, io.ErrShortWrite, data[:10])
    n, err = io.Copy(io.Discard, _Reader(b"abc"))
    assert (n, err) == (3, None)
    w = _Writer()
    n, err = io.CopyN(w, _Reader(b"abcdef"), 4)
    assert (n, err, w.data) == (4, None, b"abcd")
    n, err = io.CopyN(_Writer(), _Reader(b"ab"), 4)
    assert (n, err) == (2, io.EOF)


def test_readfull_and_friends():
    buf = Slice([0] * 5)
    assert io.ReadFull(_Reader(b"abcdefg", 2), buf) == (5, None) and bytes(buf) == b"abcde"
    assert io.ReadFull(_Reader(b"ab", 1), buf) == (2, io.ErrUnexpectedEOF)
    assert io.ReadFull(_Reader(b""), buf) == (0, io.EOF)
    assert io.ReadAtLeast(_Reader(b"abc"), Slice([0] * 2), 3) == (0, io.ErrShortBuffer)
    w = _Writer()
    assert io.WriteString(w, "héllo") == (6, None) and w.data == "héllo".encode()
    a, b = _Writer(), _Writer()
    assert io.MultiWriter(a, b).Write(Slice(list(b"xy"))) == (2, None) and a.data == b.data == b"xy"
    got, err = io.ReadAll(io.MultiReader(_Reader(b"one "), _Reader(b""), _Reader(b"two", 2, True)))
    assert (bytes(got), err) == (b"one two", None)
    got, err = io.ReadAll(io.LimitReader(_Reader(b"abcdefgh"), 5))
    assert bytes(got) == b"abcde"
    tee = _Writer()
    got, err = io.ReadAll(io.TeeReader(_Reader(b"tee data"), tee))
    assert bytes(got) == tee.data == b"tee data"
    rc = io.NopCloser(_Reader(b"z"))
    assert rc.Close() is None and bytes(io.ReadAll(rc)[0]) == b"z"


def test_bufio_with_go2py_readers():
    sc = bufio.NewScanner(_Reader(b"a b\nc", 1))
    toks = []
    while sc.Scan():
        toks.append(sc.Text())
    assert toks == ["a b", "c"] and sc.Err() is None

    def split_commas(data, at_eof):
        b = bytes(data)
        i = b.find(b",")
        if i >= 0:
            return i + 1, data.slice(0, i), None
        if at_eof and b:
            return len(b), data, bufio.ErrFinalToken
        return 0, NIL_SLICE, None

    sc = bufio.NewScanner(_Reader(b"x,yy,,zzz", 2))
    sc.Split(split_commas)
    toks = []
    while sc.Scan():
        toks.append(sc.Text())
    assert toks == ["x", "yy", "", "zzz"] and sc.Err() is None

    r = bufio.NewReader(_Reader("a\nbé\n".encode(), 1))
    assert r.ReadString(10) == ("a\n", None)
    assert r.ReadRune() == (ord("b"), 1, None)
    assert r.ReadRune() == (ord("é"), 2, None)
    assert r.UnreadRune() is None and r.ReadRune() == (ord("é"), 2, None)
    assert r.ReadByte() == (10, None)
    assert r.ReadByte() == (0, io.EOF)

    w = _Writer()
    bw = bufio.NewWriter(w)
    bw.WriteString("hello")
    assert w.data == b"" and bw.Buffered() == 5
    assert bw.Flush() is None and w.data == b"hello"


BLOCKING_PY = r"""import time as pytime
from go2py.runtime import go, run
from go2py.runtime.std import bufio, fmt, os, time

def main():
    def ticker():
        for i in range(3):
            fmt.Println("tick", i)
            time.Sleep(50 * time.Millisecond)
    go(ticker)
    sc = bufio.NewScanner(os.Stdin)
    while sc.Scan():
        fmt.Println("got", sc.Text())

run(main)
"""


def test_stdin_read_lets_goroutines_run(tmp_path):
    script = tmp_path / "blocking.py"
    script.write_text(BLOCKING_PY)
    proc = subprocess.Popen([sys.executable, str(script)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            cwd=ROOT)
    # the ticks are printed while the scanner waits for input, which is written only after them
    assert proc.stdout is not None
    ticks = []
    for _ in range(3):
        if not select.select([proc.stdout], [], [], 30)[0]:  # a blocked scheduler prints nothing
            proc.kill()
            pytest.fail(f"no tick while stdin is read; got {ticks}")
        ticks.append(proc.stdout.readline())
    out, _ = proc.communicate(b"hello\n", timeout=30)
    assert [t.decode() for t in ticks] + out.decode().split("\n") == \
        ["tick 0\n", "tick 1\n", "tick 2\n", "got hello", ""]


PIPE_PY = r"""from go2py.runtime import go, run
from go2py.runtime.std import bufio, errors, fmt, io
from go2py.runtime.values import Slice

def main():
    r, w = io.Pipe()
    def writer():
        for i in range(3):
            fmt.Fprintf(w, "line %d\n", i)
        w.Close()
    go(writer)
    sc = bufio.NewScanner(r)
    while sc.Scan():
        fmt.Println("got", sc.Text())
    fmt.Println(sc.Err())
    r2, w2 = io.Pipe()
    done = __import__("go2py.runtime", fromlist=["Chan"]).Chan(0)
    def w2f():
        n, err = w2.Write(Slice(list(b"abcdef")))
        fmt.Println("wrote", n, err)
        done.send(True)
    go(w2f)
    buf = Slice([0] * 4)
    n, err = r2.Read(buf)
    fmt.Println(n, err, bytes(buf).decode())
    r2.CloseWithError(errors.New("stop"))
    done.recv()
    fmt.Println(w2.Write(buf)[1])
    fmt.Println(r.Read(buf)[1])

run(main)
"""


def test_pipe(tmp_path):
    script = tmp_path / "pipe.py"
    script.write_text(PIPE_PY)
    out, err, rc = _run([sys.executable, str(script)])
    assert rc == 0, err
    assert out.decode().split("\n") == [
        "got line 0", "got line 1", "got line 2", "<nil>", "4 <nil> abcd", "wrote 4 stop", "stop", "EOF", "",
    ]
