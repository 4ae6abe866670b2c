package main

func main() {
	word := "hello"
	for i := range word {
		word[i] = 'x'
	}
}
