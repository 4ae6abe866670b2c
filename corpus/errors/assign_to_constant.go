package main

const Pi = 3.14

func main() {
	Pi = 3.14159
	println(Pi)
}
