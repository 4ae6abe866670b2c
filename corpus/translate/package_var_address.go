package main

import (
	"flag"
	"fmt"
	"sync/atomic"
)

var (
	topic   string
	verbose bool
	count   int64
	ptr     = &count
	n       int
)

func init() {
	flag.StringVar(&topic, "topic", "test0", "topic to use")
	flag.BoolVar(&verbose, "v", false, "verbose")
	flag.IntVar(&n, "n", 3, "count")
}

func bump(p *int64) { *p += 10 }

func main() {
	flag.Parse()
	fmt.Println(topic, verbose, n)
	atomic.AddInt64(&count, 5)
	bump(ptr)
	bump(&count)
	fmt.Println(count, *ptr, ptr == &count)
	p := &n
	*p = 42
	fmt.Println(n)
}
