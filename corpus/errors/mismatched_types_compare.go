package main

func main() {
	id := 7
	input := "7"
	if id == input {
		println("match")
	}
}
