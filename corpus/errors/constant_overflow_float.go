package main

func main() {
	var f float32 = 1e40
	println(f)
}
