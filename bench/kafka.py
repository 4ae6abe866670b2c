"""Throughput of translated sarama programs, as ratios to raw confluent-kafka in the same run.

Two Go programs (an AsyncProducer sending N messages of 100 bytes, a PartitionConsumer reading
them from the oldest offset) are translated once and run:

- on the embedded store (msg/s; no baseline exists: it is go2py's own);
- on a Tansu broker started on loopback, against raw confluent-kafka (Producer.produce + flush,
  and Consumer.consume in batches) on the same broker, printed as ratios.

    python bench/kafka.py [N]
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.kafka.conftest import tansu, translate  # noqa: E402

PRODUCER = """
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/IBM/sarama"
)

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	config := sarama.NewConfig()
	config.Producer.Return.Successes = true
	p, err := sarama.NewAsyncProducer([]string{"127.0.0.1:9092"}, config)
	if err != nil {
		panic(err)
	}
	value := sarama.StringEncoder(strings.Repeat("x", 100))
	start := time.Now()
	done := make(chan bool)
	go func() {
		for range p.Successes() {
		}
		done <- true
	}()
	go func() {
		for err := range p.Errors() {
			panic(err)
		}
	}()
	for i := 0; i < n; i++ {
		p.Input() <- &sarama.ProducerMessage{Topic: os.Args[2], Value: value}
	}
	p.AsyncClose()
	<-done
	fmt.Println(time.Since(start).Seconds())
}
"""

CONSUMER = """
package main

import (
	"fmt"
	"os"
	"strconv"
	"time"

	"github.com/IBM/sarama"
)

func main() {
	n, _ := strconv.Atoi(os.Args[1])
	c, err := sarama.NewConsumer([]string{"127.0.0.1:9092"}, nil)
	if err != nil {
		panic(err)
	}
	pc, err := c.ConsumePartition(os.Args[2], 0, sarama.OffsetOldest)
	if err != nil {
		panic(err)
	}
	start := time.Now()
	bytes := 0
	for i := 0; i < n; i++ {
		msg := <-pc.Messages()
		bytes += len(msg.Value)
	}
	fmt.Println(time.Since(start).Seconds())
}
"""


def run_go(prog: Path, env: dict[str, str], *args: str) -> float:
    r = subprocess.run([sys.executable, str(prog), *args], capture_output=True, text=True, env=env, timeout=600)
    if r.returncode != 0:
        raise SystemExit(r.stderr)
    return float(r.stdout.strip())


def raw_produce(addr: str, topic: str, n: int) -> float:
    from confluent_kafka import Producer

    p = Producer({"bootstrap.servers": addr, "acks": "all", "log_level": 0})
    value = b"x" * 100
    t = time.perf_counter()
    for _ in range(n):
        while True:
            try:
                p.produce(topic, value, partition=0)
                break
            except BufferError:
                p.poll(0.01)
    p.flush(60)
    return time.perf_counter() - t


def raw_consume(addr: str, topic: str, n: int) -> float:
    from confluent_kafka import Consumer, TopicPartition

    c = Consumer({"bootstrap.servers": addr, "group.id": "bench", "enable.auto.commit": False, "log_level": 0})
    c.assign([TopicPartition(topic, 0, 0)])
    t = time.perf_counter()
    got = 0
    while got < n:
        got += len(c.consume(1000, 1.0))
    el = time.perf_counter() - t
    c.close()
    return el


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50_000
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        (tmp / "producer.go").write_text(PRODUCER)
        (tmp / "consumer.go").write_text(CONSUMER)
        prod = translate(tmp / "producer.go", tmp)
        cons = translate(tmp / "consumer.go", tmp)
        env = dict(os.environ, GO2PY_KAFKA_DIR=str(tmp / "store"))
        env.pop("GO2PY_KAFKA_BROKERS", None)
        tp = run_go(prod, env, str(n), "bench")
        tc = run_go(cons, env, str(n), "bench")
        print(f"embedded  AsyncProducer {n / tp:10,.0f} msg/s   PartitionConsumer {n / tc:10,.0f} msg/s")
        with tansu() as addr:
            env["GO2PY_KAFKA_BROKERS"] = addr
            rp = raw_produce(addr, "raw", n)
            rc = raw_consume(addr, "raw", n)
            tp = run_go(prod, env, str(n), "bench")
            tc = run_go(cons, env, str(n), "bench")
            print(f"Tansu     raw confluent-kafka produce {n / rp:10,.0f} msg/s, consume {n / rc:10,.0f} msg/s")
            print(f"Tansu     AsyncProducer {n / tp:10,.0f} msg/s ({rp / tp:.2f}x raw), "
                  f"PartitionConsumer {n / tc:10,.0f} msg/s ({rc / tc:.2f}x raw)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
