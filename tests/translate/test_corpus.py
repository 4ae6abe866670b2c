"""Translated programs behave like the Go programs: stdout, exit status and the first line
of stderr, as recorded from the real Go toolchain (scripts/record_corpus.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "translate"
# The runtime's corpus, written for the runtime by hand, is translated too.
RUNTIME = ROOT / "corpus" / "runtime"
# Programs using what the translator does not support yet: they must fail with a clear message.
PROGRAMS = sorted(CORPUS.glob("*.go")) + sorted(RUNTIME.glob("*.go"))


def test_corpus_is_recorded() -> None:
    assert len(PROGRAMS) >= 40
    for p in PROGRAMS:
        assert p.with_suffix(".out").exists(), f"{p.name} has no recorded output"


@pytest.mark.parametrize("path", PROGRAMS, ids=lambda p: p.stem)
def test_program_behaves_like_go(path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "go2py", "run", str(path)], capture_output=True, text=True,
                       timeout=120, stdin=subprocess.DEVNULL)
    want_out = path.with_suffix(".out").read_text()
    exit_file = path.with_suffix(".exit")
    want_exit = int(exit_file.read_text()) if exit_file.exists() else 0
    err_file = path.with_suffix(".err")
    want_err = err_file.read_text().rstrip("\n") if err_file.exists() else ""
    got_err = r.stderr.splitlines()[0] if r.stderr.strip() else ""
    assert (r.stdout, r.returncode, got_err) == (want_out, want_exit, want_err), r.stderr
