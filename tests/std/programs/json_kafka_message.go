// A producer encodes events as JSON message values; a consumer decodes them back.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
)

type Header struct {
	Key   string `json:"key"`
	Value []byte `json:"value"`
}

type OrderEvent struct {
	EventID   string            `json:"event_id"`
	OrderID   int64             `json:"order_id"`
	Customer  string            `json:"customer,omitempty"`
	Amount    float64           `json:"amount"`
	Currency  string            `json:"currency"`
	Items     []LineItem        `json:"items"`
	Metadata  map[string]string `json:"metadata,omitempty"`
	Headers   []Header          `json:"headers,omitempty"`
	Retries   int               `json:"-"`
	Processed bool              `json:"processed"`
	Note      *string           `json:"note"`
}

type LineItem struct {
	SKU      string  `json:"sku"`
	Quantity int     `json:"qty"`
	Price    float64 `json:"price"`
}

type ProducerMessage struct {
	Topic     string
	Key       string
	Value     []byte
	Partition int32
	Offset    int64
}

func produce(topic string, ev OrderEvent) (*ProducerMessage, error) {
	b, err := json.Marshal(ev)
	if err != nil {
		return nil, fmt.Errorf("encode %s: %w", ev.EventID, err)
	}
	return &ProducerMessage{Topic: topic, Key: ev.EventID, Value: b}, nil
}

func consume(msg *ProducerMessage) (OrderEvent, error) {
	var ev OrderEvent
	if err := json.Unmarshal(msg.Value, &ev); err != nil {
		return ev, fmt.Errorf("decode message at offset %d: %w", msg.Offset, err)
	}
	return ev, nil
}

func main() {
	note := "leave at door"
	events := []OrderEvent{
		{EventID: "e-1", OrderID: 1001, Customer: "Zoë <zoe@example.com>", Amount: 59.9, Currency: "EUR",
			Items:    []LineItem{{"A-1", 2, 19.95}, {"B-7", 1, 20}},
			Metadata: map[string]string{"source": "web", "campaign": "spring"}, Retries: 3, Note: &note,
			Headers: []Header{{"trace", []byte{0, 1, 2, 250}}}},
		{EventID: "e-2", OrderID: 1002, Amount: 1e-7, Currency: "USD", Items: []LineItem{}},
		{EventID: "e-3", OrderID: 9007199254740993, Amount: 123456789012345678, Currency: "JPY"},
	}
	var log []*ProducerMessage
	for i, ev := range events {
		msg, err := produce("orders", ev)
		if err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		msg.Partition = int32(i % 2)
		msg.Offset = int64(i)
		log = append(log, msg)
		fmt.Printf("produced %s/%d@%d key=%s value=%s\n", msg.Topic, msg.Partition, msg.Offset, msg.Key, msg.Value)
	}
	log = append(log, &ProducerMessage{Topic: "orders", Value: []byte(`{"event_id":"bad","order_id":"x"}`), Offset: 3})
	log = append(log, &ProducerMessage{Topic: "orders", Value: []byte(`{"event_id":`), Offset: 4})
	for _, msg := range log {
		ev, err := consume(msg)
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			fmt.Println("syntax error at", se.Offset, ":", err)
			continue
		case errors.As(err, &te):
			fmt.Println("type error:", te.Field, te.Value, te.Type, ":", err)
			continue
		}
		note := "<nil>"
		if ev.Note != nil {
			note = *ev.Note
		}
		fmt.Printf("consumed %s order=%d customer=%q amount=%v items=%+v meta=%v headers=%v processed=%v retries=%d note=%s\n",
			ev.EventID, ev.OrderID, ev.Customer, ev.Amount, ev.Items, ev.Metadata, ev.Headers, ev.Processed, ev.Retries, note)
		again, _ := json.MarshalIndent(ev, "", "  ")
		if ev.EventID == "e-1" {
			fmt.Println(string(again))
		}
	}
}
