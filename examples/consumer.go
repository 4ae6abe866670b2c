// consumer reads every partition of topic "test0" from the newest offset, one goroutine
// per partition, and prints each message. Set LIMIT to stop after that many messages.
package main

import (
	"fmt"
	"os"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/Shopify/sarama"
)

func main() {
	limit := int64(-1)
	if s := os.Getenv("LIMIT"); s != "" {
		n, _ := strconv.Atoi(s)
		limit = int64(n)
	}
	start := sarama.OffsetNewest
	if os.Getenv("FROM_START") != "" {
		start = sarama.OffsetOldest
	}

	consumer, err := sarama.NewConsumer([]string{"172.20.3.13:30901"}, nil)
	if err != nil {
		fmt.Println("cannot create the consumer:", err)
		os.Exit(1)
	}
	defer consumer.Close()

	partitions, err := consumer.Partitions("test0")
	if err != nil {
		fmt.Println("cannot list the partitions:", err)
		os.Exit(1)
	}

	var seen int64
	done := make(chan struct{})
	var wg sync.WaitGroup
	for _, p := range partitions {
		pc, err := consumer.ConsumePartition("test0", int32(p), start)
		if err != nil {
			fmt.Printf("cannot consume partition %d: %v\n", p, err)
			os.Exit(1)
		}
		defer pc.AsyncClose()
		wg.Add(1)
		go func(pc sarama.PartitionConsumer) {
			defer wg.Done()
			for msg := range pc.Messages() {
				fmt.Printf("Partition:%d, Offset:%d, key:%s, value:%s\n", msg.Partition, msg.Offset, string(msg.Key), string(msg.Value))
				if atomic.AddInt64(&seen, 1) == limit {
					close(done)
				}
			}
		}(pc)
	}
	fmt.Println("ready")
	if limit > 0 {
		<-done
		return
	}
	wg.Wait()
}
