package main

func main() {
	rgb := [3]int{255, 0, 0, 1}
	println(rgb[0])
}
