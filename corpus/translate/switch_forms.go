package main

import "fmt"

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	switch {
	case c >= '0' && c <= '9':
		return "digit"
	case c >= 'a' && c <= 'z':
		return "consonant"
	default:
		return "other"
	}
}

func grade(score int) string {
	switch s := score / 10; s {
	case 10, 9:
		return "A"
	case 8:
		return "B"
	case 7:
		return "C"
	default:
		return "F"
	}
}

func main() {
	for _, c := range []byte("hi 2u!") {
		fmt.Printf("%q:%s ", c, kind(c))
	}
	fmt.Println()
	for _, s := range []int{100, 95, 81, 70, 12} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	x := 2
	switch x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	case 3:
		fmt.Println("three (fallthrough)")
	case 4:
		fmt.Println("four")
	}
	switch f := 2.5; {
	case f > 2:
		fmt.Println("big", f)
	}
}
