package main

func main() {
	var big int = 1 << 70
	println(big)
}
