package main

type Celsius float64

func main() {
	t := Celsius{21.5}
	println(t)
}
