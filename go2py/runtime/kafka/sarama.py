"""The package github.com/IBM/sarama (also github.com/Shopify/sarama) for translated programs.

It follows sarama's API, defaults, error texts and channel semantics (see docs/kafka.md and
the declaration file beside this module) over a backend of `backend.py`: the embedded SQLite
store by default, real Kafka when `GO2PY_KAFKA_BROKERS` is set.

Go values follow the runtime's value model: a pointer to a struct is the object, `[]byte` is
a `Slice` of ints, a defined non-struct type (`StringEncoder`, `KError`,
`ConfigurationError`) is the base value, boxed with its type in an interface. Channels are
the runtime's `Chan`, so translated code ranges over them and selects on them. Work that
waits on the backend runs through `blocking`, so other goroutines keep running and a waiting
consumer never counts as deadlocked.
"""

from __future__ import annotations

import itertools
import os
import random
import time as _pytime
from typing import Any, Callable, Optional

from go2py.runtime import blocking, go
from go2py.runtime import values as gv
from go2py.runtime.cell import Cell
from go2py.runtime.chan import RECV, Chan
from go2py.runtime.kafka import backend as _backend
from go2py.runtime.kafka.backend import KafkaFailure, Outgoing, Record
from go2py.runtime.selectgo import select2
from go2py.runtime.std import errors as _errors
from go2py.runtime.std import time as _time

_SECOND = 1_000_000_000
_MS = 1_000_000

# ---------------------------------------------------------------- constants

NoResponse = 0
WaitForLocal = 1
WaitForAll = -1
OffsetNewest = -1
OffsetOldest = -2
CompressionNone, CompressionGZIP, CompressionSnappy, CompressionLZ4, CompressionZSTD = range(5)
CompressionLevelDefault = -1000
ReadUncommitted, ReadCommitted = 0, 1


class RequiredAcks(int):
    pass


class CompressionCodec(int):
    pass


class IsolationLevel(int):
    pass


class SASLMechanism(str):
    pass


# ---------------------------------------------------------------- versions


class KafkaVersion(gv.Struct):
    __slots__ = ("version",)

    def __init__(self, version: tuple[int, ...] = (0, 0, 0, 0)) -> None:
        self.version = version

    def _copy(self) -> "KafkaVersion":
        return KafkaVersion(self.version)

    def _assign(self, v: "KafkaVersion") -> None:
        self.version = v.version

    def IsAtLeast(self, other: "KafkaVersion") -> bool:
        return self.version >= other.version

    def String(self) -> str:
        if self.version[0] == 0:
            return ".".join(map(str, self.version))
        return ".".join(map(str, self.version[:3]))

    __str__ = String


def ParseKafkaVersion(s: str) -> tuple[KafkaVersion, Any]:
    parts = s.split(".")
    try:
        nums = tuple(int(p) for p in parts)
    except ValueError:
        nums = ()
    if not (3 <= len(nums) <= 4) or (nums[0] == 0 and len(nums) != 4):
        return DefaultVersion, _errors.New(f"invalid version `{s}`")
    return KafkaVersion(nums + (0,) * (4 - len(nums))), None


V0_8_2_0 = KafkaVersion((0, 8, 2, 0))
V0_9_0_0 = KafkaVersion((0, 9, 0, 0))
V0_10_0_0 = KafkaVersion((0, 10, 0, 0))
V0_10_2_0 = KafkaVersion((0, 10, 2, 0))
V0_11_0_0 = KafkaVersion((0, 11, 0, 0))
V1_0_0_0 = KafkaVersion((1, 0, 0, 0))
V2_0_0_0 = KafkaVersion((2, 0, 0, 0))
V2_1_0_0 = KafkaVersion((2, 1, 0, 0))
V2_8_0_0 = KafkaVersion((2, 8, 0, 0))
V3_0_0_0 = KafkaVersion((3, 0, 0, 0))
DefaultVersion = KafkaVersion((2, 1, 0, 0))
MaxVersion = KafkaVersion((4, 0, 0, 0))

# ---------------------------------------------------------------- balance strategies


class _BalanceStrategy:
    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def Name(self) -> str:
        return self.name


BalanceStrategyRange = _BalanceStrategy("range")
BalanceStrategyRoundRobin = _BalanceStrategy("roundrobin")
BalanceStrategySticky = _BalanceStrategy("sticky")


def NewBalanceStrategyRange() -> _BalanceStrategy:
    return _BalanceStrategy("range")


def NewBalanceStrategyRoundRobin() -> _BalanceStrategy:
    return _BalanceStrategy("roundrobin")


def NewBalanceStrategySticky() -> _BalanceStrategy:
    return _BalanceStrategy("sticky")


# ---------------------------------------------------------------- configuration


def _section(name: str, fields: dict[str, Any]) -> type:
    """A class for one of Config's unnamed struct fields: attributes with zero values
    (a nested section is a class, instantiated fresh), value copies by `_copy`."""
    def __init__(self: Any) -> None:
        for f, z in fields.items():
            setattr(self, f, z() if isinstance(z, type) else z)

    def _copy(self: Any) -> Any:
        c = cls.__new__(cls)
        for f in fields:
            v = getattr(self, f)
            setattr(c, f, v._copy() if hasattr(v, "_copy") else v)
        return c

    def _assign(self: Any, v: Any) -> None:
        for f in fields:
            setattr(self, f, getattr(v, f))

    cls = type(name, (gv.Struct,), {"__slots__": tuple(fields), "__init__": __init__, "_copy": _copy,
                                     "_assign": _assign})
    return cls


_Retry = lambda: _section("Retry", {"Max": 0, "Backoff": 0})  # noqa: E731

_AdminConf = _section("Admin", {"Retry": _Retry(), "Timeout": 0})
_NetConf = _section("Net", {
    "MaxOpenRequests": 0, "DialTimeout": 0, "ReadTimeout": 0, "WriteTimeout": 0,
    "TLS": _section("TLS", {"Enable": False}),
    "SASL": _section("SASL", {"Enable": False, "Mechanism": "", "Handshake": False, "User": "", "Password": ""}),
    "KeepAlive": 0,
})
_MetadataConf = _section("Metadata", {"Retry": _Retry(), "RefreshFrequency": 0, "Full": False, "Timeout": 0,
                                  "AllowAutoTopicCreation": False})
