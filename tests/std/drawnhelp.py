"""Helpers for the std tests that call the Python implementations directly on inputs drawn
by Hypothesis and compare them with the real toolchain.

Each Hypothesis example is one Go program (compiled once) that evaluates a batch of drawn
inputs and prints one line per input; the Python implementation computes the same line
for the same input, and the lines must be identical. Values cross as text that needs no
implementation under test to read or write: strings as hex of their bytes (``h``), floats
as their bits, errors as the hex of their text (``e``), panics as ``panic:`` and the hex of
the panic value's text (``try``).
"""

from __future__ import annotations

import struct
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

import pytest
from hypothesis import HealthCheck, Phase, settings

from go2py.runtime.panic import GoPanic

from .gohelp import go_lit, run_go

# Two examples of one generated batch each: Go runs are the cost, so a batch is large and
# the number of examples small. The suite's profile (tests/conftest.py) derandomizes them.
DRAWN = settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck),
                 phases=[Phase.generate])

PRELUDE = r"""
var w = bufio.NewWriterSize(os.Stdout, 1<<20)

func h(s string) string { return hex.EncodeToString([]byte(s)) + "." }

func hs(ss []string) string {
	if ss == nil {
		return "nil"
	}
	out := "["
	for _, s := range ss {
		out += h(s)
	}
	return out + "]"
}

func hb(b []byte) string {
	if b == nil {
		return "nil"
	}
	return h(string(b))
}

func hbs(bs [][]byte) string {
	if bs == nil {
		return "nil"
	}
	out := "["
	for _, b := range bs {
		out += hb(b)
	}
	return out + "]"
}

func e(err error) string {
	if err == nil {
		return "nil"
	}
	return h(err.Error())
}

func try(f func() string) (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = "panic:" + h(fmt.Sprint(r))
		}
	}()
	return f()
}

func out(parts ...any) { fmt.Fprintln(w, parts...) }
"""


def go_program(imports: Iterable[str], body: str, decls: str = "") -> str:
    """A main package running ``body`` with the prelude's helpers and a flushed writer."""
    imps = sorted({"bufio", "encoding/hex", "fmt", "os", *imports})
    lines = "\n".join(f'\t"{i}"' for i in imps)
    return (f"package main\n\nimport (\n{lines}\n)\n{PRELUDE}\n{decls}\n"
            f"func main() {{\n\tdefer w.Flush()\n{body}\n}}\n")


def go_lines(go: str, src: str, tmp: pytest.TempPathFactory, name: str) -> list[str]:
    return run_go(go, src, Path(tmp.mktemp(name)))


# -- the same encodings on the Python side


def h(s: str) -> str:
    return s.encode("utf-8", "surrogateescape").hex() + "."


def hs(ss: Any) -> str:
    from go2py.runtime.values import NIL_SLICE

    if ss is NIL_SLICE or ss is None:
        return "nil"
    return "[" + "".join(h(s) for s in ss) + "]"


def bstr(b: Any) -> str:
    """The go2py string of a byte slice (or bytes)."""
    return bytes(b).decode("utf-8", "surrogateescape")


def hb(b: Any) -> str:
    from go2py.runtime.values import NIL_SLICE

    if b is NIL_SLICE or b is None:
        return "nil"
    return h(bstr(b))


def hbs(bs: Any) -> str:
    from go2py.runtime.values import NIL_SLICE

    if bs is NIL_SLICE or bs is None:
        return "nil"
    return "[" + "".join(hb(b) for b in bs) + "]"


def e(err: Any) -> str:
    return "nil" if err is None else h(err.Error())


def gobool(b: bool) -> str:
    return "true" if b else "false"


def try_(f: Callable[[], str]) -> str:
    try:
        return f()
    except GoPanic as p:
        v = p.value
        text = v.Error() if hasattr(v, "Error") else str(v)
        return "panic:" + h(text)


def line(*parts: Any) -> str:
    """What Go's ``out(parts...)`` prints for ints, strings and bools."""
    return " ".join(gobool(p) if isinstance(p, bool) else str(p) for p in parts)


def lit(s: str) -> str:
    """A Go literal of a go2py string (lone surrogates are the invalid bytes)."""
    return go_lit(s)


def blit(b: bytes) -> str:
    return go_lit(b.decode("utf-8", "surrogateescape"))


def f64bits(x: float) -> int:
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def f64frombits(b: int) -> float:
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def compare(inputs: Sequence[Any], want: list[str], got: Callable[[Any], str], what: str) -> None:
    """Fails with the first differing inputs if ``got(input)`` is not Go's line for it."""
    assert len(want) == len(inputs), f"{what}: Go printed {len(want)} lines for {len(inputs)} inputs"
    bad = []
    for x, w in zip(inputs, want):
        g = got(x)
        if g != w:
            bad.append(f"{x!r}\n    Go:    {w}\n    go2py: {g}")
    if bad:
        pytest.fail(f"{what}: {len(bad)} of {len(inputs)} differ; first ones:\n" + "\n".join(bad[:8]),
                    pytrace=False)
