// time.Time's binary, text and JSON forms: MarshalBinary/UnmarshalBinary, AppendText, MarshalJSON/UnmarshalJSON.
// TZ: America/New_York, UTC
package main

import (
	"fmt"
	"time"
)

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	for _, t := range []time.Time{time.Date(2009, 11, 10, 23, 0, 0, 5, time.UTC), time.Date(2024, 6, 1, 1, 2, 3, 0, ny), time.Date(1, 1, 1, 0, 0, 0, 0, time.FixedZone("X", 5*3600+30*60+7)), time.Date(-5, 1, 1, 0, 0, 0, 0, time.UTC)} {
		b, err := t.MarshalBinary()
		fmt.Println(b, err)
		var u time.Time
		fmt.Println(u.UnmarshalBinary(b), u, u.Equal(t))
		x, err := t.AppendText([]byte("at "))
		fmt.Println(string(x), err)
		j, err := t.MarshalJSON()
		fmt.Println(string(j), err)
		var v time.Time
		fmt.Println(v.UnmarshalJSON(j), v)
	}
	var w time.Time
	fmt.Println(w.UnmarshalJSON([]byte(`"2009-11-10T23:00:00+05:30"`)), w)
	fmt.Println(w.UnmarshalText([]byte("bad")), w)
}
