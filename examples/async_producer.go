// async_producer feeds messages to an AsyncProducer's Input channel and reports each
// acknowledgement or error from a separate goroutine.
package main

import (
	"fmt"
	"log"
	"os"
	"strconv"
	"sync"
	"time"

	"github.com/Shopify/sarama"
)

func main() {
	topic := "test0"
	count := 5
	if len(os.Args) > 1 {
		if n, err := strconv.Atoi(os.Args[1]); err == nil {
			count = n
		}
	}

	config := sarama.NewConfig()
	config.Producer.Return.Successes = true
	config.Producer.Timeout = 5 * time.Second

	p, err := sarama.NewAsyncProducer([]string{"172.20.3.13:30901"}, config)
	if err != nil {
		log.Fatalf("cannot create the producer: %v", err)
	}

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		acked := 0
		for {
			select {
			case err, ok := <-p.Errors():
				if !ok {
					fmt.Println("acknowledged:", acked)
					return
				}
				fmt.Println("error:", err)
			case msg, ok := <-p.Successes():
				if !ok {
					fmt.Println("acknowledged:", acked)
					return
				}
				acked++
				v, _ := msg.Value.Encode()
				fmt.Printf("ok partition=%d offset=%d value=%s\n", msg.Partition, msg.Offset, v)
			}
		}
	}()

	for i := 0; i < count; i++ {
		v := []byte("message " + strconv.Itoa(i))
		p.Input() <- &sarama.ProducerMessage{Topic: topic, Value: sarama.ByteEncoder(v)}
		time.Sleep(10 * time.Millisecond)
	}
	p.AsyncClose() // flushes, then closes Successes and Errors
	wg.Wait()
}
