"""The formatter: ruff's, standing in for black because it is about 200 times faster, must give
black's output byte for byte on translations (the corpus's, sampled), and black must take over
when ruff cannot run."""

from __future__ import annotations

import black
import pytest

from go2py import translate as tr
from go2py.check import check_files
from go2py.check.importer import StdImporter
from go2py.grammar import parse_file

from ..conftest import ROOT

SAMPLE = sorted((ROOT / "corpus" / "translate").glob("*.go"))[::6]


def _raw(path: str) -> str:
    f = parse_file(path, open(path, encoding="utf-8").read())
    result = check_files([f], StdImporter())
    assert not result.errors
    return tr.translate([f], result, format=False)


@pytest.mark.parametrize("path", SAMPLE, ids=[p.stem for p in SAMPLE])
def test_ruff_formats_as_black_does(path: object) -> None:
    raw = _raw(str(path))
    via_ruff = tr._ruff_format(raw)
    assert via_ruff is not None, "ruff's formatter did not run"
    assert via_ruff == black.format_str(raw, mode=black.Mode(line_length=tr.LINE_LENGTH))


def test_black_formats_when_ruff_cannot(monkeypatch: pytest.MonkeyPatch) -> None:
    raw = _raw(str(SAMPLE[0]))
    monkeypatch.setattr(tr, "_ruff_format", lambda src: None)
    assert tr.format_python(raw) == black.format_str(raw, mode=black.Mode(line_length=tr.LINE_LENGTH))
    assert tr.format_python(raw) != raw


def test_long_global_declarations_format_alike(tmp_path: object) -> None:
    # Package variables set by init and assigned in functions and range-over-func bodies: their
    # `global` lines would pass the line length, which ruff breaks with backslashes and black not.
    names = [f"packageLevelVariable{i:02d}" for i in range(12)]
    decls = "\n".join(f'var {n} = errors.New("{n}")' for n in names)
    sets = "\n".join(f"\t\t{n} = nil" for n in names)
    src = f"""package main

import (
\t"errors"
\t"fmt"
)

{decls}

func reset() {{
\tfor range 1 {{
{sets}
\t}}
}}

func main() {{
\treset()
\tfmt.Println({names[0]})
}}
"""
    path = tmp_path / "globals.go"  # type: ignore[operator]
    path.write_text(src)
    raw = _raw(str(path))
    assert max(len(line) for line in raw.splitlines() if line.lstrip().startswith("global ")) <= tr.LINE_LENGTH
    via_ruff = tr._ruff_format(raw)
    assert via_ruff == black.format_str(raw, mode=black.Mode(line_length=tr.LINE_LENGTH))
    assert all(n in via_ruff for n in names)
