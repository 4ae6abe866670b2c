package main

func main() {
	msg := "hello
	println(msg)
}
