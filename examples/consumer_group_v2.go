// consumer_group_v2 consumes topic "test0" in group "group-2" with sarama's own
// ConsumerGroup: the runtime calls the handler's Setup, ConsumeClaim (one per claimed
// partition) and Cleanup. Set LIMIT to stop after that many messages.
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/Shopify/sarama"
)

type handler struct {
	mu     sync.Mutex
	count  int
	limit  int
	cancel func()
}

func (h *handler) Setup(sess sarama.ConsumerGroupSession) error {
	fmt.Println("ready", sess.Claims()["test0"])
	return nil
}

func (h *handler) Cleanup(sarama.ConsumerGroupSession) error {
	return nil
}

func (h *handler) ConsumeClaim(sess sarama.ConsumerGroupSession, claim sarama.ConsumerGroupClaim) error {
	for msg := range claim.Messages() {
		fmt.Printf("topic:%q partition:%d offset:%d value:%s\n", msg.Topic, msg.Partition, msg.Offset, msg.Value)
		sess.MarkMessage(msg, "")
		h.mu.Lock()
		h.count++
		if h.count == h.limit {
			h.cancel()
		}
		h.mu.Unlock()
	}
	return nil
}

func main() {
	limit := -1
	if s := os.Getenv("LIMIT"); s != "" {
		limit, _ = strconv.Atoi(s)
	}
	config := sarama.NewConfig()
	config.Consumer.Offsets.Initial = sarama.OffsetOldest
	config.Consumer.Group.Session.Timeout = 6 * time.Second
	config.Consumer.Group.Heartbeat.Interval = 2 * time.Second
	config.Consumer.Group.Rebalance.GroupStrategies = []sarama.BalanceStrategy{sarama.NewBalanceStrategyRoundRobin()}

	group, err := sarama.NewConsumerGroup([]string{"172.20.3.13:30901"}, "group-2", config)
	if err != nil {
		log.Fatalf("cannot create the group: %v", err)
	}
	defer group.Close()

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	h := &handler{limit: limit, cancel: cancel}
	for {
		if err := group.Consume(ctx, []string{"test0"}, h); err != nil {
			log.Printf("consume: %v", err)
			return
		}
		if ctx.Err() != nil {
			return
		}
	}
}
