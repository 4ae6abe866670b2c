package main

func main() {
	s := "abc"
	t := -s
	println(t)
}
