package main

import "fmt"

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	v, ok := ages["bob"]
	fmt.Println(v, ok)
	v, ok = ages["dave"]
	fmt.Println(v, ok)
	delete(ages, "alice")
	delete(ages, "nobody")
	fmt.Println(len(ages), ages)
	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil)
	for k := range nilMap {
		fmt.Println(k)
	}
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts)
	nested := map[string][]int{}
	nested["a"] = append(nested["a"], 1, 2)
	nested["b"] = append(nested["b"], 3)
	fmt.Println(nested)
	fm := map[float64]string{2.5: "x", -1: "y", 0: "z"}
	fmt.Println(fm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Printf("%v %d\n", bm, len(bm))
	defer func() { fmt.Println("recovered:", recover()) }()
	nilMap["x"] = true
}
