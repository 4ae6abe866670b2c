package main

func check(name string) {
	if name {
		println("has name")
	}
}

func main() {
	check("x")
}
