// consumer_group joins consumer group "group-1" with sarama-cluster, prints every message
// and marks it consumed; rebalances are logged with glog. Set LIMIT to stop after that
// many messages.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/Shopify/sarama"
	cluster "github.com/bsm/sarama-cluster"
	"github.com/golang/glog"
)

func main() {
	limit := -1
	if s := os.Getenv("LIMIT"); s != "" {
		limit, _ = strconv.Atoi(s)
	}
	addrs := "172.20.3.13:30901,172.20.3.14:30901"
	topics := []string{"test0"}

	config := cluster.NewConfig()
	config.Consumer.Return.Errors = true
	config.Group.Return.Notifications = true
	config.Consumer.Offsets.CommitInterval = 1 * time.Second
	config.Consumer.Offsets.Initial = sarama.OffsetNewest
	config.Group.Session.Timeout = 6 * time.Second // a member silent this long is dropped
	config.Group.Heartbeat.Interval = 2 * time.Second

	c, err := cluster.NewConsumer(strings.Split(addrs, ","), "group-1", topics, config)
	if err != nil {
		glog.Errorf("cannot join the group: %v", err)
		os.Exit(1)
	}
	defer c.Close()

	go func() {
		for {
			select {
			case err, ok := <-c.Errors():
				if !ok {
					return
				}
				glog.Errorf("consumer error: %v", err)
			case n, ok := <-c.Notifications():
				if !ok {
					return
				}
				glog.Infof("rebalanced: %+v", n)
				if n.Type == cluster.RebalanceOK {
					fmt.Println("ready", n.Current["test0"])
				}
			}
		}
	}()

	count := 0
	for msg := range c.Messages() {
		fmt.Printf("%s/%d/%d\t%s\n", msg.Topic, msg.Partition, msg.Offset, msg.Value)
		c.MarkOffset(msg, "") // committed (offset+1) within CommitInterval and on Close
		count++
		if count == limit {
			break
		}
	}
}
