// Time values, fields, Format with every layout element, arithmetic, Duration and Month/Weekday.
// TZ: America/Los_Angeles, Asia/Kolkata, UNSET
package main

import (
	"fmt"
	"time"
)

var layouts = []string{
	time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z, time.RFC850,
	time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
	time.StampMilli, time.StampMicro, time.StampNano, time.DateTime, time.DateOnly, time.TimeOnly,
	"Monday January 2 2006 _2 __2 002 15 3 03 4 04 5 05 06 PM pm",
	"2006-01-02T15:04:05.000Z0700 Z070000 Z07 Z07:00:00 -07 -070000 -07:00:00",
	"05.9 05.99 05.999999 05,000 05,9 .0 .00000000 05.0000000000",
	"Jan Janx Monx MST _2006 2006_2",
}

type ev struct {
	At time.Time
	D  time.Duration
}

func show(t time.Time) {
	fmt.Println(t)
	y, m, d := t.Date()
	h, mi, s := t.Clock()
	iy, iw := t.ISOWeek()
	name, off := t.Zone()
	fmt.Println(y, m, d, h, mi, s, t.Nanosecond(), t.Weekday(), t.YearDay(), iy, iw, name, off, t.Location(), t.IsDST())
	fmt.Println(t.Unix(), t.UnixMilli(), t.UnixMicro(), t.UnixNano(), t.IsZero())
	for _, l := range layouts {
		fmt.Println(t.Format(l))
	}
}

func main() {
	ny, err := time.LoadLocation("America/New_York")
	fmt.Println(ny, err)
	_, err = time.LoadLocation("Nowhere/City")
	fmt.Println(err)
	_, err = time.LoadLocation("../etc")
	fmt.Println(err)
	kol, _ := time.LoadLocation("Asia/Kolkata")
	fz := time.FixedZone("XYZ", -(3*3600 + 30*60 + 15))
	anon := time.FixedZone("", 5*3600+45*60)
	times := []time.Time{
		time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC),
		time.Date(2024, 2, 29, 0, 0, 0, 0, ny),
		time.Date(2024, 3, 10, 2, 30, 0, 0, ny),
		time.Date(2024, 11, 3, 1, 30, 0, 0, ny),
		time.Date(2023, 13, 35, 25, 61, 61, 1e9+5, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 999999999, kol),
		time.Date(-44, 3, 15, 12, 0, 0, 0, time.UTC),
		time.Date(12345, 1, 1, 0, 0, 0, 0, fz),
		time.Date(2021, 1, 3, 9, 7, 3, 50000, anon),
		time.Date(2020, 12, 31, 12, 0, 0, 0, time.Local),
		time.Unix(1700000000, 5),
		time.Unix(-1, -5).UTC(),
		time.UnixMilli(1700000000123).In(ny),
		time.UnixMicro(-1700000000123456).In(fz),
		{},
	}
	for _, t := range times {
		show(t)
	}
	a := times[0]
	b := times[1]
	fmt.Println(b.Sub(a), a.Sub(b), a.Before(b), a.After(b), a.Equal(a.In(ny)), a == a.In(ny), a.Compare(b), b.Compare(a))
	fmt.Println(a.Add(36*time.Hour+time.Nanosecond), a.Add(-time.Duration(1e18)))
	fmt.Println(a.AddDate(1, 14, -40), b.AddDate(0, 1, 0), b.AddDate(1, 0, 0))
	for _, d := range []time.Duration{time.Nanosecond, time.Microsecond, 7 * time.Millisecond, time.Second, 90 * time.Minute, 24 * time.Hour, 7*24*time.Hour + 3} {
		fmt.Println(d, a.Truncate(d), a.Round(d), b.Round(d), times[6].Truncate(d), times[6].Round(d))
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Round(time.Hour), d.Truncate(time.Minute), (-d).Abs())
	for m := time.Month(0); m <= 13; m++ {
		fmt.Print(m, " ")
	}
	fmt.Println()
	for w := time.Weekday(-1); w <= 7; w++ {
		fmt.Printf("%v %d %s|", w, w, w.String())
	}
	fmt.Println()
	fmt.Printf("%v|%s|%d\n", time.March, time.March, time.March)
	fmt.Println(a.GoString(), b.GoString())
	fmt.Printf("%v\n", a)
	fmt.Printf("%v %+v\n", ev{a, d}, ev{b, -d})
	for _, s := range []string{"0", "1h", "1.5h", "-2m3.5s", "+5us", "3µs", "1h2m3s4ms5us6ns", "", "1", "x", "1x", ".s", "1.s", "9223372036854775807ns", "9223372036854775808ns", "-9223372036854775808ns", "2562047h47m16.854775807s", "2562048h"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	// Offsets of a few seconds west: Go's truncating % leaves the seconds negative.
	for _, off := range []int{-1, -59, -61, -3599, 1, 59, 61} {
		t := time.Unix(0, 0).In(time.FixedZone("", off))
		fmt.Println(t.Format("-07:00:00|Z07:00:00|-070000|Z070000|-07:00|-07|MST"))
	}
}