_ProducerConf = _section("Producer", {
    "MaxMessageBytes": 0, "RequiredAcks": 0, "Timeout": 0, "Compression": 0, "CompressionLevel": 0,
    "Partitioner": None, "Idempotent": False,
    "Return": _section("Return", {"Successes": False, "Errors": False}),
    "Flush": _section("Flush", {"Bytes": 0, "Messages": 0, "Frequency": 0, "MaxMessages": 0}),
    "Retry": _Retry(),
})
_ConsumerConf = _section("Consumer", {
    "Group": _section("Group", {
        "Session": _section("Session", {"Timeout": 0}),
        "Heartbeat": _section("Heartbeat", {"Interval": 0}),
        "Rebalance": _section("Rebalance", {"Strategy": None, "GroupStrategies": gv.NIL_SLICE, "Timeout": 0,
                                            "Retry": _Retry()}),
        "InstanceId": "", "ResetInvalidOffsets": False,
    }),
    "Retry": _section("Retry", {"Backoff": 0}),
    "Fetch": _section("Fetch", {"Min": 0, "Default": 0, "Max": 0, "MaxBytes": 0}),
    "MaxWaitTime": 0, "MaxProcessingTime": 0,
    "Return": _section("Return", {"Errors": False}),
    "Offsets": _section("Offsets", {
        "CommitInterval": 0,
        "AutoCommit": _section("AutoCommit", {"Enable": False, "Interval": 0}),
        "Initial": 0, "Retention": 0,
        "Retry": _section("Retry", {"Max": 0}),
    }),
    "IsolationLevel": 0,
})

_CONFIG_FIELDS = ("Admin", "Net", "Metadata", "Producer", "Consumer", "ClientID", "RackID", "ChannelBufferSize",
                  "Version")


class Config(gv.Struct):
    """sarama.Config; NewConfig fills in sarama's defaults."""

    __slots__ = _CONFIG_FIELDS

    def __init__(self, Admin: Any = None, Net: Any = None, Metadata: Any = None, Producer: Any = None,
                 Consumer: Any = None, ClientID: str = "", RackID: str = "", ChannelBufferSize: int = 0,
                 Version: Optional[KafkaVersion] = None) -> None:
        self.Admin = Admin if Admin is not None else _AdminConf()
        self.Net = Net if Net is not None else _NetConf()
        self.Metadata = Metadata if Metadata is not None else _MetadataConf()
        self.Producer = Producer if Producer is not None else _ProducerConf()
        self.Consumer = Consumer if Consumer is not None else _ConsumerConf()
        self.ClientID = ClientID
        self.RackID = RackID
        self.ChannelBufferSize = ChannelBufferSize
        self.Version = Version if Version is not None else KafkaVersion()

    def _copy(self) -> "Config":
        return Config(self.Admin._copy(), self.Net._copy(), self.Metadata._copy(), self.Producer._copy(),
                      self.Consumer._copy(), self.ClientID, self.RackID, self.ChannelBufferSize,
                      self.Version._copy())

    def _assign(self, v: "Config") -> None:
        for f in _CONFIG_FIELDS:
            setattr(self, f, getattr(v, f))

    def Validate(self) -> Any:
        return _validate(self)


def _defaults(c: Config) -> Config:
    c.Admin.Retry.Max = 5
    c.Admin.Retry.Backoff = 100 * _MS
    c.Admin.Timeout = 3 * _SECOND
    c.Net.MaxOpenRequests = 5
    c.Net.DialTimeout = c.Net.ReadTimeout = c.Net.WriteTimeout = 30 * _SECOND
    c.Net.SASL.Handshake = True
    c.Metadata.Retry.Max = 3
    c.Metadata.Retry.Backoff = 250 * _MS
    c.Metadata.RefreshFrequency = 10 * 60 * _SECOND
    c.Metadata.Full = True
    c.Metadata.AllowAutoTopicCreation = True
    c.Producer.MaxMessageBytes = 1024 * 1024
    c.Producer.RequiredAcks = WaitForLocal
    c.Producer.Timeout = 10 * _SECOND
    c.Producer.Partitioner = NewHashPartitioner
    c.Producer.Retry.Max = 3
    c.Producer.Retry.Backoff = 100 * _MS
    c.Producer.Return.Errors = True
    c.Producer.CompressionLevel = CompressionLevelDefault
    c.Consumer.Fetch.Min = 1
    c.Consumer.Fetch.Default = 1024 * 1024
    c.Consumer.Fetch.MaxBytes = 50 * 1024 * 1024
    c.Consumer.Retry.Backoff = 2 * _SECOND
    c.Consumer.MaxWaitTime = 500 * _MS
    c.Consumer.MaxProcessingTime = 100 * _MS
    c.Consumer.Return.Errors = False
    c.Consumer.Offsets.AutoCommit.Enable = True
    c.Consumer.Offsets.AutoCommit.Interval = 1 * _SECOND
    c.Consumer.Offsets.Initial = OffsetNewest
    c.Consumer.Offsets.Retry.Max = 3
    c.Consumer.Group.Session.Timeout = 10 * _SECOND
    c.Consumer.Group.Heartbeat.Interval = 3 * _SECOND
    c.Consumer.Group.Rebalance.GroupStrategies = gv.Slice([NewBalanceStrategyRange()])
    c.Consumer.Group.Rebalance.Timeout = 60 * _SECOND
    c.Consumer.Group.Rebalance.Retry.Max = 4
    c.Consumer.Group.Rebalance.Retry.Backoff = 2 * _SECOND
    c.Consumer.Group.ResetInvalidOffsets = True
    c.ClientID = "sarama"
    c.ChannelBufferSize = 256
    c.Version = DefaultVersion._copy()
    return c


def NewConfig() -> Config:
    return _defaults(Config())


