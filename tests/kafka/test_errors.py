"""sarama's configuration errors, closed producers, unknown topics and offsets: the error
texts and panics sarama documents (see conftest.py), never a hang or a Python traceback."""

from __future__ import annotations

from tests.kafka.conftest import run

CONFIG_ERRORS = """
package main

import (
	"fmt"

	"github.com/IBM/sarama"
)

func main() {
	addrs := []string{"172.20.3.13:30901"}
	config := sarama.NewConfig()
	fmt.Println(config.Producer.Return.Successes, config.Producer.Return.Errors, config.Producer.RequiredAcks == sarama.WaitForLocal,
		config.Consumer.Offsets.Initial == sarama.OffsetNewest, config.Consumer.Return.Errors, config.ChannelBufferSize)
	_, err := sarama.NewSyncProducer(addrs, config)
	fmt.Println(err)
	config.Producer.Return.Successes = true
	config.Producer.Return.Errors = false
	_, err = sarama.NewSyncProducer(addrs, config)
	fmt.Println(err)
	config = sarama.NewConfig()
	config.Consumer.Offsets.Initial = 5
	_, err = sarama.NewConsumer(addrs, config)
	fmt.Println(err)
	if _, ok := err.(sarama.ConfigurationError); ok {
		fmt.Println("a ConfigurationError")
	}
	config = sarama.NewConfig()
	config.Producer.Timeout = 0
	_, err = sarama.NewAsyncProducer(addrs, config)
	fmt.Println(err)
	config = sarama.NewConfig()
	config.Consumer.Group.Heartbeat.Interval = config.Consumer.Group.Session.Timeout
	_, err = sarama.NewConsumerGroup(addrs, "g", config)
	fmt.Println(err)
	config = sarama.NewConfig()
	config.Producer.Partitioner = nil
	fmt.Println(config.Validate())
}
"""


def test_config_errors(programs, store):
    r = run(programs.path("config_errors", CONFIG_ERRORS), store)
    assert r.returncode == 0, r.stderr
    assert r.stdout.splitlines() == [
        "false true true true false 256",
        "kafka: invalid configuration (Producer.Return.Successes must be true to be used in a SyncProducer)",
        "kafka: invalid configuration (Producer.Return.Errors must be true to be used in a SyncProducer)",
        "kafka: invalid configuration (Consumer.Offsets.Initial must be OffsetOldest or OffsetNewest)",
        "a ConfigurationError",
        "kafka: invalid configuration (Producer.Timeout must be > 0)",
        "kafka: invalid configuration (Consumer.Group.Heartbeat.Interval must be < Consumer.Group.Session.Timeout)",
        "kafka: invalid configuration (Producer.Partitioner must not be nil)",
    ]


CLOSED_SYNC = """
package main

import (
	"fmt"

	"github.com/Shopify/sarama"
)

func main() {
	config := sarama.NewConfig()
	config.Producer.Return.Successes = true
	p, err := sarama.NewSyncProducer([]string{"localhost:9092"}, config)
	if err != nil {
		panic(err)
	}
	fmt.Println(p.Close())
	p.SendMessage(&sarama.ProducerMessage{Topic: "t", Value: sarama.StringEncoder("late")})
	fmt.Println("not reached")
}
"""

CLOSED_ASYNC = """
package main

import (
	"fmt"

	"github.com/Shopify/sarama"
)

func main() {
	p, err := sarama.NewAsyncProducer([]string{"localhost:9092"}, nil)
	if err != nil {
		panic(err)
	}
	p.Input() <- &sarama.ProducerMessage{Topic: "t", Value: sarama.StringEncoder("one")}
	p.AsyncClose()
	for range p.Errors() {
	}
	_, ok := <-p.Successes()
	fmt.Println("closed:", !ok)
	p.Input() <- &sarama.ProducerMessage{Topic: "t", Value: sarama.StringEncoder("late")}
}
"""


def test_closed_sync_producer_panics(programs, store):
    r = run(programs.path("closed_sync", CLOSED_SYNC), store)
    assert r.stdout == "<nil>\n"
    assert r.returncode == 2
    assert r.stderr.startswith("panic: send on closed channel\n"), r.stderr
    assert "Traceback" not in r.stderr


def test_send_on_closed_async_input_panics(programs, store):
    r = run(programs.path("closed_async", CLOSED_ASYNC), store)
    assert r.stdout == "closed: true\n"
    assert r.returncode == 2
    assert r.stderr.startswith("panic: send on closed channel\n"), r.stderr


