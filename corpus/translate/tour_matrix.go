// Matrices as arrays and slices: value copies of arrays, multiplication, transposition,
// identity checks, and %v / %6.2f printing.
package main

import "fmt"

type Mat3 [3][3]float64

func (a Mat3) Mul(b Mat3) Mat3 {
	var c Mat3
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			for k := 0; k < 3; k++ {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

func (a Mat3) T() Mat3 {
	for i := 0; i < 3; i++ {
		for j := i + 1; j < 3; j++ {
			a[i][j], a[j][i] = a[j][i], a[i][j]
		}
	}
	return a
}

func identity() (m Mat3) {
	for i := range m {
		m[i][i] = 1
	}
	return
}

func grid(rows, cols int) [][]int {
	g := make([][]int, rows)
	for r := range g {
		g[r] = make([]int, cols)
		for c := range g[r] {
			g[r][c] = r*cols + c
		}
	}
	return g
}

func main() {
	a := Mat3{{1, 2, 3}, {0, 1, 4}, {5, 6, 0}}
	b := a
	b[0][0] = 9
	fmt.Println(a[0], b[0], a == b, a.Mul(identity()) == a)
	t := a.T()
	fmt.Println(t, a[0][1], t[1][0])
	p := a.Mul(t)
	for _, row := range p {
		for _, v := range row {
			fmt.Printf("%6.2f", v)
		}
		fmt.Println()
	}
	g := grid(3, 4)
	row := g[1]
	row[0] = -1
	fmt.Println(g, len(g), cap(g[2]))
}