def _validate(c: Config) -> Any:
    """sarama's Config.Validate: the first failing rule as a ConfigurationError."""
    p, k, g = c.Producer, c.Consumer, c.Consumer.Group
    rules = [
        (c.Net.MaxOpenRequests <= 0, "Net.MaxOpenRequests must be > 0"),
        (c.Net.DialTimeout <= 0, "Net.DialTimeout must be > 0"),
        (c.Net.ReadTimeout <= 0, "Net.ReadTimeout must be > 0"),
        (c.Net.WriteTimeout <= 0, "Net.WriteTimeout must be > 0"),
        (c.Admin.Timeout <= 0, "Admin.Timeout must be > 0"),
        (c.Metadata.Retry.Max < 0, "Metadata.Retry.Max must be >= 0"),
        (c.Metadata.Retry.Backoff < 0, "Metadata.Retry.Backoff must be >= 0"),
        (c.Metadata.RefreshFrequency < 0, "Metadata.RefreshFrequency must be >= 0"),
        (p.MaxMessageBytes <= 0, "Producer.MaxMessageBytes must be > 0"),
        (p.RequiredAcks < -1, "Producer.RequiredAcks must be >= -1"),
        (p.Timeout <= 0, "Producer.Timeout must be > 0"),
        (p.Partitioner is None, "Producer.Partitioner must not be nil"),
        (p.Flush.Bytes < 0, "Producer.Flush.Bytes must be >= 0"),
        (p.Flush.Messages < 0, "Producer.Flush.Messages must be >= 0"),
        (p.Flush.Frequency < 0, "Producer.Flush.Frequency must be >= 0"),
        (p.Flush.MaxMessages < 0, "Producer.Flush.MaxMessages must be >= 0"),
        (0 < p.Flush.MaxMessages < p.Flush.Messages,
         "Producer.Flush.MaxMessages must be >= Producer.Flush.Messages when set"),
        (p.Retry.Max < 0, "Producer.Retry.Max must be >= 0"),
        (p.Retry.Backoff < 0, "Producer.Retry.Backoff must be >= 0"),
        (p.Idempotent and p.RequiredAcks != WaitForAll,
         "Idempotent producer requires Producer.RequiredAcks to be WaitForAll"),
        (k.Fetch.Min <= 0, "Consumer.Fetch.Min must be > 0"),
        (k.Fetch.Default <= 0, "Consumer.Fetch.Default must be > 0"),
        (k.Fetch.Max < 0, "Consumer.Fetch.Max must be >= 0"),
        (k.Fetch.MaxBytes <= 0, "Consumer.Fetch.MaxBytes must be > 0"),
        (k.MaxWaitTime < _MS, "Consumer.MaxWaitTime must be >= 1ms"),
        (k.MaxProcessingTime <= 0, "Consumer.MaxProcessingTime must be > 0"),
        (k.Retry.Backoff < 0, "Consumer.Retry.Backoff must be >= 0"),
        (k.Offsets.AutoCommit.Interval <= 0, "Consumer.Offsets.AutoCommit.Interval must be > 0"),
        (k.Offsets.Initial not in (OffsetOldest, OffsetNewest),
         "Consumer.Offsets.Initial must be OffsetOldest or OffsetNewest"),
        (k.Offsets.Retry.Max < 0, "Consumer.Offsets.Retry.Max must be >= 0"),
        (k.IsolationLevel not in (ReadUncommitted, ReadCommitted),
         "Consumer.IsolationLevel must be ReadUncommitted or ReadCommitted"),
        (g.Session.Timeout <= 2 * _MS, "Consumer.Group.Session.Timeout must be >= 2ms"),
        (g.Heartbeat.Interval < _MS, "Consumer.Group.Heartbeat.Interval must be >= 1ms"),
        (g.Heartbeat.Interval >= g.Session.Timeout,
         "Consumer.Group.Heartbeat.Interval must be < Consumer.Group.Session.Timeout"),
        (g.Rebalance.Strategy is None and len(g.Rebalance.GroupStrategies) == 0,
         "Consumer.Group.Rebalance.GroupStrategies or Consumer.Group.Rebalance.Strategy must not be empty"),
        (g.Rebalance.Timeout <= _MS, "Consumer.Group.Rebalance.Timeout must be >= 1ms"),
        (g.Rebalance.Retry.Max < 0, "Consumer.Group.Rebalance.Retry.Max must be >= 0"),
        (g.Rebalance.Retry.Backoff < 0, "Consumer.Group.Rebalance.Retry.Backoff must be >= 0"),
        (c.ChannelBufferSize < 0, "ChannelBufferSize must be >= 0"),
    ]
    for bad, msg in rules:
        if bad:
            return config_error(msg)
    return None


# ---------------------------------------------------------------- errors


class ConfigurationError(str):
    def Error(self) -> str:
        return "kafka: invalid configuration (" + self + ")"


class KError(int):
    def Error(self) -> str:
        return _KERROR_TEXT.get(int(self), f"Unknown error, how did this happen? Error code = {int(self)}")


_KERROR_TEXT = {
    0: "kafka server: Not an error, why are you printing me?",
    -1: "kafka server: Unexpected (unknown?) server error",
    1: "kafka server: The requested offset is outside the range of offsets maintained by the server for the "
       "given topic/partition",
    3: "kafka server: Request was for a topic or partition that does not exist on this broker",
    6: "kafka server: Tried to send a message to a replica that is not the leader for some partition. Your "
       "metadata is out of date",
    7: "kafka server: Request exceeded the user-specified time limit in the request",
    10: "kafka server: Message was too large, server rejected it to avoid allocation error",
    17: "kafka server: The request attempted to perform an operation on an invalid topic",
    27: "kafka server: A rebalance for the group is in progress. Please re-join the group",
    36: "kafka server: Topic with this name already exists",
    37: "kafka server: Number of partitions is invalid",
}

ErrNoError, ErrUnknown, ErrOffsetOutOfRange, ErrUnknownTopicOrPartition = 0, -1, 1, 3
ErrNotLeaderForPartition, ErrRequestTimedOut, ErrMessageSizeTooLarge, ErrInvalidTopic = 6, 7, 10, 17
ErrRebalanceInProgress, ErrTopicAlreadyExists, ErrInvalidPartitions = 27, 36, 37

ErrOutOfBrokers = _errors.New("kafka: client has run out of available brokers to talk to")
ErrClosedClient = _errors.New("kafka: tried to use a client that was closed")
ErrShuttingDown = _errors.New("kafka: message received by producer in process of shutting down")
ErrInvalidPartition = _errors.New("kafka: partitioner returned an invalid partition index")
ErrMessageTooLarge = _errors.New("kafka: message is larger than Consumer.Fetch.Max")
ErrClosedConsumerGroup = _errors.New("kafka: tried to use a consumer group that was closed")
ErrControllerNotAvailable = _errors.New("kafka: controller is not available")

_CONFIG_ERROR_T = gv.foreign_named(ConfigurationError, "sarama.ConfigurationError", gv.STRING)
_KERROR_T = gv.foreign_named(KError, "sarama.KError", gv.INT16)


def config_error(msg: str) -> gv.Box:
    """A sarama.ConfigurationError as an error value."""
    return gv.Box(_CONFIG_ERROR_T, msg)


def kerror(code: int) -> gv.Box:
    """A sarama.KError as an error value (equal to the constant converted to error)."""
    return gv.Box(_KERROR_T, code)


