package main

import "fmt"

func main() {
	s := "Grüße, 世界!"
	fmt.Println(len(s))
	for i := 0; i < 5; i++ {
		fmt.Printf("%d:%d ", i, s[i])
	}
	fmt.Println()
	fmt.Println(s[:4], s[9:])
	for i, r := range s {
		fmt.Printf("%d=%c(%U) ", i, r, r)
	}
	fmt.Println()
	fmt.Printf("%q\n", s[2:4])
	fmt.Printf("%x\n", s[2:4])
	runes := []rune(s)
	fmt.Println(len(runes), string(runes[7:9]))
	bytes := []byte("abc")
	bytes[0] = 'X'
	fmt.Println(string(bytes), bytes)
	var r rune = 0x4e16
	fmt.Println(string(r) + "!")
	for _, c := range "añb" {
		fmt.Print(c, " ")
	}
	fmt.Println()
}
