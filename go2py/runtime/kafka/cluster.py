"""The package github.com/bsm/sarama-cluster for translated programs: a group consumer in
multiplexed mode (one `Messages()` channel for every claimed partition), its `Config`
(sarama's, embedded, plus `Group`), and rebalance `Notifications`.

One goroutine per consumer runs the membership (`group.Member`): it takes the partitions the
group's strategy assigns, starts one partition consumer per partition feeding `Messages()`,
heartbeats, commits the marked offsets every `Consumer.Offsets.CommitInterval` (or
`AutoCommit.Interval` when that is 0), and on a rebalance stops the partitions it loses,
commits them, lets them go and reports the change. `MarkOffset` stores offset+1, the next
offset to read, as sarama-cluster does.
"""

from __future__ import annotations

from typing import Any, Optional

from go2py.runtime import go
from go2py.runtime import values as gv
from go2py.runtime.chan import RECV, Chan
from go2py.runtime.kafka import sarama as _sa
from go2py.runtime.kafka.backend import KafkaFailure
from go2py.runtime.kafka.group import Member
from go2py.runtime.selectgo import select2
from go2py.runtime.std import errors as _errors
from go2py.runtime.std import time as _time

_SECOND = 1_000_000_000

StrategyRange = "range"
StrategyRoundRobin = "roundrobin"
ConsumerModeMultiplex, ConsumerModePartitions = 0, 1
UnknownNotification, RebalanceStart, RebalanceOK, RebalanceError = range(4)


class Strategy(str):
    pass


class ConsumerMode(int):
    pass


class NotificationType(int):
    def String(self) -> str:
        return {RebalanceStart: "rebalance start", RebalanceOK: "rebalance OK",
                RebalanceError: "rebalance error"}.get(int(self), "unknown")


_NOTIFICATION_TYPE_T = gv.foreign_named(NotificationType, "cluster.NotificationType", gv.UINT8)

_GroupConf = _sa._section("Group", {
    "PartitionStrategy": "",
    "Mode": 0,
    "Offsets": _sa._section("Offsets", {
        "Retry": _sa._section("Retry", {"Max": 0}),
        "Synchronization": _sa._section("Synchronization", {"DwellTime": 0}),
    }),
    "Session": _sa._section("Session", {"Timeout": 0}),
    "Heartbeat": _sa._section("Heartbeat", {"Interval": 0}),
    "Return": _sa._section("Return", {"Notifications": False}),
    "Member": _sa._section("Member", {"UserData": gv.NIL_SLICE}),
})


class Config(gv.Struct):
    __slots__ = ("Config", "Group")

    def __init__(self, Config: Optional[_sa.Config] = None, Group: Any = None) -> None:
        self.Config = Config if Config is not None else _sa.Config()
        self.Group = Group if Group is not None else _GroupConf()

    def _copy(self) -> "Config":
        return Config(self.Config._copy(), self.Group._copy())

    def _assign(self, v: "Config") -> None:
        self.Config, self.Group = v.Config, v.Group

    def Validate(self) -> Any:
        err = self.Config.Validate()
        if err is not None:
            return err
        g = self.Group
        rules = [
            (g.Offsets.Retry.Max < 0, "Group.Offsets.Retry.Max must be >= 0"),
            (g.Offsets.Synchronization.DwellTime <= 0, "Group.Offsets.Synchronization.DwellTime must be > 0"),
            (g.Offsets.Synchronization.DwellTime > 600 * _SECOND,
             "Group.Offsets.Synchronization.DwellTime must be <= 10m"),
            (g.Heartbeat.Interval <= 0, "Group.Heartbeat.Interval must be > 0"),
            (g.Session.Timeout <= 0, "Group.Session.Timeout must be > 0"),
            (self.Config.Consumer.Offsets.Initial not in (_sa.OffsetOldest, _sa.OffsetNewest),
             "Consumer.Offsets.Initial must be either OffsetOldest or OffsetNewest"),
        ]
        for bad, msg in rules:
            if bad:
                return _sa.config_error(msg)
        return None

    def __getattr__(self, name: str) -> Any:
        # Fields promoted from the embedded sarama.Config.
        return getattr(object.__getattribute__(self, "Config"), name)