def _struct_type(cls: type, name: str, fields: list[tuple[str, gv.GoType]]) -> None:
    cls.__gotype__ = gv.GoType(name, "struct", py=cls, zero=cls,  # type: ignore[attr-defined]
                               fields=[(f, t, "", False) for f, t in fields])


_ERROR_T = gv.interface_type("error")


class ProducerError(gv.Struct):
    __slots__ = ("Msg", "Err")

    def __init__(self, Msg: Any = None, Err: Any = None) -> None:
        self.Msg = Msg
        self.Err = Err

    def _copy(self) -> "ProducerError":
        return ProducerError(self.Msg, self.Err)

    def _assign(self, v: "ProducerError") -> None:
        self.Msg, self.Err = v.Msg, v.Err

    def Error(self) -> str:
        return f"kafka: Failed to produce message to topic {self.Msg.Topic}: {_text(self.Err)}"

    def Unwrap(self) -> Any:
        return self.Err


class ProducerErrors:
    def Error(self) -> str:
        return f"kafka: Failed to deliver {len(self)} messages."


class ConsumerError(gv.Struct):
    __slots__ = ("Topic", "Partition", "Err")

    def __init__(self, Topic: str = "", Partition: int = 0, Err: Any = None) -> None:
        self.Topic = Topic
        self.Partition = Partition
        self.Err = Err

    def _copy(self) -> "ConsumerError":
        return ConsumerError(self.Topic, self.Partition, self.Err)

    def _assign(self, v: "ConsumerError") -> None:
        self.Topic, self.Partition, self.Err = v.Topic, v.Partition, v.Err

    def Error(self) -> str:
        return f"kafka: error while consuming {self.Topic}/{self.Partition}: {_text(self.Err)}"

    def Unwrap(self) -> Any:
        return self.Err


class ConsumerErrors:
    def Error(self) -> str:
        return f"kafka: {len(self)} errors while consuming"


class TopicError(gv.Struct):
    __slots__ = ("Err", "ErrMsg")

    def __init__(self, Err: int = 0, ErrMsg: Any = None) -> None:
        self.Err = Err
        self.ErrMsg = ErrMsg

    def _copy(self) -> "TopicError":
        return TopicError(self.Err, self.ErrMsg)

    def _assign(self, v: "TopicError") -> None:
        self.Err, self.ErrMsg = v.Err, v.ErrMsg

    def Error(self) -> str:
        text = KError.Error(self.Err)  # type: ignore[arg-type]
        if self.ErrMsg is not None:
            text = f"{text} - {self.ErrMsg.get()}"
        return text

    def Unwrap(self) -> Any:
        return kerror(self.Err)


_PRODUCER_ERRORS_T = gv.foreign_named(ProducerErrors, "sarama.ProducerErrors",
                                      gv.slice_of(gv.pointer_to(gv.foreign_type(ProducerError,
                                                                                "sarama.ProducerError"))))
_CONSUMER_ERRORS_T = gv.foreign_named(ConsumerErrors, "sarama.ConsumerErrors",
                                      gv.slice_of(gv.pointer_to(gv.foreign_type(ConsumerError,
                                                                                "sarama.ConsumerError"))))


def _text(err: Any) -> str:
    return "<nil>" if err is None else err.Error()


def _failure_error(e: KafkaFailure) -> Any:
    """The sarama error for a backend failure."""
    k = e.kind
    if k == _backend.UNKNOWN_TOPIC:
        return kerror(ErrUnknownTopicOrPartition)
    if k == _backend.OUT_OF_BROKERS:
        return ErrOutOfBrokers
    if k == _backend.OFFSET_OUT_OF_RANGE:
        return kerror(ErrOffsetOutOfRange)
    if k == _backend.TOPIC_EXISTS:
        return TopicError(ErrTopicAlreadyExists, Cell(f"Topic '{e.detail}' already exists."))
    if k == _backend.INVALID_PARTITIONS:
        return kerror(ErrInvalidPartitions)
    if k == _backend.INVALID_TOPIC:
        return kerror(ErrInvalidTopic)
    return kerror(ErrUnknown)


def _call(fn: Callable, *args: Any) -> tuple[Any, Any]:
    """fn(*args) through the hand-off: (result, None) or (None, sarama error)."""
    try:
        return blocking(fn, *args), None
    except KafkaFailure as e:
        return None, _failure_error(e)


# ---------------------------------------------------------------- encoders and messages


class StringEncoder(str):
    def Encode(self) -> tuple[gv.Slice, Any]:
        return gv.bytes_of(self), None

    def Length(self) -> int:
        return gv.str_len(self)


class ByteEncoder:
    def Encode(self) -> tuple[gv.Slice, Any]:
        return self, None

    def Length(self) -> int:
        return len(self)


_STRING_ENCODER_T = gv.foreign_named(StringEncoder, "sarama.StringEncoder", gv.STRING)
_BYTE_ENCODER_T = gv.foreign_named(ByteEncoder, "sarama.ByteEncoder", gv.slice_of(gv.UINT8))


def _slice_bytes(s: gv.Slice) -> bytes:
    return bytes(s.a[s.off:s.off + s.len]) if s.off or s.len != len(s.a) else bytes(s.a)


def _encode(e: Any) -> Optional[bytes]:
    """The bytes of an Encoder interface value (None for a nil Encoder)."""
    if e is None:
        return None
    if type(e) is gv.Box:
        if e.t is _STRING_ENCODER_T:
            return e.v.encode("utf-8", "surrogateescape")
        if e.t is _BYTE_ENCODER_T:
            return None if e.v is gv.NIL_SLICE else _slice_bytes(e.v)
    b, err = e.Encode()
    if err is not None:
        raise _EncodeError(err)
    return None if b is gv.NIL_SLICE else _slice_bytes(b)


class _EncodeError(Exception):
    def __init__(self, err: Any) -> None:
        self.err = err


def _bytes_slice(b: Optional[bytes]) -> gv.Slice:
    # bytearray-backed, as a bytes.Buffer's slices are: copied at C speed (a list of ints
    # took 0.5 µs more per 100-byte message)
    return gv.NIL_SLICE if b is None else gv.Slice(bytearray(b))


class RecordHeader(gv.Struct):
    __slots__ = ("Key", "Value")

    def __init__(self, Key: gv.Slice = gv.NIL_SLICE, Value: gv.Slice = gv.NIL_SLICE) -> None:
        self.Key = Key
        self.Value = Value

    def _copy(self) -> "RecordHeader":
        return RecordHeader(self.Key, self.Value)

    def _assign(self, v: "RecordHeader") -> None:
        self.Key, self.Value = v.Key, v.Value


