package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {13, 13}}
	for _, p := range pairs {
		a, b := p[0], p[1]
		fmt.Printf("%3d / %3d = %3d, %3d %% %3d = %3d\n", a, b, a/b, a, b, a%b)
	}
	var x int8 = -128
	var y int8 = -1
	fmt.Println(x / y, x % y)
	var u uint = 17
	fmt.Println(u/5, u%5)
	q, r := divmod(-17, 5)
	fmt.Println("divmod:", q, r, q*5+r)
	fmt.Println("floor-ish:", floorDiv(-17, 5), floorDiv(17, 5))
}

func divmod(a, b int) (int, int) { return a / b, a % b }

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}
