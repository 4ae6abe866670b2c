package main

import "time"

func (d time.Duration) Hours2() float64 {
	return d.Hours() * 2
}

func main() {
	println(time.Second)
}