_ZERO_TIME = _time.Time()


def _zero_time() -> Any:
    # One shared zero Time: Time values are never changed in place, only replaced.
    return _ZERO_TIME


class ProducerMessage(gv.Struct):
    __slots__ = ("Topic", "Key", "Value", "Headers", "Metadata", "Offset", "Partition", "Timestamp")

    def __init__(self, Topic: str = "", Key: Any = None, Value: Any = None, Headers: gv.Slice = gv.NIL_SLICE,
                 Metadata: Any = None, Offset: int = 0, Partition: int = 0, Timestamp: Any = None) -> None:
        self.Topic = Topic
        self.Key = Key
        self.Value = Value
        self.Headers = Headers
        self.Metadata = Metadata
        self.Offset = Offset
        self.Partition = Partition
        self.Timestamp = Timestamp if Timestamp is not None else _zero_time()

    def _copy(self) -> "ProducerMessage":
        return ProducerMessage(self.Topic, self.Key, self.Value, self.Headers, self.Metadata, self.Offset,
                               self.Partition, self.Timestamp)

    def _assign(self, v: "ProducerMessage") -> None:
        for f in self.__slots__:
            setattr(self, f, getattr(v, f))

    def ByteSize(self, version: int) -> int:
        size = 36 if version >= 2 else 26
        for e in (self.Key, self.Value):
            if e is not None:
                size += e.Length()
        for h in self.Headers:
            size += len(h.Key) + len(h.Value) + 2 * 5
        return size


class ConsumerMessage(gv.Struct):
    __slots__ = ("Headers", "Timestamp", "BlockTimestamp", "Key", "Value", "Topic", "Partition", "Offset")

    def __init__(self, Headers: gv.Slice = gv.NIL_SLICE, Timestamp: Any = None, BlockTimestamp: Any = None,
                 Key: gv.Slice = gv.NIL_SLICE, Value: gv.Slice = gv.NIL_SLICE, Topic: str = "", Partition: int = 0,
                 Offset: int = 0) -> None:
        self.Headers = Headers
        self.Timestamp = Timestamp if Timestamp is not None else _zero_time()
        self.BlockTimestamp = BlockTimestamp if BlockTimestamp is not None else _zero_time()
        self.Key = Key
        self.Value = Value
        self.Topic = Topic
        self.Partition = Partition
        self.Offset = Offset

    def _copy(self) -> "ConsumerMessage":
        return ConsumerMessage(self.Headers, self.Timestamp, self.BlockTimestamp, self.Key, self.Value, self.Topic,
                               self.Partition, self.Offset)

    def _assign(self, v: "ConsumerMessage") -> None:
        for f in self.__slots__:
            setattr(self, f, getattr(v, f))


_BYTES_T = gv.slice_of(gv.UINT8)
_TIME_T = gv.foreign_type(_time.Time, "time.Time")
_struct_type(ConsumerMessage, "sarama.ConsumerMessage", [
    ("Headers", gv.slice_of(gv.pointer_to(gv.foreign_type(RecordHeader, "sarama.RecordHeader")))),
    ("Timestamp", _TIME_T), ("BlockTimestamp", _TIME_T), ("Key", _BYTES_T), ("Value", _BYTES_T),
    ("Topic", gv.STRING), ("Partition", gv.INT32), ("Offset", gv.INT64)])
_struct_type(ProducerError, "sarama.ProducerError", [
    ("Msg", gv.pointer_to(gv.foreign_type(ProducerMessage, "sarama.ProducerMessage"))), ("Err", _ERROR_T)])
_struct_type(ConsumerError, "sarama.ConsumerError", [
    ("Topic", gv.STRING), ("Partition", gv.INT32), ("Err", _ERROR_T)])


_last_stamp: list[Any] = [None, None]  # (milliseconds, Time): a fetched batch mostly shares one


def _consumer_message(r: Record) -> ConsumerMessage:
    last = _last_stamp
    if r.timestamp == last[0]:
        ts = last[1]  # Time values are never changed in place, so messages may share one
    else:
        ts = last[1] = _time.UnixMilli(r.timestamp)
        last[0] = r.timestamp
    headers = gv.NIL_SLICE
    if r.headers:
        headers = gv.Slice([RecordHeader(_bytes_slice(k), _bytes_slice(v)) for k, v in r.headers])
    return ConsumerMessage(headers, ts, ts, _bytes_slice(r.key), _bytes_slice(r.value), r.topic, r.partition,
                           r.offset)


# ---------------------------------------------------------------- partitioners


def _fnv1a(b: bytes) -> int:
    h = 0x811C9DC5
    for c in b:
        h = ((h ^ c) * 0x01000193) & 0xFFFFFFFF
    return h


def _int32(u: int) -> int:
    return u - (1 << 32) if u & 0x80000000 else u


class _RandomPartitioner:
    def Partition(self, message: ProducerMessage, numPartitions: int) -> tuple[int, Any]:
        return (0 if numPartitions == 1 else int(random.random() * numPartitions)), None

    def RequiresConsistency(self) -> bool:
        return False


class _RoundRobinPartitioner:
    def __init__(self) -> None:
        self.partition = 0

    def Partition(self, message: ProducerMessage, numPartitions: int) -> tuple[int, Any]:
        if self.partition >= numPartitions:
            self.partition = 0
        p = self.partition
        self.partition += 1
        return p, None

    def RequiresConsistency(self) -> bool:
        return False


class _ManualPartitioner:
    def Partition(self, message: ProducerMessage, numPartitions: int) -> tuple[int, Any]:
        return message.Partition, None

    def RequiresConsistency(self) -> bool:
        return True


class _HashPartitioner:
    """FNV-1a of the key; sarama's own variant takes Go's truncated remainder of the hash as
    an int32 and negates a negative result, the reference variant masks the sign bit first
    (as the Java client does). A message without key goes to a random partition."""

    def __init__(self, reference: bool) -> None:
        self.reference = reference
        self.random = _RandomPartitioner()

    def Partition(self, message: ProducerMessage, numPartitions: int) -> tuple[int, Any]:
        if message.Key is None:
            return self.random.Partition(message, numPartitions)
        try:
            key = _encode(message.Key) or b""
        except _EncodeError as e:
            return -1, e.err
        h = _fnv1a(key)
        if self.reference:
            return (_int32(h) & 0x7FFFFFFF) % numPartitions, None
        return abs(gv.rem(_int32(h), numPartitions)), None

    def RequiresConsistency(self) -> bool:
        return True


