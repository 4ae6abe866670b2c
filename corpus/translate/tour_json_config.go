// Reading and writing a JSON configuration: nested structs with tags, omitempty, maps and
// slices, MarshalIndent, Unmarshal errors, and decoding into map[string]any.
package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Broker struct {
	Addr string `json:"addr"`
	TLS  bool   `json:"tls,omitempty"`
}

type Config struct {
	Name    string            `json:"name"`
	Brokers []Broker          `json:"brokers"`
	Topics  map[string]int    `json:"topics"`
	Labels  map[string]string `json:"labels,omitempty"`
	Retries *int              `json:"retries,omitempty"`
	secret  string
}

func main() {
	three := 3
	c := Config{Name: "svc", Brokers: []Broker{{"127.0.0.1:9092", false}, {"127.0.0.1:9093", true}},
		Topics: map[string]int{"orders": 3, "audit": 1}, Retries: &three, secret: "x"}
	b, err := json.MarshalIndent(c, "", "  ")
	fmt.Println(string(b), err)
	var back Config
	if err := json.Unmarshal(b, &back); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println(back.Name, len(back.Brokers), back.Brokers[1].TLS, back.Topics["orders"], *back.Retries, back.secret == "")
	var loose map[string]any
	json.Unmarshal(b, &loose)
	keys := make([]string, 0, len(loose))
	for k := range loose {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s: %T\n", k, loose[k])
	}
	fmt.Println(json.Unmarshal([]byte(`{"name": 5}`), &back))
	fmt.Println(json.Unmarshal([]byte(`{"name": "a",}`), &back))
}
