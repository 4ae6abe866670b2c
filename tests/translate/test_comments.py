"""Every Go comment of a program reaches the Python module: those in function bodies in place,
those outside them with the declaration, spec or struct field they document or end the line of
(go2py/translate/comments.py), the rest at the head or the end of the module."""

from __future__ import annotations

from pathlib import Path

import pytest

from go2py.check import check_files
from go2py.check.importer import StdImporter
from go2py.grammar import parse_file
from go2py.translate import TranslateError, translate
from go2py.translate.translator import _py_comment

ROOT = Path(__file__).resolve().parents[2]
PROGRAMS = sorted([*ROOT.glob("corpus/translate/*.go"), *ROOT.glob("examples/*.go")])

SRC = """// Package doc: what this program does.
package main

import (
	"fmt" // for printing
)

// Shades.
const (
	// Light is first.
	Light = iota // zero
	Dark
	// after the last one
)

var (
	count int // how many
	_     = fmt.Sprint
	// named is set at start
	named = "x"
)

// Celsius is a temperature.
type Celsius float64 // in degrees

type point struct { // a point
	X, Y int // coordinates
	// Z is the height
	Z int
	// after Z
}

// String formats c.
func (c Celsius) String() string { return fmt.Sprint(float64(c)) } // one line

/* block comment
   before main */
func main() {
	fmt.Println(Light, Dark, count, named, point{}, Celsius(2))
}

// the end
"""


def _translate(name: str, src: str) -> str:
    f = parse_file(name, src)
    result = check_files([f], StdImporter())
    assert result.errors == [], [e.format() for e in result.errors]
    return translate([f], result)


def _missing(name: str, src: str, py: str) -> list[str]:
    """The Python lines of the program's comments that the module lacks."""
    f = parse_file(name, src)
    have: dict[str, int] = {}
    for ln in py.splitlines():
        i = ln.find("#")
        while i >= 0:
            have[ln[i:].strip()] = have.get(ln[i:].strip(), 0) + 1
            i = ln.find("#", i + 1)
    out = []
    for c in (c for g in f.comments or [] for c in g.list):
        for want in _py_comment(c.text):
            if want.strip() == "#":
                continue
            if have.get(want.strip(), 0) == 0:
                out.append(f"{c.line}: {want}")
            else:
                have[want.strip()] -= 1
    return out


def test_comments_outside_bodies_go_with_their_declarations() -> None:
    py = _translate("t.go", SRC)
    assert _missing("t.go", SRC, py) == []
    lines = [ln.strip() for ln in py.splitlines()]

    def before(a: str, b: str) -> None:
        ia = next(i for i, ln in enumerate(lines) if ln.startswith(a))
        ib = next(i for i, ln in enumerate(lines) if ln.startswith(b))
        assert ia < ib, (a, b, py)

    before("# Package doc", "from __future__")
    before("# Light is first.", "Light = 0  # zero")
    before("# Shades.", "# Light is first.")
    assert "count = 0  # how many" in lines
    before("# named is set at start", 'named = "x"')
    assert "self.X = X  # coordinates" in lines
    before("# Z is the height", "self.Z = Z")
    before("# Celsius is a temperature.", "T_Celsius = ")
    before("# String formats c.", "def Celsius_String(")
    before("# block comment", "def main(")
    assert lines[lines.index("# the end") + 1:lines.index("# the end") + 4] == ["", "", 'if __name__ == "__main__":']


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.name)
def test_every_comment_of_the_corpus_is_kept(path: Path) -> None:
    src = path.read_text()
    try:
        py = _translate(path.name, src)
    except TranslateError:
        pytest.skip("refused by the translator")
    assert _missing(path.name, src, py) == []
