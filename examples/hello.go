// Hello prints a greeting from a goroutine, handed back over a channel.
package main

import (
	"fmt"
	"strings"
)

func greet(name string, out chan<- string) {
	out <- "Hello, " + strings.ToUpper(name[:1]) + name[1:] + "!"
}

func main() {
	ch := make(chan string)
	go greet("gopher", ch)
	fmt.Println(<-ch)
}
