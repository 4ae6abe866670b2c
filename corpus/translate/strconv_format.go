package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.FormatUint(1<<63, 10), strconv.FormatInt(-8, 2))
	for _, f := range []float64{1.5, 0.1, 1e21, 123456789, -0.0000123} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', -1, 32))
	}
	v, err := strconv.ParseInt("-0x1f", 0, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("0b101", 0, 8)
	fmt.Println(v, err)
	u, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", u, err)
}
