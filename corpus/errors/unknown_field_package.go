package main

import "time"

func main() {
	d := time.Second
	println(d.Milliseconds(), d.Minute())
}
