// math/big: Int.GobEncode and GobDecode, byte for byte as Go.
package main

import (
	"fmt"
	"math/big"
)

func main() {
	for _, x := range []*big.Int{big.NewInt(0), big.NewInt(-1), big.NewInt(255), new(big.Int).Lsh(big.NewInt(-3), 70)} {
		b, err := x.GobEncode()
		var y big.Int
		err2 := y.GobDecode(b)
		fmt.Printf("%v %x %v %v %v\n", x, b, err, y.String(), err2)
	}
	var z big.Int
	fmt.Println(z.GobDecode([]byte{4, 1}), z.GobDecode([]byte{3, 0, 5}), z.String(), z.GobDecode(nil), z.String())
}
