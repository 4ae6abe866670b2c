"""Fixtures for the Kafka tests: example programs translated once, run as separate processes.

No real-Go oracle exists for sarama programs here (the Go toolchain cannot download modules
offline), so these tests assert sarama's documented behaviour: its defaults, error texts and
channel semantics, as read in sarama's sources and documentation.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"


def translate(src: Path, out_dir: Path) -> Path:
    out = out_dir / (src.stem + ".py")
    r = subprocess.run([sys.executable, "-m", "go2py", str(src)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    out.write_text(r.stdout)
    return out


class Programs:
    """Translated programs, run with a given Kafka store (GO2PY_KAFKA_DIR)."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.cache: dict[str, Path] = {}

    def path(self, name: str, source: Optional[str] = None) -> Path:
        if name not in self.cache:
            if source is None:
                src = EXAMPLES / f"{name}.go"
            else:
                src = self.out_dir / f"{name}.go"
                src.write_text(source)
            self.cache[name] = translate(src, self.out_dir)
        return self.cache[name]


@pytest.fixture(scope="session")
def programs(tmp_path_factory: pytest.TempPathFactory) -> Programs:
    return Programs(tmp_path_factory.mktemp("kafka_programs"))


@pytest.fixture
def store(tmp_path: Path) -> dict[str, str]:
    """The environment of a program using a fresh embedded store."""
    env = dict(os.environ)
    env.pop("GO2PY_KAFKA_BROKERS", None)
    env["GO2PY_KAFKA_DIR"] = str(tmp_path / "store")
    return env


def run(prog: Path, env: dict[str, str], *args: str, timeout: float = 30,
        extra: Optional[dict[str, str]] = None) -> subprocess.CompletedProcess[str]:
    e = dict(env, **(extra or {}))
    return subprocess.run([sys.executable, str(prog), *args], capture_output=True, text=True, env=e,
                          timeout=timeout)


def start(prog: Path, env: dict[str, str], *args: str, extra: Optional[dict[str, str]] = None,
          ready: str = "ready", timeout: float = 30) -> subprocess.Popen[str]:
    """Start prog and wait until it prints a line starting with `ready`."""
    e = dict(env, **(extra or {}))
    p = subprocess.Popen([sys.executable, str(prog), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, env=e)
    deadline = time.monotonic() + timeout
    assert p.stdout is not None
    while time.monotonic() < deadline:
        line = p.stdout.readline()
        if not line:
            break
        if line.startswith(ready):
            return p
    p.kill()
    out, err = p.communicate()
    raise AssertionError(f"{prog.name} did not get ready:\n{out}\n{err}")