def NewHashPartitioner(topic: str) -> _HashPartitioner:
    return _HashPartitioner(False)


def NewReferenceHashPartitioner(topic: str) -> _HashPartitioner:
    return _HashPartitioner(True)


def NewRandomPartitioner(topic: str) -> _RandomPartitioner:
    return _RandomPartitioner()


def NewRoundRobinPartitioner(topic: str) -> _RoundRobinPartitioner:
    return _RoundRobinPartitioner()


def NewManualPartitioner(topic: str) -> _ManualPartitioner:
    return _ManualPartitioner()


# ---------------------------------------------------------------- client


def _config_or_default(conf: Optional[Config]) -> tuple[Optional[Config], Any]:
    if conf is None:
        conf = NewConfig()
    err = _validate(conf)
    return (None, err) if err is not None else (conf, None)


class _Client:
    """sarama.Client: topic metadata and offsets of the backend."""

    def __init__(self, conf: Config) -> None:
        self.conf = conf
        self.be = _backend.get()
        self.closed = False

    def Config(self) -> Config:
        return self.conf

    def _partitions(self, topic: str) -> tuple[int, Any]:
        if self.closed:
            return 0, ErrClosedClient
        n, err = _call(self.be.partitions, topic, self.conf.Metadata.AllowAutoTopicCreation)
        return (0, err) if err is not None else (n, None)

    def Topics(self) -> tuple[gv.Slice, Any]:
        if self.closed:
            return gv.NIL_SLICE, ErrClosedClient
        ts, err = _call(self.be.topics)
        return (gv.NIL_SLICE, err) if err is not None else (gv.Slice(list(ts)), None)

    def Partitions(self, topic: str) -> tuple[gv.Slice, Any]:
        n, err = self._partitions(topic)
        return (gv.NIL_SLICE, err) if err is not None else (gv.Slice(list(range(n))), None)

    WritablePartitions = Partitions

    def RefreshMetadata(self, *topics: str) -> Any:
        if self.closed:
            return ErrClosedClient
        for t in topics:
            _, err = self._partitions(t)
            if err is not None:
                return err
        return None

    def GetOffset(self, topic: str, partitionID: int, time: int) -> tuple[int, Any]:
        if self.closed:
            return -1, ErrClosedClient
        wm, err = _call(self.be.watermarks, topic, partitionID)
        if err is not None:
            return -1, err
        return (wm[0] if time == OffsetOldest else wm[1]), None

    def Close(self) -> Any:
        if self.closed:
            return ErrClosedClient
        self.closed = True
        return None

    def Closed(self) -> bool:
        return self.closed


def _connect(addrs: Any, conf: Optional[Config]) -> tuple[Optional[_Client], Any]:
    conf, err = _config_or_default(conf)
    if err is not None:
        return None, err
    be = _backend.get()
    check = getattr(be, "check_brokers", None)
    if check is not None:
        _, err = _call(check, conf.Net.DialTimeout / _SECOND)
        if err is not None:
            return None, err
    return _Client(conf), None


def NewClient(addrs: Any, conf: Optional[Config]) -> tuple[Optional[_Client], Any]:
    return _connect(addrs, conf)


# ---------------------------------------------------------------- consumer


class _PartitionConsumer:
    """One partition read from an offset on: a goroutine fetches through the hand-off and
    feeds `Messages()` (buffered, ChannelBufferSize), both channels closed once it stops."""

    def __init__(self, parent: "_Consumer", topic: str, partition: int, offset: int, hwm: int) -> None:
        self.parent = parent
        self.topic = topic
        self.partition = partition
        self.offset = offset
        self.hwm = hwm
        conf = parent.client.conf
        self.messages = Chan(conf.ChannelBufferSize)
        self.errors = Chan(conf.ChannelBufferSize)
        self.dying = False
        self.paused = False
        self.stopped = False
        go(self._run)

    def _cancelled(self) -> bool:
        return self.dying

    def _run(self) -> None:
        be = self.parent.client.be
        conf = self.parent.client.conf
        wait = max(conf.Consumer.MaxWaitTime / _SECOND, 0.5)
        batch = max(1, min(conf.ChannelBufferSize, 4096)) if conf.ChannelBufferSize else 1
        send = self.messages.send
        mk = _consumer_message
        try:
            while not self.dying:
                if self.paused:
                    _time.Sleep(100 * _MS)
                    continue
                try:
                    recs = blocking(be.fetch, self.topic, self.partition, self.offset, batch, wait, self._cancelled)
                except KafkaFailure as e:
                    self._error(_failure_error(e))
                    _time.Sleep(conf.Consumer.Retry.Backoff)
                    continue
                for r in recs:
                    if self.dying:
                        break
                    send(mk(r))
                    self.offset = r.offset + 1
                if self.offset > self.hwm:
                    self.hwm = self.offset
        finally:
            self.stopped = True
            self.parent._release(self.topic, self.partition)
            self.messages.close()
            self.errors.close()

    def _error(self, err: Any) -> None:
        if self.parent.client.conf.Consumer.Return.Errors:
            self.errors.send(ConsumerError(self.topic, self.partition, err))

    def Messages(self) -> Chan:
        return self.messages

    def Errors(self) -> Chan:
        return self.errors

    def HighWaterMarkOffset(self) -> int:
        return self.hwm

    def AsyncClose(self) -> None:
        if not self.dying:
            self.dying = True
            self.parent.client.be.wake()

    def Close(self) -> Any:
        self.AsyncClose()
        for _ in self.messages:
            pass
        errs = [e for e in self.errors]
        if errs:
            return gv.Box(_CONSUMER_ERRORS_T, gv.Slice(errs))
        return None

    def Pause(self) -> None:
        self.paused = True

    def Resume(self) -> None:
        self.paused = False

    def IsPaused(self) -> bool:
        return self.paused


