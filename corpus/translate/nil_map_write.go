package main

import "fmt"

type Registry struct {
	items map[string]int
}

func main() {
	r := Registry{}
	fmt.Println(len(r.items), r.items["missing"])
	r.items["a"] = 1
	fmt.Println("unreachable")
}
