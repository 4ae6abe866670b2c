// sync_producer sends a few messages to topic "test0" with a SyncProducer and prints
// where each one landed. Run a consumer (consumer.go) alongside to see them arrive.
package main

import (
	"fmt"
	"log"

	"github.com/Shopify/sarama"
)

func main() {
	config := sarama.NewConfig()
	config.Producer.RequiredAcks = sarama.WaitForAll          // wait until every in-sync replica has it
	config.Producer.Partitioner = sarama.NewRandomPartitioner // spread the messages
	config.Producer.Return.Successes = true                   // a SyncProducer requires it

	producer, err := sarama.NewSyncProducer([]string{"172.20.3.13:30901"}, config)
	if err != nil {
		log.Fatalf("cannot create the producer: %v", err)
	}
	defer producer.Close()

	for i := 0; i < 3; i++ {
		msg := &sarama.ProducerMessage{
			Topic: "test0",
			Value: sarama.StringEncoder(fmt.Sprintf("Hello World! #%d", i)),
		}
		partition, offset, err := producer.SendMessage(msg)
		if err != nil {
			fmt.Println("send failed:", err)
			return
		}
		fmt.Printf("分区ID:%v, offset:%v\n", partition, offset)
		fmt.Printf("sent to partition %d at offset %d\n", msg.Partition, msg.Offset)
	}
}
