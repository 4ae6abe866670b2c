package main

func main() {
	n := 10
	m := *n
	println(m)
}
