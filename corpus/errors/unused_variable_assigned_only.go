package main

func main() {
	counter := 0
	for i := 0; i < 5; i++ {
		counter = i
	}
}
