"""Every program the property tests found go2py translating wrongly, minimised and kept under
corpus/regressions/ with its output recorded from real Go (scripts/record_corpus.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "regressions"
PROGRAMS = sorted(CORPUS.glob("*.go"))


def test_regressions_are_recorded() -> None:
    assert PROGRAMS
    for p in PROGRAMS:
        assert p.with_suffix(".out").exists(), f"{p.name} has no recorded output"


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_regression(path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "go2py", "run", str(path)], capture_output=True, text=True,
                       errors="surrogateescape", timeout=120, stdin=subprocess.DEVNULL)
    want_out = path.with_suffix(".out").read_text(errors="surrogateescape")
    exit_file = path.with_suffix(".exit")
    want_exit = int(exit_file.read_text()) if exit_file.exists() else 0
    err_file = path.with_suffix(".err")
    want_err = err_file.read_text().rstrip("\n") if err_file.exists() else ""
    got_err = r.stderr.splitlines()[0] if r.stderr.strip() else ""
    assert (r.stdout, r.returncode, got_err) == (want_out, want_exit, want_err), r.stderr
