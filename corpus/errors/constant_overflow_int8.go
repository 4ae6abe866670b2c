package main

const Max int8 = 127

func main() {
	x := Max + 1
	println(x)
}
