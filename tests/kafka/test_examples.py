"""The example programs of examples/ against the embedded store, producer and consumer in
separate processes (see conftest.py: expectations follow sarama's documented behaviour)."""

from __future__ import annotations

import re

from tests.kafka.conftest import run, start


def test_sync_producer_then_consumer_from_oldest(programs, store):
    r = run(programs.path("sync_producer"), store)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "分区ID:0, offset:0", "sent to partition 0 at offset 0",
        "分区ID:0, offset:1", "sent to partition 0 at offset 1",
        "分区ID:0, offset:2", "sent to partition 0 at offset 2",
    ]
    r = run(programs.path("consumer"), store, extra={"FROM_START": "1", "LIMIT": "3"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["ready"] + [
        f"Partition:0, Offset:{i}, key:, value:Hello World! #{i}" for i in range(3)]


def test_waiting_consumer_sees_messages_of_another_process(programs, store):
    # Consumer first (from the newest offset, the topic auto-created), producer second.
    extra = {"LIMIT": "6", "GO2PY_KAFKA_PARTITIONS": "3"}
    c = start(programs.path("consumer"), store, extra=extra)
    r = run(programs.path("sync_producer"), store)
    assert r.returncode == 0, r.stderr
    r = run(programs.path("sync_producer"), store)
    assert r.returncode == 0, r.stderr
    out, err = c.communicate(timeout=30)
    assert c.returncode == 0, err
    lines = out.splitlines()
    assert len(lines) == 6
    values = sorted(re.sub(r"^Partition:\d, Offset:\d+, ", "", ln) for ln in lines)
    assert values == sorted([f"key:, value:Hello World! #{i}" for i in range(3)] * 2)
    # With 3 partitions, each partition's offsets count up from 0 without gaps.
    by_part: dict[str, list[int]] = {}
    for ln in lines:
        m = re.match(r"Partition:(\d), Offset:(\d+),", ln)
        assert m, ln
        by_part.setdefault(m[1], []).append(int(m[2]))
    for offs in by_part.values():
        assert sorted(offs) == list(range(len(offs)))


def test_async_producer_reports_each_success(programs, store):
    r = run(programs.path("async_producer"), store, "4")
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        f"ok partition=0 offset={i} value=message {i}" for i in range(4)] + ["acknowledged: 4"]


def test_consumer_group_v2_commits_what_it_marked(programs, store):
    assert run(programs.path("async_producer"), store, "5").returncode == 0
    prog = programs.path("consumer_group_v2")
    r = run(prog, store, extra={"LIMIT": "5"})
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == ["ready [0]"] + [
        f'topic:"test0" partition:0 offset:{i} value:message {i}' for i in range(5)]
    # A second run of the group starts after the committed offset.
    c = start(prog, store, extra={"LIMIT": "2"})
    assert run(programs.path("async_producer"), store, "2").returncode == 0
    out, err = c.communicate(timeout=30)
    assert c.returncode == 0, err
    assert out.splitlines() == [
        f'topic:"test0" partition:0 offset:{5 + i} value:message {i}' for i in range(2)]


def test_sarama_cluster_consumer_group(programs, store):
    prog = programs.path("consumer_group")
    c = start(prog, store, extra={"LIMIT": "3"})
    assert run(programs.path("sync_producer"), store).returncode == 0
    out, err = c.communicate(timeout=30)
    assert c.returncode == 0, err
    assert out.splitlines() == [f"test0/0/{i}\tHello World! #{i}" for i in range(3)]
    # Notifications logged through glog: the rebalance and the claimed partition.
    assert "rebalanced: &{Type:rebalance start" in err
    assert "rebalanced: &{Type:rebalance OK Claimed:map[test0:[0]] Released:map[] Current:map[test0:[0]]}" in err
    # MarkOffset committed offset+1: the next run starts at offset 3.
    c = start(prog, store, extra={"LIMIT": "1"})
    assert run(programs.path("async_producer"), store, "1").returncode == 0
    out, err = c.communicate(timeout=30)
    assert c.returncode == 0, err
    assert out.splitlines() == ["test0/0/3\tmessage 0"]
