package main

var ports = map[string]int{
	"http":  80,
	"https": 443,
	"http":  8080,
}

func main() {
	println(ports["http"])
}
