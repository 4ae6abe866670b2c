package main

func main() {
	n := 4
	var grid [n]int
	println(len(grid))
}
