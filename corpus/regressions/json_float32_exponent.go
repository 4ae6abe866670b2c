// Go picks the exponent form for a float32 by comparing against 1e-6 and 1e21 rounded to float32.

package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	for _, f := range []float32{1e-6, 1e-7, 9.9999e-7, 1e21, 1e20, 9.99999e20, 1.0000001e21} {
		b, _ := json.Marshal(f)
		fmt.Println(string(b))
	}
	for _, f := range []float64{1e-6, 1e-7, 1e21, 1e20, float64(float32(1e-6))} {
		b, _ := json.Marshal(f)
		fmt.Println(string(b))
	}
}