def NewConfig() -> Config:
    c = Config(_sa.NewConfig())
    c.Group.PartitionStrategy = StrategyRange
    c.Group.Offsets.Retry.Max = 3
    c.Group.Offsets.Synchronization.DwellTime = c.Config.Consumer.MaxProcessingTime
    c.Group.Session.Timeout = 30 * _SECOND
    c.Group.Heartbeat.Interval = 3 * _SECOND
    c.Config.Version = _sa.V0_9_0_0._copy()
    return c


class Notification(gv.Struct):
    __slots__ = ("Type", "Claimed", "Released", "Current")

    def __init__(self, Type: int = 0, Claimed: dict = gv.NIL_MAP, Released: dict = gv.NIL_MAP,
                 Current: dict = gv.NIL_MAP) -> None:
        self.Type = Type
        self.Claimed = Claimed
        self.Released = Released
        self.Current = Current

    def _copy(self) -> "Notification":
        return Notification(self.Type, self.Claimed, self.Released, self.Current)

    def _assign(self, v: "Notification") -> None:
        for f in self.__slots__:
            setattr(self, f, getattr(v, f))


_PARTS_T = gv.map_of(gv.STRING, gv.slice_of(gv.INT32))
_sa._struct_type(Notification, "cluster.Notification", [
    ("Type", _NOTIFICATION_TYPE_T), ("Claimed", _PARTS_T), ("Released", _PARTS_T), ("Current", _PARTS_T)])


def _go_parts(parts: dict[str, list[int]]) -> dict:
    return {t: gv.Slice(list(ps)) for t, ps in sorted(parts.items()) if ps}


def _minus(a: dict[str, list[int]], b: dict[str, list[int]]) -> dict[str, list[int]]:
    out = {t: [p for p in ps if p not in b.get(t, [])] for t, ps in a.items()}
    return {t: ps for t, ps in out.items() if ps}


