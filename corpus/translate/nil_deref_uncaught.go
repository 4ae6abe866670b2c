package main

import "fmt"

type Config struct {
	Name    string
	Retries int
}

func load(ok bool) *Config {
	if ok {
		return &Config{"prod", 3}
	}
	return nil
}

func main() {
	c := load(true)
	fmt.Println(c.Name, c.Retries)
	c = load(false)
	fmt.Println(c == nil)
	fmt.Println(c.Retries)
}
