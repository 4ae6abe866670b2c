package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		0, time.Nanosecond, 1500 * time.Nanosecond, 2 * time.Millisecond,
		time.Second, 90 * time.Second, time.Hour + 30*time.Minute + 5*time.Second,
		-3 * time.Second, 1234567 * time.Microsecond,
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	d := 2*time.Hour + 45*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(int64(d), d.Milliseconds())
	fmt.Printf("%v %s %d\n", time.Minute, time.Minute, time.Minute)
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour))
	timeout := 500 * time.Millisecond
	fmt.Println(timeout < time.Second, timeout*3)
	fmt.Println(time.Duration(4530500) * time.Millisecond)
}