class Consumer:
    def __init__(self, client: Any, conf: Config, group: str, topics: list[str]) -> None:
        sconf = conf.Config
        self.client = client
        self.conf = conf
        self.topics = topics
        strategy = "roundrobin" if conf.Group.PartitionStrategy == StrategyRoundRobin else "range"
        self.member = Member(client, group, strategy, conf.Group.Session.Timeout / _SECOND,
                             min(conf.Group.Heartbeat.Interval / _SECOND, 0.5))
        n = sconf.ChannelBufferSize
        self.messages = Chan(n)
        self.errors = Chan(n)
        self.notifications = Chan(0)
        self.dying = Chan(0)
        self.dead = Chan(0)
        self.consumer = _sa._Consumer(client, False)
        self.forwarders = 0
        self.forwarded = Chan(0)
        self.closed = False
        go(self._main)

    # ------------------------------------------------------------ the membership goroutine

    def _notify(self, n: Notification) -> None:
        if self.conf.Group.Return.Notifications:
            select2(self.notifications, n, self.dying, RECV)

    def _error(self, err: Any) -> None:
        if self.conf.Config.Consumer.Return.Errors:
            select2(self.errors, err, self.dying, RECV)

    def _stop(self, parts: dict[str, list[int]]) -> None:
        """Stop the partition consumers of parts and wait until their messages are handed on."""
        stopping = 0
        for t, ps in parts.items():
            for p in ps:
                pc = self.consumer.children.get((t, p))
                if pc is not None:
                    pc.AsyncClose()
                    stopping += 1
        while stopping:
            self.forwarded.recv()
            stopping -= 1

    def _start(self, parts: dict[str, list[int]]) -> None:
        initial = self.conf.Config.Consumer.Offsets.Initial
        for t, ps in parts.items():
            for p in ps:
                off = self.member.initial_offset(t, p, initial)
                pc, err = self.consumer.consume_partition(t, p, off, False)
                if err is not None:
                    self._error(err)
                    continue
                go(self._forward, pc)

    def _forward(self, pc: Any) -> None:
        for msg in pc.messages:
            i, _, _ = select2(self.messages, msg, self.dying, RECV)
            if i == 1:
                pc.AsyncClose()
                for _ in pc.messages:
                    pass
                break
        self.forwarded.send(None)

    def _rebalance(self, first: bool) -> None:
        m = self.member
        old = dict(m.held)
        self._notify(Notification(RebalanceStart, _go_parts({}), _go_parts({}), _go_parts(old)))
        want = m.wanted()
        lost = _minus(old, want)
        self._stop(lost)
        m.release(lost)
        held = m.acquire(lambda: self.closed)
        self._start(_minus(held, old))
        self._notify(Notification(RebalanceOK, _go_parts(_minus(held, old)), _go_parts(lost), _go_parts(held)))

    def _main(self) -> None:
        m = self.member
        sconf = self.conf.Config
        interval = sconf.Consumer.Offsets.CommitInterval or sconf.Consumer.Offsets.AutoCommit.Interval
        try:
            m.join(self.topics)
            self._rebalance(True)
            last_commit = _time.Now().UnixNano()
            while True:
                i, _, _ = select2(self.dying, RECV, _time.After(int(m.heartbeat_interval * _SECOND)), RECV)
                if i == 0:
                    break
                try:
                    if m.rebalance_needed():
                        self._rebalance(False)
                except KafkaFailure as e:
                    self._notify(Notification(RebalanceError, _go_parts({}), _go_parts({}), _go_parts(m.held)))
                    self._error(_sa._failure_error(e))
                now = _time.Now().UnixNano()
                if now - last_commit >= interval:
                    last_commit = now
                    err = m.commit()
                    if err is not None:
                        self._error(err)
        except KafkaFailure as e:
            self._error(_sa._failure_error(e))
        finally:
            self._stop(dict(m.held))
            m.commit()
            m.leave()
            self.messages.close()
            self.errors.close()
            self.notifications.close()
            self.dead.close()

    # ------------------------------------------------------------ the API

    def Messages(self) -> Chan:
        return self.messages

    def Errors(self) -> Chan:
        return self.errors

    def Notifications(self) -> Chan:
        return self.notifications

    def HighWaterMarks(self) -> dict:
        return self.consumer.HighWaterMarks()

    def MarkOffset(self, msg: Any, metadata: str) -> None:
        self.member.mark(msg.Topic, msg.Partition, msg.Offset + 1, metadata)

    def MarkPartitionOffset(self, topic: str, partition: int, offset: int, metadata: str) -> None:
        self.member.mark(topic, partition, offset + 1, metadata)

    def ResetOffset(self, msg: Any, metadata: str) -> None:
        self.member.mark(msg.Topic, msg.Partition, msg.Offset + 1, metadata, reset=True)

    def ResetPartitionOffset(self, topic: str, partition: int, offset: int, metadata: str) -> None:
        self.member.mark(topic, partition, offset + 1, metadata, reset=True)

    def Subscriptions(self) -> dict:
        return _go_parts(self.member.held)

    def CommitOffsets(self) -> Any:
        return self.member.commit()

    def Close(self) -> Any:
        if self.closed:
            return None
        self.closed = True
        self.dying.close()
        # Drain what the program no longer reads, as sarama-cluster does, until the
        # membership goroutine has committed, left the group and closed the channels.
        for _ in self.messages:
            pass
        for _ in self.errors:
            pass
        for _ in self.notifications:
            pass
        self.dead.recv()
        self.client.Close()
        return None


def NewConsumer(addrs: Any, groupID: str, topics: gv.Slice, config: Optional[Config]) -> tuple[Optional[Consumer], Any]:
    conf = config if config is not None else NewConfig()
    err = conf.Validate()
    if err is not None:
        return None, err
    topics = list(topics)
    if not topics:
        return None, _errors.New("sarama-cluster: no topics provided")
    client, err = _sa._connect(addrs, conf.Config)
    if err is not None:
        return None, err
    return Consumer(client, conf, groupID, topics), None
