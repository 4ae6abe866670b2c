package main

func main() {
	isEven := func(n int) bool {
		for n > 1 {
			n -= 2
		}
		if n == 0 {
			return true
		}
	}
	println(isEven(4))
}
