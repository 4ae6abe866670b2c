"""io against the real toolchain on compositions of readers and writers drawn by Hypothesis.

Each example is one whole Go program, generated from the drawn cases as straight-line code,
that Go builds and runs and go2py translates and runs: stdout and the exit status must be
identical. A case is a drawn reader tree — ``strings.Reader``, ``bytes.Buffer`` and
``io.SectionReader`` sources, the program's own short reader (drawn chunk lengths, a chunk of
0 returning ``0, nil``, its last data returned together with ``EOF``, a drawn error at a
drawn call) around a source or around a composition, ``LimitReader``, ``MultiReader`` (nested
too), ``TeeReader`` and ``NopCloser`` — consumed by ``ReadAll``, ``ReadFull``,
``ReadAtLeast`` (drawn min and buffer length, min > len(buf) too), ``Copy``, ``CopyN``,
``CopyBuffer`` (nil, drawn and empty buffers: Go panics) into a drawn writer — a
``bytes.Buffer``, a writer without ``ReadFrom``, ``MultiWriter`` (nested too), the program's
failing writer (short, failed, negative and too large counts after drawn calls),
``OffsetWriter`` and ``io.Discard`` — followed by ``ReadAll`` of what is left. The short
reader prints the length of every buffer it is given, so the read sizes of ``ReadAll``,
``Copy`` and ``ReadFrom`` are compared as well. Then ``WriteString`` into drawn writers,
drawn operation sequences on a ``SectionReader`` (Read, ReadAt and Seek with drawn offsets
and whences, invalid ones too) and an ``OffsetWriter``, and ``io.Pipe`` between goroutines
(writes of drawn sizes, reads with drawn buffers, ``Close``/``CloseWithError`` on either
side), and readers copied into a pipe by a goroutine while the main one reads it to its end.
Every result is printed as n, the error's text and the bytes in hex. The drawn error of the
short reader comes with one byte it writes itself: io.Discard's buffer is pooled, so bytes a
reader claims without writing them would be another case's.

Bugs it found (fixed in go2py/runtime/std/io.py, kept as fixed cases in every program):
CopyBuffer with an empty buffer did not panic; Copy, CopyN and ReadAll handed readers other
buffer sizes than Go (32 KiB instead of a LimitedReader's N, 512-byte reads instead of
ReadAll's growing chunks, no Discard.ReadFrom with its 8 KiB, no ReadFrom of the writer in
CopyN); a MultiReader read on past a reader's (0, nil); MultiReader and NopCloser had no
WriteTo, so a copy never reached strings.Reader.WriteTo (which panics at too large a write
count); NewSectionReader and Seek did not wrap at int64 (a section of negative n, a Seek from
its end). Fixed alongside: MultiWriter.WriteString uses its writers' WriteString, as Go's.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, strategies as st

from tests.std.diffrun import assert_same_run
from tests.std.gohelp import go_lit

from .drawnhelp import DRAWN

DECLS = r"""
var errFail = errors.New("drawn failure")

var _, _ = strings.NewReader, bytes.NewBuffer

// shortReader reads from r at most the next drawn chunk per call (then whole buffers); with
// eofData it returns EOF with the last of total bytes; at call failAt it fails.
type shortReader struct {
	name    string
	r       io.Reader
	chunks  []int
	total   int
	eofData bool
	failAt  int
	calls   int
	got     int
}

func (s *shortReader) Read(p []byte) (int, error) {
	s.calls++
	fmt.Println("  read", s.name, len(p))
	if s.calls == s.failAt { // one byte of its own (a buffer may hold earlier data: Discard's is pooled)
		if len(p) == 0 {
			return 0, errFail
		}
		p[0] = '!'
		return 1, errFail
	}
	k := len(p)
	if len(s.chunks) > 0 {
		if c := s.chunks[0]; c < k {
			k = c
		}
		s.chunks = s.chunks[1:]
	}
	n, err := s.r.Read(p[:k])
	s.got += n
	if err == nil && s.eofData && n > 0 && s.got == s.total {
		err = io.EOF
	}
	return n, err
}

func sr(name string, r io.Reader, total int, eofData bool, failAt int, chunks ...int) io.Reader {
	return &shortReader{name: name, r: r, chunks: chunks, total: total, eofData: eofData, failAt: failAt}
}

// failWriter passes the first ok calls to w, then: short writes half, fail returns an error
// after writing half, neg returns -1, over returns len(p)+1.
type failWriter struct {
	w     io.Writer
	ok    int
	mode  string
	calls int
}

