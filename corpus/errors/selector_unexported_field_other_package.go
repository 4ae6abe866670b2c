package main

import (
	"fmt"
	"runtime"
)

func main() {
	var p runtime.Pinner
	fmt.Println(p.pinner == nil)
	fmt.Println(p.Pinner)
}
