"""Consumer-group membership shared by sarama's ConsumerGroup and sarama-cluster's Consumer,
and sarama's ConsumerGroup itself (`NewConsumerGroup`, sessions, claims).

`Member` is one member of a group: it joins, heartbeats, and takes the partitions the
group's balance strategy gives it once their previous owners have let them go (the backend
makes ownership exclusive), keeps the offsets the program marks, and commits them. The two
front ends run it from goroutines; every backend call goes through the hand-off.
"""

from __future__ import annotations

from typing import Any, Optional

from go2py.runtime import blocking, go
from go2py.runtime import values as gv
from go2py.runtime.chan import RECV, Chan
from go2py.runtime.kafka import sarama as _sa
from go2py.runtime.kafka.backend import KafkaFailure
from go2py.runtime.selectgo import select2
from go2py.runtime.std import context as _context
from go2py.runtime.std import errors as _errors
from go2py.runtime.std import time as _time

_SECOND = 1_000_000_000
_MS = 1_000_000
CLAIM_RETRY = 0.05  # seconds between attempts to take partitions still held by another member


def _strategy(conf: Any) -> str:
    g = conf.Consumer.Group.Rebalance
    s = g.Strategy if g.Strategy is not None else (g.GroupStrategies[0] if len(g.GroupStrategies) else None)
    name = s.Name() if s is not None else "range"
    return "roundrobin" if name == "roundrobin" else "range"


class Member:
    def __init__(self, client: Any, group: str, strategy: str, session_timeout: float,
                 heartbeat_interval: float) -> None:
        self.client = client
        self.be = client.be
        self.group = group
        self.id = _sa.new_member_id(client.conf.ClientID)
        self.strategy = strategy
        self.session_timeout = session_timeout
        self.heartbeat_interval = heartbeat_interval
        self.topics: list[str] = []
        self.held: dict[str, list[int]] = {}
        self.generation = 0
        self.marked: dict[tuple[str, int], tuple[int, str]] = {}
        self.dirty = False

    def join(self, topics: list[str]) -> None:
        self.topics = sorted(set(topics))
        blocking(self.be.join, self.group, self.id, self.topics, self.strategy, self.session_timeout)

    def wanted(self) -> dict[str, list[int]]:
        gen, mine = blocking(self.be.heartbeat, self.group, self.id)
        self.generation = gen
        return {t: sorted(ps) for t, ps in mine.items() if ps}

    def rebalance_needed(self) -> bool:
        return self.wanted() != self.held

    def release(self, parts: dict[str, list[int]]) -> None:
        """Commit what was marked on parts, then let other members take them."""
        self.commit()
        self.held = blocking(self.be.claim, self.group, self.id, {}, parts)

    def acquire(self, stop: Any = None) -> dict[str, list[int]]:
        """Take the partitions the strategy gives this member, waiting for other members to
        release them (up to the session timeout, after which a silent owner is dead)."""
        deadline = _time.Now().UnixNano() + int(self.session_timeout * 2 * _SECOND)
        while True:
            want = self.wanted()
            release = {t: [p for p in ps if p not in want.get(t, [])] for t, ps in self.held.items()}
            release = {t: ps for t, ps in release.items() if ps}
            if release:
                self.commit()
            self.held = {t: sorted(ps) for t, ps in
                         blocking(self.be.claim, self.group, self.id, want, release).items()}
            if self.held == want or _time.Now().UnixNano() > deadline or (stop is not None and stop()):
                return self.held
            _time.Sleep(int(CLAIM_RETRY * _SECOND))

    def initial_offset(self, topic: str, partition: int, initial: int) -> int:
        off = blocking(self.be.committed, self.group, topic, partition)
        start, hwm = blocking(self.be.watermarks, topic, partition)
        # A committed offset below the log's start is invalid (Consumer.Group.ResetInvalidOffsets);
        # one above the high-water mark is kept, as sarama keeps it: a broker may report a
        # lagging mark.
        if off is None or off < start:
            return hwm if initial == _sa.OffsetNewest else start
        return off

    def mark(self, topic: str, partition: int, offset: int, metadata: str, reset: bool = False) -> None:
        cur = self.marked.get((topic, partition))
        if reset or cur is None or offset > cur[0]:
            self.marked[(topic, partition)] = (offset, metadata)
            self.dirty = True

    def commit(self) -> Any:
        if not self.dirty:
            return None
        offsets = dict(self.marked)
        self.dirty = False
        try:
            blocking(self.be.commit, self.group, offsets)
        except KafkaFailure as e:
            self.dirty = True
            return _sa._failure_error(e)
        return None

    def leave(self) -> None:
        try:
            blocking(self.be.leave, self.group, self.id)
        except KafkaFailure:
            pass
        self.held = {}


# ---------------------------------------------------------------- sarama's ConsumerGroup


class _Claim:
    def __init__(self, pc: Any, initial: int) -> None:
        self.pc = pc
        self.initial = initial

    def Topic(self) -> str:
        return self.pc.topic

    def Partition(self) -> int:
        return self.pc.partition

    def InitialOffset(self) -> int:
        return self.initial

    def HighWaterMarkOffset(self) -> int:
        return self.pc.hwm

    def Messages(self) -> Chan:
        return self.pc.messages


