package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	n := flag.Int("n", 2, "repeat count")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("app: ")
	log.Println("starting")
	sc := bufio.NewScanner(strings.NewReader("a b\nc\n"))
	lines := 0
	for sc.Scan() {
		lines++
		fmt.Println(strings.Repeat(sc.Text(), *n))
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "lines=%d\n", lines)
	w.Flush()
}