func (f *failWriter) Write(p []byte) (int, error) {
	f.calls++
	fmt.Println("  write", len(p))
	if f.calls <= f.ok {
		return f.w.Write(p)
	}
	switch f.mode {
	case "short":
		n, _ := f.w.Write(p[:len(p)/2])
		return n, nil
	case "fail":
		n, _ := f.w.Write(p[:len(p)/2])
		return n, errFail
	case "neg":
		return -1, nil
	}
	return len(p) + 1, nil
}

// plain hides the ReadFrom and WriteString of the buffer it writes to.
type plain struct{ w io.Writer }

func (p plain) Write(b []byte) (int, error) { return p.w.Write(b) }

// memAt is a WriterAt growing as written; it refuses offsets past 64.
type memAt struct{ b []byte }

func (m *memAt) WriteAt(p []byte, off int64) (int, error) {
	if off > 64 {
		return 0, errFail
	}
	for int64(len(m.b)) < off+int64(len(p)) {
		m.b = append(m.b, '.')
	}
	return copy(m.b[off:], p), nil
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func show(what string, n int64, err error, b []byte) {
	fmt.Printf("%s %d %q %x\n", what, n, errText(err), b)
}

func catch(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("panic:", r)
		}
	}()
	f()
}

func rest(r io.Reader) {
	b, err := io.ReadAll(r)
	show("rest", int64(len(b)), err, b)
}
"""

# ----------------------------------------------------------------------------- drawn Go code

DATA = st.binary(max_size=24)
CHUNKS = st.lists(st.integers(0, 9), max_size=5)


class Names:
    """Fresh names for the short readers of one case."""

    def __init__(self) -> None:
        self.n = 0

    def next(self) -> str:
        self.n += 1
        return f"s{self.n}"


def _blit(b: bytes) -> str:
    return go_lit(b.decode("utf-8", "surrogateescape"))


@st.composite
def _source(draw: Any) -> tuple[str, int]:
    """A source reader's Go expression and its length."""
    data = draw(DATA)
    kind = draw(st.sampled_from(["strings", "buffer", "section", "big"]))
    if kind == "big":  # long enough for ReadAll's and Copy's later buffers
        k = draw(st.integers(1, 700))
        return f"strings.NewReader(strings.Repeat({_blit(data or b'z')}, {k}))", len(data or b'z') * k
    if kind == "strings":
        return f"strings.NewReader({_blit(data)})", len(data)
    if kind == "buffer":
        return f"bytes.NewBufferString({_blit(data)})", len(data)
    off, n = draw(st.integers(0, 30)), draw(st.integers(-2, 30))
    size = max(0, min(n, len(data) - off)) if off <= len(data) else 0
    return f"io.NewSectionReader(strings.NewReader({_blit(data)}), {off}, {n})", size


@st.composite
def _reader(draw: Any, depth: int = 0) -> str:
    """A reader tree's Go expression; short readers are named by a counter drawn into the tree."""
    kind = draw(st.sampled_from(["source", "short"] if depth >= 3 else
                                ["source", "short", "short", "limit", "multi", "tee", "nop", "shortof"]))
    if kind in ("source", "short"):
        src, size = draw(_source())
        if kind == "source":
            return src
        chunks = draw(CHUNKS)
        eof, fail = draw(st.booleans()), draw(st.integers(0, 6))
        return (f'sr("s{draw(st.integers(0, 99))}", {src}, {size}, {str(eof).lower()}, {fail}'
                + "".join(f", {c}" for c in chunks) + ")")
    if kind == "shortof":  # around a composition: no eofData, its total is not known
        inner = draw(_reader(depth + 1))
        chunks = draw(CHUNKS)
        return (f'sr("t{draw(st.integers(0, 99))}", {inner}, -1, false, {draw(st.integers(0, 6))}'
                + "".join(f", {c}" for c in chunks) + ")")
    if kind == "limit":
        return f"io.LimitReader({draw(_reader(depth + 1))}, {draw(st.integers(-1, 30))})"
    if kind == "multi":
        kids = draw(st.lists(_reader(depth + 1), max_size=3))
        return f"io.MultiReader({', '.join(kids)})"
    if kind == "tee":
        if draw(st.booleans()):
            return f"io.TeeReader({draw(_reader(depth + 1))}, &tee)"
        mode = draw(st.sampled_from(["short", "fail", "neg", "over"]))
        return (f"io.TeeReader({draw(_reader(depth + 1))}, "
                f'&failWriter{{w: &tee, ok: {draw(st.integers(0, 3))}, mode: "{mode}"}})')
    return f"io.NopCloser({draw(_reader(depth + 1))})"


