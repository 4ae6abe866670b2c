package main

func log(msg string) { println(msg) }

func main() {
	x := log("hi")
	println(x)
}
