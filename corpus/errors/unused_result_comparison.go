package main

func main() {
	a, b := 1, 2
	for i := 0; i < 2; i++ {
		a == b
	}
}
