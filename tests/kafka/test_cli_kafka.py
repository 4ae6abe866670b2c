"""`go2py kafka`: list, create and delete topics, and empty the embedded store."""

from __future__ import annotations

import subprocess
import sys


def kafka(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "go2py", "kafka", *args], capture_output=True, text=True,
                          env=env, timeout=60)


def test_topics_create_delete_reset(programs, embedded):
    store = embedded
    r = kafka(store, "create", "orders", "-p", "3")
    assert r.returncode == 0, r.stderr
    r = kafka(store, "create", "orders")
    assert (r.returncode, r.stderr) == (1, "go2py kafka: topic exists: orders\n")
    r = kafka(store, "create", "bad name")
    assert (r.returncode, r.stderr) == (1, "go2py kafka: invalid topic: bad name\n")
    assert subprocess.run([sys.executable, str(programs.path("sync_producer"))], env=store,
                          capture_output=True, timeout=30).returncode == 0
    r = kafka(store)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert lines[0].startswith("store: ") and lines[0].endswith("kafka.db")
    assert lines[1:] == [
        "topic orders partition 0 oldest 0 newest 0",
        "topic orders partition 1 oldest 0 newest 0",
        "topic orders partition 2 oldest 0 newest 0",
        "topic test0 partition 0 oldest 0 newest 3",
    ]
    assert kafka(store, "delete", "orders").returncode == 0
    r = kafka(store, "delete", "orders")
    assert (r.returncode, r.stderr) == (1, "go2py kafka: unknown topic: orders\n")
    r = kafka(store, "reset")
    assert r.returncode == 0 and r.stdout.startswith("emptied ")
    assert kafka(store, "topics").stdout.splitlines()[1:] == []
