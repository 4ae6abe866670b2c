package main

import (
	"fmt"
	"strings"
)

type Suit int

const (
	Spades Suit = iota
	Hearts
	Diamonds
	Clubs
)

func (s Suit) String() string {
	switch s {
	case Spades:
		return "♠"
	case Hearts:
		return "♥"
	case Diamonds:
		return "♦"
	case Clubs:
		return "♣"
	}
	return fmt.Sprintf("Suit(%d)", int(s))
}

type Card struct {
	Rank int
	Suit Suit
}

func (c Card) String() string {
	names := map[int]string{1: "A", 11: "J", 12: "Q", 13: "K"}
	if n, ok := names[c.Rank]; ok {
		return n + c.Suit.String()
	}
	return fmt.Sprint(c.Rank) + c.Suit.String()
}

type Hand []Card

func (h Hand) String() string {
	parts := make([]string, len(h))
	for i, c := range h {
		parts[i] = c.String()
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	h := Hand{{1, Spades}, {10, Hearts}, {12, Clubs}, {7, Suit(9)}}
	fmt.Println(h)
	fmt.Println(h[0], h[1].Suit, Diamonds)
	fmt.Printf("%v %s %d\n", h[2], h[2].Suit, h[2].Suit)
	fmt.Printf("%+v\n", h[3])
	cards := []Card{h[0], h[1]}
	fmt.Println(cards)
	m := map[Suit]int{Hearts: 2, Spades: 1}
	fmt.Println(m)
}
