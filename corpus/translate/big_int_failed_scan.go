// What a failed big.Int SetString or UnmarshalText leaves: the digits its scan read, the old
// sign when the scan itself failed (so -0), the old value when there was nothing to read.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	for _, s := range []string{"12x", "x", "", "-", "0x1g", "1_2", "99 ", "+5", "-12x", "-1__2", "1__2", "_12", "12_", "0_x", "08", "0b102", "0x_1f", "zz", "-0x", "0", "00012a"} {
		for _, old := range []int64{77, -77} {
			z := big.NewInt(old)
			err := z.UnmarshalText([]byte(s))
			fmt.Printf("%q %v %v |", s, z, err != nil)
			for _, base := range []int{0, 2, 10, 16, 36, 62} {
				y := big.NewInt(old)
				_, ok := y.SetString(s, base)
				fmt.Print(" ", y, ok)
			}
			fmt.Println()
		}
	}
}
