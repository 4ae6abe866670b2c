package main

func main() {
	"starting"
	42
	println("ok")
}
