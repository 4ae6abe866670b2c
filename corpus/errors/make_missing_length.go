package main

func main() {
	buf := make([]byte)
	println(len(buf))
}