@st.composite
def _writer(draw: Any, depth: int = 0) -> str:
    kinds = ["buf", "plain", "discard", "fail", "offset"] + ([] if depth else ["multi"])
    kind = draw(st.sampled_from(kinds))
    if kind == "buf":
        return draw(st.sampled_from(["&sink", "&sink2"]))
    if kind == "plain":
        return "plain{&sink}"
    if kind == "discard":
        return "io.Discard"
    if kind == "fail":
        mode = draw(st.sampled_from(["short", "fail", "neg", "over"]))
        return f'&failWriter{{w: &sink2, ok: {draw(st.integers(0, 3))}, mode: "{mode}"}}'
    if kind == "offset":
        return f"io.NewOffsetWriter(&mem, {draw(st.integers(0, 5))})"
    kids = draw(st.lists(_writer(depth + 1), min_size=1, max_size=3))
    if draw(st.booleans()):  # nested: MultiWriter flattens it
        kids = [f"io.MultiWriter({kids[0]})"] + kids[1:]
    return f"io.MultiWriter({', '.join(kids)})"


@st.composite
def _consume(draw: Any) -> str:
    r = draw(_reader())
    how = draw(st.sampled_from(["readall", "readfull", "atleast", "copy", "copyn", "copybuffer", "pipe"]))
    if how == "pipe":  # copied into a pipe by a goroutine, read to its end on the other side
        closer = draw(st.sampled_from(["pw.CloseWithError(err)", "pw.Close()"]))
        call = ("pr, pw := io.Pipe()\n\tvar res string\n\tdone := make(chan bool)\n\tgo func() {\n"
                "\t\tn, err := io.Copy(pw, r)\n"
                f"\t\tres = fmt.Sprintf(\"pipe copy %d %q %v\", n, errText(err), {closer})\n"
                "\t\tdone <- true\n\t}()\n\tb, err := io.ReadAll(pr)\n\t<-done\n\tfmt.Println(res)\n"
                "\tshow(\"pipe readall\", int64(len(b)), err, b)")
    elif how == "readall":
        call = "b, err := io.ReadAll(r)\n\tshow(\"readall\", int64(len(b)), err, b)"
    elif how in ("readfull", "atleast"):
        ln = draw(st.integers(0, 30))
        mn = draw(st.integers(0, 32))
        fn = "io.ReadFull(r, b)" if how == "readfull" else f"io.ReadAtLeast(r, b, {mn})"
        call = f"b := make([]byte, {ln})\n\tn, err := {fn}\n\tshow(\"{how}\", int64(n), err, b[:n])"
    else:
        w = draw(_writer())
        if how == "copy":
            fn = f"io.Copy({w}, r)"
        elif how == "copyn":
            fn = f"io.CopyN({w}, r, {draw(st.integers(-1, 30))})"
        else:
            buf = draw(st.sampled_from(["nil", "make([]byte, 0)", "[]byte{}", "make([]byte, 1)",
                                        "make([]byte, 3)", "make([]byte, 7)", "make([]byte, 64)"]))
            fn = f"io.CopyBuffer({w}, r, {buf})"
        call = f"n, err := {fn}\n\tshow(\"{how}\", n, err, nil)"
    return _case(r, call)


@st.composite
def _write_string(draw: Any) -> str:
    w = draw(_writer())
    s = draw(DATA)
    return (f"\tvar sink, sink2 bytes.Buffer\n\tvar mem memAt\n\tn, err := io.WriteString({w}, {_blit(s)})\n"
            "\tshow(\"writestring\", int64(n), err, nil)\n"
            "\tfmt.Printf(\"sink %x sink2 %x mem %x\\n\", sink.Bytes(), sink2.Bytes(), mem.b)\n")


WHENCE = st.integers(-1, 3)
OFFSET = st.integers(-3, 30)


