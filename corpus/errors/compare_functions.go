package main

func inc(n int) int { return n + 1 }
func dec(n int) int { return n - 1 }

func main() {
	op := inc
	if op == dec {
		println("dec")
	}
}
