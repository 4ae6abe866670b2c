package main

type Grid [4]Grid

func main() {
	var g Grid
	println(len(g))
}
