package main

func main() {
	for i := 0; i < 4; i++ {
		if i%0 == 1 {
			println(i)
		}
	}
}
