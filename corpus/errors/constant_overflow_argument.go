package main

func put(b byte) { println(b) }

func main() {
	for i := 0; i < 2; i++ {
		put(256)
	}
}
