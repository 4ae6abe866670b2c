"""Acceptance agreement with the Go toolchain's own parser, on the toolchain's own sources.

A fixed sample (every 25th .go file under $(go env GOROOT)/src) keeps CI fast;
bench/parse_corpus.py runs the whole corpus.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from go2py.grammar import ParseError, parse_file

EVERY = 25


@pytest.fixture(scope="module")
def sample(goroot: Path) -> list[Path]:
    files = sorted(p for p in (goroot / "src").rglob("*.go") if p.is_file())
    assert len(files) > 5000, "the Go toolchain's sources are missing"
    return files[::EVERY]


@pytest.fixture(scope="module")
def gofmt_rejected(goroot: Path, sample: list[Path]) -> set[Path]:
    import subprocess

    rejected: set[Path] = set()
    names = {str(f): f for f in sample}
    gofmt = goroot / "bin" / "gofmt"
    for i in range(0, len(sample), 200):
        chunk = [str(f) for f in sample[i : i + 200]]
        r = subprocess.run([str(gofmt), "-l", "-e", *chunk], capture_output=True, text=True,
                           errors="replace")
        for line in r.stderr.splitlines():
            path = line.split(":", 1)[0]
            if path in names:
                rejected.add(names[path])
    return rejected


def _accepts(path: Path) -> bool:
    try:
        parse_file(str(path), path.read_bytes())
        return True
    except ParseError:
        return False


def test_every_file_go_accepts_outside_testdata_parses(sample: list[Path], gofmt_rejected: set[Path]) -> None:
    files = [f for f in sample if "/testdata/" not in str(f) and f not in gofmt_rejected]
    assert len(files) > 200
    failures = [str(f) for f in files if not _accepts(f)]
    assert failures == []


def test_accept_reject_agrees_with_gofmt_inside_testdata(sample: list[Path], gofmt_rejected: set[Path]) -> None:
    files = [f for f in sample if "/testdata/" in str(f)]
    assert len(files) > 30
    disagree = [str(f) for f in files if _accepts(f) == (f in gofmt_rejected)]
    assert len(disagree) <= 0.01 * len(files), disagree
