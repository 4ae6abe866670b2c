package main

type Meters float64

func main() {
	x := Meters
	println(int)
	println(x)
}
