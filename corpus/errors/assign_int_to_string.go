package main

func main() {
	var name string
	age := 30
	name = age
	println(name)
}
