package main

type Point struct{ X, Y int }

func origin() Point { return Point{} }

func main() {
	origin().X = 1
}
