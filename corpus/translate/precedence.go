package main

import "fmt"

func main() {
	a, b := 1, 2
	t := true
	fmt.Println(a < b == t, !t == false, a+b&3, a|b+4, a<<b+1, 7&^b<<1)
	var n uint = 100
	var x int32 = 1
	fmt.Println(x<<n, int64(-8)>>n, uint8(200)<<n)
}
