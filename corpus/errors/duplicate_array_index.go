package main

func main() {
	names := [...]string{0: "zero", 1: "one", 0: "nil"}
	println(len(names))
}
