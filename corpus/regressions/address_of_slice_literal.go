package main

import "fmt"

func main() {
	p := &[]int{1}
	fmt.Println(p, *p, len(*p))
	*p = append(*p, 2)
	fmt.Println(p, *p)
	q := &map[string]int{"a": 1}
	(*q)["b"] = 2
	fmt.Println(q, len(*q))
	fmt.Printf("%v %+v\n", p, q)
}
