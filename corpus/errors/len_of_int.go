package main

func main() {
	n := 100
	println(len(n))
}
