package main

type Person struct {
	Name string
	Age  int
	Name string
}

func main() {
	var p Person
	println(p.Age)
}
