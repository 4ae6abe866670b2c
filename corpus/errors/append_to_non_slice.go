package main

func main() {
	var total int
	total = append(total, 1)
	println(total)
}
