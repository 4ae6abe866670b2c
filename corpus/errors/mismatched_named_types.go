package main

type Celsius float64
type Fahrenheit float64

func main() {
	var c Celsius = 20
	var f Fahrenheit = 68
	if c == f {
		println("same")
	}
}
