package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

type Card struct {
	Rank string
	Suit string
}

func (c Card) String() string { return c.Rank + c.Suit }

func newDeck() []Card {
	var deck []Card
	for _, s := range []string{"S", "H", "D", "C"} {
		for _, r := range []string{"2", "3", "4", "5", "6", "7", "8", "9", "T", "J", "Q", "K", "A"} {
			deck = append(deck, Card{r, s})
		}
	}
	return deck
}

// Shuffles a deck, deals hands, draws a random order of players and estimates pi.
func main() {
	rng := rand.New(rand.NewSource(42))
	deck := newDeck()
	rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	players := []string{"ann", "bob", "cid", "dee"}
	for i, p := range players {
		hand := append([]Card(nil), deck[i*5:(i+1)*5]...)
		sort.Slice(hand, func(a, b int) bool { return hand[a].String() < hand[b].String() })
		parts := make([]string, len(hand))
		for k, c := range hand {
			parts[k] = c.String()
		}
		fmt.Printf("%s: %s\n", p, strings.Join(parts, " "))
	}
	order := rng.Perm(len(players))
	fmt.Println("order:", order)
	for _, i := range order {
		fmt.Print(players[i], " ")
	}
	fmt.Println()

	inside := 0
	const n = 20000
	for i := 0; i < n; i++ {
		x, y := rng.Float64(), rng.Float64()
		if x*x+y*y < 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.4f\n", 4*float64(inside)/n)

	id := make([]byte, 8)
	rng.Read(id)
	fmt.Printf("id %x\n", id)
	fmt.Println(rng.Float32(), rng.Int31(), rng.Int63(), rng.Int())
}
