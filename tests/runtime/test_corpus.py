"""Hand-written Python equivalents of corpus/runtime/*.go, run with the runtime,
must behave like the real Go programs did when recorded (scripts/record_corpus.py):
same stdout, same exit status, same first line of stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus" / "runtime"
NAMES = sorted(p.stem for p in CORPUS.glob("*.go"))


def run_py(path: Path, timeout: float = 60.0) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                          timeout=timeout, env=env, stdin=subprocess.DEVNULL, cwd=ROOT)


def test_corpus_is_complete():
    assert NAMES, "no corpus programs"
    for n in NAMES:
        assert (CORPUS / f"{n}.out").exists(), f"{n}.out not recorded"
        assert (CORPUS / f"{n}.py").exists(), f"{n}.py missing"


@pytest.mark.parametrize("name", NAMES)
def test_corpus_program(name):
    want_out = (CORPUS / f"{name}.out").read_text()
    exit_file = CORPUS / f"{name}.exit"
    want_code = int(exit_file.read_text()) if exit_file.exists() else 0
    err_file = CORPUS / f"{name}.err"
    want_err = err_file.read_text().rstrip("\n") if err_file.exists() else ""
    r = run_py(CORPUS / f"{name}.py")
    assert r.stdout == want_out, r.stderr
    assert r.returncode == want_code, r.stderr
    got_err = r.stderr.splitlines()[0] if r.stderr.strip() else ""
    assert got_err == want_err, r.stderr