@st.composite
def _section(draw: Any) -> str:
    data = draw(DATA)
    off, n = draw(st.integers(0, 28)), draw(st.integers(-2, 30))
    lines = [f"\ts := io.NewSectionReader(strings.NewReader({_blit(data)}), {off}, {n})",
             "\t_, o, sz := s.Outer()\n\tfmt.Println(\"section\", s.Size(), o, sz)\n\t_ = s"]
    for op in draw(st.lists(st.sampled_from(["read", "readat", "seek"]), max_size=8)):
        if op == "read":
            lines.append(f"\t{{\n\t\tb := make([]byte, {draw(st.integers(0, 9))})\n\t\tn, err := s.Read(b)\n"
                         "\t\tshow(\"read\", int64(n), err, b[:n])\n\t}")
        elif op == "readat":
            lines.append(f"\t{{\n\t\tb := make([]byte, {draw(st.integers(0, 9))})\n"
                         f"\t\tn, err := s.ReadAt(b, {draw(OFFSET)})\n\t\tshow(\"readat\", int64(n), err, b[:n])\n\t}}")
        else:
            lines.append(f"\t{{\n\t\tp, err := s.Seek({draw(OFFSET)}, {draw(WHENCE)})\n"
                         "\t\tshow(\"seek\", p, err, nil)\n\t}")
    return "\n".join(lines) + "\n"


@st.composite
def _offset_writer(draw: Any) -> str:
    lines = ["\tvar mem memAt", f"\tw := io.NewOffsetWriter(&mem, {draw(st.integers(0, 9))})\n\t_ = w"]
    for op in draw(st.lists(st.sampled_from(["write", "writeat", "seek"]), max_size=8)):
        if op == "write":
            lines.append(f"\t{{\n\t\tn, err := w.Write([]byte({_blit(draw(DATA))}))\n"
                         "\t\tshow(\"write\", int64(n), err, mem.b)\n\t}")
        elif op == "writeat":
            lines.append(f"\t{{\n\t\tn, err := w.WriteAt([]byte({_blit(draw(DATA))}), {draw(st.integers(-2, 70))})\n"
                         "\t\tshow(\"writeat\", int64(n), err, mem.b)\n\t}")
        else:
            lines.append(f"\t{{\n\t\tp, err := w.Seek({draw(st.integers(-3, 70))}, {draw(WHENCE)})\n"
                         "\t\tshow(\"seek\", p, err, nil)\n\t}")
    return "\n".join(lines) + "\n"


@st.composite
def _pipe(draw: Any) -> str:
    """Writes of drawn sizes from a goroutine; reads with drawn buffers; a drawn side closes."""
    writes = draw(st.lists(DATA, max_size=4))
    reads = draw(st.lists(st.integers(0, 12), min_size=1, max_size=8))
    wclose = draw(st.sampled_from(["pw.Close()", "pw.CloseWithError(errFail)", "pw.CloseWithError(nil)"]))
    rclose_at = draw(st.integers(0, len(reads) + 1))
    rclose = draw(st.sampled_from(["pr.Close()", "pr.CloseWithError(errors.New(\"reader gone\"))"]))
    ws = ", ".join(_blit(w) for w in writes)
    rs = ", ".join(str(r) for r in reads)
    return f"""\tpr, pw := io.Pipe()
\tdone := make(chan []string)
\tgo func() {{
\t\tvar log []string
\t\tfor _, s := range []string{{{ws}}} {{
\t\t\tn, err := pw.Write([]byte(s))
\t\t\tlog = append(log, fmt.Sprintf("pipe write %d %q", n, errText(err)))
\t\t}}
\t\tlog = append(log, fmt.Sprintf("pipe wclose %q", errText({wclose})))
\t\tn, err := pw.Write([]byte("late"))
\t\tlog = append(log, fmt.Sprintf("pipe late %d %q", n, errText(err)))
\t\tdone <- log
\t}}()
\tfor i, k := range []int{{{rs}}} {{
\t\tif i == {rclose_at} {{
\t\t\tfmt.Printf("pipe rclose %q\\n", errText({rclose}))
\t\t}}
\t\tb := make([]byte, k)
\t\tn, err := pr.Read(b)
\t\tshow("pipe read", int64(n), err, b[:n])
\t\tif err != nil && i < {rclose_at} {{
\t\t\tbreak
\t\t}}
\t}}
\tif {rclose_at} >= {len(reads)} {{
\t\tpr.Close()
\t}}
\tfor _, l := range <-done {{
\t\tfmt.Println(l)
\t}}
"""


def _case(r: str, call: str) -> str:
    return (f"\tvar tee, sink, sink2 bytes.Buffer\n\tvar mem memAt\n\tr := {r}\n"
            f"\tcatch(func() {{\n\t{call}\n\t}})\n\trest(r)\n"
            "\tfmt.Printf(\"tee %x sink %x sink2 %x mem %x\\n\", tee.Bytes(), sink.Bytes(), sink2.Bytes(), mem.b)\n")


