"""Two consumer processes in one group (examples/consumer_group_v2.go) split the partitions of
a 4-partition topic, and one takes all of them over when the other is killed (after the dead
member's session times out), as sarama's group protocol does."""

from __future__ import annotations

import queue
import re
import signal
import subprocess
import sys
import threading
import time

import pytest


def _claims(line: str) -> list[int]:
    m = re.fullmatch(r"ready \[([\d ]*)\]", line.strip())
    assert m, line
    return [int(x) for x in m[1].split()]


class Member:
    def __init__(self, prog, env) -> None:
        self.p = subprocess.Popen([sys.executable, str(prog)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                                  text=True, env=env)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.p.stdout is not None
        for line in self.p.stdout:
            self.lines.put(line)

    def next_claims(self, timeout: float = 30) -> list[int]:
        deadline = time.monotonic() + timeout
        while True:
            line = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            if line.startswith("ready"):
                return _claims(line)

    def kill(self) -> None:
        self.p.send_signal(signal.SIGKILL)
        self.p.wait()


@pytest.mark.parametrize("store", ["embedded"], indirect=True)
def test_two_members_split_then_one_takes_over(programs, store):
    env = dict(store, GO2PY_KAFKA_PARTITIONS="4")
    prog = programs.path("consumer_group_v2")
    a = Member(prog, env)
    b = None
    try:
        assert a.next_claims() == [0, 1, 2, 3]
        b = Member(prog, env)
        got_b = b.next_claims()
        got_a = a.next_claims()
        assert sorted(got_a + got_b) == [0, 1, 2, 3]
        assert len(got_a) == len(got_b) == 2
        t = time.monotonic()
        b.kill()
        assert a.next_claims() == [0, 1, 2, 3]
        assert time.monotonic() - t < 20  # the 6 s session of the example, plus a heartbeat
    finally:
        a.kill()
        if b is not None:
            b.kill()
