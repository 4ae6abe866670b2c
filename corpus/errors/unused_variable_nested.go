package main

func main() {
	for i := 0; i < 10; i++ {
		switch {
		case i > 5:
			big := i * 2
		default:
			println(i)
		}
	}
}
