package main

func main() {
	var total int
	var total float64
	println(total)
}
