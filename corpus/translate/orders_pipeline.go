// A realistic pipeline: JSON lines decoded, a worker pool with context and atomics, results collected.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

type Order struct {
	ID       int               `json:"id"`
	Customer string            `json:"customer"`
	Items    []Item            `json:"items,omitempty"`
	Meta     map[string]string `json:"meta,omitempty"`
	Paid     bool              `json:"-"`
	Note     *string           `json:"note"`
	Created  time.Time         `json:"created"`
}

type Item struct {
	SKU   string  `json:"sku"`
	Qty   int     `json:"qty"`
	Price float64 `json:"price"`
}

func (o Order) Total() (t float64) {
	for _, it := range o.Items {
		t += float64(it.Qty) * it.Price
	}
	return
}

type result struct {
	id    int
	total float64
	err   error
}

func worker(ctx context.Context, id int, jobs <-chan Order, out chan<- result, processed *int64) {
	for {
		select {
		case <-ctx.Done():
			return
		case o, ok := <-jobs:
			if !ok {
				return
			}
			atomic.AddInt64(processed, 1)
			if o.Customer == "" {
				out <- result{o.ID, 0, fmt.Errorf("order %d: %w", o.ID, errMissing)}
				continue
			}
			out <- result{id: o.ID, total: o.Total()}
		}
	}
}

var errMissing = errors.New("missing customer")

func main() {
	workers := flag.Int("workers", 3, "number of workers")
	verbose := flag.Bool("v", false, "verbose")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("[orders] ")
	input := `{"id":1,"customer":"ann","items":[{"sku":"a","qty":2,"price":1.5}],"created":"2024-01-02T03:04:05Z"}
{"id":2,"customer":"","items":[],"note":"rush","created":"2024-01-02T03:04:05Z"}
{"id":3,"customer":"bob","items":[{"sku":"b","qty":1,"price":10},{"sku":"c","qty":3,"price":0.25}],"meta":{"src":"web"},"created":"2024-02-29T12:00:00+02:00"}
not json`
	sc := bufio.NewScanner(strings.NewReader(input))
	var orders []Order
	for sc.Scan() {
		var o Order
		if err := json.Unmarshal([]byte(sc.Text()), &o); err != nil {
			log.Printf("skip line: %v", err)
			continue
		}
		orders = append(orders, o)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	jobs := make(chan Order)
	out := make(chan result, len(orders))
	var processed int64
	var wg sync.WaitGroup
	for i := 0; i < *workers; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			worker(ctx, id, jobs, out, &processed)
		}(i)
	}
	for _, o := range orders {
		jobs <- o
	}
	close(jobs)
	wg.Wait()
	close(out)
	totals := map[int]float64{}
	for r := range out {
		if r.err != nil {
			fmt.Println("error:", r.err, errors.Is(r.err, errMissing))
			continue
		}
		totals[r.id] = r.total
	}
	fmt.Println(totals, atomic.LoadInt64(&processed), *verbose)
	b, _ := json.MarshalIndent(orders[2], "", "  ")
	fmt.Println(string(b))
	b, _ = json.Marshal(orders[1])
	fmt.Println(string(b))
	fmt.Println(orders[2].Created.Format(time.RFC1123Z), orders[0].Created.Weekday(), orders[2].Created.UTC())
	var generic map[string]any
	_ = json.Unmarshal([]byte(`{"a":[1,2.5,"x",null,true],"b":{"c":1e3}}`), &generic)
	fmt.Println(generic, generic["b"].(map[string]any)["c"])
	if len(os.Args) > 5 {
		os.Exit(1)
	}
	fmt.Fprintf(os.Stdout, "%s %v\n", ctx.Err(), errors.Unwrap(fmt.Errorf("w: %w", context.Canceled)))
}
