"""No loss: 10,000 messages produced with WaitForAll are all consumed by a consumer group
across a consumer killed with SIGKILL mid-stream and restarted (at-least-once from the last
commit: nothing missing, redelivery only after the last committed offset)."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.kafka.conftest import run

N = 10_000

PRODUCER = """
package main

import (
	"fmt"
	"strconv"

	"github.com/IBM/sarama"
)

func main() {
	config := sarama.NewConfig()
	config.Producer.RequiredAcks = sarama.WaitForAll
	config.Producer.Return.Successes = true
	p, err := sarama.NewAsyncProducer([]string{"127.0.0.1:9092"}, config)
	if err != nil {
		panic(err)
	}
	done := make(chan int)
	go func() {
		n := 0
		for range p.Successes() {
			n++
		}
		done <- n
	}()
	go func() {
		for err := range p.Errors() {
			fmt.Println("error:", err)
		}
	}()
	for i := 0; i < %d; i++ {
		p.Input() <- &sarama.ProducerMessage{Topic: "loss", Value: sarama.StringEncoder(strconv.Itoa(i))}
	}
	p.AsyncClose()
	fmt.Println("acknowledged", <-done)
}
""" % N


def test_no_loss_across_a_killed_consumer(programs, store):
    admin = run(programs.path("loss_admin", ADMIN), store)
    assert admin.returncode == 0, admin.stderr
    r = run(programs.path("loss_producer", PRODUCER), store, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout == f"acknowledged {N}\n"
    prog = programs.path("loss_consumer", CONSUMER)
    env = dict(store)
    seen: list[int] = []

    def consume(stop_after: int | None) -> list[int]:
        p = subprocess.Popen([sys.executable, str(prog)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, env=env)
        got: list[int] = []
        assert p.stdout is not None
        deadline = time.monotonic() + 120
        try:
            for line in p.stdout:
                m = re.search(r"value:(\d+)$", line.strip())
                if m:
                    got.append(int(m[1]))
                if stop_after is not None and len(got) >= stop_after:
                    break
                if stop_after is None and len(set(seen) | set(got)) == N:
                    break
                assert time.monotonic() < deadline, "too slow"
        finally:
            p.send_signal(signal.SIGKILL)
            p.wait()
        return got

    first = consume(N // 3)
    # The dead member keeps its partition until its 3 s session expires.
    seen.extend(first)
    second = consume(None)
    seen.extend(second)
    assert set(seen) == set(range(N))
    # Redelivery starts at a committed offset: the second run begins at or before where the
    # first stopped, and each run alone saw each message at most once, in order.
    assert first == list(range(len(first)))
    assert second == list(range(second[0], N))
    assert second[0] <= len(first)


ADMIN = """
package main

import "github.com/IBM/sarama"

func main() {
	admin, err := sarama.NewClusterAdmin([]string{"127.0.0.1:9092"}, nil)
	if err != nil {
		panic(err)
	}
	if err := admin.CreateTopic("loss", &sarama.TopicDetail{NumPartitions: 1, ReplicationFactor: 1}, false); err != nil {
		panic(err)
	}
	admin.Close()
}
"""


CONSUMER = """
package main

import (
	"context"
	"fmt"

	"github.com/IBM/sarama"
)

type handler struct{}

func (handler) Setup(sarama.ConsumerGroupSession) error   { return nil }
func (handler) Cleanup(sarama.ConsumerGroupSession) error { return nil }
func (handler) ConsumeClaim(sess sarama.ConsumerGroupSession, claim sarama.ConsumerGroupClaim) error {
	for msg := range claim.Messages() {
		fmt.Printf("offset:%d value:%s\\n", msg.Offset, msg.Value)
		sess.MarkMessage(msg, "")
	}
	return nil
}

func main() {
	config := sarama.NewConfig()
	config.Consumer.Offsets.Initial = sarama.OffsetOldest
	config.Consumer.Offsets.AutoCommit.Interval = 200 * 1000 * 1000
	config.Consumer.Group.Session.Timeout = 3 * 1000 * 1000 * 1000
	config.Consumer.Group.Heartbeat.Interval = 1000 * 1000 * 1000
	group, err := sarama.NewConsumerGroup([]string{"127.0.0.1:9092"}, "loss-group", config)
	if err != nil {
		panic(err)
	}
	for {
		if err := group.Consume(context.Background(), []string{"loss"}, handler{}); err != nil {
			panic(err)
		}
	}
}
"""


SYNC_LOOP = """
package main

import (
	"fmt"
	"strconv"

	"github.com/IBM/sarama"
)

func main() {
	config := sarama.NewConfig()
	config.Producer.RequiredAcks = sarama.WaitForAll
	config.Producer.Return.Successes = true
	p, err := sarama.NewSyncProducer([]string{"127.0.0.1:9092"}, config)
	if err != nil {
		panic(err)
	}
	for i := 0; ; i++ {
		_, off, err := p.SendMessage(&sarama.ProducerMessage{Topic: "acked", Value: sarama.StringEncoder(strconv.Itoa(i))})
		if err != nil {
			panic(err)
		}
		fmt.Println(off)
	}
}
"""


@pytest.mark.parametrize("store", ["embedded"], indirect=True)
def test_embedded_store_keeps_every_acknowledged_message(programs, store):
    from go2py.runtime.kafka.embedded import EmbeddedBackend

    p = subprocess.Popen([sys.executable, str(programs.path("sync_loop", SYNC_LOOP))], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, text=True, env=store)
    acked: list[int] = []
    assert p.stdout is not None
    for line in p.stdout:
        acked.append(int(line))
        if len(acked) == 500:
            p.send_signal(signal.SIGKILL)
            break
    p.wait()
    be = EmbeddedBackend(Path(store["GO2PY_KAFKA_DIR"]))
    lo, hi = be.watermarks("acked", 0)
    recs = be.fetch("acked", 0, 0, hi + 1, 0, lambda: False)
    assert acked == list(range(500))
    assert hi >= 500
    assert [r.offset for r in recs] == list(range(hi))
    assert [r.value for r in recs[:500]] == [str(i).encode() for i in range(500)]
