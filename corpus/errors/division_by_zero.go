package main

func main() {
	total := 10
	per := total / 0
	println(per)
}
