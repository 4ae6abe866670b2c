package main

import (
	"fmt"
	"math"
	"time"
)

func main() {
	ds := []time.Duration{
		0, 1, 999, 1000, 1001, 1500, 999999, 1000000, 1500000, 100 * time.Millisecond,
		time.Second, 1500 * time.Millisecond, 59 * time.Second, time.Minute, 90 * time.Second,
		time.Hour, 2 * time.Hour, 25*time.Hour + 30*time.Second + 5*time.Millisecond,
		-1, -1500 * time.Millisecond, -2 * time.Hour, math.MaxInt64, math.MinInt64,
		time.Hour + time.Nanosecond, 3*time.Microsecond + 7,
	}
	for _, d := range ds {
		fmt.Println(d.String(), d.Nanoseconds(), d.Microseconds(), d.Milliseconds())
		fmt.Printf("%.6f %.6f %.9f\n", d.Seconds(), d.Minutes(), d.Hours())
	}
	d := 1234567891 * time.Nanosecond
	for _, m := range []time.Duration{0, time.Microsecond, time.Millisecond, time.Second, time.Minute, 7 * time.Millisecond} {
		fmt.Println(d.Truncate(m), d.Round(m), (-d).Truncate(m), (-d).Round(m))
	}
	fmt.Println(time.Duration(math.MinInt64).Abs(), (-d).Abs())
	x := time.Duration(math.MaxInt64)
	x += 1
	fmt.Println(x)
	fmt.Println(d/time.Millisecond, d%time.Millisecond, (-d)/time.Millisecond, (-d)%time.Millisecond)
}
