package main

func check(n int) {
	if n > 10 {
		break
	}
	println(n)
}

func main() {
	check(1)
}