class _Consumer:
    def __init__(self, client: _Client, own: bool) -> None:
        self.client = client
        self.own = own
        self.children: dict[tuple[str, int], _PartitionConsumer] = {}

    def Topics(self) -> tuple[gv.Slice, Any]:
        return self.client.Topics()

    def Partitions(self, topic: str) -> tuple[gv.Slice, Any]:
        return self.client.Partitions(topic)

    def ConsumePartition(self, topic: str, partition: int, offset: int) -> tuple[Any, Any]:
        return self.consume_partition(topic, partition, offset, True)

    def consume_partition(self, topic: str, partition: int, offset: int, check: bool) -> tuple[Any, Any]:
        """ConsumePartition; without `check`, a given offset is trusted (a group's committed
        offset may be above the high-water mark a broker reports just after a write)."""
        n, err = self.client._partitions(topic)
        if err is not None:
            return None, err
        if not 0 <= partition < n:
            return None, kerror(ErrUnknownTopicOrPartition)
        wm, err = _call(self.client.be.watermarks, topic, partition)
        if err is not None:
            return None, err
        oldest, newest = wm
        if offset == OffsetNewest:
            offset = newest
        elif offset == OffsetOldest:
            offset = oldest
        elif check and not oldest <= offset <= newest:
            return None, kerror(ErrOffsetOutOfRange)
        if (topic, partition) in self.children:
            return None, config_error("That topic/partition is already being consumed")
        pc = _PartitionConsumer(self, topic, partition, offset, newest)
        self.children[(topic, partition)] = pc
        return pc, None

    def _release(self, topic: str, partition: int) -> None:
        self.children.pop((topic, partition), None)

    def HighWaterMarks(self) -> dict:
        out: dict = {}
        for (t, p), pc in self.children.items():
            out.setdefault(t, {})[p] = pc.hwm
        return out

    def Close(self) -> Any:
        if self.own:
            return self.client.Close()
        return None

    def _each(self, parts: Optional[dict], fn: str) -> None:
        for (t, p), pc in list(self.children.items()):
            if parts is None or p in list(parts.get(t, gv.NIL_SLICE)):
                getattr(pc, fn)()

    def Pause(self, topicPartitions: dict) -> None:
        self._each(topicPartitions, "Pause")

    def Resume(self, topicPartitions: dict) -> None:
        self._each(topicPartitions, "Resume")

    def PauseAll(self) -> None:
        self._each(None, "Pause")

    def ResumeAll(self) -> None:
        self._each(None, "Resume")


def NewConsumer(addrs: Any, config: Optional[Config]) -> tuple[Optional[_Consumer], Any]:
    client, err = _connect(addrs, config)
    if err is not None:
        return None, err
    return _Consumer(client, True), None


def NewConsumerFromClient(client: _Client) -> tuple[Optional[_Consumer], Any]:
    if client.closed:
        return None, ErrClosedClient
    return _Consumer(client, False), None


# ---------------------------------------------------------------- producers


_NO_HEADERS: list = []  # shared by messages without headers; never appended to


class _ProducerBase:
    """What both producers share: partitioning, encoding and storing a batch."""

    def __init__(self, client: _Client, own: bool) -> None:
        self.client = client
        self.own = own
        self.partitioners: dict[str, Any] = {}
        self.counts: dict[str, int] = {}

    def _prepare(self, msg: ProducerMessage, now_ms: int, now: Any) -> Any:
        """The Outgoing record for msg, or the sarama error that fails it (`now` is the
        batch's Time, shared by its messages: Time values are never changed in place)."""
        conf = self.client.conf
        n = self.counts.get(msg.Topic)
        if n is None:
            n, err = self.client._partitions(msg.Topic)
            if err is not None:
                return err
            self.counts[msg.Topic] = n
        part = self.partitioners.get(msg.Topic)
        if part is None:
            part = self.partitioners[msg.Topic] = conf.Producer.Partitioner(msg.Topic)
        p, err = part.Partition(msg, n)
        if err is not None:
            return err
        if not 0 <= p < n:
            return ErrInvalidPartition
        try:
            key = _encode(msg.Key)
            value = _encode(msg.Value)
        except _EncodeError as e:
            return e.err
        size = (len(key) if key else 0) + (len(value) if value else 0) + 36
        if size > conf.Producer.MaxMessageBytes:
            return kerror(ErrMessageSizeTooLarge)
        msg.Partition = p
        if msg.Timestamp is _ZERO_TIME or msg.Timestamp.IsZero():
            msg.Timestamp = now
        else:
            now_ms = msg.Timestamp.UnixMilli()
        if msg.Headers.len:
            return Outgoing(msg.Topic, p, key, value, now_ms,
                            [(_slice_bytes(h.Key), _slice_bytes(h.Value)) for h in msg.Headers])
        return Outgoing(msg.Topic, p, key, value, now_ms, _NO_HEADERS)

    def _store(self, msgs: list[ProducerMessage], batched: bool = False) -> list[Any]:
        """Store msgs; the error of each (None when stored, Offset then filled)."""
        now_ms = int(_pytime.time() * 1000)
        now = _time.UnixMilli(now_ms)
        prepare = self._prepare
        errs: list[Any] = []
        out: list[Outgoing] = []
        idx: list[int] = []
        for i, m in enumerate(msgs):
            o = prepare(m, now_ms, now)
            if isinstance(o, Outgoing):
                out.append(o)
                idx.append(i)
                errs.append(None)
            else:
                errs.append(o)
        if out:
            offsets, err = _call(self.client.be.produce, out, batched)
            if err is not None:
                for i in idx:
                    errs[i] = err
                self.counts.clear()
            else:
                for i, off in zip(idx, offsets):
                    msgs[i].Offset = off
        return errs


class _SyncProducer(_ProducerBase):
    def __init__(self, client: _Client, own: bool) -> None:
        super().__init__(client, own)
        self.input = Chan(0)  # closed by Close: a later send panics as sarama's does

    def SendMessage(self, msg: ProducerMessage) -> tuple[int, int, Any]:
        if self.input.closed:
            self.input.send(msg)
        err = self._store([msg])[0]
        if err is not None:
            return -1, -1, err
        return msg.Partition, msg.Offset, None

    def SendMessages(self, msgs: gv.Slice) -> Any:
        if self.input.closed:
            self.input.send(None)
        msgs = list(msgs)
        errs = self._store(msgs)
        failed = [ProducerError(m, e) for m, e in zip(msgs, errs) if e is not None]
        if failed:
            return gv.Box(_PRODUCER_ERRORS_T, gv.Slice(failed))
        return None

    def Close(self) -> Any:
        if not self.input.closed:
            self.input.close()
        if self.own:
            self.client.Close()
        return None


def _verify_sync(conf: Config) -> Any:
    if not conf.Producer.Return.Errors:
        return config_error("Producer.Return.Errors must be true to be used in a SyncProducer")
    if not conf.Producer.Return.Successes:
        return config_error("Producer.Return.Successes must be true to be used in a SyncProducer")
    return None