# Cases that once differed, in every program: an empty CopyBuffer buffer did not panic; a
# MultiReader read on past a reader's (0, nil); CopyN did not use the writer's ReadFrom and
# Copy to io.Discard read 32 KiB at a time instead of Discard.ReadFrom's 8 KiB; ReadAll read
# 512-byte buffers instead of Go's growing chunks; NopCloser and MultiReader had no WriteTo (Go's
# copy reaches strings.Reader.WriteTo, which panics at a write count larger than asked).
REGRESSIONS = [
    _case('sr("a", strings.NewReader("abc"), 3, false, 0)',
          "n, err := io.CopyBuffer(&sink, r, make([]byte, 0))\n\tshow(\"copybuffer\", n, err, nil)"),
    _case('io.MultiReader(sr("a", strings.NewReader("abc"), 3, false, 0, 0, 1))',
          "b := make([]byte, 5)\n\tn, err := r.Read(b)\n\tshow(\"read\", int64(n), err, b[:n])"),
    _case('sr("a", strings.NewReader("abcdefgh"), 8, true, 0, 2, 1)',
          "n, err := io.CopyN(&sink, r, 5)\n\tshow(\"copyn\", n, err, nil)"),
    _case('sr("a", strings.NewReader("abcdefgh"), 8, true, 0, 2, 1)',
          "n, err := io.Copy(io.Discard, r)\n\tshow(\"copy\", n, err, nil)"),
    _case('io.MultiReader(sr("a", strings.NewReader("' + "x" * 600 + '"), 600, false, 0))',
          "b, err := io.ReadAll(r)\n\tshow(\"readall\", int64(len(b)), err, nil)"),
    _case('io.NopCloser(strings.NewReader("abc"))',
          "n, err := io.Copy(&failWriter{w: &sink2, mode: \"over\"}, r)\n\tshow(\"copy\", n, err, nil)"),
    _case('io.MultiReader(strings.NewReader("abc"))',
          "n, err := io.Copy(&failWriter{w: &sink2, mode: \"over\"}, r)\n\tshow(\"copy\", n, err, nil)"),
]


# A section whose off + n overflows int64 reaches to the largest offset (go2py took n as is),
# and a Seek from that end wraps around to a negative, invalid offset.
SECTION_REGRESSIONS = ['\ts := io.NewSectionReader(strings.NewReader("abcdefg"), 5, -2)\n'
                       '\t_, o, sz := s.Outer()\n\tfmt.Println("section", s.Size(), o, sz)\n'
                       '\tb := make([]byte, 4)\n\tn, err := s.Read(b)\n\tshow("read", int64(n), err, b[:n])\n'
                       '\tp, err := s.Seek(9, io.SeekEnd)\n\tshow("seek", p, err, nil)\n']


def _program(cases: list[str]) -> str:
    funcs = "\n".join(f"func case{i}() {{\n{c}}}\n" for i, c in enumerate(cases))
    calls = "\n".join(f'\tfmt.Println("case {i}")\n\tcase{i}()' for i in range(len(cases)))
    return (f'package main\n\nimport (\n\t"bytes"\n\t"errors"\n\t"fmt"\n\t"io"\n\t"strings"\n)\n{DECLS}\n'
            f"{funcs}\nfunc main() {{\n{calls}\n}}\n")


def _same(go: str, src: str, tmp: pytest.TempPathFactory, name: str) -> None:
    assert_same_run(go, src, tmp.mktemp(name), before=12)


@DRAWN
@given(cases=st.lists(_consume(), min_size=100, max_size=100),
       strings_=st.lists(_write_string(), min_size=20, max_size=20))
def test_readers_and_writers(go: str, tmp_path_factory: pytest.TempPathFactory, cases: list[str],
                             strings_: list[str]) -> None:
    _same(go, _program(REGRESSIONS + cases + strings_), tmp_path_factory, "iocompose")


@DRAWN
@given(sections=st.lists(_section(), min_size=30, max_size=30),
       writers=st.lists(_offset_writer(), min_size=20, max_size=20),
       pipes=st.lists(_pipe(), min_size=25, max_size=25))
def test_sections_offsets_pipes(go: str, tmp_path_factory: pytest.TempPathFactory, sections: list[str],
                                writers: list[str], pipes: list[str]) -> None:
    _same(go, _program(SECTION_REGRESSIONS + sections + writers + pipes), tmp_path_factory, "iosection")
