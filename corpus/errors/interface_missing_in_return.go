package main

type Animal interface {
	Sound() string
}

type Rock struct{}

func pick() Animal {
	return Rock{}
}

func main() {
	println(pick())
}