def NewSyncProducer(addrs: Any, config: Optional[Config]) -> tuple[Optional[_SyncProducer], Any]:
    conf, err = _config_or_default(config)
    if err is not None:
        return None, err
    err = _verify_sync(conf)
    if err is not None:
        return None, err
    client, err = _connect(addrs, conf)
    if err is not None:
        return None, err
    return _SyncProducer(client, True), None


def NewSyncProducerFromClient(client: _Client) -> tuple[Optional[_SyncProducer], Any]:
    err = _verify_sync(client.conf)
    if err is not None:
        return None, err
    return _SyncProducer(client, False), None


class _AsyncProducer(_ProducerBase):
    """Input, Successes and Errors are unbuffered, as sarama's. One goroutine takes messages
    from Input into a pending list; another stores the list through the hand-off whenever it
    is not empty, so messages arriving during a store go together in the next one (batching
    without a linger delay), then reports each result in order."""

    MAX_PENDING = 10000  # Input blocks while this many messages wait to be stored

    def __init__(self, client: _Client, own: bool) -> None:
        super().__init__(client, own)
        self.input = Chan(0)
        self.successes = Chan(0)
        self.errors = Chan(0)
        self.pending: list[ProducerMessage] = []
        self.kick = Chan(1)  # wakes the flusher
        self.room = Chan(1)  # wakes the reader when pending has room again
        self.input_done = False
        go(self._read)
        go(self._flush)

    def _read(self) -> None:
        pending = self.pending
        kick = self.kick
        for msg in self.input:
            pending.append(msg)
            if not kick.buf:
                kick.send(None)
            if len(pending) >= self.MAX_PENDING:
                self.room.recv()
        self.input_done = True
        if not kick.buf:
            kick.send(None)

    def _flush(self) -> None:
        conf = self.client.conf
        ret_ok = conf.Producer.Return.Successes
        ret_err = conf.Producer.Return.Errors
        while True:
            self.kick.recv()
            while self.pending:
                batch = self.pending[:]
                del self.pending[:]
                if len(batch) >= self.MAX_PENDING and not self.room.buf:
                    self.room.send(None)  # the reader waits for room
                errs = self._store(batch, True)
                for m, e in zip(batch, errs):
                    if e is None:
                        if ret_ok:
                            self.successes.send(m)
                    elif ret_err:
                        self.errors.send(ProducerError(m, e))
            if self.input_done:
                break
        self.successes.close()
        self.errors.close()
        if self.own:
            self.client.Close()

    def Input(self) -> Chan:
        return self.input

    def Successes(self) -> Chan:
        return self.successes

    def Errors(self) -> Chan:
        return self.errors

    def AsyncClose(self) -> None:
        if not self.input.closed:
            self.input.close()

    def Close(self) -> Any:
        self.AsyncClose()
        errs: list[Any] = []
        ok, er = self.successes, self.errors
        while ok is not None or er is not None:
            i, v, alive = select2(ok, RECV, er, RECV)
            if not alive:
                if i == 0:
                    ok = None
                else:
                    er = None
            elif i == 1:
                errs.append(v)
        if errs:
            return gv.Box(_PRODUCER_ERRORS_T, gv.Slice(errs))
        return None


def NewAsyncProducer(addrs: Any, conf: Optional[Config]) -> tuple[Optional[_AsyncProducer], Any]:
    client, err = _connect(addrs, conf)
    if err is not None:
        return None, err
    return _AsyncProducer(client, True), None


def NewAsyncProducerFromClient(client: _Client) -> tuple[Optional[_AsyncProducer], Any]:
    if client.closed:
        return None, ErrClosedClient
    return _AsyncProducer(client, False), None


# ---------------------------------------------------------------- consumer groups

from go2py.runtime.kafka.group import (  # noqa: E402  (the group layer uses the names above)
    NewConsumerGroup,
    NewConsumerGroupFromClient,
)

# ---------------------------------------------------------------- admin


class TopicDetail(gv.Struct):
    __slots__ = ("NumPartitions", "ReplicationFactor", "ReplicaAssignment", "ConfigEntries")

    def __init__(self, NumPartitions: int = 0, ReplicationFactor: int = 0, ReplicaAssignment: dict = gv.NIL_MAP,
                 ConfigEntries: dict = gv.NIL_MAP) -> None:
        self.NumPartitions = NumPartitions
        self.ReplicationFactor = ReplicationFactor
        self.ReplicaAssignment = ReplicaAssignment
        self.ConfigEntries = ConfigEntries

    def _copy(self) -> "TopicDetail":
        return TopicDetail(self.NumPartitions, self.ReplicationFactor, self.ReplicaAssignment, self.ConfigEntries)

    def _assign(self, v: "TopicDetail") -> None:
        for f in self.__slots__:
            setattr(self, f, getattr(v, f))


class _ClusterAdmin:
    def __init__(self, client: _Client, own: bool) -> None:
        self.client = client
        self.own = own

    def CreateTopic(self, topic: str, detail: Optional[TopicDetail], validateOnly: bool) -> Any:
        if topic == "":
            return kerror(ErrInvalidTopic)
        if detail is None:
            return _errors.New("you must specify topic details")
        if validateOnly:
            return None
        _, err = _call(self.client.be.create_topic, topic, detail.NumPartitions)
        return err

    def ListTopics(self) -> tuple[dict, Any]:
        ts, err = _call(self.client.be.topics)
        if err is not None:
            return gv.NIL_MAP, err
        out = {}
        for t in ts:
            n, err = _call(self.client.be.partitions, t, False)
            if err is None:
                out[t] = TopicDetail(n, 1, {p: gv.Slice([1]) for p in range(n)}, {})
        return out, None

    def DeleteTopic(self, topic: str) -> Any:
        if topic == "":
            return kerror(ErrInvalidTopic)
        _, err = _call(self.client.be.delete_topic, topic)
        return err

    def Close(self) -> Any:
        if self.own:
            return self.client.Close()
        return None


def NewClusterAdmin(addrs: Any, conf: Optional[Config]) -> tuple[Optional[_ClusterAdmin], Any]:
    client, err = _connect(addrs, conf)
    if err is not None:
        return None, err
    return _ClusterAdmin(client, True), None


def NewClusterAdminFromClient(client: _Client) -> tuple[Optional[_ClusterAdmin], Any]:
    return _ClusterAdmin(client, False), None


_ids = itertools.count(1)


def new_member_id(client_id: str) -> str:
    """A member id unique across the processes of a machine (client id, pid, counter)."""
    return f"{client_id}-{os.getpid()}-{next(_ids)}-{random.getrandbits(32):08x}"
