package main

import "fmt"

type Cell struct {
	X, Y  int
	Alive bool
}

type Grid struct {
	cells [3][3]Cell
}

func (g *Grid) Set(x, y int) { g.cells[y][x].Alive = true }

func (g Grid) Count() int {
	n := 0
	for _, row := range g.cells {
		for _, c := range row {
			if c.Alive {
				n++
			}
		}
	}
	return n
}

func main() {
	var g Grid
	g.Set(1, 1)
	g.Set(2, 0)
	h := g
	h.Set(0, 0)
	fmt.Println(g.Count(), h.Count())
	pts := []Cell{{1, 2, false}, {3, 4, true}}
	p := pts[0]
	p.X = 100
	fmt.Println(pts[0].X, p.X, pts)
	m := map[string]Cell{"a": {X: 1}}
	c := m["a"]
	c.X = 5
	fmt.Println(m["a"].X, c.X)
	arr := [5]int{1, 2, 3}
	sl := arr[1:4]
	sl[0] = 20
	fmt.Println(arr, sl, len(sl), cap(sl))
	matrix := [][]int{{1, 2}, {3, 4}}
	matrix[1][0] = 30
	fmt.Println(matrix)
}
