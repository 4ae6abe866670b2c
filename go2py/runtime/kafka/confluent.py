"""The Kafka backend for real brokers: confluent-kafka (librdkafka), chosen by
`GO2PY_KAFKA_BROKERS=host:port,...`, which replaces the addresses written in the program.

The sarama layer keeps sarama's choices: it computes every message's partition itself (so
the Hash partitioner places keys as sarama does) and produces to that partition. Producers
use `acks=all` and `linger.ms=0`, and a batch is acknowledged once `flush` has delivered it.
Fetches use one assign-only consumer per partition (no group), `isolation.level` set to
sarama's default `read_uncommitted`. A consumer-group member is a subscribed librdkafka
consumer that never fetches (its partitions are paused as soon as they are assigned): the
broker's group protocol decides the assignment and its heartbeats keep the membership, and
offsets are committed explicitly through it (`enable.auto.commit=false`,
`enable.auto.offset.store=false`), so only marked offsets commit. librdkafka's own logging is
off; failures come back as sarama's errors.

Every method blocks; the sarama layer calls them through the runtime's hand-off.
"""

from __future__ import annotations

import threading
import time
from typing import Any, Callable, Optional, Sequence

from go2py.runtime.kafka.backend import (
    INVALID_PARTITIONS,
    INVALID_TOPIC,
    OFFSET_OUT_OF_RANGE,
    OUT_OF_BROKERS,
    TOPIC_EXISTS,
    UNKNOWN_TOPIC,
    KafkaFailure,
    Outgoing,
    Record,
)
from go2py.runtime.kafka.embedded import default_partitions

METADATA_TIMEOUT = 3.0  # seconds: a broker that does not answer by then is out
POLL_STEP = 0.05  # seconds per librdkafka consume call while a fetch waits


def _ck() -> Any:
    try:
        import confluent_kafka
        import confluent_kafka.admin  # noqa: F401  (a submodule, imported on its own)
    except ImportError as e:  # pragma: no cover - an installation problem
        raise KafkaFailure(OUT_OF_BROKERS, "confluent-kafka is not installed") from e
    return confluent_kafka


def _failure(err: Any, detail: str = "") -> KafkaFailure:
    ck = _ck()
    code = err.code() if hasattr(err, "code") else None
    kinds = {
        ck.KafkaError.TOPIC_ALREADY_EXISTS: TOPIC_EXISTS,
        ck.KafkaError.UNKNOWN_TOPIC_OR_PART: UNKNOWN_TOPIC,
        ck.KafkaError._UNKNOWN_TOPIC: UNKNOWN_TOPIC,
        ck.KafkaError._UNKNOWN_PARTITION: UNKNOWN_TOPIC,
        ck.KafkaError.INVALID_PARTITIONS: INVALID_PARTITIONS,
        ck.KafkaError.TOPIC_EXCEPTION: INVALID_TOPIC,
        ck.KafkaError.OFFSET_OUT_OF_RANGE: OFFSET_OUT_OF_RANGE,
    }
    return KafkaFailure(kinds.get(code, OUT_OF_BROKERS), detail or str(err))


