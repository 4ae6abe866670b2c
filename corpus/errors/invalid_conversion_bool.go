package main

func main() {
	ok := true
	n := int(ok)
	println(n)
}
