package main

func main() {
	base := 2
	const doubled = base * 2
	println(doubled)
}
