package main

import "fmt"

type Inventory struct {
	items map[string]Item
}

func main() {
	inv := Inventory{}
	fmt.Println(len(inv.items))
}
