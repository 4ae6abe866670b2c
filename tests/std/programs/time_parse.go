// time.Parse and ParseInLocation, with Go's ParseError texts and zone abbreviations.
// TZ: America/Los_Angeles, America/New_York, Europe/London
package main

import (
	"fmt"
	"os"
	"time"
)

type pc struct{ layout, value string }

func main() {
	cases := []pc{
		{time.RFC3339, "2009-11-10T23:00:00Z"},
		{time.RFC3339, "2009-11-10T23:00:00+05:30"},
		{time.RFC3339Nano, "2009-11-10T23:00:00.123456789-08:00"},
		{time.RFC3339, "2009-11-10T23:00:00.5Z"},
		{time.RFC3339, "2009-11-10 23:00:00Z"},
		{time.RFC3339, "2009-13-10T23:00:00Z"},
		{time.RFC3339, "2009-02-30T23:00:00Z"},
		{time.RFC3339, "2009-11-10T24:00:00Z"},
		{time.RFC3339, "2009-11-10T23:60:00Z"},
		{time.RFC3339, "2009-11-10T23:00:60Z"},
		{time.RFC3339, "2009-11-10T23:00:00Zjunk"},
		{time.RFC3339, "2009-11-10T23:00:00+25:00"},
		{time.RFC3339, "2009-11-10T23:00:00+0530"},
		{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 PST"},
		{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 EST"},
		{time.RFC1123, "Tue, 10 Jul 2009 23:00:00 EDT"},
		{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 UTC"},
		{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 GMT+3"},
		{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 ChST"},
		{time.RFC1123, "Tue, 10 Nov 2009 23:00:00 abc"},
		{time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 -0800"},
		{time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 -0500"},
		{time.RFC850, "Tuesday, 10-Nov-09 23:00:00 MST"},
		{time.RFC850, "Tuesday, 10-Nov-69 23:00:00 MST"},
		{time.ANSIC, "Tue Nov  1 23:00:00 2009"},
		{time.ANSIC, "tue NOV  1 23:00:00 2009"},
		{time.UnixDate, "Tue Nov 10 23:00:00 XYZT 2009"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:04AM"},
		{time.Kitchen, "12:04PM"},
		{time.Kitchen, "13:04PM"},
		{time.Kitchen, "3:04XM"},
		{time.StampMicro, "Feb  3 04:05:06.000007"},
		{time.StampMicro, "Feb  3 04:05:06.0007"},
		{time.DateTime, "2024-02-29 12:13:14"},
		{time.DateTime, "2023-02-29 12:13:14"},
		{time.DateTime, "2024-02-29 12:13:14.987654321123"},
		{time.DateTime, "2024-02-29"},
		{time.DateOnly, "24-02-29"},
		{time.TimeOnly, "07:08:09"},
		{"2006 002", "2024 060"},
		{"2006 002", "2024 366"},
		{"2006 002", "2023 366"},
		{"2006 __2", "2023  45"},
		{"2006-01 002", "2023-03 045"},
		{"2006-01-02 002", "2023-02-15 046"},
		{"Jan 2 2006 MST", "Mar 3 2011 MST"},
		{"Jan 2 2006 -07", "Mar 3 2011 +05"},
		{"Jan 2 2006 -070000", "Mar 3 2011 +053015"},
		{"Jan 2 2006 Z07:00:00", "Mar 3 2011 -05:30:15"},
		{"Jan 2 2006 Z07:00:00", "Mar 3 2011 Z"},
		{"Jan 2 2006 -07:00", "Mar 3 2011 +99:00"},
		{"Jan 2 2006 -07:00", "Mar 3 2011 +04:x0"},
		{"Jan _2 2006", "Mar  3 2011"},
		{"January 2, 2006", "march 3, 2011"},
		{"January 2, 2006", "Marc 3, 2011"},
		{"Monday 2006", "Funday 2006"},
		{"05.000", "07.12"},
		{"05.000", "07.123"},
		{"05,999", "07,5"},
		{"15:04:05.9", "10:11:12"},
		{"15:04:05", "10:11:12,345"},
		{"06", "x9"},
		{"2006", "123"},
		{"pm 3", "am 12"},
		{"pm 3", "PM 12"},
		{"3 PM", "1 PM"},
		{"03", "1"},
		{"1/2", "13/2"},
		{"1/2", "0/2"},
		{"1/2", "12/32"},
		{"_2006", "_2020"},
		{"2006 MST", "2020 +03"},
		{"2006 MST", "2020 WITA"},
		{"2006 MST", "2020 ABCDE"},
		{"2006 MST", "2020 ABCDT"},
		{"", ""},
		{"", "x"},
		{"x\"y\\", "x\"z\xff\u00e9"},
		{"2006-01-02", "2006-01-02é"},
		{time.RFC3339, ""},
	}
	for _, c := range cases {
		t, err := time.Parse(c.layout, c.value)
		if err != nil {
			fmt.Println("ERR", err)
			if pe, ok := err.(*time.ParseError); ok {
				fmt.Printf("  %q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
			}
			fmt.Println(" ", t, t.IsZero())
			continue
		}
		name, off := t.Zone()
		fmt.Println(t, "|", t.Location(), name, off, t.Unix(), t.Nanosecond())
	}
	ny, _ := time.LoadLocation("America/New_York")
	for _, c := range cases[:30] {
		t, err := time.ParseInLocation(c.layout, c.value, ny)
		name, off := t.Zone()
		fmt.Println(t, err, t.Location(), name, off)
	}
	t, _ := time.Parse(time.RFC3339, "2009-11-10T23:00:00Z")
	fmt.Println(t.Local(), t.In(ny), t.UTC() == t, t.Local() == t, t.Local().Equal(t))
	data, _ := os.ReadFile("/usr/share/zoneinfo/Europe/Berlin")
	berlin, err := time.LoadLocationFromTZData("Berlin", data)
	fmt.Println(berlin, err, time.Date(2024, 7, 1, 12, 0, 0, 0, berlin))
	_, err = time.LoadLocationFromTZData("x", []byte("junk"))
	fmt.Println(err)
	bt, err := time.ParseInLocation(time.RFC1123, "Mon, 01 Jul 2024 12:00:00 CEST", berlin)
	fmt.Println(bt, err)
	b, err := t.MarshalJSON()
	fmt.Println(string(b), err)
}
