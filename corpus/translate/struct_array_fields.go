package main

import "fmt"

type Board struct {
	Cells [3][3]byte
	Moves int
}

func (b Board) With(r, c int, p byte) Board {
	b.Cells[r][c] = p
	b.Moves++
	return b
}

func (b *Board) Place(r, c int, p byte) { b.Cells[r][c] = p; b.Moves++ }

func (b Board) String() string {
	s := ""
	for _, row := range b.Cells {
		for _, c := range row {
			if c == 0 {
				c = '.'
			}
			s += string(c)
		}
		s += "\n"
	}
	return s
}

func main() {
	var b Board
	b2 := b.With(1, 1, 'X')
	fmt.Print(b, b2)
	fmt.Println(b.Moves, b2.Moves, b == b2)
	b.Place(0, 2, 'O')
	b3 := b
	b3.Place(2, 0, 'X')
	fmt.Print(b.String(), b3.String())
	boards := map[string]Board{"start": b}
	fmt.Println(boards["start"].Cells[0][2] == 'O', boards["start"].Moves)
}
