package main

func main() {
	s := "ab"
	var r rune = 'c'
	s = s + r
	println(s)
}
