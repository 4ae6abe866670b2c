package main

import (
	"fmt"
	"strings"
)

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+">"+to)
	hanoi(n-1, via, to, from, moves)
}

func permutations(s []rune) []string {
	if len(s) <= 1 {
		return []string{string(s)}
	}
	var out []string
	for i := range s {
		rest := make([]rune, 0, len(s)-1)
		rest = append(rest, s[:i]...)
		rest = append(rest, s[i+1:]...)
		for _, p := range permutations(rest) {
			out = append(out, string(s[i])+p)
		}
	}
	return out
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

var memo = map[int]uint64{}

func fib(n int) uint64 {
	if n < 2 {
		return uint64(n)
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = fib(n-1) + fib(n-2)
	return memo[n]
}

func main() {
	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), strings.Join(moves, " "))
	fmt.Println(permutations([]rune("abc")))
	fmt.Println(gcd(84, 36), gcd(17, 5))
	fmt.Println(fib(90), fib(93))
}
