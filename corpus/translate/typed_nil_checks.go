package main

import "fmt"

type Logger interface{ Log(string) }

type ConsoleLogger struct{ prefix string }

func (c *ConsoleLogger) Log(m string) {
	if c == nil {
		fmt.Println("[nil logger]", m)
		return
	}
	fmt.Println(c.prefix, m)
}

func main() {
	var c *ConsoleLogger
	c.Log("direct call on nil pointer")
	var l Logger = c
	l.Log("through interface")
	fmt.Println(l != nil)
	l = &ConsoleLogger{"[app]"}
	l.Log("real logger")
}
