package main

func main() {
	n := 0
retry:
	for n < 3 {
		n++
	}
	println(n)
}