UNKNOWN = """
package main

import (
	"errors"
	"fmt"

	"github.com/Shopify/sarama"
)

func main() {
	config := sarama.NewConfig()
	config.Metadata.AllowAutoTopicCreation = false
	c, err := sarama.NewConsumer([]string{"localhost:9092"}, config)
	if err != nil {
		panic(err)
	}
	_, err = c.Partitions("nope")
	fmt.Println(err)
	fmt.Println(err == sarama.ErrUnknownTopicOrPartition, errors.Is(err, sarama.ErrUnknownTopicOrPartition))
	_, err = c.ConsumePartition("nope", 0, sarama.OffsetNewest)
	fmt.Println(err)

	admin, err := sarama.NewClusterAdmin([]string{"localhost:9092"}, nil)
	if err != nil {
		panic(err)
	}
	fmt.Println(admin.CreateTopic("t2", &sarama.TopicDetail{NumPartitions: 2, ReplicationFactor: 1}, false))
	fmt.Println(admin.CreateTopic("t2", &sarama.TopicDetail{NumPartitions: 2, ReplicationFactor: 1}, false))
	topics, _ := admin.ListTopics()
	fmt.Println(len(topics), topics["t2"].NumPartitions)
	_, err = c.ConsumePartition("t2", 2, sarama.OffsetNewest)
	fmt.Println(err)
	_, err = c.ConsumePartition("t2", 0, 7)
	fmt.Println(err)
	pc, err := c.ConsumePartition("t2", 1, sarama.OffsetOldest)
	fmt.Println(err, pc.HighWaterMarkOffset())
	_, err = c.ConsumePartition("t2", 1, sarama.OffsetOldest)
	fmt.Println(err)
	fmt.Println(pc.Close())
	_, ok := <-pc.Messages()
	fmt.Println("messages closed:", !ok)
	fmt.Println(admin.DeleteTopic("t2"))
	fmt.Println(admin.DeleteTopic("t2"))
	fmt.Println(c.Close())
}
"""


def test_unknown_topic_partition_and_offset(programs, store):
    r = run(programs.path("unknown", UNKNOWN), store)
    assert r.returncode == 0, r.stderr
    unknown = "kafka server: Request was for a topic or partition that does not exist on this broker"
    assert r.stdout.splitlines() == [
        unknown,
        "true true",
        unknown,
        "<nil>",
        "kafka server: Topic with this name already exists - Topic 't2' already exists.",
        "1 2",
        unknown,
        "kafka server: The requested offset is outside the range of offsets maintained by the server for the "
        "given topic/partition",
        "<nil> 0",
        "kafka: invalid configuration (That topic/partition is already being consumed)",
        "<nil>",
        "messages closed: true",
        "<nil>",
        unknown,
        "<nil>",
    ]


PARTITIONERS = """
package main

import (
	"fmt"

	"github.com/Shopify/sarama"
)

func main() {
	keys := []string{"", "a", "key-1", "user:42", "öäü", "the quick brown fox", "x", "yy", "zzz"}
	for _, n := range []int32{1, 3, 7, 10} {
		h := sarama.NewHashPartitioner("t")
		r := sarama.NewReferenceHashPartitioner("t")
		for _, k := range keys {
			m := &sarama.ProducerMessage{Topic: "t", Key: sarama.StringEncoder(k)}
			p, _ := h.Partition(m, n)
			q, _ := r.Partition(m, n)
			fmt.Println(n, k, p, q)
		}
	}
	rr := sarama.NewRoundRobinPartitioner("t")
	for i := 0; i < 5; i++ {
		p, _ := rr.Partition(&sarama.ProducerMessage{}, 3)
		fmt.Print(p, " ")
	}
	fmt.Println()
	mp := sarama.NewManualPartitioner("t")
	p, _ := mp.Partition(&sarama.ProducerMessage{Partition: 2}, 3)
	fmt.Println(p, mp.RequiresConsistency(), sarama.NewRandomPartitioner("t").RequiresConsistency())
}
"""

# The oracle for the hash formulas, run by the real Go toolchain: sarama's hash partitioner
# takes FNV-1a (hash/fnv) of the key, the int32 of it, Go's truncated %, and negates a negative
# result; the reference partitioner masks the sign bit before %.
FNV_ORACLE = """
package main

import (
	"fmt"
	"hash/fnv"
)

func main() {
	keys := []string{"", "a", "key-1", "user:42", "öäü", "the quick brown fox", "x", "yy", "zzz"}
	for _, n := range []int32{1, 3, 7, 10} {
		for _, k := range keys {
			h := fnv.New32a()
			h.Write([]byte(k))
			p := int32(h.Sum32()) % n
			if p < 0 {
				p = -p
			}
			q := (int32(h.Sum32()) & 0x7fffffff) % n
			fmt.Println(n, k, p, q)
		}
	}
	fmt.Println("0 1 2 0 1 ")
	fmt.Println(2, true, false)
}
"""


def test_partitioners_match_go_fnv(programs, embedded, go, tmp_path):
    store = embedded
    import subprocess

    from go2py.gotool import go_environ

    src = tmp_path / "oracle.go"
    src.write_text(FNV_ORACLE)
    want = subprocess.run([go, "run", str(src)], capture_output=True, text=True, env=go_environ(), cwd=tmp_path)
    assert want.returncode == 0, want.stderr
    r = run(programs.path("partitioners", PARTITIONERS), store)
    assert r.returncode == 0, r.stderr
    assert r.stdout == want.stdout


def test_broker_down_gives_out_of_brokers_quickly(programs, embedded):
    import time

    from tests.kafka.conftest import free_port

    env = dict(embedded, GO2PY_KAFKA_BROKERS=f"127.0.0.1:{free_port()}")
    t = time.monotonic()
    r = run(programs.path("sync_producer"), env)
    assert time.monotonic() - t < 15
    assert r.returncode == 1
    assert r.stdout == ""
    assert r.stderr.endswith("cannot create the producer: kafka: client has run out of available brokers to talk to\n")
    assert "Traceback" not in r.stderr
