package main

func main() {
	total := 10
	println(total(2))
}
