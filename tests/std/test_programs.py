"""Whole Go programs over the standard packages, run by Go and by go2py.

Each ``programs/*.go`` batches many cases of one area (time layouts, files...) so that Go
compiles once. Both builds run in fresh, separate working directories with the same
environment; stdout, stderr and the exit status must be identical. A ``// TZ: a, b``
line near the top runs the program once per time zone (``UNSET`` removes ``TZ``),
``// ENV: K=V`` lines add variables and ``// STDIN: text`` (with ``\\n`` escapes) is the input."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from go2py.gotool import go_environ

HERE = Path(__file__).resolve().parent
PROGRAMS = sorted((HERE / "programs").glob("*.go"))


def _header(src: str, key: str) -> list[str]:
    out: list[str] = []
    for line in src.splitlines():
        if line.startswith("package "):
            break
        if line.startswith(f"// {key}:"):
            out.extend(x.strip() for x in line.split(":", 1)[1].split(","))
    return out


def _env(tz: str | None, extra: list[str]) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("TZ", None)
    if tz is not None:
        env["TZ"] = tz
    for kv in extra:
        k, _, v = kv.partition("=")
        env[k] = v
    return env


@pytest.mark.parametrize("prog", PROGRAMS, ids=[p.stem for p in PROGRAMS])
def test_program_matches_go(prog: Path, go: str, tmp_path: Path) -> None:
    src = prog.read_text()
    built = subprocess.run([go, "build", "-o", str(tmp_path / "prog"), str(prog)], cwd=tmp_path,
                           capture_output=True, text=True, env=go_environ(), timeout=300)
    assert built.returncode == 0, built.stderr[-4000:]
    py = tmp_path / "prog.py"
    tr = subprocess.run([sys.executable, "-m", "go2py.cli", str(prog), "-o", str(py)], capture_output=True,
                        text=True, timeout=300)
    assert tr.returncode == 0, tr.stderr[-4000:]
    zones = _header(src, "TZ") or ["UNSET"]
    stdin = next((line.split(":", 1)[1].strip().encode().decode("unicode_escape")
                  for line in src.splitlines() if line.startswith("// STDIN:")), "")
    for tz in zones:
        env = _env(None if tz == "UNSET" else tz, _header(src, "ENV"))
        results = []
        for name, cmd in (("go", [str(tmp_path / "prog")]), ("py", [sys.executable, str(py)])):
            cwd = tmp_path / f"{name}-{tz.replace('/', '_')}"
            cwd.mkdir()
            results.append(subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env=env, timeout=300,
                                          input=stdin))
        want, got = results
        assert got.stdout.splitlines() == want.stdout.splitlines(), f"TZ={tz}"
        assert (got.stderr, got.returncode) == (want.stderr, want.returncode), f"TZ={tz}"