class _Session:
    def __init__(self, group: "_ConsumerGroup", claims: dict[str, list[int]], ctx: Any, cancel: Any) -> None:
        self.group = group
        self.member = group.member
        self.claims = claims
        self.ctx = ctx
        self.cancel = cancel

    def Claims(self) -> dict:
        return {t: gv.Slice(list(ps)) for t, ps in self.claims.items()}

    def MemberID(self) -> str:
        return self.member.id

    def GenerationID(self) -> int:
        return self.member.generation

    def MarkOffset(self, topic: str, partition: int, offset: int, metadata: str) -> None:
        self.member.mark(topic, partition, offset, metadata)

    def ResetOffset(self, topic: str, partition: int, offset: int, metadata: str) -> None:
        self.member.mark(topic, partition, offset, metadata, reset=True)

    def MarkMessage(self, msg: Any, metadata: str) -> None:
        self.member.mark(msg.Topic, msg.Partition, msg.Offset + 1, metadata)

    def Commit(self) -> None:
        err = self.member.commit()
        if err is not None:
            self.group._error(err)

    def Context(self) -> Any:
        return self.ctx


class _ConsumerGroup:
    def __init__(self, client: Any, group: str, own: bool) -> None:
        conf = client.conf
        self.client = client
        self.own = own
        self.conf = conf
        g = conf.Consumer.Group
        self.member = Member(client, group, _strategy(conf), g.Session.Timeout / _SECOND,
                             min(g.Heartbeat.Interval / _SECOND, 0.5))
        self.errors = Chan(conf.ChannelBufferSize)
        self.closed = False
        self.closing = Chan(0)  # closed by Close: ends the running session
        self.paused: set[tuple[str, int]] = set()

    def _error(self, err: Any) -> None:
        if self.conf.Consumer.Return.Errors and not self.errors.closed:
            select2(self.errors, err, self.closing, RECV)

    def Errors(self) -> Chan:
        return self.errors

    def Consume(self, ctx: Any, topics: gv.Slice, handler: Any) -> Any:
        if self.closed:
            return _sa.ErrClosedConsumerGroup
        topics = list(topics)
        if not topics:
            return _errors.New("no topics provided")
        m = self.member
        try:
            if m.topics != sorted(set(topics)):
                m.join(topics)
            claims = m.acquire(lambda: self.closed or ctx.Err() is not None)
        except KafkaFailure as e:
            return _sa._failure_error(e)
        if self.closed:
            return _sa.ErrClosedConsumerGroup
        sctx, cancel = _context.WithCancel(ctx)
        sess = _Session(self, claims, sctx, cancel)
        err = handler.Setup(sess)
        if err is not None:
            cancel()
            return err
        consumer = _sa._Consumer(self.client, False)
        initial = self.conf.Consumer.Offsets.Initial
        done = Chan(0)
        running = [0]
        for t, ps in claims.items():
            for p in ps:
                off = m.initial_offset(t, p, initial)
                pc, err = consumer.consume_partition(t, p, off, False)
                if err is not None:
                    self._error(err)
                    continue
                if (t, p) in self.paused:
                    pc.Pause()
                running[0] += 1
                go(self._consume_claim, sess, handler, _Claim(pc, off), done, running)
        go(self._heartbeat, sess)
        # The session lasts until the context ends, a claim's handler returns, the group
        # rebalances (the heartbeat cancels the session) or the group closes.
        select2(sctx.Done(), RECV, self.closing, RECV)
        cancel()
        for pc in list(consumer.children.values()):
            pc.AsyncClose()
        while running[0]:
            done.recv()
        err = handler.Cleanup(sess)
        cerr = m.commit()
        if cerr is not None:
            self._error(cerr)
        return err

    def _consume_claim(self, sess: _Session, handler: Any, claim: _Claim, done: Chan, running: list) -> None:
        try:
            err = handler.ConsumeClaim(sess, claim)
            if err is not None:
                self._error(err)
        finally:
            sess.cancel()  # the first claim to end ends the session, as in sarama
            claim.pc.AsyncClose()
            for _ in claim.pc.messages:
                pass
            running[0] -= 1
            done.send(None)

    def _heartbeat(self, sess: _Session) -> None:
        m = self.member
        conf = self.conf.Consumer.Offsets.AutoCommit
        last_commit = _time.Now().UnixNano()
        ctx_done = sess.ctx.Done()
        while True:
            i, _, _ = select2(ctx_done, RECV, _time.After(int(m.heartbeat_interval * _SECOND)), RECV)
            if i == 0:
                return
            try:
                if m.rebalance_needed():
                    sess.cancel()
                    return
            except KafkaFailure as e:
                self._error(_sa._failure_error(e))
            now = _time.Now().UnixNano()
            if conf.Enable and now - last_commit >= conf.Interval:
                last_commit = now
                err = m.commit()
                if err is not None:
                    self._error(err)

    def Close(self) -> Any:
        if self.closed:
            return _sa.ErrClosedConsumerGroup
        self.closed = True
        self.closing.close()
        self.member.commit()
        self.member.leave()
        self.errors.close()
        if self.own:
            self.client.Close()
        return None

    def _set_paused(self, parts: Optional[dict], on: bool) -> None:
        for t, ps in (parts or {t: gv.Slice(ps) for t, ps in self.member.held.items()}).items():
            for p in ps:
                (self.paused.add if on else self.paused.discard)((t, p))

    def Pause(self, partitions: dict) -> None:
        self._set_paused(partitions, True)

    def Resume(self, partitions: dict) -> None:
        self._set_paused(partitions, False)

    def PauseAll(self) -> None:
        self._set_paused(None, True)

    def ResumeAll(self) -> None:
        self.paused.clear()


def NewConsumerGroup(addrs: Any, groupID: str, config: Any) -> tuple[Optional[_ConsumerGroup], Any]:
    client, err = _sa._connect(addrs, config)
    if err is not None:
        return None, err
    return _ConsumerGroup(client, groupID, True), None


def NewConsumerGroupFromClient(groupID: str, client: Any) -> tuple[Optional[_ConsumerGroup], Any]:
    if client.closed:
        return None, _sa.ErrClosedClient
    return _ConsumerGroup(client, groupID, False), None
