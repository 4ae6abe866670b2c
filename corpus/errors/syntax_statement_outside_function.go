package main

counter := 0

func main() {
	println(counter)
}
