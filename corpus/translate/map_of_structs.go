package main

import (
	"fmt"
	"sort"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
}

func main() {
	inv := map[string]Item{
		"apple":  {"Apple", 0.5, 10},
		"banana": {"Banana", 0.25, 20},
	}
	it := inv["apple"]
	it.Qty -= 3
	fmt.Println(inv["apple"].Qty, it.Qty)
	inv["apple"] = it
	fmt.Println(inv["apple"].Qty)
	ptrs := map[string]*Item{}
	for k, v := range inv {
		v := v
		ptrs[k] = &v
	}
	ptrs["banana"].Qty = 0
	fmt.Println(inv["banana"].Qty, ptrs["banana"].Qty)
	var names []string
	for k := range inv {
		names = append(names, k)
	}
	sort.Strings(names)
	total := 0.0
	for _, n := range names {
		i := inv[n]
		total += i.Price * float64(i.Qty)
		fmt.Printf("%-8s %5.2f x %2d\n", i.Name, i.Price, i.Qty)
	}
	fmt.Printf("total %.2f\n", total)
	fmt.Println(inv)
	missing := inv["cherry"]
	fmt.Printf("%+v\n", missing)
	groups := map[bool][]string{}
	for _, n := range names {
		groups[inv[n].Price > 0.3] = append(groups[inv[n].Price > 0.3], n)
	}
	fmt.Println(groups)
}
