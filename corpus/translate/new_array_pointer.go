// new([N]T) gives a pointer that indexes, ranges and assigns through like &array.
package main

import "fmt"

func main() {
	pa := new([2]int)
	pa[0] = 30
	a := [2]int{1, 2}
	pb := &a
	pb[1] = 5
	fmt.Println(*pa, a, (*pb)[0])
}

func init() {
	p := new([3]string)
	*p = [3]string{"a", "b", "c"}
	q := p
	q[2] = "z"
	fmt.Println(*p, len(p), p == q)
	for i, v := range p {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
}