class ConfluentBackend:
    def __init__(self, brokers: Sequence[str]) -> None:
        self.base = {"bootstrap.servers": ",".join(brokers), "log_level": 0}
        self._lock = threading.Lock()
        self._admin: Any = None
        self._producers: dict[bool, Any] = {}
        self._fetchers: dict[tuple[str, int], Any] = {}
        self._members: dict[tuple[str, str], "_Membership"] = {}
        self._offset_clients: dict[str, Any] = {}
        self._counts: dict[str, int] = {}
        self._next: dict[tuple[str, int], int] = {}  # where each fetcher's position is

    # ------------------------------------------------------------ clients

    def admin(self) -> Any:
        with self._lock:
            if self._admin is None:
                self._admin = _ck().admin.AdminClient(dict(self.base))
            return self._admin

    def producer(self, batched: bool = False) -> Any:
        # linger.ms=0 sends a lone SyncProducer message at once; for a batch it would send
        # each message in its own request (4x slower measured on Tansu), and the flush
        # that ends every batch already sends without waiting for the linger time.
        with self._lock:
            p = self._producers.get(batched)
            if p is None:
                conf = {"acks": "all"} if batched else {"acks": "all", "linger.ms": 0}
                p = self._producers[batched] = _ck().Producer(dict(self.base, **conf))
            return p

    def _consumer(self, group: str, **extra: Any) -> Any:
        conf = dict(self.base, **{"group.id": group, "enable.auto.commit": False,
                                  "enable.auto.offset.store": False, "isolation.level": "read_uncommitted"})
        conf.update(extra)
        return _ck().Consumer(conf)

    def _metadata(self, topic: Optional[str] = None) -> Any:
        try:
            return self.admin().list_topics(topic=topic, timeout=METADATA_TIMEOUT)
        except _ck().KafkaException as e:
            raise KafkaFailure(OUT_OF_BROKERS, str(e)) from None

    def check_brokers(self, timeout: float) -> None:
        self._metadata()

    def close(self) -> None:
        for c in list(self._fetchers.values()):
            c.close()
        self._fetchers.clear()
        for p in self._producers.values():
            p.flush(10)

    def wake(self) -> None:
        pass  # fetches wait in short steps and check cancellation between them

    # ------------------------------------------------------------ topics

    def topics(self) -> list[str]:
        return sorted(t for t in self._metadata().topics if not t.startswith("__"))

    def partitions(self, topic: str, create: bool) -> int:
        n = self._counts.get(topic)
        if n is not None:
            return n
        md = self._metadata().topics.get(topic)
        if md is None or md.error is not None:
            if not create:
                raise KafkaFailure(UNKNOWN_TOPIC, topic)
            try:
                self.create_topic(topic, default_partitions())
            except KafkaFailure as e:
                if e.kind != TOPIC_EXISTS:
                    raise
            deadline = time.monotonic() + 10
            while True:
                md = self._metadata().topics.get(topic)
                if md is not None and md.error is None and md.partitions:
                    break
                if time.monotonic() > deadline:
                    raise KafkaFailure(UNKNOWN_TOPIC, topic)
                time.sleep(0.05)
        self._counts[topic] = n = len(md.partitions)
        return n

    def create_topic(self, topic: str, partitions: int) -> None:
        if partitions <= 0:
            raise KafkaFailure(INVALID_PARTITIONS, topic)
        ck = _ck()
        fut = self.admin().create_topics([ck.admin.NewTopic(topic, partitions, 1)])[topic]
        try:
            fut.result(METADATA_TIMEOUT * 3)
        except ck.KafkaException as e:
            raise _failure(e.args[0], topic) from None

    def delete_topic(self, topic: str) -> None:
        ck = _ck()
        fut = self.admin().delete_topics([topic])[topic]
        try:
            fut.result(METADATA_TIMEOUT * 3)
        except ck.KafkaException as e:
            raise _failure(e.args[0], topic) from None
        self._counts.pop(topic, None)

    # ------------------------------------------------------------ records

    def produce(self, msgs: Sequence[Outgoing], batched: bool = False) -> list[int]:
        p = self.producer(batched)
        produce = p.produce
        results: list[Any] = [None] * len(msgs)

        def report(err: Any, m: Any, i: int) -> None:
            results[i] = err if err is not None else m.offset()

        for i, m in enumerate(msgs):
            # positional: topic, value, key, partition, on_delivery, timestamp[, headers]
            args = (m.topic, m.value, m.key, m.partition,
                    lambda err, msg, i=i: report(err, msg, i), None, m.timestamp)
            if m.headers:
                args += (list(m.headers),)
            while True:
                try:
                    produce(*args)
                    break
                except BufferError:
                    p.poll(0.01)  # the local queue is full: deliver some first
        left = p.flush(30)
        if left:
            raise KafkaFailure(OUT_OF_BROKERS, "messages not delivered")
        for r in results:
            if not isinstance(r, int):
                raise _failure(r)
        return results  # type: ignore[return-value]

    def watermarks(self, topic: str, partition: int) -> tuple[int, int]:
        c = self._fetcher(topic, partition)
        try:
            lo, hi = c.get_watermark_offsets(_ck().TopicPartition(topic, partition), timeout=METADATA_TIMEOUT)
        except _ck().KafkaException as e:
            raise _failure(e.args[0], topic) from None
        return lo, hi

    def _fetcher(self, topic: str, partition: int) -> Any:
        with self._lock:
            c = self._fetchers.get((topic, partition))
            if c is None:
                # "error": an offset the broker calls out of range is retried, never skipped
                # (a broker may report a lagging high-water mark right after a write).
                c = self._fetchers[(topic, partition)] = self._consumer("go2py-fetch", **{
                    "auto.offset.reset": "error"})
            return c

    def fetch(self, topic: str, partition: int, offset: int, max_records: int, wait: float,
              cancelled: Callable[[], bool]) -> list[Record]:
        c = self._fetcher(topic, partition)
        if self._next.get((topic, partition)) != offset:
            c.assign([_ck().TopicPartition(topic, partition, offset)])
            self._next[(topic, partition)] = offset
        deadline = time.monotonic() + wait
        out: list[Record] = []
        while not cancelled():
            for m in c.consume(max_records, POLL_STEP):
                err = m.error()
                if err is not None:
                    code = err.code()
                    if code == _ck().KafkaError._PARTITION_EOF:
                        continue
                    if code in (_ck().KafkaError._AUTO_OFFSET_RESET, _ck().KafkaError.OFFSET_OUT_OF_RANGE):
                        time.sleep(POLL_STEP)
                        c.assign([_ck().TopicPartition(topic, partition, offset)])
                        break
                    raise _failure(err, topic)
                out.append(Record(topic, partition, m.offset(), m.key(), m.value(), m.timestamp()[1],
                                  m.headers() or ()))
            if out or time.monotonic() > deadline:
                break
        if out:
            self._next[(topic, partition)] = out[-1].offset + 1
        return out

    # ------------------------------------------------------------ groups and offsets

    def _offsets_client(self, group: str, member: bool = True) -> Any:
        # Commits go through this process's member of the group when it has one (a broker
        # rejects commits from outside an active group); reads, and commits the member could
        # not make (in the middle of a rebalance), through a plain client of the group.
        with self._lock:
            for (g, _), m in self._members.items():
                if g == group and member:
                    return m.consumer
            c = self._offset_clients.get(group)
            if c is None:
                c = self._offset_clients[group] = self._consumer(group)
            return c

    def committed(self, group: str, topic: str, partition: int) -> Optional[int]:
        c = self._offsets_client(group, member=False)
        try:
            tp = c.committed([_ck().TopicPartition(topic, partition)], timeout=METADATA_TIMEOUT * 3)[0]
        except _ck().KafkaException as e:
            raise _failure(e.args[0], topic) from None
        return tp.offset if tp.offset >= 0 else None

    def commit(self, group: str, offsets: dict[tuple[str, int], tuple[int, str]]) -> None:
        if not offsets:
            return
        ck = _ck()
        tps = [ck.TopicPartition(t, p, o, metadata=md or None) if md else ck.TopicPartition(t, p, o)
               for (t, p), (o, md) in offsets.items()]
        try:
            self._offsets_client(group).commit(offsets=tps, asynchronous=False)
            return
        except ck.KafkaException:
            pass
        try:
            self._offsets_client(group, member=False).commit(offsets=tps, asynchronous=False)
        except ck.KafkaException as e:
            raise _failure(e.args[0]) from None

    def join(self, group: str, member: str, topics: Sequence[str], strategy: str,
             session_timeout: float) -> None:
        for t in topics:
            self.partitions(t, True)
        old = self._members.pop((group, member), None)
        if old is not None:
            old.consumer.close()
        m = _Membership(self._consumer(group, **{
            "partition.assignment.strategy": "roundrobin" if strategy == "roundrobin" else "range",
            "session.timeout.ms": max(int(session_timeout * 1000), 1000),
            "heartbeat.interval.ms": max(int(session_timeout * 1000) // 10, 100),
        }), list(topics))
        with self._lock:
            self._members[(group, member)] = m
        m.wait_assigned(max(session_timeout * 1.5, 10.0))

    def heartbeat(self, group: str, member: str) -> tuple[int, dict[str, list[int]]]:
        m = self._members[(group, member)]
        m.poll()
        return m.generation, m.assigned()

    def claim(self, group: str, member: str, wanted: dict[str, list[int]],
              release: dict[str, list[int]]) -> dict[str, list[int]]:
        # The broker's group protocol already made the assignment exclusive.
        return {t: list(ps) for t, ps in wanted.items()}

    def leave(self, group: str, member: str) -> None:
        with self._lock:
            m = self._members.pop((group, member), None)
        if m is not None:
            m.consumer.close()


class _Membership:
    """A subscribed consumer used only for the group protocol: assigned partitions are paused
    at once, so it fetches nothing; the partition consumers read them."""

    def __init__(self, consumer: Any, topics: list[str]) -> None:
        self.consumer = consumer
        self.parts: set[tuple[str, int]] = set()
        self.generation = 0
        self.got_assignment = False
        consumer.subscribe(topics, on_assign=self._on_assign, on_revoke=self._on_revoke)

    def _on_assign(self, c: Any, tps: list) -> None:
        c.assign(tps)
        c.pause(tps)
        self.parts = {(tp.topic, tp.partition) for tp in tps}
        self.generation += 1
        self.got_assignment = True

    def _on_revoke(self, c: Any, tps: list) -> None:
        self.parts = set()
        c.unassign()

    def poll(self) -> None:
        m = self.consumer.poll(0)
        if m is not None and m.error() is not None and m.error().fatal():
            raise _failure(m.error())

    def wait_assigned(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while not self.got_assignment and time.monotonic() < deadline:
            self.consumer.poll(0.1)

    def assigned(self) -> dict[str, list[int]]:
        out: dict[str, list[int]] = {}
        for t, p in sorted(self.parts):
            out.setdefault(t, []).append(p)
        return out
