"""The embedded Kafka backend: a durable log in one SQLite file shared by every process.

The file is `kafka.db` in `GO2PY_KAFKA_DIR`, by default `go2py/kafka` under the user's cache
directory (`$XDG_CACHE_HOME` or `~/.cache`). It is opened in WAL mode, so readers never block
the writer, and with `synchronous=NORMAL`: a committed transaction survives the death of the
process that wrote it (not a power cut). A produced message is acknowledged only after its
transaction commits.

Topics are auto-created with `GO2PY_KAFKA_PARTITIONS` partitions (default 1). Consumer groups
have no coordinator process: each member heartbeats by updating its row; a heartbeat expires
members silent for longer than their session timeout, and derives the generation from the
set of live members and their subscriptions, so every member computes the same assignment.
The `owners` table makes ownership exclusive: a member takes a partition only once its
previous owner has released it or died, so a rebalance never lets two members consume one
partition at once.

A fetch with nothing to return waits on a condition variable that producers of this process
notify, and re-checks `PRAGMA data_version` (which changes when another process commits)
every few milliseconds, backing off to `POLL_MAX`: an idle consumer costs a few cheap
queries a second, never a spinning CPU.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from pathlib import Path
from typing import Callable, Optional, Sequence

from go2py.runtime.kafka.backend import (
    INVALID_PARTITIONS,
    INVALID_TOPIC,
    TOPIC_EXISTS,
    UNKNOWN_TOPIC,
    KafkaFailure,
    Outgoing,
    Record,
    assign,
)

POLL_MIN = 0.002  # seconds between checks for another process's writes, at first
POLL_MAX = 0.02  # ... backing off to this

_SCHEMA = """
CREATE TABLE IF NOT EXISTS topics (name TEXT PRIMARY KEY, partitions INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS logs (topic TEXT, partition INTEGER, start INTEGER NOT NULL,
    next INTEGER NOT NULL, PRIMARY KEY (topic, partition)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS records (topic TEXT, partition INTEGER, offset INTEGER, key BLOB,
    value BLOB, ts INTEGER, headers TEXT, PRIMARY KEY (topic, partition, offset)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS offsets (grp TEXT, topic TEXT, partition INTEGER, offset INTEGER,
    metadata TEXT, PRIMARY KEY (grp, topic, partition)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS members (grp TEXT, member TEXT, topics TEXT, strategy TEXT,
    heartbeat REAL, session REAL, PRIMARY KEY (grp, member)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS groups (grp TEXT PRIMARY KEY, generation INTEGER, signature TEXT);
CREATE TABLE IF NOT EXISTS owners (grp TEXT, topic TEXT, partition INTEGER, member TEXT,
    PRIMARY KEY (grp, topic, partition)) WITHOUT ROWID;
"""


def store_dir() -> Path:
    d = os.environ.get("GO2PY_KAFKA_DIR")
    if d:
        return Path(d)
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "go2py" / "kafka"


def default_partitions() -> int:
    try:
        n = int(os.environ.get("GO2PY_KAFKA_PARTITIONS", "1"))
    except ValueError:
        n = 1
    return max(1, n)


def _encode_headers(h: list[tuple[bytes, bytes]]) -> Optional[str]:
    if not h:
        return None
    return json.dumps([[k.hex(), v.hex()] for k, v in h])


def _decode_headers(s: Optional[str]) -> list[tuple[bytes, bytes]]:
    if not s:
        return []
    return [(bytes.fromhex(k), bytes.fromhex(v)) for k, v in json.loads(s)]


class EmbeddedBackend:
    """The SQLite store; safe to use from any thread (one connection per thread)."""

    def __init__(self, directory: Optional[Path] = None) -> None:
        self.dir = directory or store_dir()
        self.dir.mkdir(parents=True, exist_ok=True)
        self.path = self.dir / "kafka.db"
        self._local = threading.local()
        self._cond = threading.Condition()
        self._seq = 0  # bumped by every produce of this process, under _cond
        db = self._db()
        with self._write(db):
            for stmt in _SCHEMA.strip().split(";"):
                if stmt.strip():
                    db.execute(stmt)

    # ------------------------------------------------------------ connections

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            db = sqlite3.connect(str(self.path), timeout=30.0, isolation_level=None,
                                 check_same_thread=False)
            db.execute("PRAGMA busy_timeout = 30000")
            db.execute("PRAGMA journal_mode = WAL")
            db.execute("PRAGMA synchronous = NORMAL")
            self._local.db = db
        return db

    class _Txn:
        def __init__(self, db: sqlite3.Connection) -> None:
            self.db = db

        def __enter__(self) -> sqlite3.Connection:
            self.db.execute("BEGIN IMMEDIATE")
            return self.db

        def __exit__(self, et, ev, tb) -> None:
            if et is None:
                self.db.execute("COMMIT")
            else:
                self.db.execute("ROLLBACK")

    def _write(self, db: sqlite3.Connection) -> "EmbeddedBackend._Txn":
        return EmbeddedBackend._Txn(db)

    def close(self) -> None:
        db = getattr(self._local, "db", None)
        if db is not None:
            db.close()
            self._local.db = None

    # ------------------------------------------------------------ topics

    def topics(self) -> list[str]:
        return [r[0] for r in self._db().execute("SELECT name FROM topics ORDER BY name")]

    def _create(self, db: sqlite3.Connection, topic: str, n: int) -> None:
        db.execute("INSERT INTO topics VALUES (?, ?)", (topic, n))
        db.executemany("INSERT OR REPLACE INTO logs VALUES (?, ?, 0, 0)", [(topic, p) for p in range(n)])

    def partitions(self, topic: str, create: bool) -> int:
        db = self._db()
        row = db.execute("SELECT partitions FROM topics WHERE name = ?", (topic,)).fetchone()
        if row is not None:
            return row[0]
        if not create:
            raise KafkaFailure(UNKNOWN_TOPIC, topic)
        _check_name(topic)
        with self._write(db):
            row = db.execute("SELECT partitions FROM topics WHERE name = ?", (topic,)).fetchone()
            if row is not None:
                return row[0]
            n = default_partitions()
            self._create(db, topic, n)
            return n

    def create_topic(self, topic: str, partitions: int) -> None:
        _check_name(topic)
        if partitions <= 0:
            raise KafkaFailure(INVALID_PARTITIONS, topic)
        db = self._db()
        with self._write(db):
            if db.execute("SELECT 1 FROM topics WHERE name = ?", (topic,)).fetchone():
                raise KafkaFailure(TOPIC_EXISTS, topic)
            self._create(db, topic, partitions)

    def delete_topic(self, topic: str) -> None:
        db = self._db()
        with self._write(db):
            if not db.execute("SELECT 1 FROM topics WHERE name = ?", (topic,)).fetchone():
                raise KafkaFailure(UNKNOWN_TOPIC, topic)
            for table in ("topics",):
                db.execute(f"DELETE FROM {table} WHERE name = ?", (topic,))
            for table in ("logs", "records", "offsets", "owners"):
                db.execute(f"DELETE FROM {table} WHERE topic = ?", (topic,))

    def reset(self) -> None:
        """Delete every topic, record, offset and group."""
        db = self._db()
        with self._write(db):
            for table in ("topics", "logs", "records", "offsets", "members", "groups", "owners"):
                db.execute(f"DELETE FROM {table}")

    # ------------------------------------------------------------ records

    def produce(self, msgs: Sequence[Outgoing], batched: bool = False) -> list[int]:
        db = self._db()
        nexts: dict[tuple[str, int], int] = {}
        offsets = []
        rows = []
        with self._write(db):
            for m in msgs:
                tp = (m.topic, m.partition)
                off = nexts.get(tp)
                if off is None:
                    row = db.execute("SELECT next FROM logs WHERE topic = ? AND partition = ?", tp).fetchone()
                    if row is None:
                        raise KafkaFailure(UNKNOWN_TOPIC, m.topic)
                    off = row[0]
                nexts[tp] = off + 1
                offsets.append(off)
                rows.append((m.topic, m.partition, off, m.key, m.value, m.timestamp, _encode_headers(m.headers)))
            db.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            db.executemany("UPDATE logs SET next = ? WHERE topic = ? AND partition = ?",
                           [(n, t, p) for (t, p), n in nexts.items()])
        with self._cond:
            self._seq += 1
            self._cond.notify_all()
        return offsets

    def watermarks(self, topic: str, partition: int) -> tuple[int, int]:
        row = self._db().execute("SELECT start, next FROM logs WHERE topic = ? AND partition = ?",
                                 (topic, partition)).fetchone()
        if row is None:
            raise KafkaFailure(UNKNOWN_TOPIC, topic)
        return row[0], row[1]

    def _read(self, db: sqlite3.Connection, topic: str, partition: int, offset: int, n: int) -> list[Record]:
        return [Record(topic, partition, o, k, v, ts, _decode_headers(h)) for o, k, v, ts, h in db.execute(
            "SELECT offset, key, value, ts, headers FROM records WHERE topic = ? AND partition = ? "
            "AND offset >= ? ORDER BY offset LIMIT ?", (topic, partition, offset, n))]

    def fetch(self, topic: str, partition: int, offset: int, max_records: int, wait: float,
              cancelled: Callable[[], bool]) -> list[Record]:
        db = self._db()
        deadline = time.monotonic() + wait
        poll = POLL_MIN
        while True:
            with self._cond:
                seq = self._seq
            version = db.execute("PRAGMA data_version").fetchone()[0]
            recs = self._read(db, topic, partition, offset, max_records)
            if recs or cancelled():
                return recs
            # Nothing yet: sleep until this process produces, or another one commits.
            while True:
                left = deadline - time.monotonic()
                if left <= 0:
                    return []
                with self._cond:
                    if self._seq == seq:
                        self._cond.wait(min(poll, left))
                    changed = self._seq != seq
                if cancelled():
                    return []
                if changed or db.execute("PRAGMA data_version").fetchone()[0] != version:
                    poll = POLL_MIN
                    break
                poll = min(poll * 2, POLL_MAX)

    def wake(self) -> None:
        with self._cond:
            self._cond.notify_all()

    # ------------------------------------------------------------ offsets

    def committed(self, group: str, topic: str, partition: int) -> Optional[int]:
        row = self._db().execute("SELECT offset FROM offsets WHERE grp = ? AND topic = ? AND partition = ?",
                                 (group, topic, partition)).fetchone()
        return None if row is None else row[0]

    def commit(self, group: str, offsets: dict[tuple[str, int], tuple[int, str]]) -> None:
        if not offsets:
            return
        db = self._db()
        with self._write(db):
            db.executemany("INSERT OR REPLACE INTO offsets VALUES (?, ?, ?, ?, ?)",
                           [(group, t, p, o, md) for (t, p), (o, md) in offsets.items()])

    # ------------------------------------------------------------ groups

    def join(self, group: str, member: str, topics: Sequence[str], strategy: str,
             session_timeout: float) -> None:
        for t in topics:
            self.partitions(t, True)
        db = self._db()
        with self._write(db):
            db.execute("INSERT OR REPLACE INTO members VALUES (?, ?, ?, ?, ?, ?)",
                       (group, member, json.dumps(sorted(set(topics))), strategy, time.time(), session_timeout))

    def heartbeat(self, group: str, member: str) -> tuple[int, dict[str, list[int]]]:
        db = self._db()
        now = time.time()
        with self._write(db):
            db.execute("UPDATE members SET heartbeat = ? WHERE grp = ? AND member = ?", (now, group, member))
            dead = [r[0] for r in db.execute(
                "SELECT member FROM members WHERE grp = ? AND heartbeat + session < ?", (group, now))]
            for m in dead:
                db.execute("DELETE FROM members WHERE grp = ? AND member = ?", (group, m))
                db.execute("DELETE FROM owners WHERE grp = ? AND member = ?", (group, m))
            rows = db.execute("SELECT member, topics, strategy FROM members WHERE grp = ? ORDER BY member",
                              (group,)).fetchall()
            members = [(m, json.loads(ts)) for m, ts, _ in rows]
            strategy = rows[0][2] if rows else "range"
            topics = sorted({t for _, ts in members for t in ts})
            counts = {}
            for t in topics:
                r = db.execute("SELECT partitions FROM topics WHERE name = ?", (t,)).fetchone()
                if r is not None:
                    counts[t] = r[0]
            signature = json.dumps([members, counts, strategy])
            g = db.execute("SELECT generation, signature FROM groups WHERE grp = ?", (group,)).fetchone()
            if g is None:
                gen = 1
                db.execute("INSERT INTO groups VALUES (?, ?, ?)", (group, gen, signature))
            elif g[1] != signature:
                gen = g[0] + 1
                db.execute("UPDATE groups SET generation = ?, signature = ? WHERE grp = ?", (gen, signature, group))
            else:
                gen = g[0]
        mine = assign(strategy, members, counts).get(member, {})
        return gen, mine

    def claim(self, group: str, member: str, wanted: dict[str, list[int]],
              release: dict[str, list[int]]) -> dict[str, list[int]]:
        db = self._db()
        with self._write(db):
            for t, ps in release.items():
                db.executemany("DELETE FROM owners WHERE grp = ? AND topic = ? AND partition = ? AND member = ?",
                               [(group, t, p, member) for p in ps])
            live = {r[0] for r in db.execute("SELECT member FROM members WHERE grp = ?", (group,))}
            for t, ps in wanted.items():
                for p in ps:
                    row = db.execute("SELECT member FROM owners WHERE grp = ? AND topic = ? AND partition = ?",
                                     (group, t, p)).fetchone()
                    if row is None or row[0] == member or row[0] not in live:
                        db.execute("INSERT OR REPLACE INTO owners VALUES (?, ?, ?, ?)", (group, t, p, member))
            held: dict[str, list[int]] = {}
            for t, p in db.execute("SELECT topic, partition FROM owners WHERE grp = ? AND member = ? "
                                   "ORDER BY topic, partition", (group, member)):
                held.setdefault(t, []).append(p)
        return held

    def leave(self, group: str, member: str) -> None:
        db = self._db()
        with self._write(db):
            db.execute("DELETE FROM members WHERE grp = ? AND member = ?", (group, member))
            db.execute("DELETE FROM owners WHERE grp = ? AND member = ?", (group, member))

    # ------------------------------------------------------------ inspection (go2py kafka)

    def describe(self) -> list[tuple[str, int, int, int]]:
        """(topic, partition, oldest, high-water mark) of every partition."""
        return list(self._db().execute("SELECT topic, partition, start, next FROM logs ORDER BY topic, partition"))

    def group_offsets(self) -> list[tuple[str, str, int, int]]:
        return list(self._db().execute("SELECT grp, topic, partition, offset FROM offsets ORDER BY grp, topic, partition"))


def _check_name(topic: str) -> None:
    # Kafka's rule: 1-249 characters of [a-zA-Z0-9._-], not "." or "..".
    ok = 0 < len(topic) < 250 and topic not in (".", "..") and all(
        c.isascii() and (c.isalnum() or c in "._-") for c in topic)
    if not ok:
        raise KafkaFailure(INVALID_TOPIC, topic)
